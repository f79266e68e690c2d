// Generic text reader for Maiia, Keldoc and pages of unknown shape (docs/sites.md §3, §4: their visible
// strings and DOM were not found, so nothing here relies on class names).
//
// 1. Split the page into text blocks; keep the short ones that are sector labels (parse-sector),
//    outside forms, filters, navigation, dialogs and tooltips.
// 2. For each label, climb to the smallest ancestor that also holds a practitioner name (a heading,
//    `[itemprop=name]`, or an element whose class says name/nom) — never past an ancestor that holds
//    another sector label: two labels in one container are two cards or a legend; the pairing is
//    not guessed, the label is skipped.
// 3. In that container: specialty = a block that is a known specialty, fees = short blocks with one
//    amount attached to a currency.
// Site readers built on it: src/sites/maiia, src/sites/keldoc. Off those hosts, detectListings
// returns [] (the extension runs nowhere else); `read` here serves tests and future hosts.
//
// Checked against (through the Maiia and Keldoc readers): tests/fixtures/maiia/search-generaliste.html,
// keldoc/search-keldoc.html, keldoc/profile-keldoc.html.
import type { FeeRow, Listing, Site } from './types';
import type { PageKind, Reader } from './reader';
import { fold, isInsideSkipped, rootElement, textBlocks, textOf, type TextBlock } from './text';
import { parseSector, type SectorResult } from './parse-sector';
import { findFee, labelBeforeFee } from './parse-fee';
import { matchSpecialty, normalizeSpecialty } from './specialty';
import { infoOf, keyPart, toListing } from './common';
import { GENERIC_TITLES, allTitles, titleRegExp } from './titles';

/** How far a label may be from its container's name (levels). */
const MAX_CLIMB = 8;
/** A container with more text than this is a page section, not a card. */
const MAX_CONTAINER_TEXT = 4000;
const NAME_SELECTOR = 'h1, h2, h3, h4, h5, [role="heading"], [itemprop="name"], [class*="name" i], [class*="Name"]';
/** A class that says "nom" as a word: `nom`, `nom-praticien`, `praticien_nom`, `nomPraticien`, `praticienNom` — not "economie", "autonomie", "nombre". */
const NOM_CLASS = /(?:^|[^a-zA-Z])[Nn]om(?![a-z])|[a-z]Nom(?![a-z])/;
const NOT_CONTENT = 'form, fieldset, label, nav, [role="search"], [role="navigation"], [role="listbox"], [role="option"], [role="checkbox"], [role="menu"], [role="menuitem"], [role="tab"]';
/** Section titles, never a practitioner's name. */
const SECTION_TITLE = titleRegExp(allTitles(GENERIC_TITLES), 'exact');
const OTHER_TITLES = /^(?:informations?(?: pratiques)?|adresse|horaires|moyens de paiement|presentation|prendre rendez vous|resultats?.*|filtres?.*|\d+ resultats?.*)$/;

function plausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 120) return false;
  const f = fold(text);
  if (SECTION_TITLE.test(f) || OTHER_TITLES.test(f)) return false;
  if (parseSector(text) !== null || findFee(text) !== null) return false;
  return /\p{L}/u.test(text);
}

function nameIn(container: Element): Element | null {
  let list: Element[];
  try {
    list = Array.from(container.querySelectorAll(`${NAME_SELECTOR}, [class*="nom" i]`)).filter(
      (el) => el.matches(NAME_SELECTOR) || NOM_CLASS.test(el.getAttribute('class') ?? ''),
    );
  } catch {
    list = Array.from(container.querySelectorAll('h1, h2, h3, h4, h5, [role="heading"], [itemprop="name"]'));
  }
  if (container.matches('h1, h2, h3, h4, h5')) list.unshift(container);
  for (const el of list.slice(0, 20)) {
    if (isInsideSkipped(el)) continue;
    const t = textOf(el, 300);
    if (plausibleName(t)) return el;
  }
  return null;
}

function keyFromLink(container: Element, url: URL, site: Site): string | null {
  for (const a of Array.from(container.querySelectorAll('a[href]')).slice(0, 20)) {
    let u: URL;
    try {
      u = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (u.hostname !== url.hostname && !u.hostname.endsWith(`.${url.hostname.split('.').slice(-2).join('.')}`)) continue;
    const seg = u.pathname.split('/').filter((s) => s !== '');
    if (seg.length < 2) continue;
    const params: string[] = [];
    for (const p of ['centerId', 'centerid', 'cabinet', 'specialty', 'pid']) {
      const v = u.searchParams.get(p);
      if (v !== null && v !== '') params.push(`${p.toLowerCase()}=${v}`);
    }
    return `${site}:/${seg.join('/')}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  }
  return null;
}

/** Root of the read and the subtree filter: a subtree call reads a few levels around it. */
function scopeOf(root: ParentNode): Element | null {
  const el = rootElement(root);
  if (el === null) return null;
  if ((root as Node).nodeType !== 1) return el;
  let scope: Element = el;
  for (let i = 0; i < MAX_CLIMB && scope.parentElement !== null; i++) scope = scope.parentElement;
  return scope;
}

interface SectorBlock {
  block: TextBlock;
  result: SectorResult;
}

/** Step 1: the short blocks that are sector labels, outside forms, filters and navigation. */
function sectorBlocksOf(blocks: readonly TextBlock[]): SectorBlock[] {
  const out: SectorBlock[] = [];
  for (const b of blocks) {
    if (b.text.length > 160) continue;
    const r = parseSector(b.text);
    if (r === null || b.el.closest(NOT_CONTENT) !== null) continue;
    out.push({ block: b, result: r });
  }
  return out;
}

/** How many labels each ancestor holds (bounded climb: linear). */
function labelCounts(sectorBlocks: readonly SectorBlock[], scope: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const s of sectorBlocks) {
    let el: Element | null = s.block.el;
    for (let i = 0; i <= MAX_CLIMB && el !== null; i++) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
      if (el === scope) break;
      el = el.parentElement;
    }
  }
  return counts;
}

/** Step 2: the smallest ancestor of a label that holds a name and no other label, with that name. */
function containerOf(label: Element, scope: Element, counts: Map<Element, number>): { container: Element; nameEl: Element } | null {
  let el: Element | null = label;
  for (let i = 0; i <= MAX_CLIMB && el !== null; i++) {
    if ((counts.get(el) ?? 0) > 1) return null;
    const nameEl = nameIn(el);
    if (nameEl !== null) return { container: el, nameEl };
    if (el === scope) return null;
    el = el.parentElement;
  }
  return null;
}

/** Step 3: the fee rows of a container (a bare "à partir de 45 €" takes the block before as its label). */
function feesIn(inner: readonly TextBlock[], label: Element, nameEl: Element): FeeRow[] {
  const fees: FeeRow[] = [];
  inner.forEach((b, i) => {
    if (b.text.length > 160 || b.el === label) return;
    const fee = findFee(b.text);
    if (fee === null) return;
    let text = labelBeforeFee(b.text);
    if (text === '' || /^(?:à partir de|dès|de|entre)$/i.test(text)) {
      const prev = inner[i - 1];
      text = prev !== undefined && prev.text.length <= 80 && findFee(prev.text) === null && parseSector(prev.text) === null && !nameEl.contains(prev.el) ? prev.text : '';
    }
    fees.push({ label: text, min: fee.min, max: fee.max, anchor: b.el });
  });
  return fees;
}

/** Step 3: the listing of one container, around its sector label. */
function listingOf(s: SectorBlock, container: Element, nameEl: Element, url: URL, site: Site): Listing {
  const name = textOf(nameEl, 300);
  const inner = textBlocks(container);
  const specBlock = inner.find(
    (b) => b.text.length <= 120 && !nameEl.contains(b.el) && b.el !== s.block.el && matchSpecialty(b.text) !== null && parseSector(b.text) === null,
  );
  const specialtyLabel = specBlock?.text ?? '';
  const address = inner.find((b) => /\b\d{5}\b/.test(b.text) && b.text.length <= 160 && findFee(b.text) === null)?.text ?? '';
  const key = keyFromLink(container, url, site) ?? `${site}:card:${keyPart(name)}|${keyPart(specialtyLabel)}|${keyPart(address)}`;
  const specialty = normalizeSpecialty(specialtyLabel, s.result.sector);
  const fees = feesIn(inner, s.block.el, nameEl);
  return toListing(site, { anchor: s.block.el, container, key, name, specialtyLabel, specialty, sector: s.result, fees, info: infoOf(inner) });
}

export function readGeneric(root: ParentNode, url: URL, site: Site): Listing[] {
  const scope = scopeOf(root);
  if (scope === null) return [];
  const sectorBlocks = sectorBlocksOf(textBlocks(scope));
  const counts = labelCounts(sectorBlocks, scope);
  const out: Listing[] = [];
  const used = new Set<Element>();
  for (const s of sectorBlocks) {
    if (s.result.rule === 'conflict') continue;
    const found = containerOf(s.block.el, scope, counts);
    if (found === null || used.has(found.container)) continue;
    if (textOf(found.container, MAX_CONTAINER_TEXT + 1).length > MAX_CONTAINER_TEXT) continue;
    used.add(found.container);
    out.push(listingOf(s, found.container, found.nameEl, url, site));
  }
  // Subtree call: only the containers the root touches.
  const r = root as Node;
  return r.nodeType === 1 ? out.filter((l) => l.container !== undefined && (l.container.contains(r) || (r as Element).contains(l.container))) : out;
}

/** The elements the generic reader takes a name from (the self-check counts them). */
export const GENERIC_NAME_SELECTOR = 'h1, h2, h3, h4, h5, [itemprop="name"]';

/** The page type of a site read by the generic reader: a profile three path segments deep, else a list. */
export function pageKindByDepth(url: URL): PageKind {
  const depth = url.pathname.split('/').filter((s) => s !== '').length;
  return depth >= 3 ? 'profile' : depth >= 1 ? 'search' : 'other';
}

/** Any page: the generic reader with site "generic" (not dispatched by src/sites). */
export function matches(): boolean {
  return false;
}

export function read(root: ParentNode, url: URL): Listing[] {
  return readGeneric(root, url, 'generic');
}

export const generic: Reader = { site: 'generic', matches, read };
