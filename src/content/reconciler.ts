// Keeps the page's badges in step with the listings read: one entry per card, remembered with the
// practitioner key it was annotated for because sites re-use card nodes (vaccin.click's lesson;
// the mark lives in a Map, not in the page's DOM), one badge per practitioner, and the Comparer
// panel over them on result lists.
import type { EstimateInput } from '../core/types';
import { actFromFeeLabel } from '../detect/act';
import type { FeeRow, Listing } from '../detect/types';
import { mountBadge, type BadgeData, type BadgeHandle } from '../ui/badge/mount';
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
  badges: BadgeHandle[];
  /** Data of the first badge, for the Comparer panel. */
  first: BadgeData;
  id: number;
}

export interface Reconciler {
  /** How many practitioners have badges. */
  size(): number;
  /** The entries shown, in the order they were added. */
  all(): Entry[];
  /** Same practitioner, same data, badges still in place: nothing to do. */
  upToDate(listing: Listing): boolean;
  /** Shows the listing's badges in place of what its card had (once per practitioner). */
  reconcile(listing: Listing): void;
  /** Re-renders an entry's badges in place (the settings changed). */
  rerender(entry: Entry): void;
  /** Drops the entries whose card left the page (their badges left with it). */
  prune(): void;
  /** Takes every badge and the Comparer off the page. */
  clear(): void;
  /** The Comparer panel, on result lists only (two practitioners or more). */
  renderCompare(): void;
}

/** `dataOf` is called only for listings whose estimates are all in. */
export function reconciler(dataOf: (listing: Listing, spec: BadgeSpec) => BadgeData): Reconciler {
  const entries = new Map<Element, Entry>();
  const keys = new Map<string, Element>();
  let compare: CompareHandle | null = null;
  let compareDirty = false;
  let nextId = 0;
  const all = () => [...entries.values()];
  const remove = (container: Element, entry: Entry): void => {
    for (const b of entry.badges) b.destroy();
    entries.delete(container);
    if (keys.get(entry.key) === container) keys.delete(entry.key);
    compareDirty = true;
  };
  return {
    size: () => entries.size,
    all,
    upToDate(listing) {
      const existing = entries.get(listing.container ?? listing.anchor);
      if (!existing || existing.signature !== signatureOf(listing) || !existing.badges.every((b) => b.host.isConnected)) return false;
      existing.listing = listing;
      return true;
    },
    reconcile(listing) {
      const container = listing.container ?? listing.anchor;
      if (!container.isConnected) return;
      const existing = entries.get(container);
      if (existing) remove(container, existing);
      const owner = keys.get(listing.key);
      if (owner && owner !== container && owner.isConnected) return; // shown once per practitioner
      const specs = specsOf(listing);
      const data = specs.map((spec) => dataOf(listing, spec));
      const badges = specs.map((spec, i) => mountBadge(spec.anchor, data[i]!));
      entries.set(container, { key: listing.key, signature: signatureOf(listing), listing, specs, badges, first: data[0]!, id: ++nextId });
      keys.set(listing.key, container);
      compareDirty = true;
    },
    rerender(entry) {
      entry.specs.forEach((spec, i) => {
        const data = dataOf(entry.listing, spec);
        if (i === 0) entry.first = data;
        entry.badges[i]?.update(data);
      });
      compareDirty = true;
    },
    prune() {
      for (const [container, entry] of entries) if (!container.isConnected) remove(container, entry);
    },
    clear() {
      for (const entry of entries.values()) for (const b of entry.badges) b.destroy();
      entries.clear();
      keys.clear();
      compare?.destroy();
      compare = null;
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
      compare.update({ count: entries.size, getItems: () => all().map(compareItem) });
    },
  };
}

function compareItem(e: Entry): CompareItem {
  const v = e.first.view;
  return {
    id: e.id,
    name: e.listing.name ?? e.listing.specialtyLabel ?? '',
    specialty: e.listing.specialtyLabel ?? '',
    summary: compareText(v),
    level: v.level,
    sortCents: v.amount ? v.amount.min : Number.MAX_SAFE_INTEGER,
    sortUpperCents: v.amount && v.kind !== 'from' && v.kind !== 'fromCovered' ? v.amount.max : Number.MAX_SAFE_INTEGER,
    target: e.badges[0]!.focusTarget,
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
