// Small pieces shared by the readers.
import { fold, normalizeSpace, clip, rootElement, selectAll, textBlocks, type TextBlock } from './text';
import { parseSector, type SectorResult } from './parse-sector';
import type { Sector } from '../core/types';
import type { FeeRow, Listing, Site } from './types';
import { normalizeSpecialty, type SpecialtyKey } from './specialty';

/** "Carte Vitale acceptée", "Tiers payant : Sécurité sociale", "Consultation non remboursée…". */
const INFO =
  /^(?:carte vitale (?:non )?acceptee|carte vitale ?: ?(?:oui|non)|tiers payant ?: .*|consultation non remboursee par .*|profession non reglementee|ce professionnel de sante accepte la carte vitale|accepte la carte vitale|pas de tiers payant|tiers payant (?:accepte|pratique).*)$/;
/** Texts of a profession the core does not estimate. */
const NON_MEDICAL_INFO = /^(?:consultation non remboursee par .*|profession non reglementee)$/;

/** Short blocks that are cash-flow information (kept in Listing.info, they do not change the estimate). */
export function infoOf(blocks: readonly TextBlock[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const b of blocks) {
    if (b.text.length > 120) continue;
    const f = fold(b.text);
    if (!INFO.test(f) || seen.has(f)) continue;
    seen.add(f);
    out.push(b.text);
  }
  return out;
}

/** True when an info line says the consultation is not reimbursed / the profession is unregulated. */
export function saysNonMedical(info: readonly string[]): boolean {
  return info.some((t) => NON_MEDICAL_INFO.test(fold(t)));
}

export interface SectorFound {
  result: SectorResult | null;
  /** The block element that held the label (first one when several agree). */
  el: Element | null;
}

/**
 * The sector from the blocks of a container. Several blocks that agree → that sector; blocks that
 * disagree → unknown (`conflict`), with their texts as evidence: never pick one at random.
 */
export function sectorFromBlocks(blocks: readonly TextBlock[], skip?: (b: TextBlock) => boolean): SectorFound {
  let first: SectorFound | null = null;
  const evidences: string[] = [];
  let conflict = false;
  for (const b of blocks) {
    if (skip?.(b) === true) continue;
    const r = parseSector(b.text);
    if (r === null) continue;
    if (first === null) first = { result: r, el: b.el };
    else if (first.result !== null && (r.sector !== first.result.sector || r.rule !== first.result.rule)) conflict = true;
    if (!evidences.includes(r.evidence)) evidences.push(r.evidence);
  }
  if (first === null) return { result: null, el: null };
  if (conflict) {
    return { result: { sector: 'unknown', rule: 'conflict', evidence: clip(evidences.join(' | ')) }, el: first.el };
  }
  return first;
}

/** What a reader found for one practitioner. */
export interface Found {
  anchor: Element;
  container: Element;
  key: string;
  /** '' when the page shows none. */
  name: string;
  specialtyLabel: string;
  /** The specialty key the label gives (an info line may still make it non-medical). */
  specialty: string;
  sector: SectorResult | null;
  fees?: FeeRow[];
  info?: string[];
}

/**
 * The listing of what a reader found: the sector's value and evidence (unknown when none), a
 * "not reimbursed" info line making it non-medical, name and info only when there are some.
 */
export function toListing(site: Site, f: Found): Listing {
  const info = f.info ?? [];
  const listing: Listing = {
    anchor: f.anchor,
    name: f.name,
    specialtyLabel: f.specialtyLabel,
    specialty: saysNonMedical(info) ? 'non-medical' : f.specialty,
    sector: f.sector?.sector ?? 'unknown',
    sectorEvidence: f.sector?.evidence ?? '',
    sectorRule: f.sector?.rule,
    fees: f.fees ?? [],
    site,
    key: f.key,
    container: f.container,
  };
  if (f.name === '') delete listing.name;
  if (listing.sectorRule === undefined) delete listing.sectorRule;
  if (info.length > 0) listing.info = info;
  return listing;
}

/** A key part from free text: folded, spaces collapsed. */
export function keyPart(text: string | undefined): string {
  return fold(text ?? '').replace(/[|]/g, ' ');
}

/** Specialty key for several labels (organisation pills): same key → it; all doctors → medecin. */
export function specialtyOfMany(labels: readonly string[], sector: Sector): SpecialtyKey {
  const keys = new Set(labels.map((l) => normalizeSpecialty(l, sector)));
  if (keys.size === 1) return [...keys][0] as SpecialtyKey;
  if (keys.size === 0) return normalizeSpecialty('', sector);
  if (keys.has('non-medical')) return 'non-medical';
  return 'medecin';
}

/**
 * The cards to read for a root (incremental reads): the outermost card that holds the root when
 * there is one, else the outermost cards below it. `isCard` says which of `selector`'s matches
 * are cards (a card may hold a card-like element inside).
 */
export function cardsFor(root: ParentNode, selector: string, isCard: (el: Element) => boolean): Element[] {
  const el = rootElement(root);
  if (el !== null && (root as Node).nodeType === 1) {
    let card: Element | null = null;
    for (let c = el.closest(selector); c !== null; c = c.parentElement?.closest(selector) ?? null) {
      if (isCard(c)) card = c;
    }
    if (card !== null) return [card];
  }
  const out: Element[] = [];
  let last: Element | null = null;
  for (const c of selectAll(root, selector)) {
    if ((last !== null && last.contains(c)) || !isCard(c)) continue;
    out.push(c);
    last = c;
  }
  return out;
}

export { normalizeSpace, textBlocks };
