// Keeps one badge per practitioner in step with the page: a batched MutationObserver feeds only
// the added or changed subtrees to the readers (Dark Reader's pattern), each card is remembered
// with the practitioner key it was annotated for because sites re-use card nodes (vaccin.click's
// lesson; the mark lives in a Map, not in the page's DOM), and every badge is re-rendered in place when the settings change. No polling. Estimates come
// from the background in one batch per pass (src/content/estimates.ts), cached per input.
import type { CoverageProfile, Estimate, EstimateInput, Money } from '../core/types';
import { actFromFeeLabel } from '../detect/act';
import type { Reader } from '../detect/reader';
import { isBlockedPage, runReader, splitRoot } from '../detect/run';
import type { FeeRow, Listing } from '../detect/types';
import type { ProfileState } from '../settings';
import { badgeView, shapeOf } from '../ui/badge/model';
import { compareText, type CompareItem } from '../ui/compare/ComparePanel';
import { BADGE_TAG, mountBadge, type BadgeData, type BadgeHandle } from '../ui/badge/mount';
import { COMPARE_TAG, mountCompare, type CompareHandle } from '../ui/compare/mount';
import { MAX_BATCH, requestEstimates, requestInBatches } from './estimates';

interface BadgeSpec {
  anchor: Element;
  fee: FeeRow | null;
  act: EstimateInput['act'];
}

interface Entry {
  key: string;
  signature: string;
  listing: Listing;
  specs: BadgeSpec[];
  badges: BadgeHandle[];
  /** Data of the first badge, for the Comparer panel. */
  first: BadgeData;
  id: number;
}

export interface AnnotatorOptions {
  /** The site's reader (each site's content script bundles only its own). */
  reader: Reader;
  profile: ProfileState;
  onCount(count: number): void;
  /** False once the extension context is gone (reloaded or updated). */
  alive?: () => boolean;
  /** Where estimates come from (the background; tests may pass the core directly). */
  estimates?: (inputs: EstimateInput[]) => Promise<Estimate[]>;
  /** Most inputs in one request (the background's limit; tests lower it). */
  maxBatch?: number;
}

/** Retries of a failed estimate request (the background may be starting): 200, 400, 800 ms. */
const MAX_RETRIES = 3;

/** Work slice per frame: keeps every task well under the 50 ms "long task" line. */
const SLICE_MS = 12;
/** When the timer wins over the animation frame (hidden tab), process anyway. */
const FALLBACK_MS = 100;

export class Annotator {
  running = false;
  count = 0;
  private profile: ProfileState;
  private readonly reader: Reader;
  private readonly onCount: (count: number) => void;
  private observer: MutationObserver | null = null;
  private readonly entries = new Map<Element, Entry>();
  private readonly keys = new Map<string, Element>();
  private readonly dirty = new Set<Node>();
  /** Subtrees still to read, and listings read but not yet shown, in page order. */
  private roots: ParentNode[] = [];
  private queue: Listing[] = [];
  /** Entries still to re-render after a profile change (sliced like the rest). */
  private rerender: Entry[] = [];
  private pruneNeeded = false;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;
  private cache = new Map<string, Estimate>();
  /** Inputs needed by the current pass and not cached yet, by cache key. */
  private missing = new Map<string, EstimateInput>();
  private inFlight = false;
  private retries = 0;
  /** Bumped on every profile change: replies for an older profile are dropped. */
  private generation = 0;
  /** Every badge must be re-rendered once the new profile's estimates are in. */
  private rerenderAll = false;
  private readonly fetchEstimates: (inputs: EstimateInput[]) => Promise<Estimate[]>;
  private readonly alive: () => boolean;
  private compare: CompareHandle | null = null;
  private compareDirty = false;
  private nextId = 0;

  constructor(options: AnnotatorOptions) {
    this.profile = options.profile;
    this.reader = options.reader;
    this.onCount = options.onCount;
    // Split at the background's per-message limit: a page with thousands of fee rows must not
    // turn the badges off by making every request too large to be answered.
    const send = options.estimates ?? requestEstimates;
    this.fetchEstimates = (inputs) => requestInBatches(inputs, send, options.maxBatch ?? MAX_BATCH);
    this.alive = options.alive ?? (() => true);
  }

  start(): void {
    if (this.running || !document.body) return;
    this.running = true;
    removeLeftovers();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Doctolib sets the card links' href after the first render, and re-uses cards.
      attributeFilter: ['href'],
    });
    this.dirty.add(document.body);
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.cancel();
    this.dirty.clear();
    this.roots = [];
    this.queue = [];
    this.rerender = [];
    this.missing.clear();
    this.rerenderAll = false;
    for (const entry of this.entries.values()) for (const b of entry.badges) b.destroy();
    this.entries.clear();
    this.keys.clear();
    this.compare?.destroy();
    this.compare = null;
    this.setCount(0);
  }

  setProfile(profile: ProfileState): void {
    this.profile = profile;
    this.generation++;
    this.retries = 0;
    this.cache.clear();
    this.missing.clear();
    if (!this.running) return;
    this.rerenderAll = true;
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const node of r.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            if ((node as Element).localName !== BADGE_TAG) this.dirty.add(node);
          } else if (node.nodeType === Node.TEXT_NODE && r.target.nodeType === Node.ELEMENT_NODE) {
            this.dirty.add(r.target);
          }
        }
        for (const node of r.removedNodes) {
          // A text change, or a badge of ours taken out by the site's re-render: re-read there.
          const ours = node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === BADGE_TAG;
          if (node.nodeType === Node.TEXT_NODE || ours) this.dirty.add(r.target);
          else if (node.nodeType === Node.ELEMENT_NODE) this.pruneNeeded = true;
        }
      } else if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent) this.dirty.add(parent);
      } else if (r.type === 'attributes') {
        this.dirty.add(r.target);
      }
    }
    if (this.dirty.size > 0 || this.pruneNeeded) {
      // A later change of the page gives failed estimate requests a new round of retries.
      this.retries = 0;
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.frame || this.timer) return;
    const run = () => {
      this.cancel();
      this.guard(() => this.process());
    };
    this.frame = requestAnimationFrame(run);
    this.timer = setTimeout(run, FALLBACK_MS);
  }

  private cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.timer) clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
  }

  private process(): void {
    if (!this.running) return;
    if (!this.alive()) return this.stop();
    const deadline = performance.now() + SLICE_MS;
    if (this.pruneNeeded) this.prune();
    const url = new URL(location.href);
    if (this.dirty.size > 0) {
      // A results page's cards are read one by one, so a long page is read in slices too.
      for (const root of topmost(this.dirty)) {
        if (root.isConnected) this.roots.push(...splitRoot(this.reader, root as ParentNode, url));
      }
      this.dirty.clear();
    }
    if (this.rerenderAll && this.entriesReady()) {
      this.rerenderAll = false;
      this.rerender = [...this.entries.values()];
    }
    while (this.rerender.length > 0 && performance.now() < deadline) {
      const entry = this.rerender.pop()!;
      isolated(() => entry.specs.forEach((spec, i) => {
        const data = this.badgeData(entry.listing, spec);
        if (i === 0) entry.first = data;
        entry.badges[i]?.update(data);
      }));
      this.compareDirty = true;
    }
    const waiting: Listing[] = [];
    let i = 0;
    let r = 0;
    let pageOk: boolean | null = null;
    while (performance.now() < deadline) {
      if (i < this.queue.length) {
        const listing = this.queue[i++]!;
        // One card with odd markup never stops the others: its error stays with it.
        isolated(() => {
          if (this.upToDate(listing)) return;
          if (this.ready(specsOf(listing), listing)) this.reconcile(listing);
          else waiting.push(listing);
        });
      } else if (r < this.roots.length) {
        const root = this.roots[r++]!;
        // The anti-bot check reads the whole document: once per pass, not once per card.
        pageOk ??= !isBlockedPage(document);
        if (pageOk && (root as Node).isConnected) {
          this.queue.push(...runReader(this.reader, root, url, { pageChecked: true }));
        }
      } else break;
    }
    this.queue = waiting.concat(this.queue.slice(i));
    this.roots = this.roots.slice(r);
    this.setCount(this.entries.size);
    this.fetchMissing();
    const more = this.queue.length > waiting.length || this.roots.length > 0 || this.rerender.length > 0;
    if (more) this.schedule();
    else this.renderCompare();
  }

  /** Asks the background for what the pass could not show yet, in one batch. */
  private fetchMissing(): void {
    if (this.inFlight || this.missing.size === 0) return;
    const batch = [...this.missing];
    this.missing.clear();
    const generation = this.generation;
    this.inFlight = true;
    this.fetchEstimates(batch.map(([, input]) => input)).then(
      (results) => {
        this.inFlight = false;
        this.retries = 0;
        if (generation !== this.generation || !this.running) return this.schedule();
        batch.forEach(([key], i) => this.cache.set(key, results[i]!));
        this.schedule();
      },
      () => {
        this.inFlight = false;
        // The extension was reloaded (the context handler stops us) or its background is starting.
        if (this.retries++ < MAX_RETRIES && this.running) {
          setTimeout(() => this.guard(() => this.process()), 100 * 2 ** this.retries);
        }
      },
    );
  }

  /** True when every estimate the listing's badges need is cached; records the missing ones. */
  private ready(specs: BadgeSpec[], listing: Listing): boolean {
    let ok = true;
    for (const spec of specs) {
      for (const input of this.inputsFor(listing, spec)) {
        const key = this.keyOf(input);
        if (!this.cache.has(key)) {
          this.missing.set(key, input);
          ok = false;
        }
      }
    }
    return ok;
  }

  private entriesReady(): boolean {
    let ok = true;
    for (const e of this.entries.values()) if (!this.ready(e.specs, e.listing)) ok = false;
    return ok;
  }

  /** Same practitioner, same data, badges still in place: nothing to do. */
  private upToDate(listing: Listing): boolean {
    const existing = this.entries.get(listing.container ?? listing.anchor);
    if (!existing || existing.signature !== signatureOf(listing) || !existing.badges.every((b) => b.host.isConnected)) return false;
    existing.listing = listing;
    return true;
  }

  /** Drops the entries whose card left the page (their badges left with it). */
  private prune(): void {
    this.pruneNeeded = false;
    for (const [container, entry] of this.entries) {
      if (!container.isConnected) {
        this.remove(container, entry);
      }
    }
  }

  private reconcile(listing: Listing): void {
    const container = listing.container ?? listing.anchor;
    if (!container.isConnected) return;
    const signature = signatureOf(listing);
    const existing = this.entries.get(container);
    if (existing) this.remove(container, existing);
    const owner = this.keys.get(listing.key);
    if (owner && owner !== container && owner.isConnected) return; // shown once per practitioner
    const specs = specsOf(listing);
    const data = specs.map((spec) => this.badgeData(listing, spec));
    const badges = specs.map((spec, i) => mountBadge(spec.anchor, data[i]!));
    this.entries.set(container, { key: listing.key, signature, listing, specs, badges, first: data[0]!, id: ++this.nextId });
    this.keys.set(listing.key, container);
    this.compareDirty = true;
  }

  private remove(container: Element, entry: Entry): void {
    for (const b of entry.badges) b.destroy();
    this.entries.delete(container);
    if (this.keys.get(entry.key) === container) this.keys.delete(entry.key);
    this.compareDirty = true;
  }

  /** The Comparer panel, on result lists only (two practitioners or more). */
  private renderCompare(): void {
    if (!this.compareDirty) return;
    this.compareDirty = false;
    if (this.entries.size < 2) {
      this.compare?.destroy();
      this.compare = null;
      return;
    }
    const getItems = (): CompareItem[] => {
      const items: CompareItem[] = [];
      for (const e of this.entries.values()) {
        const v = e.first.view;
        items.push({
          id: e.id,
          name: e.listing.name ?? e.listing.specialtyLabel ?? '',
          specialty: e.listing.specialtyLabel ?? '',
          summary: compareText(v),
          level: v.level,
          sortCents: v.amount ? v.amount.min : Number.MAX_SAFE_INTEGER,
          sortUpperCents: v.amount && v.kind !== 'from' && v.kind !== 'fromCovered' ? v.amount.max : Number.MAX_SAFE_INTEGER,
          target: e.badges[0]!.focusTarget,
        });
      }
      return items;
    };
    this.compare ??= mountCompare();
    this.compare.update({ count: this.entries.size, getItems });
  }

  /** The estimate inputs of one badge: the fee as shown, and for a GP the hors-parcours case. */
  private inputsFor(listing: Listing, spec: BadgeSpec): EstimateInput[] {
    const { profile } = this.profile;
    const feeCents: Money | null = spec.fee ? { min: spec.fee.min, max: spec.fee.max ?? spec.fee.min } : null;
    const input: EstimateInput = {
      date: today(),
      sector: listing.sector,
      specialty: listing.specialty,
      act: spec.act,
      feeCents,
      profile,
    };
    // A GP is assumed to be the user's médecin traitant; the breakdown says what it costs if not.
    return isAssumedMedecinTraitant(listing, profile)
      ? [input, { ...input, profile: { ...profile, medecinTraitant: false } }]
      : [input];
  }

  private keyOf(input: EstimateInput): string {
    const fee = input.feeCents;
    return `${this.generation}|${input.date}|${input.sector}|${input.specialty}|${input.act}|${fee?.min}|${fee?.max}|${input.profile.medecinTraitant}`;
  }

  /** Only called once `ready()` said every estimate is cached. */
  private badgeData(listing: Listing, spec: BadgeSpec): BadgeData {
    const { profile, isDefault } = this.profile;
    const [input, alternative] = this.inputsFor(listing, spec);
    const est = this.cache.get(this.keyOf(input!))!;
    const floor = spec.fee != null && spec.fee.max == null;
    let horsParcours: Money | undefined;
    const alt = alternative && this.cache.get(this.keyOf(alternative))?.outOfPocket;
    if (alt && est.outOfPocket && (alt.min !== est.outOfPocket.min || alt.max !== est.outOfPocket.max)) horsParcours = alt;
    return {
      view: badgeView({ estimate: est, sector: listing.sector, specialty: listing.specialty, floor, feeShown: spec.fee != null }),
      shape: shapeOf(spec.fee, listing.specialty),
      estimate: est,
      profile,
      sector: listing.sector,
      isDefaultProfile: isDefault,
      feeShown: spec.fee != null,
      floor,
      horsParcours,
    };
  }

  private setCount(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.onCount(count);
  }

  /** Page text is hostile input: whatever happens, the host page never sees an exception. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch {
      // a reader or renderer failed on odd markup: leave this batch, keep the page intact
    }
  }
}

/**
 * Badges and a Comparer that no running instance owns: after an extension reload or update,
 * Firefox drops the old content script without its cleanup and injects the new one into open
 * tabs. The new instance starts from a page with none of ours.
 */
function removeLeftovers(): void {
  for (const el of document.querySelectorAll(`${BADGE_TAG}, ${COMPARE_TAG}`)) el.remove();
}

function isolated(fn: () => void): void {
  try {
    fn();
  } catch {
    // this card's markup broke a reader or the renderer: skip it, keep going with the others
  }
}

function specsOf(listing: Listing): BadgeSpec[] {
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

function isAssumedMedecinTraitant(listing: Listing, profile: CoverageProfile): boolean {
  return listing.specialty === 'generaliste' && profile.medecinTraitant && profile.age >= 16;
}

function signatureOf(l: Listing): string {
  return `${l.key}|${l.sector}|${l.specialty}|${l.fees.map((f) => `${f.label}:${f.min}-${f.max}`).join(',')}`;
}

/** The dirty nodes that have no dirty ancestor: each subtree is read once. */
function* topmost(nodes: Set<Node>): Generator<Node> {
  for (const node of nodes) {
    let p = node.parentNode;
    while (p && !nodes.has(p)) p = p.parentNode;
    if (!p) yield node;
  }
}

function today(): string {
  const d = new Date();
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}
