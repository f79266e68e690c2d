// annuaire santé ameli (annuairesante.ameli.fr, annuaire.sante.ameli.fr) — docs/sites.md §2.
//
// Result list: `div.item-professionnel` → name `h2 a` (key: its fiche-detaillee href), specialty
// `.specialite`, sector from `.type_honoraires` + `.convention` read together ("Honoraires libres"
// + "Conventionné secteur 2"), by text only: the explanations live in `alt` attributes, never read
// for the sector. Carte Vitale: `.pictos img[alt]` whose alt mentions the carte Vitale → `info`.
// No fee on the list.
//
// Fiche détaillée (`…/fiche-detaillee-<id>.html`): its markup was not found in any source. Read
// conservatively by text: name from `.nom_pictos h1` / `h1`, sector from the short blocks of the
// page that are sector labels (all of them must agree), no fees (the page mixes prices and bases
// de remboursement in an unknown layout: a wrong fee is worse than none).
//
// Checked against: tests/fixtures/ameli/search-secteur1.html, search-secteur2.html,
// search-optam.html, fiche-detaillee.html.
import type { Listing } from './types';
import type { Reader, ReaderRule } from './reader';
import { isSiteHost } from '../hosts';
import { clip, docOf, fold, isInsideSkipped, normalizeSpace, rootElement, selectAll, textBlocks, textOf } from './text';
import { parseSector, type SectorResult } from './parse-sector';
import { normalizeSpecialty, matchSpecialty } from './specialty';
import { cardsFor, keyPart, sectorFromBlocks, toListing } from './common';

const ITEM = 'div.item-professionnel';

export function matches(url: URL): boolean {
  return isSiteHost('ameli', url.hostname);
}

/** The id in a fiche détaillée's path (`…/fiche-detaillee-<id>.html`), or null. */
function ficheId(pathname: string): string | null {
  return /fiche-detaillee-([A-Za-z0-9_-]+?)(?:\.html?)?$/.exec(pathname)?.[1] ?? null;
}

function ficheKey(href: string, base: URL): string | null {
  try {
    const id = ficheId(new URL(href, base).pathname);
    return id !== null ? `ameli:fiche-${id}` : null;
  } catch {
    return null;
  }
}

function findItems(root: ParentNode): Element[] {
  return cardsFor(root, ITEM, (it) => !isInsideSkipped(it));
}

function readItem(item: Element, url: URL): Listing | null {
  const h2 = item.querySelector('h2');
  const link = item.querySelector('h2 a[href]') ?? item.querySelector('a[href*="fiche-detaillee"]');
  const nameEl = link ?? h2;
  const name = nameEl !== null ? textOf(nameEl, 300) : '';
  if (nameEl === null || name === '') return null;

  const specEl = item.querySelector('.specialite');
  const specialtyLabel = specEl !== null ? textOf(specEl, 300) : '';
  const typeEl = item.querySelector('.type_honoraires');
  const convEl = item.querySelector('.convention');
  const typeText = typeEl !== null ? textOf(typeEl, 300) : '';
  const convText = convEl !== null ? textOf(convEl, 300) : '';
  let sector: SectorResult | null = null;
  if (typeText !== '' || convText !== '') sector = parseSector(normalizeSpace(`${typeText} ${convText}`));
  if (sector === null) {
    const found = sectorFromBlocks(textBlocks(item), (b) => nameEl.contains(b.el));
    sector = found.result;
  }
  const sectorValue = sector?.sector ?? 'unknown';

  const addrEl = item.querySelector('.adresse');
  const address = addrEl !== null ? textOf(addrEl, 500) : '';
  const key =
    (link !== null ? ficheKey(link.getAttribute('href') ?? '', url) : null) ??
    `ameli:item:${keyPart(name)}|${keyPart(specialtyLabel)}|${keyPart(address)}`;

  const info: string[] = [];
  for (const img of Array.from(item.querySelectorAll('.pictos img[alt]'))) {
    const alt = normalizeSpace(img.getAttribute('alt') ?? '');
    if (/carte vitale/.test(fold(alt)) && !info.includes(alt)) info.push(clip(alt, 120));
  }

  const specialty = normalizeSpecialty(specialtyLabel, sectorValue);
  return toListing('ameli', { anchor: convEl ?? typeEl ?? nameEl, container: item, key, name, specialtyLabel, specialty, sector, info });
}

function readFiche(root: ParentNode, url: URL): Listing[] {
  const doc = docOf(root);
  const scope =
    doc?.querySelector('#centrecadre') ?? doc?.querySelector('main') ?? doc?.body ?? rootElement(root);
  if (scope === null || scope === undefined) return [];
  const h1 = scope.querySelector('.nom_pictos h1') ?? scope.querySelector('h1');
  if (h1 === null || isInsideSkipped(h1)) return [];
  const name = textOf(h1, 300);
  if (name === '') return [];
  const blocks = textBlocks(scope).filter((b) => b.text.length <= 160);
  const found = sectorFromBlocks(blocks, (b) => h1.contains(b.el));
  const sectorValue = found.result?.sector ?? 'unknown';
  const specEl = scope.querySelector('.specialite');
  const specialtyLabel =
    specEl !== null ? textOf(specEl, 300) : (blocks.find((b) => !h1.contains(b.el) && matchSpecialty(b.text) !== null)?.text ?? '');
  const id = ficheId(url.pathname);
  const key = id !== null ? `ameli:fiche-${id}` : `ameli:fiche:${keyPart(name)}`;
  const anchor = found.el ?? h1;
  let container: Element = h1.parentElement ?? h1;
  while (!container.contains(anchor) && container.parentElement !== null && container !== scope) container = container.parentElement;
  const r = root as Node;
  if (r.nodeType === 1 && !(container.contains(r) || (r as Element).contains(anchor))) return [];
  const info = blocks
    .map((b) => b.text)
    .filter((t) => /^carte vitale ?: ?(?:oui|non)$|^carte vitale (?:non )?acceptee$/.test(fold(t)));
  const specialty = normalizeSpecialty(specialtyLabel, sectorValue);
  const listing = toListing('ameli', { anchor, container, key, name, specialtyLabel, specialty, sector: found.result, info: [...new Set(info)] });
  return [listing];
}

export function read(root: ParentNode, url: URL): Listing[] {
  const out: Listing[] = [];
  for (const item of findItems(root)) {
    const l = readItem(item, url);
    if (l !== null) out.push(l);
  }
  if (out.length === 0 && /fiche-detaillee/.test(url.pathname)) out.push(...readFiche(root, url));
  return out;
}

export const ameli: Reader = {
  site: 'ameli',
  matches,
  read,
};

/** What this reader relies on, for the self-check (src/detect/self-check.ts). */
export const RULES: readonly ReaderRule[] = [
  { id: 'item div.item-professionnel', selector: ITEM, page: 'search' },
  { id: 'name link h2 a[href*=fiche-detaillee]', selector: `${ITEM} h2 a[href*="fiche-detaillee"]`, page: 'search' },
  { id: 'fee type .type_honoraires', selector: `${ITEM} .type_honoraires`, page: 'search' },
  { id: 'convention .convention', selector: `${ITEM} .convention`, page: 'search' },
  { id: 'specialty .specialite', selector: '.specialite' },
  { id: 'fiche name .nom_pictos h1 / h1', selector: '.nom_pictos h1, h1', page: 'profile' },
];
