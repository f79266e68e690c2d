// Generic text reader for Maiia, Keldoc and pages of unknown shape (sites.md §3, §4: their visible
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
// Maiia: when the DOM gave nothing, `script#__NEXT_DATA__` (JSON already in the page; JSON.parse in
// try/catch, bounded walk) may give the sector and prices of the one practitioner whose name is the
// page's h1 — never on a list.
//
// Checked against: tests/fixtures/maiia/search-generaliste.html, maiia/profile-next-data.html,
// keldoc/search-keldoc.html, keldoc/profile-keldoc.html.
import type { FeeRow, Listing, Site } from './types';
import type { Sector } from '../core/types';
import type { Reader } from './reader';
import { clip, docOf, fold, isInsideSkipped, rootElement, textBlocks, textOf, type TextBlock } from './text';
import { parseSector, type SectorResult } from './parse-sector';
import { findFee, labelBeforeFee, MAX_FEE_CENTS } from './parse-fee';
import { matchSpecialty, normalizeSpecialty } from './specialty';
import { infoOf, keyPart, saysNonMedical } from './common';

/** How far a label may be from its container's name (levels). */
const MAX_CLIMB = 8;
/** A container with more text than this is a page section, not a card. */
const MAX_CONTAINER_TEXT = 4000;
const NAME_SELECTOR = 'h1, h2, h3, h4, h5, [role="heading"], [itemprop="name"], [class*="name" i], [class*="Name"], [class*="nom" i]';
const NOT_CONTENT = 'form, fieldset, label, nav, [role="search"], [role="navigation"], [role="listbox"], [role="option"], [role="checkbox"], [role="menu"], [role="menuitem"], [role="tab"]';
const NAME_TITLES = /^(?:tarifs?(?: et remboursements?)?|secteur(?: de conventionnement)?|honoraires|informations?(?: pratiques)?|adresse|horaires|moyens de paiement|presentation|prendre rendez vous|resultats?.*|filtres?.*|\d+ resultats?.*)$/;

function plausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 120) return false;
  const f = fold(text);
  if (NAME_TITLES.test(f)) return false;
  if (parseSector(text) !== null || findFee(text) !== null) return false;
  return /\p{L}/u.test(text);
}

function nameIn(container: Element): Element | null {
  let list: Element[];
  try {
    list = Array.from(container.querySelectorAll(NAME_SELECTOR));
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

export function readGeneric(root: ParentNode, url: URL, site: Site): Listing[] {
  const scope = scopeOf(root);
  if (scope === null) return [];
  const blocks = textBlocks(scope);
  interface SectorBlock {
    block: TextBlock;
    result: SectorResult;
  }
  const sectorBlocks: SectorBlock[] = [];
  for (const b of blocks) {
    if (b.text.length > 160) continue;
    const r = parseSector(b.text);
    if (r === null) continue;
    if (b.el.closest(NOT_CONTENT) !== null) continue;
    sectorBlocks.push({ block: b, result: r });
  }
  // How many labels each ancestor holds (bounded climb: linear).
  const counts = new Map<Element, number>();
  for (const s of sectorBlocks) {
    let el: Element | null = s.block.el;
    for (let i = 0; i <= MAX_CLIMB && el !== null; i++) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
      if (el === scope) break;
      el = el.parentElement;
    }
  }

  const out: Listing[] = [];
  const used = new Set<Element>();
  for (const s of sectorBlocks) {
    if (s.result.rule === 'conflict') continue;
    let container: Element | null = null;
    let nameEl: Element | null = null;
    let el: Element | null = s.block.el;
    for (let i = 0; i <= MAX_CLIMB && el !== null; i++) {
      if ((counts.get(el) ?? 0) > 1) break;
      const n = nameIn(el);
      if (n !== null) {
        container = el;
        nameEl = n;
        break;
      }
      if (el === scope) break;
      el = el.parentElement;
    }
    if (container === null || nameEl === null || used.has(container)) continue;
    if (textOf(container, MAX_CONTAINER_TEXT + 1).length > MAX_CONTAINER_TEXT) continue;
    used.add(container);

    const name = textOf(nameEl, 300);
    const inner = textBlocks(container);
    const specBlock = inner.find(
      (b) => b.text.length <= 120 && !nameEl.contains(b.el) && b.el !== s.block.el && matchSpecialty(b.text) !== null && parseSector(b.text) === null,
    );
    const specialtyLabel = specBlock?.text ?? '';

    const fees: FeeRow[] = [];
    inner.forEach((b, i) => {
      if (b.text.length > 160 || b.el === s.block.el) return;
      const fee = findFee(b.text);
      if (fee === null) return;
      let label = labelBeforeFee(b.text);
      if (label === '' || /^(?:à partir de|dès|de|entre)$/i.test(label)) {
        const prev = inner[i - 1];
        label = prev !== undefined && prev.text.length <= 80 && findFee(prev.text) === null && parseSector(prev.text) === null && !nameEl.contains(prev.el) ? prev.text : '';
      }
      fees.push({ label, min: fee.min, max: fee.max, anchor: b.el });
    });

    const address = inner.find((b) => /\b\d{5}\b/.test(b.text) && b.text.length <= 160 && findFee(b.text) === null)?.text ?? '';
    const key = keyFromLink(container, url, site) ?? `${site}:card:${keyPart(name)}|${keyPart(specialtyLabel)}|${keyPart(address)}`;
    const info = infoOf(inner);
    let specialty: string = normalizeSpecialty(specialtyLabel, s.result.sector);
    if (saysNonMedical(info)) specialty = 'non-medical';
    const listing: Listing = {
      anchor: s.block.el,
      name,
      specialtyLabel,
      specialty,
      sector: s.result.sector,
      sectorEvidence: s.result.evidence,
      fees,
      site,
      key,
      container,
    };
    if (info.length > 0) listing.info = info;
    out.push(listing);
  }

  // Subtree call: only the containers the root touches.
  const r = root as Node;
  const filtered =
    r.nodeType === 1 ? out.filter((l) => l.container !== undefined && (l.container.contains(r) || (r as Element).contains(l.container))) : out;
  const doc = docOf(root);
  const whole = r.nodeType !== 1 || r === doc?.body || r === doc?.documentElement;
  if (filtered.length === 0 && site === 'maiia' && whole) return readNextData(root, url);
  return filtered;
}

// ---------------------------------------------------------------------------------------------
// Maiia __NEXT_DATA__ (sites.md §3: publicInformation.conventionSectors, pricing[]).

const MAX_JSON = 2_000_000;
const MAX_NODES = 50_000;

const MAIIA_SECTORS: Record<string, Sector> = {
  SECTOR1: '1',
  NOT_AFFILIATED: '3',
  AFFILIATED: 'unknown',
};

interface Candidate {
  name: string;
  sectors: string[];
  pricing: unknown[];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function collectCandidates(data: unknown): Candidate[] {
  const out: Candidate[] = [];
  const stack: { v: unknown; depth: number }[] = [{ v: data, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && nodes < MAX_NODES) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    nodes++;
    if (v === null || typeof v !== 'object' || depth > 16) continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, depth: depth + 1 });
      continue;
    }
    const o = v as Record<string, unknown>;
    const pub = o['publicInformation'];
    const holder = pub !== null && typeof pub === 'object' ? (pub as Record<string, unknown>) : o;
    const sectors = holder['conventionSectors'];
    if (Array.isArray(sectors)) {
      const name =
        str(o['fullName']) ||
        str(o['name']) ||
        [str(o['firstName']), str(o['lastName'])].filter((x) => x !== '').join(' ') ||
        str(holder['fullName']) ||
        str(holder['name']);
      const pricing = Array.isArray(holder['pricing']) ? (holder['pricing'] as unknown[]) : [];
      out.push({ name, sectors: sectors.filter((x): x is string => typeof x === 'string'), pricing });
    }
    for (const k of Object.keys(o)) stack.push({ v: o[k], depth: depth + 1 });
  }
  return out;
}

function euroToCents(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
  const c = Math.round(v * 100);
  return c <= MAX_FEE_CENTS ? c : null;
}

function readNextData(root: ParentNode, url: URL): Listing[] {
  const doc = docOf(root);
  const script = doc?.querySelector('script#__NEXT_DATA__');
  const h1 = doc?.querySelector('h1');
  if (script == null || h1 == null || isInsideSkipped(h1)) return [];
  const raw = script.textContent ?? '';
  if (raw.length === 0 || raw.length > MAX_JSON) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const candidates = collectCandidates(data).filter((c) => c.name !== '');
  const names = new Set(candidates.map((c) => fold(c.name)));
  if (names.size !== 1) return [];
  const c = candidates[0] as Candidate;
  const title = fold(textOf(h1, 300));
  if (title === '' || !title.includes(fold(c.name))) return [];

  const mapped = new Set<Sector>();
  for (const s of c.sectors) mapped.add(MAIIA_SECTORS[s] ?? 'unknown');
  if (mapped.size > 1) mapped.delete('unknown');
  const sector: Sector = mapped.size === 1 ? ([...mapped][0] as Sector) : 'unknown';

  const fees: FeeRow[] = [];
  for (const p of c.pricing.slice(0, 50)) {
    if (p === null || typeof p !== 'object') continue;
    const o = p as Record<string, unknown>;
    const price = euroToCents(o['price']);
    const minPrice = euroToCents(o['minPrice']);
    const label = clip(str(o['label']), 200);
    if (price !== null) fees.push({ label, min: price, max: price });
    else if (minPrice !== null) fees.push({ label, min: minPrice, max: null });
  }
  const seg = url.pathname.split('/').filter((s) => s !== '');
  const centerId = url.searchParams.get('centerId') ?? url.searchParams.get('centerid');
  const header = h1.parentElement ?? h1;
  const specBlock = textBlocks(header).find((b) => !h1.contains(b.el) && matchSpecialty(b.text) !== null);
  const specialtyLabel = specBlock?.text ?? (seg[0] !== undefined ? seg[0].replace(/-/g, ' ') : '');
  return [
    {
      anchor: h1,
      name: textOf(h1, 300),
      specialtyLabel,
      specialty: normalizeSpecialty(specialtyLabel, sector),
      sector,
      sectorEvidence: clip(`conventionSectors: ${c.sectors.join(', ')}`),
      fees,
      site: 'maiia',
      key: `maiia:/${seg.join('/')}${centerId !== null ? `?centerid=${centerId}` : ''}`,
      container: header,
    },
  ];
}

const MAIIA_HOSTS = new Set(['www.maiia.com', 'maiia.com']);
const KELDOC_HOSTS = new Set(['www.keldoc.com', 'booking.keldoc.com', 'keldoc.com']);

export const maiia: Reader = {
  site: 'maiia',
  matches: (url) => MAIIA_HOSTS.has(url.hostname),
  read: (root, url) => readGeneric(root, url, 'maiia'),
  fixtures: ['maiia/search-generaliste.html', 'maiia/profile-next-data.html'],
};

export const keldoc: Reader = {
  site: 'keldoc',
  matches: (url) => KELDOC_HOSTS.has(url.hostname),
  read: (root, url) => readGeneric(root, url, 'keldoc'),
  fixtures: ['keldoc/search-keldoc.html', 'keldoc/profile-keldoc.html'],
};

/** For pages of unknown shape (not dispatched by default: index.ts returns [] off the supported hosts). */
export const generic: Reader = {
  site: 'generic',
  matches: () => false,
  read: (root, url) => readGeneric(root, url, 'generic'),
  fixtures: [],
};
