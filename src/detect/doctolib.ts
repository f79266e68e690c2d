// Doctolib (www.doctolib.fr): search result cards and profile pages (docs/sites.md §1).
//
// Search cards (2025 design): `[data-test-id="hcp-results"] [data-design-system-component="Card"]`.
// Name = the card's h2; specialty = the first paragraph that is neither address, distance nor
// sector; sector = the text of the row holding `svg[data-icon-name$="euro-sign"]` (read by text,
// with a text fallback over the card's blocks); organisations carry the organisation icon, a type
// line ("Centre de santé") and pills ("1 gastro-entérologue et hépatologue"). Cards show no price.
// Older `div.dl-search-result` cards are read through their class names.
//
// Profile pages (`/<specialite>/<ville>/<slug>[?pid=practice-N]`): one listing per practice block
// holding a "Tarifs et remboursement(s)" heading: the sector sentence near the heading, fee rows
// `.dl-profile-fee` (`.dl-profile-fee-name` / `.dl-profile-fee-tag`), else the `li`s under a heading
// that starts with "Tarif", else the blocks after a "Tarif de la consultation" heading.
//
// Keys: `doctolib:/<specialite>/<ville>/<slug>?pid=<pid>` from the card's own profile link (or the
// profile URL), else `doctolib:card:<name>|<specialty>|<address>`, always read from the card's
// current content (Doctolib re-uses card nodes for other practitioners).
//
// Checked against: tests/fixtures/doctolib/search-gastro-75012.html,
// search-all-sectors.html, search-legacy-2021.html, search-help-open.html,
// profile-single-fee.html, profile-several-acts.html, profile-ranges.html,
// profile-from-price.html, profile-two-practices.html, profile-teleconsultation.html,
// profile-osteopath.html, profile-help-open.html, antibot-retry-later.html, antibot-403.html
// (and read-only: profile-optam.html, search-spa.html from the e2e suite).
import type { Listing, FeeRow } from './types';
import type { Sector } from '../core/types';
import type { Reader, ReaderRule } from './reader';
import { isSiteHost } from '../hosts';
import { clip, fold, isInsideSkipped, normalizeSpace, rootElement, selectAll, textBlocks, textOf, docOf, type TextBlock } from './text';
import { parseSector, type SectorResult } from './parse-sector';
import { findFee, labelBeforeFee, parseFee } from './parse-fee';
import { labelFromSlug, matchSpecialty, normalizeSpecialty } from './specialty';
import { withProfession } from './profession';
import { cardsFor, infoOf, keyPart, sectorFromBlocks, specialtyOfMany, toListing } from './common';

export { actFromFeeLabel } from './act';


/** First path segments that are not a specialty (so `/x/y/z` is not a profile). */
const RESERVED = new Set([
  'search', 'sessions', 'account', 'accounts', 'booking', 'appointments', 'patient', 'patients',
  'sante', 'faq', 'static', 'cdn', 'api', 'profiles', 'help', 'pro', 'doctors', 'online_booking',
  'patient-health-search', 'phs_proxy', 'availabilities', 'webpack', 'assets', 'images', 'legal',
  'cgu', 'privacy', 'conditions-generales', 'mentions-legales', 'connexion', 'inscription',
]);

// Cards by the design system's attribute (a bare `.dl-card` is any Doctolib box), or the old markup.
const CARD_SELECTOR = '[data-design-system-component="Card"], .dl-search-result';
const RESULTS_SELECTOR = '[data-test-id="hcp-results"]';
const EURO_ICON = 'svg[data-icon-name$="euro-sign"]';
const LOCATION_ICON = 'svg[data-icon-name$="location-dot"]';
const ORG_ICON = 'svg[data-test-id="organization-icon"], svg[data-icon-name$="/hospital"]';
const AVAILABILITIES = '[data-test-id="availabilities-container"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function matches(url: URL): boolean {
  return isSiteHost('doctolib', url.hostname);
}

function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '');
}

/** `/search…`, `/<specialite>/<ville>`, `/<specialite>`: a result list. */
export function isSearchPath(url: URL): boolean {
  const seg = segments(url.pathname);
  if (seg[0] === 'search') return true;
  return seg.length >= 1 && seg.length <= 2 && !RESERVED.has(seg[0] ?? '');
}

/** `/<specialite>/<ville>/<slug>` (+ booking funnel paths under it). */
export function isProfilePath(url: URL): boolean {
  const seg = segments(url.pathname);
  return seg.length >= 3 && !RESERVED.has(seg[0] ?? '');
}

/** `doctolib:/<specialite>/<ville>/<slug>?pid=<pid>` for a profile link, else null. */
export function profileKey(href: string, base: URL): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (!isSiteHost('doctolib', u.hostname) && u.hostname !== base.hostname) return null;
  const seg = segments(u.pathname);
  if (seg.length < 3 || RESERVED.has(seg[0] ?? '')) return null;
  const pid = u.searchParams.get('pid');
  return `doctolib:/${seg.slice(0, 3).join('/')}${pid !== null && pid !== '' ? `?pid=${pid}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Search cards

function isSearchCard(el: Element, url: URL): boolean {
  if (el.classList.contains('dl-search-result')) return true;
  if (el.querySelector('h2, h3') === null) return false;
  if (el.closest(RESULTS_SELECTOR) !== null) return true;
  if (!isSearchPath(url)) return false;
  return el.querySelector(`${EURO_ICON}, ${ORG_ICON}, ${AVAILABILITIES}, ${LOCATION_ICON}`) !== null;
}

/** The cards to read for this root: the enclosing card when root is inside one, else those below. */
function findCards(root: ParentNode, url: URL): Element[] {
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
    const pills = Array.from(card.querySelectorAll('[data-design-system-component="Pill"]'))
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

function readSearchCard(card: Element, url: URL): Listing | null {
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

// ---------------------------------------------------------------------------------------------
// Profile pages

const TR_TITLE = /^(?:tarifs? et remboursements?|secteur de conventionnement)$/;
const FEE_TITLE = /^(?:tarifs?|tarif de la consultation|tarifs? et remboursements?|detail des honoraires)\b/;
/** Whole texts that are a section title (for titles that are not h1–h6 elements). */
/** What is left before a floor price ("À partir de 45 €"): not a label. */
const FLOOR_WORD = /^(?:à partir de|dès|de)$/i;
const TITLE_EXACT = /^(?:tarifs?|tarif de la consultation|tarifs? et remboursements?|detail des honoraires|secteur de conventionnement)$/;

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function foldedTitle(el: Element): string {
  return fold(textOf(el, 200)).replace(/[:.»]+$/, '').trim();
}

/** A fee row from a `li` or block: the fee text, the label around it. */
function feeFromElement(el: Element, fallbackLabel: string): FeeRow | null {
  const name = el.querySelector('.dl-profile-fee-name');
  const tag = el.querySelector('.dl-profile-fee-tag');
  if (tag !== null) {
    const fee = parseFee(textOf(tag, 300));
    if (fee === null) return null;
    const label = name !== null ? textOf(name, 300) : labelBeforeFee(textOf(el, 300));
    return { label: label !== '' ? label : fallbackLabel, min: fee.min, max: fee.max, anchor: el };
  }
  const blocks = textBlocks(el).filter((b) => b.text.length <= 300);
  if (blocks.length === 0) return null;
  // "label \n price" on separate blocks, or "Consultation : 60 €" in one.
  let feeIdx = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (findFee((blocks[i] as TextBlock).text) !== null) {
      feeIdx = i;
      break;
    }
  }
  if (feeIdx < 0) return null;
  // Two amounts in two blocks of one row: ambiguous.
  for (let i = 0; i < feeIdx; i++) if (findFee((blocks[i] as TextBlock).text) !== null) return null;
  const feeBlock = blocks[feeIdx] as TextBlock;
  const fee = findFee(feeBlock.text);
  if (fee === null) return null;
  const before = blocks.slice(0, feeIdx).map((b) => b.text);
  const inline = labelBeforeFee(feeBlock.text);
  const label = normalizeSpace([...before, FLOOR_WORD.test(inline) ? '' : inline].join(' '));
  return { label: label !== '' ? label : fallbackLabel, min: fee.min, max: fee.max, anchor: el };
}

interface Practice {
  /** The "Tarifs et remboursement" heading (or the first fee heading when there is none). */
  heading: Element;
  /** The largest block holding this practice only. */
  scope: Element;
}

/** A profile page's section titles. */
interface Headings {
  /** Every heading in document order: h1–h6 / role=heading, and short blocks that are a title. */
  all: Element[];
  /** The blocks that are a title without being a heading element, with their folded text. */
  blocks: Map<Element, string>;
}

/** What every practice of a profile page is read against. */
interface ProfilePage {
  root: ParentNode;
  url: URL;
  /** The element read: the document's body, or a detached root. */
  top: Element;
  body: Element;
  headings: Headings;
  /** Each practice's heading (see practiceAnchors). */
  anchors: Element[];
  practices: Practice[];
  /** `.dl-profile-fee` rows of the page. */
  feeRows: Element[];
  name: string;
  specialtyLabel: string;
}

/** Folded title text of a heading; for block titles, the block's own text. */
function headingText(h: Headings, el: Element): string {
  return h.blocks.get(el) ?? foldedTitle(el);
}

/** h1–h6 / role=heading, plus short blocks whose whole text is a section title (the markup drifts; the French titles are what stays). */
function profileHeadings(top: Element): Headings {
  const byTag = selectAll(top, HEADINGS).filter((h) => !isInsideSkipped(h));
  const tagged = new Set(byTag);
  const blocks = new Map<Element, string>();
  for (const b of textBlocks(top)) {
    if (b.text.length > 40 || tagged.has(b.el) || b.el === top) continue;
    const t = fold(b.text).replace(/[:.»]+$/, '').trim();
    if (!TITLE_EXACT.test(t) || byTag.some((h) => h.contains(b.el) || b.el.contains(h))) continue;
    blocks.set(b.el, t);
  }
  return { all: [...byTag, ...blocks.keys()].sort(byDocumentOrder), blocks };
}

/**
 * One heading per practice: "Tarifs et remboursement" headings (the outermost of nested
 * matches), and "Secteur de conventionnement" ones that no such heading's block holds; else the
 * first fee heading, else the first fee row; [] when the page has none.
 */
function practiceAnchors(h: Headings, feeRows: Element[]): Element[] {
  let trHeadings = h.all.filter((el) => TR_TITLE.test(headingText(h, el)));
  trHeadings = trHeadings.filter((el) => !trHeadings.some((o) => o !== el && o.contains(el)));
  const tr = trHeadings.filter((el) => /^tarif/.test(headingText(h, el)));
  const sect = trHeadings.filter((el) => !/^tarif/.test(headingText(h, el)) && !tr.some((t) => t.parentElement?.parentElement?.contains(el)));
  const anchors = [...tr, ...sect].sort(byDocumentOrder);
  if (anchors.length > 0) return anchors;
  const feeHeading = h.all.find((el) => FEE_TITLE.test(headingText(h, el)));
  if (feeHeading !== undefined) return [feeHeading];
  return feeRows[0] !== undefined ? [feeRows[0]] : [];
}

/** Each practice's scope: climb while the ancestor holds no other practice heading. */
function practicesOf(anchors: Element[], top: Element): Practice[] {
  return anchors.map((heading) => {
    let scope: Element = heading;
    while (scope.parentElement !== null && scope !== top) {
      const parent: Element = scope.parentElement;
      if (anchors.some((o) => o !== heading && parent.contains(o))) break;
      scope = parent;
      if (scope === top) break;
    }
    return { heading, scope };
  });
}

/** Name and specialty from the profile header (the URL's specialty slug as a last resort). */
function profileHeader(doc: Document | null, url: URL): { name: string; specialtyLabel: string } {
  const h1 = doc?.querySelector('h1') ?? null;
  // `[itemprop=name]` inside the h1 only: breadcrumbs also use itemprop="name".
  const nameEl = h1?.querySelector('[itemprop="name"]') ?? h1;
  const name = nameEl !== null && !isInsideSkipped(nameEl) ? textOf(nameEl, 300) : '';
  let specialtyLabel = '';
  const specEl = doc?.querySelector('.dl-profile-header-speciality') ?? null;
  if (specEl !== null) specialtyLabel = textOf(specEl, 300);
  else if (h1 !== null) {
    const headerBlocks = textBlocks(h1.parentElement ?? h1).slice(0, 6);
    specialtyLabel = headerBlocks.find((b) => !h1.contains(b.el) && matchSpecialty(b.text) !== null)?.text ?? '';
  }
  const slug = segments(url.pathname)[0];
  if (specialtyLabel === '' && slug !== undefined) specialtyLabel = labelFromSlug(slug);
  return { name, specialtyLabel };
}

function readProfile(root: ParentNode, url: URL): Listing[] {
  const doc = docOf(root);
  const body = doc?.body ?? rootElement(root);
  if (body === null || body === undefined) return [];
  const top = (root as Node).nodeType === 1 && !(doc?.contains(root as Node) ?? false) ? (root as Element) : body;
  const headings = profileHeadings(top);
  const feeRows = selectAll(top, '.dl-profile-fee').filter((r) => !isInsideSkipped(r));
  const anchors = practiceAnchors(headings, feeRows);
  if (anchors.length === 0) return [];
  const page: ProfilePage = {
    root, url, top, body, headings, anchors, feeRows,
    practices: practicesOf(anchors, top),
    ...profileHeader(doc, url),
  };
  const ids = practiceIds(page);
  const out: Listing[] = [];
  page.practices.forEach((p, i) => {
    const listing = readPractice(page, p, ids[i] ?? null);
    if (listing !== null) out.push(listing);
  });
  return out;
}

/** One practice's listing; null when a subtree call does not touch it. */
function readPractice(page: ProfilePage, p: Practice, pid: string | null): Listing | null {
  const { sector, sectorEl, localBlocks } = practiceSector(page, p);
  const fees = practiceFees(page, p);
  const specialty = normalizeSpecialty(page.specialtyLabel, sector?.sector ?? 'unknown');
  const path = `/${segments(page.url.pathname).slice(0, 3).join('/')}`;
  // Container: the smallest block holding the heading, the sector and every fee row.
  let container: Element = p.heading.parentElement ?? p.heading;
  const parts: Element[] = [p.heading, ...(sectorEl !== null ? [sectorEl] : []), ...fees.map((f) => f.anchor as Element)];
  while (!parts.every((x) => container.contains(x)) && container.parentElement !== null && container !== p.scope) {
    container = container.parentElement;
  }
  const anchor = sectorEl ?? p.heading;
  // Subtree calls: only the practices the root touches.
  const r = page.root as Node;
  if (r.nodeType === 1 && r !== page.top && !(p.scope.contains(r) || (r as Element).contains(p.heading) || (r as Element).contains(anchor))) {
    return null;
  }
  const key = `doctolib:${path}${pid !== null ? `?pid=${pid}` : ''}`;
  const { name, specialtyLabel } = page;
  const listing = toListing('doctolib', { anchor, container, key, name, specialtyLabel, specialty, sector, fees, info: infoOf(localBlocks) });
  return withProfession(listing, segments(page.url.pathname)[0], sector);
}

/**
 * A practice's sector, read in the heading's section — its parent, else up to two more levels,
 * never a level that holds another practice or the whole page ("Autres soignants" suggestions
 * and other cards elsewhere on the page carry sector lines too) — and that section's blocks.
 */
function practiceSector(page: ProfilePage, p: Practice): { sector: SectorResult | null; sectorEl: Element | null; localBlocks: TextBlock[] } {
  const levels: Element[] = [];
  for (let el = p.heading.parentElement, n = 0; el !== null && n < 3; el = el.parentElement, n++) {
    if (el === page.top || el === page.body || el.localName === 'main' || !p.scope.contains(el)) break;
    if (page.anchors.some((o) => o !== p.heading && el?.contains(o) === true)) break;
    levels.push(el);
  }
  if (levels.length === 0 && p.heading !== page.top) levels.push(p.heading);
  const localBlocks = textBlocks(levels[levels.length - 1] as Element);
  for (const s of levels) {
    const found = sectorFromBlocks(textBlocks(s));
    if (found.result !== null) return { sector: found.result, sectorEl: found.el, localBlocks };
  }
  return { sector: null, sectorEl: null, localBlocks };
}

/** A practice's fees: its `.dl-profile-fee` rows, else what its "Tarif…" headings list. */
function practiceFees(page: ProfilePage, p: Practice): FeeRow[] {
  const fees: FeeRow[] = [];
  const seen = new Set<Element>();
  const push = (row: FeeRow | null): void => {
    if (row === null || row.anchor === undefined || seen.has(row.anchor)) return;
    seen.add(row.anchor);
    fees.push(row);
  };
  const rows = page.feeRows.filter((r) => p.scope.contains(r));
  for (const r of rows) push(feeFromElement(r, 'Consultation'));
  if (rows.length > 0) return fees;
  const h = page.headings;
  for (const heading of h.all) {
    if (p.scope.contains(heading) && FEE_TITLE.test(headingText(h, heading))) feesUnderHeading(h, heading, push);
  }
  return fees;
}

/** The `li`s under a "Tarif…" heading, else the blocks after it ("Tarif de la consultation" + "À partir de 45 €"). */
function feesUnderHeading(h: Headings, heading: Element, push: (row: FeeRow | null) => void): void {
  const parent = heading.parentElement;
  if (parent === null) return;
  const title = h.blocks.has(heading) ? normalizeSpace(heading.firstChild?.textContent ?? '') || 'Tarifs' : textOf(heading, 200);
  const items: Element[] = [];
  for (const child of [...Array.from(parent.children), ...Array.from(heading.children)]) {
    if (child.localName === 'ul' || child.localName === 'ol') {
      for (const li of Array.from(child.children)) if (li.localName === 'li' && !isInsideSkipped(li)) items.push(li);
    }
  }
  if (items.length > 0) {
    for (const li of items) push(feeFromElement(li, title));
    return;
  }
  for (const b of textBlocks(parent)) {
    if (heading.contains(b.el) || b.el === parent || b.text.length > 200) continue;
    const fee = findFee(b.text);
    if (fee === null) continue;
    const inline = labelBeforeFee(b.text);
    const label = inline !== '' && !FLOOR_WORD.test(inline) ? inline : title;
    push({ label, min: fee.min, max: fee.max, anchor: b.el });
  }
}

/**
 * Each practice's id: an ancestor attribute "practice-N", else the URL's (one practice), else
 * the i-th "Lieu N" link's (a link whose href is not a URL is passed over), else `lieu-N`.
 */
function practiceIds(page: ProfilePage): (string | null)[] {
  const { practices, url } = page;
  const urlPid = url.searchParams.get('pid');
  const links = selectAll(page.body, 'a[href*="pid="]').filter((a) => /^lieu \d+$/.test(fold(textOf(a, 50))));
  return practices.map((p, i) => {
    const pid = practiceIdOf(p.scope);
    if (pid !== null) return pid;
    if (practices.length === 1) return urlPid !== null && urlPid !== '' ? urlPid : null;
    const href = links.length === practices.length ? links[i]?.getAttribute('href') : null;
    return (href != null ? pidOfHref(href, url) : null) ?? `lieu-${i + 1}`;
  });
}

/** "practice-N" from the scope or an ancestor's attributes. */
function practiceIdOf(scope: Element): string | null {
  for (let el: Element | null = scope; el !== null; el = el.parentElement) {
    for (const attr of ['data-practice-id', 'id', 'data-test-id', 'data-pid']) {
      const v = el.getAttribute(attr);
      const m = v !== null ? /practice-(\d+)/.exec(v) ?? (attr === 'data-practice-id' ? /^(\d+)$/.exec(v) : null) : null;
      if (m !== null) return `practice-${m[1] ?? ''}`;
    }
  }
  return null;
}

function pidOfHref(href: string, base: URL): string | null {
  try {
    return new URL(href, base).searchParams.get('pid');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

export function read(root: ParentNode, url: URL): Listing[] {
  const out: Listing[] = [];
  for (const card of findCards(root, url)) {
    const l = readSearchCard(card, url);
    if (l !== null) out.push(l);
  }
  if (out.length === 0 && isProfilePath(url)) out.push(...readProfile(root, url));
  return out;
}

export const doctolib: Reader = {
  site: 'doctolib',
  matches,
  read,
  split: findCards,
};

/** What this reader relies on, for the self-check (src/detect/self-check.ts). */
export const RULES: readonly ReaderRule[] = [
  { id: 'results list [data-test-id=hcp-results]', selector: RESULTS_SELECTOR, page: 'search' },
  { id: 'card [data-design-system-component=Card]', selector: '[data-design-system-component="Card"]', page: 'search' },
  { id: 'card (2021) .dl-search-result', selector: '.dl-search-result', page: 'search' },
  { id: 'card heading h2/h3', selector: `:is(${CARD_SELECTOR}) :is(h2, h3)`, page: 'search' },
  { id: 'sector row icon euro-sign', selector: EURO_ICON, page: 'search' },
  { id: 'address row icon location-dot', selector: LOCATION_ICON, page: 'search' },
  { id: 'organisation icon', selector: ORG_ICON, page: 'search' },
  { id: 'availabilities [data-test-id=availabilities-container]', selector: AVAILABILITIES, page: 'search' },
  { id: 'title "Tarifs et remboursement(s)" / "Secteur de conventionnement"', title: TR_TITLE, page: 'profile' },
  { id: 'title "Tarif(s)…" / "Détail des honoraires"', title: FEE_TITLE, page: 'profile' },
  { id: 'fee row .dl-profile-fee', selector: '.dl-profile-fee', page: 'profile' },
  { id: 'fee tag .dl-profile-fee-tag', selector: '.dl-profile-fee-tag', page: 'profile' },
];
