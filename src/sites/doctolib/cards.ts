// Doctolib search result cards (docs/sites.md §1.3).
//
// 2025 design: `[data-test-id="hcp-results"] [data-design-system-component="Card"]`. Name = the
// card's h2; specialty = the first paragraph that is neither address, distance nor sector; sector
// = the text of the row holding the euro-sign icon (read by text, with a text fallback over the
// card's blocks); organisations carry the organisation icon, a type line ("Centre de santé") and
// pills ("1 gastro-entérologue et hépatologue"). Cards show no price. Older `div.dl-search-result`
// cards are read through their class names.
//
// Keys: the card's own profile link (urls.ts `profileKey`), else
// `doctolib:card:<name>|<specialty>|<address>`, always read from the card's current content
// (Doctolib re-uses card nodes for other practitioners).
import type { Listing } from '../../detect/types';
import type { Sector } from '../../core/types';
import { clip, fold, isInsideSkipped, textBlocks, textOf, type TextBlock } from '../../detect/text';
import { parseSector, type SectorResult } from '../../detect/parse-sector';
import { normalizeSpecialty } from '../../detect/specialty';
import { cardsFor, infoOf, keyPart, sectorFromBlocks, specialtyOfMany, toListing } from '../../detect/common';
import { withProfession } from './profession';
import { isSearchPath, profileKey } from './urls';
import { AVAILABILITIES, CARD_SELECTOR, EURO_ICON, LOCATION_ICON, ORG_ICON, PILL, RESULTS_SELECTOR } from './labels';

function isSearchCard(el: Element, url: URL): boolean {
  if (el.classList.contains('dl-search-result')) return true;
  if (el.querySelector('h2, h3') === null) return false;
  if (el.closest(RESULTS_SELECTOR) !== null) return true;
  if (!isSearchPath(url)) return false;
  return el.querySelector(`${EURO_ICON}, ${ORG_ICON}, ${AVAILABILITIES}, ${LOCATION_ICON}`) !== null;
}

/** The cards to read for this root: the enclosing card when root is inside one, else those below. */

/** The cards to read for this root: the enclosing card when root is inside one, else those below. */
export function findCards(root: ParentNode, url: URL): Element[] {
  return cardsFor(root, CARD_SELECTOR, (c) => isSearchCard(c, url));
}

/** The row an icon labels: its nearest ancestor (inside the card) that has text of its own. */
function rowOf(icon: Element | null, card: Element): Element | null {
  if (icon === null) return null;
  for (let el = icon.parentElement; el !== null && el !== card; el = el.parentElement) {
    // textContent first: cheap, and the icon's own wrappers usually have none.
    if (/\S/.test(el.textContent ?? '') && textOf(el, 500) !== '') return el;
  }
  return null;
}

const DISTANCE = /^\d+(?:[.,]\d+)? ?k?m$/i;

/** The parts of a search card the reader looks at. */
interface CardParts {
  card: Element;
  /** Old `div.dl-search-result` markup, read through its class names. */
  legacy: boolean;
  nameEl: Element;
  availabilities: Element | null;
  sectorRow: Element | null;
  addressRow: Element | null;
  /** The organisation row (a centre de santé, a hospital), 2025 design only. */
  orgRow: Element | null;
  orgType: string;
}

function cardParts(card: Element): CardParts | null {
  const legacy = card.classList.contains('dl-search-result');
  const nameEl = legacy
    ? (card.querySelector('.dl-search-result-name') ?? card.querySelector('h3, h2'))
    : (card.querySelector('h2') ?? card.querySelector('h3'));
  if (nameEl === null) return null;
  const orgRow = legacy ? null : rowOf(card.querySelector(ORG_ICON), card);
  return {
    card,
    legacy,
    nameEl,
    availabilities: card.querySelector(AVAILABILITIES),
    sectorRow: legacy ? card.querySelector('.dl-search-result-regulation-sector') : rowOf(card.querySelector(EURO_ICON), card),
    addressRow: legacy ? card.querySelector('.dl-search-result-address, .dl-text-body') : rowOf(card.querySelector(LOCATION_ICON), card),
    orgRow,
    orgType: orgRow !== null ? textOf(orgRow, 300) : '',
  };
}

/**
 * The card's sector: the euro-sign row, else any block of the card that is a sector label
 * (`blocks`: the card's blocks when they were walked, for the info lines).
 */
function cardSector(c: CardParts): { sector: SectorResult | null; sectorEl: Element | null; blocks: TextBlock[] | null } {
  let sector: SectorResult | null = null;
  let sectorEl: Element | null = null;
  let blocks: TextBlock[] | null = null;
  if (c.sectorRow !== null && !isInsideSkipped(c.sectorRow, c.card)) {
    sector = parseSector(textOf(c.sectorRow, 500));
    sectorEl = c.sectorRow;
  }
  if (sector === null) {
    blocks = textBlocks(c.card);
    const found = sectorFromBlocks(blocks, (b) => c.nameEl.contains(b.el) || (c.availabilities?.contains(b.el) ?? false));
    sector = found.result;
    sectorEl = found.el;
  }
  // "Établissement conventionné" on a centre de santé: secteur 1 (docs/architecture.md).
  if (sector !== null && sector.rule === 'organization-contracted' && /^centres? de sante\b/.test(fold(c.orgType))) {
    sector = { sector: '1', rule: sector.rule, evidence: clip(`${sector.evidence} · ${c.orgType}`) };
  }
  return { sector, sectorEl, blocks };
}

/** The card's specialty: the legacy subtitle, an organisation's pills, else the first plain paragraph. */
function cardSpecialty(c: CardParts, sector: Sector): { specialtyLabel: string; specialty: string } {
  const { card } = c;
  if (c.legacy) {
    const sub = card.querySelector('.dl-search-result-subtitle');
    const specialtyLabel = sub !== null ? textOf(sub, 300) : '';
    return { specialtyLabel, specialty: normalizeSpecialty(specialtyLabel, sector) };
  }
  if (c.orgRow !== null) {
    const pills = Array.from(card.querySelectorAll(PILL))
      .filter((p) => !isInsideSkipped(p, card))
      .map((p) => textOf(p, 300).replace(/^\d+\s+/, ''))
      .filter((t) => t !== '');
    return pills.length > 0
      ? { specialtyLabel: pills.join(', '), specialty: specialtyOfMany(pills, sector) }
      : { specialtyLabel: c.orgType, specialty: normalizeSpecialty(c.orgType, sector) };
  }
  let specialtyLabel = '';
  for (const p of Array.from(card.querySelectorAll('p'))) {
    if (c.nameEl.contains(p) || c.sectorRow?.contains(p) || c.addressRow?.contains(p)) continue;
    if (c.availabilities?.contains(p) || isInsideSkipped(p, card)) continue;
    const t = textOf(p, 300);
    if (t === '' || DISTANCE.test(t) || parseSector(t) !== null) continue;
    specialtyLabel = t;
    break;
  }
  return { specialtyLabel, specialty: normalizeSpecialty(specialtyLabel, sector) };
}

/** The card's own profile link (the name's first), else null. */
function cardLinkKey(c: CardParts, url: URL): string | null {
  const links: Element[] = [];
  const nameLink = c.nameEl.closest('a[href]') ?? c.nameEl.querySelector('a[href]');
  if (nameLink !== null && c.card.contains(nameLink)) links.push(nameLink);
  for (const a of Array.from(c.card.querySelectorAll('a[href]'))) links.push(a);
  for (const a of links) {
    if (c.availabilities?.contains(a) === true) continue;
    const key = profileKey(a.getAttribute('href') ?? '', url);
    if (key !== null) return key;
  }
  return null;
}

export function readSearchCard(card: Element, url: URL): Listing | null {
  const c = cardParts(card);
  if (c === null || isInsideSkipped(card)) return null;
  const name = textOf(c.nameEl, 300);
  if (name === '' || isInsideSkipped(c.nameEl, card)) return null;
  const { sector, sectorEl, blocks } = cardSector(c);
  const sectorValue = sector?.sector ?? 'unknown';
  const { specialtyLabel, specialty } = cardSpecialty(c, sectorValue);
  const address = c.addressRow !== null ? textOf(c.addressRow, 500) : '';
  // Key: the card's own profile link, else name + specialty + address.
  const key = cardLinkKey(c, url) ?? `doctolib:card:${keyPart(name)}|${keyPart(specialtyLabel)}|${keyPart(address)}`;
  // Cards carry no Carte Vitale / tiers payant line in the 2025 design: only read when the card's
  // blocks were walked anyway (no sector row).
  const info = blocks !== null ? infoOf(blocks) : [];
  const anchor = sectorEl !== null && card.contains(sectorEl) ? sectorEl : c.nameEl;
  // Other professions: the slug of the card's profile link first, the label second.
  const slug = key.startsWith('doctolib:/') ? key.slice(10).split('/')[0] : undefined;
  return withProfession(toListing('doctolib', { anchor, container: card, key, name, specialtyLabel, specialty, sector, info }), slug, sector);
}
