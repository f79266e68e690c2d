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
  const s: State = {
    dataOf,
    entries: new Map(),
    keys: new Map(),
    writes: writeQueue(onWrites),
    // A card coming near the viewport gets its badges.
    viewport: nearViewport((card) => {
      const entry = s.entries.get(card);
      if (entry) show(s, entry);
    }, () => {
      if (s.writes.pending()) onNear?.();
    }),
    long: false,
    nextId: 0,
    compare: null,
    compareDirty: false,
  };
  return {
    size: () => s.entries.size,
    all: () => [...s.entries.values()],
    inView: (entry) => inView(s, entry),
    upToDate: (listing) => upToDate(s, listing),
    reconcile: (listing) => reconcile(s, listing),
    refresh: (entry) => refresh(s, entry),
    prune() {
      for (const [container, entry] of s.entries) if (!container.isConnected) remove(s, container, entry);
    },
    clear: () => clear(s),
    setLongList(value) {
      if (value === s.long) return;
      s.long = value;
      // Back to a short list: every card gets its badge.
      if (!s.long) for (const e of s.entries.values()) show(s, e);
    },
    pending: s.writes.pending,
    flush: s.writes.flush,
    renderCompare: () => renderCompare(s),
  };
}

/** What one reconciler keeps. */
interface State {
  readonly dataOf: ReconcilerOptions['dataOf'];
  /** Each card's entry. */
  readonly entries: Map<Element, Entry>;
  /** The card that shows each practitioner. */
  readonly keys: Map<string, Element>;
  readonly writes: WriteQueue;
  readonly viewport: NearViewport;
  long: boolean;
  nextId: number;
  compare: CompareHandle | null;
  compareDirty: boolean;
}

/** DOM writes of the current batch, in order; badges to take out first. */
interface WriteQueue {
  write(w: () => void): void;
  /** Badges to destroy at the start of the next flush. */
  doom(badges: readonly BadgeHandle[]): void;
  pending(): boolean;
  flush(): void;
  /** Drops the writes waiting and destroys the doomed badges now. */
  clear(): void;
}

function writeQueue(onWrites: () => void): WriteQueue {
  let writes: (() => void)[] = [];
  let doomed: BadgeHandle[] = [];
  const destroyDoomed = (): void => {
    const list = doomed;
    doomed = [];
    for (const b of list) b.destroy();
  };
  const pending = (): boolean => writes.length > 0 || doomed.length > 0;
  return {
    pending,
    write(w) {
      if (!pending()) onWrites();
      writes.push(w);
    },
    doom(badges) {
      if (!pending()) onWrites();
      doomed.push(...badges);
    },
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
    clear() {
      writes = [];
      destroyDoomed();
    },
  };
}

/** The cards within the margin of the viewport (IntersectionObserver; none without it). */
interface NearViewport {
  /** False where IntersectionObserver does not exist: every card then counts as near. */
  readonly observing: boolean;
  observe(card: Element): void;
  forget(card: Element): void;
  isNear(card: Element): boolean;
  /**
   * A card inserted right after a card near the viewport ("more results" at the end of a long
   * list), taken as near until the observer's first report on it: its badges go in the same frame
   * as the card instead of one frame and a whole-list layout later (at most PRESUMED_NEAR).
   */
  presumeNear(card: Element): boolean;
  disconnect(): void;
}

/** `onReport`: after each report of the observer (the cards near have been shown). */
function nearViewport(onNear: (card: Element) => void, onReport: () => void): NearViewport {
  const near = new Set<Element>();
  const presumed = new Set<Element>();
  const io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((records) => {
        for (const r of records) {
          if (r.isIntersecting) near.add(r.target);
          else near.delete(r.target);
          if (r.isIntersecting) onNear(r.target);
        }
        presumed.clear();
        onReport();
      }, { rootMargin: NEAR_MARGIN })
    : null;
  return {
    observing: io !== null,
    observe: (card) => io?.observe(card),
    forget(card) {
      io?.unobserve(card);
      near.delete(card);
    },
    isNear: (card) => near.has(card),
    presumeNear(card) {
      const prev = card.previousElementSibling;
      if (prev === null || presumed.size >= PRESUMED_NEAR || !(near.has(prev) || presumed.has(prev))) return false;
      presumed.add(card);
      return true;
    },
    disconnect() {
      io?.disconnect();
      near.clear();
      presumed.clear();
    },
  };
}

const containerOf = (l: Listing): Element => l.container ?? l.anchor;

function inView(s: State, e: Entry): boolean {
  return !s.long || !s.viewport.observing || s.viewport.isNear(containerOf(e.listing));
}

function mountNow(e: Entry): void {
  e.badges = e.specs.map((spec, i) => {
    const badge = createBadge(e.data[i]!);
    badge.place(spec.anchor);
    return badge;
  });
  e.stale = false;
}

/** Mounts the entry's badges, or brings stale ones up to date, in the next batch. */
function show(s: State, e: Entry): void {
  if (e.badges.length === 0) {
    s.writes.write(() => {
      if (s.entries.get(containerOf(e.listing)) === e && e.badges.length === 0 && containerOf(e.listing).isConnected) mountNow(e);
    });
  } else if (e.stale) {
    e.stale = false;
    s.writes.write(() => e.badges.forEach((b, i) => b.update(e.data[i]!)));
  }
}

function remove(s: State, container: Element, entry: Entry): void {
  if (entry.badges.length > 0) {
    s.writes.doom(entry.badges);
    entry.badges = [];
  }
  s.entries.delete(container);
  s.viewport.forget(container);
  if (s.keys.get(entry.key) === container) s.keys.delete(entry.key);
  s.compareDirty = true;
}

/** A Comparer entry's badge: mounted right away (scrolled to first) when it was not. */
function reveal(s: State, e: Entry): HTMLElement | null {
  const container = containerOf(e.listing);
  if (s.entries.get(container) !== e || !container.isConnected) return null;
  if (e.badges.length === 0) {
    container.scrollIntoView({ block: 'center' });
    mountNow(e);
  }
  return e.badges[0]?.focusTarget ?? null;
}

function upToDate(s: State, listing: Listing): boolean {
  const existing = s.entries.get(containerOf(listing));
  if (!existing || existing.signature !== signatureOf(listing) || !existing.badges.every((b) => b.host.isConnected)) return false;
  existing.listing = listing;
  return true;
}

function reconcile(s: State, listing: Listing): void {
  const container = containerOf(listing);
  if (!container.isConnected) return;
  const existing = s.entries.get(container);
  if (existing) remove(s, container, existing);
  const owner = s.keys.get(listing.key);
  if (owner && owner !== container && owner.isConnected) return; // shown once per practitioner
  const specs = specsOf(listing);
  const data = specs.map((spec) => s.dataOf(listing, spec));
  const entry: Entry = { key: listing.key, signature: signatureOf(listing), listing, specs, data, badges: [], stale: false, id: ++s.nextId };
  s.entries.set(container, entry);
  s.keys.set(listing.key, container);
  s.viewport.observe(container);
  if (inView(s, entry) || s.viewport.presumeNear(container)) show(s, entry);
  s.compareDirty = true;
}

function refresh(s: State, entry: Entry): void {
  entry.data = entry.specs.map((spec) => s.dataOf(entry.listing, spec));
  if (entry.badges.length > 0) {
    entry.stale = true;
    if (inView(s, entry)) show(s, entry);
  }
  s.compareDirty = true;
}

function clear(s: State): void {
  s.viewport.disconnect();
  s.writes.clear();
  for (const entry of s.entries.values()) for (const b of entry.badges) b.destroy();
  s.entries.clear();
  s.keys.clear();
  s.compare?.destroy();
  s.compare = null;
}

function renderCompare(s: State): void {
  if (!s.compareDirty) return;
  s.compareDirty = false;
  if (s.entries.size < 2) {
    s.compare?.destroy();
    s.compare = null;
    return;
  }
  s.compare ??= mountCompare();
  s.compare.update({ count: s.entries.size, getItems: () => [...s.entries.values()].map((e) => compareItem(e, () => reveal(s, e))) });
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
