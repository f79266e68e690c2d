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
// URL shapes in urls.ts, markup in labels.ts, what the self-check needs in check.ts.
//
// Checked against: tests/fixtures/ameli/search-secteur1.html, search-secteur2.html,
// search-optam.html, fiche-detaillee.html.
import type { Listing } from '../../detect/types';
import type { Reader } from '../../detect/reader';
import { clip, docOf, fold, isInsideSkipped, normalizeSpace, rootElement, textBlocks, textOf } from '../../detect/text';
import { parseSector, type SectorResult } from '../../detect/parse-sector';
import { normalizeSpecialty, matchSpecialty } from '../../detect/specialty';
import { cardsFor, keyPart, sectorFromBlocks, toListing } from '../../detect/common';
import { ficheId, ficheKey, isFichePath, matches } from './urls';
import { ADDRESS, CONVENTION, FEE_TYPE, FICHE_NAME, ITEM, PICTOS, SPECIALTY } from './labels';

function findItems(root: ParentNode): Element[] {
  return cardsFor(root, ITEM, (it) => !isInsideSkipped(it));
}

function readItem(item: Element, url: URL): Listing | null {
  const h2 = item.querySelector('h2');
  const link = item.querySelector('h2 a[href]') ?? item.querySelector('a[href*="fiche-detaillee"]');
  const nameEl = link ?? h2;
  const name = nameEl !== null ? textOf(nameEl, 300) : '';
  if (nameEl === null || name === '') return null;

  const specEl = item.querySelector(SPECIALTY);
  const specialtyLabel = specEl !== null ? textOf(specEl, 300) : '';
  const typeEl = item.querySelector(FEE_TYPE);
  const convEl = item.querySelector(CONVENTION);
  const typeText = typeEl !== null ? textOf(typeEl, 300) : '';
  const convText = convEl !== null ? textOf(convEl, 300) : '';
  let sector: SectorResult | null = null;
  if (typeText !== '' || convText !== '') sector = parseSector(normalizeSpace(`${typeText} ${convText}`));
  if (sector === null) {
    const found = sectorFromBlocks(textBlocks(item), (b) => nameEl.contains(b.el));
    sector = found.result;
  }
  const sectorValue = sector?.sector ?? 'unknown';

  const addrEl = item.querySelector(ADDRESS);
  const address = addrEl !== null ? textOf(addrEl, 500) : '';
  const key =
    (link !== null ? ficheKey(link.getAttribute('href') ?? '', url) : null) ??
    `ameli:item:${keyPart(name)}|${keyPart(specialtyLabel)}|${keyPart(address)}`;

  const info: string[] = [];
  for (const img of Array.from(item.querySelectorAll(PICTOS))) {
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
  const h1 = scope.querySelector(FICHE_NAME) ?? scope.querySelector('h1');
  if (h1 === null || isInsideSkipped(h1)) return [];
  const name = textOf(h1, 300);
  if (name === '') return [];
  const blocks = textBlocks(scope).filter((b) => b.text.length <= 160);
  const found = sectorFromBlocks(blocks, (b) => h1.contains(b.el));
  const sectorValue = found.result?.sector ?? 'unknown';
  const specEl = scope.querySelector(SPECIALTY);
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
  if (out.length === 0 && isFichePath(url)) out.push(...readFiche(root, url));
  return out;
}

export const ameli: Reader = {
  site: 'ameli',
  matches,
  read,
};

