// Keeps the page's badges in step with the listings read: one entry per card, remembered with the
// practitioner key it was annotated for because sites re-use card nodes (vaccin.click's lesson;
// the mark lives in a Map, not in the page's DOM), one badge per practitioner, and the Comparer
// panel over them on result lists. Every listing gets an entry and its badge data (the Comparer
// lists them all); on a long list only the cards near the viewport (IntersectionObserver) get
// their badges mounted and re-rendered. DOM writes wait for `flush`, called once per frame: the
// page lays out once per batch, not once per badge.
import type { EstimateInput } from '../core/types';
import { actFromFeeLabel } from '../detect/act';
import type { FeeRow, Listing } from '../detect/types';
import { createBadge, type BadgeData, type BadgeHandle } from '../ui/badge/mount';
import { compareText, type CompareItem } from '../ui/compare/ComparePanel';
import { mountCompare, type CompareHandle } from '../ui/compare/mount';

/** One badge of a listing: where it goes and the fee row it is for. */
export interface BadgeSpec {
  anchor: Element;
  fee: FeeRow | null;
  act: EstimateInput['act'];
}

export interface Entry {
  key: string;
  signature: string;
  listing: Listing;
  specs: BadgeSpec[];
  /** The latest data of each badge (computed for every listing: the Comparer lists them all). */
  data: BadgeData[];
  /** The badges in the page: none while a long list's card is far from the viewport. */
  badges: BadgeHandle[];
  /** The mounted badges show older data than `data` (updated once the card comes near). */
  stale: boolean;
  id: number;
}

export interface Reconciler {
  /** How many practitioners are estimated (badges mounted or not). */
  size(): number;
  /** The entries, in the order they were added. */
  all(): Entry[];
  /** Same practitioner, same data, badges still in place: nothing to do. */
  upToDate(listing: Listing): boolean;
  /** Takes the listing's badges in place of what its card had (once per practitioner). */
  reconcile(listing: Listing): void;
  /** True when the entry's card gets its badges now (a short list, or near the viewport). */
  inView(entry: Entry): boolean;
  /** New data for an entry's badges (the settings changed): re-rendered if in view. */
  refresh(entry: Entry): void;
  /** Drops the entries whose card left the page (their badges left with it). */
  prune(): void;
  /** Takes every badge and the Comparer off the page. */
  clear(): void;
  /**
   * Long list or not: on a long one, badges are mounted and re-rendered only for cards within a
   * margin of the viewport; otherwise every card gets its badge.
   */
  setLongList(long: boolean): void;
  /** True when DOM writes wait for `flush`. */
  pending(): boolean;
  /** Every DOM write waiting, at once: the page lays out once for the whole batch. */
  flush(): void;
  /** The Comparer panel, on result lists only (two practitioners or more). */
  renderCompare(): void;
}

/** Beyond the viewport, how far a card may be and still get its badge (a generous margin). */
export const NEAR_MARGIN = '150% 0px';

export interface ReconcilerOptions {
  /** Called only for listings whose estimates are all in. */
  dataOf(listing: Listing, spec: BadgeSpec): BadgeData;
  /** DOM writes are waiting: a frame should flush them. */
  onWrites(): void;
  /** Cards came near the viewport and their badges wait: they may be written now. */
  onNear?(): void;
}

/** At most this many cards inserted after a near one are taken as near before the observer says. */
const PRESUMED_NEAR = 30;

export function reconciler({ dataOf, onWrites, onNear }: ReconcilerOptions): Reconciler {
  const entries = new Map<Element, Entry>();
  const keys = new Map<string, Element>();
  let compare: CompareHandle | null = null;
  let compareDirty = false;
  let nextId = 0;
  let long = false;
  /** Cards within the margin of the viewport (long lists only). */
  const near = new Set<Element>();
  /** DOM writes of the current batch, in order; badges to take out first. */
  let writes: (() => void)[] = [];
  let doomed: BadgeHandle[] = [];
  const destroyDoomed = (): void => {
    const list = doomed;
    doomed = [];
    for (const b of list) b.destroy();
  };
  const pending = (): boolean => writes.length > 0 || doomed.length > 0;
  const write = (w: () => void): void => {
    if (!pending()) onWrites();
    writes.push(w);
  };
  const io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((records) => {
        for (const r of records) {
          if (r.isIntersecting) near.add(r.target);
          else near.delete(r.target);
          const entry = entries.get(r.target);
          if (entry && r.isIntersecting) show(entry);
        }
        presumed.clear();
        if (pending()) onNear?.();
      }, { rootMargin: NEAR_MARGIN })
    : null;
  const containerOf = (l: Listing): Element => l.container ?? l.anchor;
  const inView = (e: Entry): boolean => !long || io === null || near.has(containerOf(e.listing));
  /**
   * Cards inserted right after a card near the viewport ("more results" at the end of a long
   * list), taken as near until the observer's first report on them: their badges go in the same
   * frame as the cards instead of one frame and a whole-list layout later.
   */
  const presumed = new Set<Element>();
  const presumeNear = (container: Element): boolean => {
    const prev = container.previousElementSibling;
    if (prev === null || presumed.size >= PRESUMED_NEAR || !(near.has(prev) || presumed.has(prev))) return false;
    presumed.add(container);
    return true;
  };
  const mountNow = (e: Entry): void => {
    e.badges = e.specs.map((spec, i) => {
      const badge = createBadge(e.data[i]!);
      badge.place(spec.anchor);
      return badge;
    });
    e.stale = false;
  };
  /** Mounts the entry's badges, or brings stale ones up to date, in the next batch. */
  const show = (e: Entry): void => {
    if (e.badges.length === 0) {
      write(() => {
        if (entries.get(containerOf(e.listing)) === e && e.badges.length === 0 && containerOf(e.listing).isConnected) mountNow(e);
      });
    } else if (e.stale) {
      e.stale = false;
      write(() => e.badges.forEach((b, i) => b.update(e.data[i]!)));
    }
  };
  const all = () => [...entries.values()];
  const remove = (container: Element, entry: Entry): void => {
    if (entry.badges.length > 0) {
      if (!pending()) onWrites();
      doomed.push(...entry.badges);
      entry.badges = [];
    }
    entries.delete(container);
    io?.unobserve(container);
    near.delete(container);
    if (keys.get(entry.key) === container) keys.delete(entry.key);
    compareDirty = true;
  };
  /** A Comparer entry's badge: mounted right away (scrolled to first) when it was not. */
  const reveal = (e: Entry): HTMLElement | null => {
    const container = containerOf(e.listing);
    if (entries.get(container) !== e || !container.isConnected) return null;
    if (e.badges.length === 0) {
      container.scrollIntoView({ block: 'center' });
      mountNow(e);
    }
    return e.badges[0]?.focusTarget ?? null;
  };
  return {
    size: () => entries.size,
    all,
    inView,
    upToDate(listing) {
      const existing = entries.get(containerOf(listing));
      if (!existing || existing.signature !== signatureOf(listing) || !existing.badges.every((b) => b.host.isConnected)) return false;
      existing.listing = listing;
      return true;
    },
    reconcile(listing) {
      const container = containerOf(listing);
      if (!container.isConnected) return;
      const existing = entries.get(container);
      if (existing) remove(container, existing);
      const owner = keys.get(listing.key);
      if (owner && owner !== container && owner.isConnected) return; // shown once per practitioner
      const specs = specsOf(listing);
      const data = specs.map((spec) => dataOf(listing, spec));
      const entry: Entry = { key: listing.key, signature: signatureOf(listing), listing, specs, data, badges: [], stale: false, id: ++nextId };
      entries.set(container, entry);
      keys.set(listing.key, container);
      io?.observe(container);
      if (inView(entry) || presumeNear(container)) show(entry);
      compareDirty = true;
    },
    refresh(entry) {
      entry.data = entry.specs.map((spec) => dataOf(entry.listing, spec));
      if (entry.badges.length > 0) {
        entry.stale = true;
        if (inView(entry)) show(entry);
      }
      compareDirty = true;
    },
    prune() {
      for (const [container, entry] of entries) if (!container.isConnected) remove(container, entry);
    },
    clear() {
      io?.disconnect();
      near.clear();
      presumed.clear();
      writes = [];
      destroyDoomed();
      for (const entry of entries.values()) for (const b of entry.badges) b.destroy();
      entries.clear();
      keys.clear();
      compare?.destroy();
      compare = null;
    },
    setLongList(value) {
      if (value === long) return;
      long = value;
      // Back to a short list: every card gets its badge.
      if (!long) for (const e of entries.values()) show(e);
    },
    pending,
    flush() {
      const batch = writes;
      writes = [];
      destroyDoomed();
      // One card's odd markup never stops the others' badges.
      for (const w of batch) {
        try {
          w();
        } catch {
          // a badge failed to render on odd markup
        }
      }
    },
    renderCompare() {
      if (!compareDirty) return;
      compareDirty = false;
      if (entries.size < 2) {
        compare?.destroy();
        compare = null;
        return;
      }
      compare ??= mountCompare();
      compare.update({ count: entries.size, getItems: () => all().map((e) => compareItem(e, () => reveal(e))) });
    },
  };
}

function compareItem(e: Entry, reveal: () => HTMLElement | null): CompareItem {
  const v = e.data[0]!.view; // the first badge's, for the Comparer
  return {
    id: e.id,
    name: e.listing.name ?? e.listing.specialtyLabel ?? '',
    specialty: e.listing.specialtyLabel ?? '',
    summary: compareText(v),
    level: v.level,
    sortCents: v.amount ? v.amount.min : Number.MAX_SAFE_INTEGER,
    sortUpperCents: v.amount && v.kind !== 'from' && v.kind !== 'fromCovered' ? v.amount.max : Number.MAX_SAFE_INTEGER,
    reveal,
  };
}

/** The badges a listing gets: one per consultation fee row, else one at the tarif opposable. */
export function specsOf(listing: Listing): BadgeSpec[] {
  const specs: BadgeSpec[] = [];
  const used = new Set<Element>();
  for (const fee of listing.fees) {
    const act = actFromFeeLabel(fee.label, listing.specialty);
    const anchor = fee.anchor ?? listing.anchor;
    if (act == null || used.has(anchor)) continue;
    used.add(anchor);
    specs.push({ anchor, fee, act });
  }
  // No consultation price on the page: one summary badge at the tarif opposable.
  if (specs.length === 0) specs.push({ anchor: listing.anchor, fee: null, act: 'consultation' });
  return specs;
}

function signatureOf(l: Listing): string {
  return `${l.key}|${l.sector}|${l.specialty}|${l.fees.map((f) => `${f.label}:${f.min}-${f.max}`).join(',')}`;
}
