// Property tests: random DOM trees never make the readers throw, and what they return is sane.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readerFor, READERS } from '../../../src/sites';
import { textBlocks } from '../../../src/detect/text';
import type { Listing } from '../../../src/detect/types';

interface Spec {
  tag: string;
  attrs: [string, string][];
  children: (Spec | string)[];
}

const TAGS = ['div', 'p', 'span', 'h1', 'h2', 'h3', 'li', 'ul', 'a', 'strong', 'button', 'section', 'footer', 'dialog', 'pre', 'br', 'svg', 'main', 'table', 'td', 'script', 'label', 'form'];
const ATTRS: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constant<[string, string]>(['data-design-system-component', 'Card']),
  fc.constant<[string, string]>(['data-design-system-component', 'Pill']),
  fc.constant<[string, string]>(['data-test-id', 'hcp-results']),
  fc.constant<[string, string]>(['data-test-id', 'availabilities-container']),
  fc.constant<[string, string]>(['data-test-id', 'organization-icon']),
  fc.constant<[string, string]>(['data-icon-name', 'regular/euro-sign']),
  fc.constant<[string, string]>(['data-icon-name', 'regular/location-dot']),
  fc.constant<[string, string]>(['data-practice-id', 'practice-12']),
  fc.constant<[string, string]>(['role', 'dialog']),
  fc.constant<[string, string]>(['role', 'tooltip']),
  fc.constant<[string, string]>(['aria-hidden', 'true']),
  fc.constant<[string, string]>(['hidden', '']),
  fc.constant<[string, string]>(['style', 'display:none']),
  fc.constant<[string, string]>(['itemprop', 'name']),
  fc.constantFrom<[string, string]>(
    ['class', 'dl-card'], ['class', 'dl-search-result'], ['class', 'dl-profile-fee'], ['class', 'dl-profile-fee-name'],
    ['class', 'dl-profile-fee-tag'], ['class', 'item-professionnel'], ['class', 'specialite'], ['class', 'type_honoraires'],
    ['class', 'convention'], ['class', 'pictos'], ['class', 'dl-search-result-regulation-sector'], ['class', 'modal'],
    ['class', 'dl-profile-header-speciality'], ['id', 'faq'], ['id', '__NEXT_DATA__'],
  ),
  fc.tuple(fc.constant('href'), fc.oneof(
    fc.constantFrom('/medecin-generaliste/lyon/x?pid=practice-1', '/search?page=2', '?pid=practice-2', 'javascript:void(0)', 'http://[bad', '//', '/a/b/c/d/e', '/professionnels-de-sante/recherche/fiche-detaillee-ABC.html'),
    fc.string({ maxLength: 30 }),
  )),
  fc.tuple(fc.constantFrom('class', 'id', 'data-test-id', 'alt'), fc.string({ maxLength: 20 })),
);
const TEXTS = fc.oneof(
  fc.constantFrom(
    'Conventionné secteur 1', 'Conventionné secteur 2', 'Conventionné secteur 2 avec OPTAM', 'Secteur 3 (non-conventionné)',
    'Établissement conventionné', 'Centre de santé', 'Honoraires libres', 'Tarifs et remboursement', 'Tarifs', 'Tarif de la consultation',
    'Secteur de conventionnement', 'Consultation', '60 €', 'de 50 € à 80 €', 'À partir de 45 €', '1 234,50 €', 'Dr Jean TEST', 'Médecin généraliste',
    'Ostéopathe', 'Lieu 1', 'Retry later', 'Carte Vitale acceptée', '3,2 km', '75012 Paris', '{"conventionSectors":["SECTOR1"]', '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const tree = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(ATTRS, { maxLength: 3 }),
    children: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, TEXTS, tie('node')), { maxLength: 5 }),
  }),
})).node;

function build(doc: Document, spec: Spec): Element {
  const el = spec.tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(spec.tag);
  for (const [k, v] of spec.attrs) {
    try {
      el.setAttribute(k, v);
    } catch {
      /* invalid attribute name from the generator */
    }
  }
  for (const c of spec.children) el.append(typeof c === 'string' ? doc.createTextNode(c) : build(doc, c));
  return el;
}

const URLS = [
  'https://www.doctolib.fr/search?location=75012-paris',
  'https://www.doctolib.fr/medecin-generaliste/paris',
  'https://www.doctolib.fr/medecin-generaliste/lyon/claire-x?pid=practice-1',
  'https://annuairesante.ameli.fr/professionnels-de-sante/recherche/liste-resultats-page-1-par_page-20-tri-aleatoire.html',
  'https://annuairesante.ameli.fr/professionnels-de-sante/recherche/fiche-detaillee-ABC.html',
  'https://www.maiia.com/medecin-generaliste/44000-NANTES/x',
  'https://www.keldoc.com/cardiologue/lyon-69003',
].map((u) => new URL(u));

function sane(listings: Listing[]): void {
  const containers = new Set<Element>();
  for (const l of listings) {
    const c = l.container ?? l.anchor;
    expect(c.contains(l.anchor)).toBe(true);
    expect(containers.has(c)).toBe(false);
    containers.add(c);
    expect(['1', '2', '2-optam', '3', 'unknown']).toContain(l.sector);
    expect(typeof l.key).toBe('string');
    for (const f of l.fees) {
      expect(Number.isInteger(f.min)).toBe(true);
      expect(f.max === null || (Number.isInteger(f.max) && f.max >= f.min)).toBe(true);
    }
  }
}

describe('random DOM trees', () => {
  // A generous timeout: big random trees on a loaded 2-core CI machine are slow, not wrong.
  it('readers never throw; listings stay sane, whole page or any subtree', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.nat(), (specs, pick) => {
        const doc = document.implementation.createHTMLDocument('t');
        for (const s of specs) doc.body.append(build(doc, s));
        const all = Array.from(doc.body.querySelectorAll('*'));
        const sub = all.length > 0 ? (all[pick % all.length] as Element) : doc.body;
        for (const url of URLS) {
          // The readers themselves: detectListings would swallow an exception.
          for (const reader of READERS) {
            if (!reader.matches(url)) continue;
            sane(reader.read(doc, url));
            sane(reader.read(sub, url));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('deep trees do not overflow the stack', () => {
    const deep = (depth: number): Document => {
      const doc = document.implementation.createHTMLDocument('t');
      let el: Element = doc.body;
      for (let i = 0; i < depth; i++) {
        const d = doc.createElement(i % 2 ? 'div' : 'span');
        el.append(d);
        el = d;
      }
      el.textContent = 'Conventionné secteur 1';
      return doc;
    };
    // 3 000 levels: happy-dom's own querySelectorAll recurses per level and overflows beyond that
    // (Chromium's does not); our walker over the page is iterative.
    const doc = deep(3000);
    expect(textBlocks(doc.body).map((b) => b.text)).toEqual(['Conventionné secteur 1']);
    for (const url of URLS) expect(() => readerFor(url)!.read(doc, url)).not.toThrow();
  });
});

describe('long pages', () => {
  function searchPage(n: number): Document {
    const doc = document.implementation.createHTMLDocument('t');
    const results = doc.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    for (let i = 0; i < n; i++) {
      const card = doc.createElement('div');
      card.setAttribute('data-design-system-component', 'Card');
      const h2 = doc.createElement('h2');
      const a = doc.createElement('a');
      a.setAttribute('href', `/medecin-generaliste/paris/p-${i}?pid=practice-${i}`);
      a.textContent = `Dr P${i}`;
      h2.append(a);
      const spec = doc.createElement('p');
      spec.textContent = 'Médecin généraliste';
      const row = doc.createElement('div');
      const icon = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
      icon.setAttribute('data-icon-name', 'regular/euro-sign');
      const p = doc.createElement('p');
      p.textContent = i % 2 ? 'Conventionné secteur 1' : 'Conventionné secteur 2';
      row.append(icon, p);
      card.append(h2, spec, row);
      results.append(card);
    }
    doc.body.append(results);
    return doc;
  }
  // How the time grows with the page is measured by `npm run bench` ((b): 100 vs 1 000 cards in
  // Chromium; (d): incremental reads): a timing is a figure to print, not a unit test to flake.
  it('a 600-card page: every card read once', () => {
    const url = new URL('https://www.doctolib.fr/search?location=paris');
    expect(readerFor(url)!.read(searchPage(600), url)).toHaveLength(600);
  });
});
