// Keeps the page's badges in step with the listings read: one entry per card, remembered with the
// practitioner key it was annotated for because sites re-use card nodes (vaccin.click's lesson;
// the mark lives in a Map, not in the page's DOM), one badge per practitioner, and the Comparer
// panel over them on result lists.
import type { EstimateInput } from '../core/types';
import { actFromFeeLabel } from '../detect/act';
import type { FeeRow, Listing } from '../detect/types';
import { summaryText } from '../ui/badge/model';
import { mountBadge, type BadgeData, type BadgeHandle } from '../ui/badge/mount';
import type { CompareItem } from '../ui/compare/ComparePanel';
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

export class Reconciler {
  private readonly entries = new Map<Element, Entry>();
  private readonly keys = new Map<string, Element>();
  private compare: CompareHandle | null = null;
  private compareDirty = false;
  private nextId = 0;

  /** `dataOf` is called only for listings whose estimates are all in. */
  constructor(private readonly dataOf: (listing: Listing, spec: BadgeSpec) => BadgeData) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entries shown, in the order they were added. */
  all(): Entry[] {
    return [...this.entries.values()];
  }

  /** Same practitioner, same data, badges still in place: nothing to do. */
  upToDate(listing: Listing): boolean {
    const existing = this.entries.get(listing.container ?? listing.anchor);
    if (!existing || existing.signature !== signatureOf(listing) || !existing.badges.every((b) => b.host.isConnected)) return false;
    existing.listing = listing;
    return true;
  }

  /** Shows the listing's badges in place of what its card had (once per practitioner). */
  reconcile(listing: Listing): void {
    const container = listing.container ?? listing.anchor;
    if (!container.isConnected) return;
    const existing = this.entries.get(container);
    if (existing) this.remove(container, existing);
    const owner = this.keys.get(listing.key);
    if (owner && owner !== container && owner.isConnected) return; // shown once per practitioner
    const specs = specsOf(listing);
    const data = specs.map((spec) => this.dataOf(listing, spec));
    const badges = specs.map((spec, i) => mountBadge(spec.anchor, data[i]!));
    const entry = { key: listing.key, signature: signatureOf(listing), listing, specs, badges, first: data[0]!, id: ++this.nextId };
    this.entries.set(container, entry);
    this.keys.set(listing.key, container);
    this.compareDirty = true;
  }

  /** Re-renders an entry's badges in place (the settings changed). */
  rerender(entry: Entry): void {
    entry.specs.forEach((spec, i) => {
      const data = this.dataOf(entry.listing, spec);
      if (i === 0) entry.first = data;
      entry.badges[i]?.update(data);
    });
    this.compareDirty = true;
  }

  /** Drops the entries whose card left the page (their badges left with it). */
  prune(): void {
    for (const [container, entry] of this.entries) if (!container.isConnected) this.remove(container, entry);
  }

  /** Takes every badge and the Comparer off the page. */
  clear(): void {
    for (const entry of this.entries.values()) for (const b of entry.badges) b.destroy();
    this.entries.clear();
    this.keys.clear();
    this.compare?.destroy();
    this.compare = null;
  }

  /** The Comparer panel, on result lists only (two practitioners or more). */
  renderCompare(): void {
    if (!this.compareDirty) return;
    this.compareDirty = false;
    if (this.entries.size < 2) {
      this.compare?.destroy();
      this.compare = null;
      return;
    }
    this.compare ??= mountCompare();
    this.compare.update({ count: this.entries.size, getItems: () => this.all().map(compareItem) });
  }

  private remove(container: Element, entry: Entry): void {
    for (const b of entry.badges) b.destroy();
    this.entries.delete(container);
    if (this.keys.get(entry.key) === container) this.keys.delete(entry.key);
    this.compareDirty = true;
  }
}

function compareItem(e: Entry): CompareItem {
  const v = e.first.view;
  return {
    id: e.id,
    name: e.listing.name ?? e.listing.specialtyLabel ?? '',
    specialty: e.listing.specialtyLabel ?? '',
    summary: summaryText(v),
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
    const act = actFromFeeLabel(fee.label);
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
