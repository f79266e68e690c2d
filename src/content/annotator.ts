// Keeps one badge per practitioner in step with the page. A batched MutationObserver feeds only
// the added or changed subtrees to the readers (Dark Reader's pattern), read in slices of a frame;
// the estimate client (estimate-client.ts) fetches what the listings need from the background,
// and the reconciler (reconciler.ts) puts each listing's badges on its card. Every listing is read
// and estimated (the Comparer lists them all); beyond LONG_LIST listings only the cards near the
// viewport get their badges mounted and re-rendered, and a frame's DOM writes go in one batch.
// When the settings change, the badges in view are re-rendered in place first. No polling.
import { localDay } from '../core/dates';
import type { EstimateInput, Money } from '../core/types';
import type { Reader } from '../detect/reader';
import { isBlockedPage, runReader, splitRoot } from '../detect/run';
import { readPass } from '../detect/text';
import type { Listing } from '../detect/types';
import type { ProfileState } from '../settings';
import { gpIdentity } from '../settings/gp-identity';
import { badgeView, shapeOf } from '../ui/badge/model';
import { BADGE_TAG, type BadgeData } from '../ui/badge/mount';
import { MAX_GPS, type EstimateReply, type GpListing } from '../messages';
import { COMPARE_TAG } from '../ui/compare/mount';
import { mark } from './marks';
import { estimateClient, type EstimateClient, type EstimateClientOptions } from './estimate-client';
import { markBusy, markIdle } from './idle';
import { reconciler, specsOf, type BadgeSpec, type Entry, type Reconciler } from './reconciler';

export interface AnnotatorOptions {
  /** The site's reader (each site's content script bundles only its own). */
  reader: Reader;
  profile: ProfileState;
  /** The identity of the GP the user marked as their médecin traitant (gp-identity.ts), or null. */
  medecinTraitant?: string | null;
  onCount(count: number): void;
  /** False once the extension context is gone (reloaded or updated). */
  alive?: () => boolean;
  /** Where estimates come from (the background; tests may pass the core directly). */
  estimates?: EstimateClientOptions['send'];
  /** Most inputs in one request (the background's limit; tests lower it). */
  maxBatch?: number;
}

/** Work slice per frame: keeps every task well under the 50 ms "long task" line. */
const SLICE_MS = 12;
/** When the timer wins over the animation frame (hidden tab), process anyway. */
const FALLBACK_MS = 100;
/** Beyond this many listings, badges are mounted only near the viewport (reconciler.ts). */
export const LONG_LIST = 100;

export class Annotator {
  running = false;
  count = 0;
  private profile: ProfileState;
  private medecinTraitant: string | null;
  private readonly reader: Reader;
  private readonly onCount: (count: number) => void;
  private readonly alive: () => boolean;
  private readonly estimates: EstimateClient;
  private readonly badges: Reconciler;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Node>();
  /** Subtrees still to read, and listings read but not yet shown, in page order. */
  private roots: ParentNode[] = [];
  private queue: Listing[] = [];
  /** Entries still to re-render after a profile change (sliced like the rest). */
  private rerender: Entry[] = [];
  /** Every badge must be re-rendered once the new profile's estimates are in. */
  private rerenderAll = false;
  private pruneNeeded = false;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;
  /** The date of the estimates, read once per pass (a pass across midnight keeps one key). */
  private day = localDay(new Date());

  constructor(options: AnnotatorOptions) {
    this.profile = options.profile;
    this.medecinTraitant = options.medecinTraitant ?? null;
    this.reader = options.reader;
    this.onCount = options.onCount;
    this.alive = options.alive ?? (() => true);
    this.estimates = estimateClient({
      send: options.estimates,
      maxBatch: options.maxBatch,
      running: () => this.running,
      // The reply's badges now, in the reply's task: waiting for the next frame only delays them.
      onReply: () => {
        mark('reply');
        this.runNow();
      },
      onRetry: () => isolated(() => this.process()),
      onGiveUp: () => this.idleCheck(),
    });
    this.badges = reconciler({
      dataOf: (listing, spec) => this.badgeData(listing, spec),
      // A card came near the viewport, or a badge must be taken out: the next frame writes.
      onWrites: () => this.schedule(),
      // The observer's report comes after a frame: those badges now, not one more frame later.
      onNear: () => this.runNow(),
    });
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
    // The first pass now, not at the next frame: the estimates are asked for a frame earlier.
    isolated(() => this.process());
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
    this.estimates.drop();
    this.rerenderAll = false;
    this.badges.clear();
    this.setCount(0);
    markIdle();
  }

  /** The test build's idle signal (idle.ts), when nothing is left to read, ask or write. */
  idleCheck(): void {
    const idle = !this.frame && !this.timer && this.dirty.size === 0 && this.roots.length === 0 && this.rerender.length === 0
      && !this.rerenderAll && !this.pruneNeeded && !this.badges.pending() && this.estimates.idle();
    if (!this.running || idle) markIdle();
  }

  setProfile(profile: ProfileState, medecinTraitant = this.medecinTraitant): void {
    this.profile = profile;
    this.medecinTraitant = medecinTraitant;
    this.estimates.renew();
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
      this.estimates.renewRetries();
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.frame || this.timer) return;
    markBusy();
    const run = () => {
      this.cancel();
      isolated(() => this.process());
    };
    this.frame = requestAnimationFrame(run);
    this.timer = setTimeout(run, FALLBACK_MS);
  }

  /** A pass now, in the current task, instead of the scheduled one. */
  private runNow(): void {
    this.cancel();
    isolated(() => this.process());
  }

  private cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.timer) clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
  }

  /** One pass: read what changed, show what is ready, ask for what is missing, within a slice. */
  /**
   * True when every badge's estimates are in. Asks about every entry, never stopping at the first
   * one missing: the inputs they all need then go in one request, not one round trip each.
   */
  private allReady(): boolean {
    let ok = true;
    for (const e of this.badges.all()) if (!this.ready(e.specs, e.listing)) ok = false;
    return ok;
  }

  private process(): void {
    if (!this.running) return;
    if (!this.alive()) return this.stop();
    markBusy();
    const deadline = performance.now() + SLICE_MS;
    this.day = localDay(new Date());
    if (this.pruneNeeded) {
      this.pruneNeeded = false;
      this.badges.prune();
    }
    const url = new URL(location.href);
    if (this.dirty.size > 0) {
      // A results page's cards are read one by one, so a long page is read in slices too. Split
      // within the slice as well: a re-render of thousands of subtrees is split over frames.
      const tops = [...topmost(this.dirty)];
      this.dirty.clear();
      let i = 0;
      // One read pass: roots under one section share the reader's scans of it (no DOM write here).
      readPass(() => {
        for (; i < tops.length && (i === 0 || performance.now() < deadline); i++) {
          const root = tops[i]!;
          if (root.isConnected) this.roots.push(...splitRoot(this.reader, root as ParentNode, url));
        }
      });
      for (; i < tops.length; i++) this.dirty.add(tops[i]!);
    }
    if (this.rerenderAll && this.allReady()) {
      this.rerenderAll = false;
      // Popped from the end: the badges the user can see are re-rendered first.
      const all = this.badges.all();
      this.rerender = all.filter((e) => !this.badges.inView(e)).concat(all.filter((e) => this.badges.inView(e)));
    }
    while (this.rerender.length > 0 && performance.now() < deadline) {
      const entry = this.rerender.pop()!;
      isolated(() => this.badges.refresh(entry));
    }
    this.badges.setLongList(this.badges.size() + this.queue.length + this.roots.length > LONG_LIST);
    const waiting = this.readAndShow(url, deadline);
    this.badges.setLongList(this.badges.size() + this.queue.length + this.roots.length > LONG_LIST);
    // This frame's badges, in one batch: the page lays out once for all of them.
    this.badges.flush();
    if (this.badges.size() > 0) mark('badges');
    this.setCount(this.badges.size());
    this.estimates.flush();
    const more = this.queue.length > waiting || this.roots.length > 0 || this.rerender.length > 0 || this.dirty.size > 0;
    if (more) this.schedule();
    else this.badges.renderCompare();
    this.idleCheck();
  }

  /**
   * Shows the queued listings whose estimates are in and reads the next roots, until the
   * deadline; the listings still waiting for estimates stay first in the queue. Returns how many.
   */
  private readAndShow(url: URL, deadline: number): number {
    // One read pass for the slice: the page does not change until the flush, so the ancestors of
    // every card are checked once, not once per card.
    return readPass(() => this.readAndShowNow(url, deadline));
  }

  private readAndShowNow(url: URL, deadline: number): number {
    const waiting: Listing[] = [];
    let i = 0;
    let r = 0;
    let pageOk: boolean | null = null;
    while (performance.now() < deadline) {
      if (i < this.queue.length) {
        const listing = this.queue[i++]!;
        // One card with odd markup never stops the others: its error stays with it.
        isolated(() => {
          if (this.badges.upToDate(listing)) return;
          if (this.ready(specsOf(listing), listing)) this.badges.reconcile(listing);
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
    return waiting.length;
  }

  /** True when every estimate the listing's badges need is in (the missing ones are asked for). */
  private ready(specs: BadgeSpec[], listing: Listing): boolean {
    let ok = true;
    for (const spec of specs) if (!this.estimates.has(this.inputsFor(listing, spec))) ok = false;
    return ok;
  }

  /** The estimate inputs of one badge: the fee as shown, and for a GP the hors-parcours case. */
  private inputsFor(listing: Listing, spec: BadgeSpec): EstimateInput[] {
    const { profile } = this.profile;
    const feeCents: Money | null = spec.fee ? { min: spec.fee.min, max: spec.fee.max ?? spec.fee.min } : null;
    const input: EstimateInput = {
      date: this.day,
      sector: listing.sector,
      specialty: listing.specialty,
      act: spec.act,
      feeCents,
      profile,
    };
    if (listing.specialty !== 'generaliste') return [input];
    const marked = this.medecinTraitant;
    const id = gpIdentity(listing.key);
    // No GP marked (or one we cannot tell, e.g. a centre de santé): assumed to be the médecin
    // traitant; the breakdown says what it costs if not (the core says when that differs: a
    // child's visit is in the parcours either way).
    if (marked == null || id == null) {
      return profile.medecinTraitant ? [input, { ...input, isMedecinTraitant: false }] : [input];
    }
    // A GP marked: it is in the parcours; another GP is not, and the breakdown gives the
    // in-parcours amount (urgence, remplaçant…).
    const mine = id === marked;
    const main = { ...input, isMedecinTraitant: mine };
    return mine ? [main] : [main, { ...input, isMedecinTraitant: true }];
  }

  /** The GPs annotated in the page, once each (LIST_GPS_MESSAGE): the popup offers to mark one. */
  gps(): GpListing[] {
    const out: GpListing[] = [];
    const seen = new Set<string>();
    for (const { listing } of this.badges.all()) {
      const id = listing.specialty === 'generaliste' ? gpIdentity(listing.key) : null;
      if (id == null || seen.has(id) || out.length >= MAX_GPS) continue;
      seen.add(id);
      out.push({ id, name: listing.name ?? '' });
    }
    return out;
  }

  /** Only called once `ready()` said every estimate is in. */
  private badgeData(listing: Listing, spec: BadgeSpec): BadgeData {
    const { profile, isDefault } = this.profile;
    const [input, alternative] = this.inputsFor(listing, spec);
    const est = this.estimates.get(input!)!;
    const floor = spec.fee != null && spec.fee.max == null;
    let other: Money | undefined;
    const alt = alternative && this.estimates.get(alternative)?.outOfPocket;
    if (alt && est.outOfPocket && (alt.min !== est.outOfPocket.min || alt.max !== est.outOfPocket.max)) other = alt;
    // The other case: hors parcours beside an in-parcours badge, or the reverse for a GP not marked.
    const inParcours = alternative?.isMedecinTraitant === true ? other : undefined;
    const horsParcours = inParcours ? undefined : other;
    return {
      view: badgeView({
        estimate: est, sector: listing.sector, specialty: listing.specialty, floor, feeShown: spec.fee != null,
        sectorRule: listing.sectorRule,
      }),
      shape: shapeOf(spec.fee, listing.specialty),
      estimate: est,
      profile,
      sector: listing.sector,
      sectorEvidence: listing.sectorEvidence,
      isDefaultProfile: isDefault,
      feeShown: spec.fee != null,
      floor,
      horsParcours,
      inParcours,
      sources: (est as EstimateReply).shownSources ?? [],
    };
  }

  private setCount(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.onCount(count);
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

/**
 * Page text is hostile input: whatever happens, the host page never sees an exception. Around a
 * pass (leave it, keep the page intact) and around each card (skip it, keep going with the others).
 */
function isolated(fn: () => void): void {
  try {
    fn();
  } catch {
    // a reader or renderer failed on odd markup
  }
}

/** The dirty nodes that have no dirty ancestor: each subtree is read once. */
function* topmost(nodes: Set<Node>): Generator<Node> {
  for (const node of nodes) {
    let p = node.parentNode;
    while (p && !nodes.has(p)) p = p.parentNode;
    if (!p) yield node;
  }
}
