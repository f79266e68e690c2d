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
import { clip, fold, isInsideSkipped, perPass, rootElement, selectAll, textBlocks, textOf, type TextBlock } from '../../detect/text';
import { findFee } from '../../detect/parse-fee';
import { parseSector, type SectorResult } from '../../detect/parse-sector';
import { matchSpecialty, normalizeSpecialty } from '../../detect/specialty';
import { cardsFor, infoOf, keyPart, sectorFromBlocks, specialtyOfMany, toListing } from '../../detect/common';
import { withProfession } from './profession';
import { isSearchPath, profileKey } from './urls';
import { ACTION_TEXT, AVAILABILITIES, CARD_SELECTOR, CARD_SIGNALS, EURO_ICON, HEADINGS, LOCATION_ICON, ORG_ICON, PILL, RESULTS_SELECTOR } from './labels';

/** A name's text: a person's or a centre's name, not a section title, a sector line or an amount. */
function plausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 120 || !/\p{L}/u.test(text) || ACTION_TEXT.test(fold(text))) return false;
  return parseSector(text) === null && findFee(text) === null;
}

/**
 * The element that names the practitioner in a card: the legacy name link, else its h2 or h3,
 * else a heading of another level or `role="heading"` whose text is a name, else a link to a
 * profile whose text is a name. Null when the block names nobody.
 */
export function cardName(card: Element, url: URL): Element | null {
  if (card.classList.contains('dl-search-result')) {
    const legacy = card.querySelector('.dl-search-result-name') ?? card.querySelector('h3, h2');
    if (legacy !== null) return legacy;
  }
  const h = card.querySelector('h2') ?? card.querySelector('h3');
  if (h !== null) return h;
  for (const el of Array.from(card.querySelectorAll(HEADINGS))) {
    if (!isInsideSkipped(el, card) && plausibleName(textOf(el, 300))) return el;
  }
  for (const a of Array.from(card.querySelectorAll('a[href]'))) {
    if (profileKey(a.getAttribute('href') ?? '', url) !== null && !isInsideSkipped(a, card) && plausibleName(textOf(a, 300))) return a;
  }
  return null;
}

function isSearchCard(el: Element, url: URL): boolean {
  if (el.classList.contains('dl-search-result')) return true;
  if (cardName(el, url) === null) return false;
  if (el.closest(RESULTS_SELECTOR) !== null) return true;
  if (!isSearchPath(url)) return false;
  return el.querySelector(CARD_SIGNALS) !== null;
}

/** The cards to read for this root: the enclosing card when root is inside one, else those below. */
export function findCards(root: ParentNode, url: URL): Element[] {
  const marked = cardsFor(root, CARD_SELECTOR, (c) => isSearchCard(c, url));
  // Inside a card found by its markup: that card. Else the cards found by what they are too.
  const el = rootElement(root);
  if (marked.length === 1 && el !== null && marked[0]?.contains(el) === true) return marked;
  const found = cardsByShape(root, url);
  if (found.length === 0) return marked;
  return [...marked, ...found].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Cards by what they are: the markup (the design system's Card attribute, `dl-card` classes, h2
// names) may change; a card is still the block that holds one practitioner's name and that
// practitioner's sector line, profile link or card icons, and no other practitioner's name.

/** How far above a name its card is looked for, and how far above the root the search starts (levels). */
const MAX_CARD_CLIMB = 12;
/** A block with more text than this is a page section, not a card. */
const MAX_CARD_TEXT = 4000;
const NOT_CONTENT = 'form, nav, header, footer, [role="search"], [role="navigation"], [role="listbox"], [role="option"], [role="menu"]';

interface NameCandidate {
  el: Element;
  /** Same value, same practitioner: the profile key of its link, else the element. */
  id: string | Element;
}

/** Headings with a name, and profile links with a name that no heading holds; none inside a card found by its markup. */
function nameCandidates(scope: Element, url: URL): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const el of selectAll(scope, `${HEADINGS}, a[href]`)) {
    // Cheap native checks first: on a page of marked cards, every name is inside one.
    if (el.closest(CARD_SELECTOR) !== null || el.closest(NOT_CONTENT) !== null) continue;
    const isLink = el.localName === 'a';
    if (el.parentElement?.closest(HEADINGS) != null || isInsideSkipped(el)) continue;
    const link = isLink ? el : el.querySelector('a[href]');
    const key = link !== null ? profileKey(link.getAttribute('href') ?? '', url) : null;
    if (isLink && key === null) continue;
    if (!plausibleName(textOf(el, 300))) continue;
    out.push({ el, id: key ?? el });
  }
  return out;
}

/** The scope of a read: the root, or a few levels above a root element (an incremental read inside a card). */
function scopeOf(root: ParentNode): Element | null {
  const el = rootElement(root);
  if (el === null || (root as Node).nodeType !== 1) return el;
  let scope: Element = el;
  for (let i = 0; i < MAX_CARD_CLIMB && scope.parentElement !== null && scope.localName !== 'body'; i++) scope = scope.parentElement;
  return scope;
}

/** The cards of `root` that no card found by its markup holds, found by their shape (search pages only). */
function cardsByShape(root: ParentNode, url: URL): Element[] {
  const rootEl = rootElement(root);
  if (rootEl === null || !isSearchPath(url)) return [];
  const scope = scopeOf(root);
  if (scope === null) return [];
  // The scope climbs above the root: thousands of roots re-rendered under one section share it.
  const names = perPass(nameCandidates, scope, () => nameCandidates(scope, url));
  if (names.length === 0) return [];
  // Per ancestor: the one practitioner it names, or `many`.
  const many = Symbol('many');
  const named = new Map<Element, string | Element | symbol>();
  for (const n of names) {
    let a: Element | null = n.el;
    for (let i = 0; a !== null && i <= MAX_CARD_CLIMB; i++, a = a.parentElement) {
      const v = named.get(a);
      named.set(a, v === undefined || v === n.id ? n.id : many);
      if (a === scope) break;
    }
  }
  const out: Element[] = [];
  const used = new Set<Element>();
  const whole = (root as Node).nodeType !== 1;
  for (const n of names) {
    const card = cardOf(n, url, named);
    if (card === null || used.has(card)) continue;
    used.add(card);
    // Incremental reads: only the cards the root touches.
    if (whole || card.contains(rootEl) || rootEl.contains(card)) out.push(card);
  }
  return out;
}

/** A card signal in a block: a card icon, a profile link, or a sector line. */
function hasCardSignal(block: Element, url: URL): boolean {
  if (block.querySelector(CARD_SIGNALS) !== null) return true;
  for (const a of Array.from(block.querySelectorAll('a[href]'))) if (profileKey(a.getAttribute('href') ?? '', url) !== null) return true;
  return textBlocks(block).some((b) => b.text.length <= 160 && parseSector(b.text) !== null && b.el.closest(NOT_CONTENT) === null);
}

/**
 * The largest block above a name that names only its practitioner and holds no card found by its
 * markup, when a block on the way holds a card signal; null for a name with nothing of a card
 * around it (a page title, a section heading).
 */
function cardOf(n: NameCandidate, url: URL, named: Map<Element, unknown>): Element | null {
  let card: Element | null = null;
  for (let a = n.el.parentElement, i = 0; a !== null && i < MAX_CARD_CLIMB; i++, a = a.parentElement) {
    if (named.get(a) !== n.id || STOP_AT.has(a.localName) || a.matches(LIST_LIKE)) break;
    if (a.querySelector(CARD_SELECTOR) !== null || textOf(a, MAX_CARD_TEXT + 1).length > MAX_CARD_TEXT) break;
    if (card !== null || hasCardSignal(a, url)) card = a;
  }
  return card;
}

/** Never a card: the page, and lists (a list of one result is still the list). */
const STOP_AT = new Set(['body', 'main', 'html', 'ul', 'ol']);
const LIST_LIKE = `${RESULTS_SELECTOR}, [role="list"], [role="feed"], [role="main"]`;

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

function cardParts(card: Element, url: URL): CardParts | null {
  const legacy = card.classList.contains('dl-search-result');
  const nameEl = cardName(card, url);
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
  // No paragraph (a redesign): the first block of the card that names a specialty.
  if (specialtyLabel === '') {
    const b = textBlocks(card).find((x) => x.text.length <= 120 && !c.nameEl.contains(x.el) && !x.el.contains(c.nameEl) && !(c.availabilities?.contains(x.el) ?? false) && matchSpecialty(x.text) !== null && parseSector(x.text) === null);
    specialtyLabel = b?.text ?? '';
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
  const c = cardParts(card, url);
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
