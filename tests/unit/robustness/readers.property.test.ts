// Robustness of the page readers (issue 7): ≥ 10⁴ generated pages in npm test, 10⁵ in npm run fuzz.
// tests/unit/detect/random-dom.test.ts already throws random tag soup at every reader (150 runs);
// this file adds volume and pages shaped like the real ones — Doctolib 2025 search cards and
// profile fee rows, ameli result items — whose every text slot (name, specialty, sector line,
// address, fee label, fee tag) is filled with random strings mixed with sector-like and fee-like
// fragments, hostile text (markup, RTL overrides, zero-width characters, 10⁴-character labels),
// plus random subtrees as the content script passes them (MutationObserver roots).
// Properties: the readers themselves never throw (detectListings swallows exceptions, so each
// reader's read() is called directly, on the page and on a random subtree); listings are
// sane (anchor inside its container, one listing per container, valid sector, integer cents,
// bounded text fields); a Doctolib card with a non-blank name is listed exactly once.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { detectListings, KNOWN_SECTOR_LABELS, readerFor } from '../../../src/sites';
import { normalizeSpace } from '../../../src/detect/text';
import type { Listing } from '../../../src/detect/types';
import { checkedCases } from '../checked';
import { FUZZ, RUNS, SEED, TIMEOUT_MS } from './runs';

// --- Text fragments -------------------------------------------------------------------------

const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '', '  ', '\n\t'];
const space = fc.constantFrom(...SPACES);
const sectorLike = fc.oneof(
  fc.constantFrom(...KNOWN_SECTOR_LABELS.map(([label]) => label)),
  fc.tuple(
    fc.constantFrom('Conventionné', 'conventionne', 'CONVENTIONNÉ', 'Établissement conventionné', 'Non conventionné', 'Honoraires libres', 'Honoraires sans dépassement', ''),
    space,
    fc.constantFrom('secteur', 'Secteur', 'SECTEUR', 'sect.', ''),
    space,
    fc.constantFrom('1', '2', '3', 'I', 'II', 'III', '4', '12', ''),
    space,
    fc.constantFrom('avec OPTAM', 'avec OPTAM-CO', 'OPTAM', 'avec droit permanent à dépassement', 'DP', '(non-conventionné)', 'dépassements maîtrisés', ''),
  ).map((parts) => parts.join('')),
);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([e, c]) => `${e},${String(c).padStart(2, '0')}`),
  fc.constantFrom('1 234,50', '1\u202f234,50', '1.234,5', '0', '00', '-5', '1e9', '999999999999999', '60.', ',5', '3,2', '∞', 'NaN'),
);
const euro = fc.constantFrom('€', ' €', '\u00a0€', '\u202f€', 'EUR', ' euros', '', '€€');
const feeLike = fc.oneof(
  fc.tuple(amount, euro).map(([a, e]) => `${a}${e}`),
  fc.tuple(amount, euro, amount, euro).map(([a, e, b, f]) => `de ${a}${e} à ${b}${f}`),
  fc.tuple(amount, euro, amount).map(([a, e, b]) => `${a}${e} - ${b}${e}`),
  fc.tuple(fc.constantFrom('À partir de ', 'à partir de ', 'Dès ', 'A PARTIR DE'), amount, euro).map(([p, a, e]) => `${p}${a}${e}`),
);
const feeLabel = fc.constantFrom(
  'Consultation', 'Téléconsultation', 'Consultation vidéo', 'Première consultation', 'Consultation de suivi', 'Pose de stérilet',
  'Consultation (Au cabinet)', 'Consultation à domicile', 'Exérèse', 'Consultation enfant', 'Bilan', '',
);
const hostile = fc.constantFrom(
  '<b>x</b>', '<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>', '\u202eeirotcod', '\u202d60 €\u202c',
  '\u2066secteur 1\u2069', 'A\u200bB\u200c\u200dC\u2060', '\ufeff', '\u0000', '\ud800', '{{constructor.constructor("x")()}}', '${x}', '%s%n',
  '&amp;lt;b&amp;gt;', 'Conventionné secteur 1'.repeat(50), 'x'.repeat(10_000), '€'.repeat(2000), '9'.repeat(400) + ' €',
);
const specialtyLike = fc.constantFrom(
  'Médecin généraliste', 'Dermatologue et vénérologue', 'Pédiatre', 'Psychiatre', 'Gynécologue médical', 'Ophtalmologue', 'Cardiologue',
  'Gastro-entérologue et hépatologue', 'Ostéopathe', 'Centre de santé', 'Sage-femme', 'Chirurgien-dentiste', 'Masseur-kinésithérapeute',
);
const randomText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
/** Any text slot: mostly plausible, often random, sometimes hostile, sometimes mixed. */
const text = fc.oneof(
  { weight: 3, arbitrary: sectorLike },
  { weight: 3, arbitrary: feeLike },
  { weight: 2, arbitrary: specialtyLike },
  { weight: 1, arbitrary: feeLabel },
  { weight: 3, arbitrary: randomText },
  { weight: 1, arbitrary: hostile },
  { weight: 2, arbitrary: fc.array(fc.oneof(sectorLike, feeLike, randomText, hostile, specialtyLike), { minLength: 2, maxLength: 4 }).map((a) => a.join(' ')) },
);
const optText = fc.option(text, { nil: null, freq: 4 });

// --- Page shapes ----------------------------------------------------------------------------

/** Items per page: small pages in npm test (10⁴ pages in a few tens of seconds), bigger in fuzz. */
const MAX_ITEMS = FUZZ ? 4 : 2;

const URLS = {
  doctolibSearch: [
    'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue',
    'https://www.doctolib.fr/dermatologue/paris',
  ],
  doctolibProfile: [
    'https://www.doctolib.fr/dermatologue/paris/claire-martin?pid=practice-1',
    'https://www.doctolib.fr/medecin-generaliste/lyon/x',
  ],
  ameli: [
    'https://annuairesante.ameli.fr/professionnels-de-sante/recherche/liste-resultats-page-1-par_page-20-tri-aleatoire.html',
    'https://annuaire.sante.ameli.fr/professionnels-de-sante/recherche/fiche-detaillee-ABC.html',
  ],
  generic: ['https://www.maiia.com/medecin-generaliste/44000-NANTES/x', 'https://www.keldoc.com/cardiologue/lyon-69003'],
};

interface Card {
  name: string;
  link: string | null;
  specialty: string | null;
  address: string | null;
  sector: string | null;
  extra: string | null;
  org: boolean;
}
const card: fc.Arbitrary<Card> = fc.record({
  name: text,
  link: fc.option(fc.oneof(fc.constantFrom('/dermatologue/paris/a-b?pid=practice-1', '/medecin-generaliste/paris/x', 'javascript:void(0)', 'http://[bad', '//evil.example/x', '?pid=', '/a/b/c/d'), fc.string({ maxLength: 30 })), { nil: null }),
  specialty: optText,
  address: optText,
  sector: optText,
  extra: optText,
  org: fc.boolean(),
});
interface Fee {
  label: string | null;
  tag: string | null;
}
const fee: fc.Arbitrary<Fee> = fc.record({ label: fc.option(fc.oneof(feeLabel, text), { nil: null, freq: 5 }), tag: fc.option(fc.oneof(feeLike, text), { nil: null, freq: 5 }) });
interface Profile {
  name: string;
  specialty: string | null;
  sector: string | null;
  fees: Fee[];
  heading: string;
}
const profile: fc.Arbitrary<Profile> = fc.record({
  name: text,
  specialty: optText,
  sector: optText,
  fees: fc.array(fee, { maxLength: MAX_ITEMS + 1 }),
  heading: fc.oneof(fc.constantFrom('Tarifs et remboursement', 'Tarifs et remboursements', 'Tarifs', 'Tarif de la consultation', 'Secteur de conventionnement'), text),
});

type Page =
  | { kind: 'doctolibSearch'; cards: Card[]; url: number; pick: number }
  | { kind: 'doctolibProfile'; practices: Profile[]; url: number; pick: number }
  | { kind: 'ameli'; cards: Card[]; fees: Fee[]; url: number; pick: number }
  | { kind: 'generic'; cards: Card[]; fees: Fee[]; url: number; pick: number };

const page: fc.Arbitrary<Page> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant<'doctolibSearch'>('doctolibSearch'), cards: fc.array(card, { minLength: 1, maxLength: MAX_ITEMS }), url: fc.nat(1), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant<'doctolibProfile'>('doctolibProfile'), practices: fc.array(profile, { minLength: 1, maxLength: MAX_ITEMS - 1 }), url: fc.nat(1), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant<'ameli'>('ameli'), cards: fc.array(card, { minLength: 1, maxLength: MAX_ITEMS }), fees: fc.array(fee, { maxLength: 2 }), url: fc.nat(1), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant<'generic'>('generic'), cards: fc.array(card, { minLength: 1, maxLength: MAX_ITEMS }), fees: fc.array(fee, { maxLength: 2 }), url: fc.nat(1), pick: fc.nat() }) },
);

// Built with DOM calls (text is always a text node), as the sites' own scripts would render it.
function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): Element {
  const e = tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

function doctolibCard(doc: Document, c: Card): Element {
  const name = c.link !== null ? el(doc, 'a', { href: c.link, class: 'card-link' }, c.name) : el(doc, 'button', { 'data-oxygen-is-overlay': 'true' }, c.name);
  const row = (icon: string, label: string, t: string | null) =>
    t === null ? null : el(doc, 'div', { class: 'gap-8 flex' }, el(doc, 'div', {}, el(doc, 'svg', { 'data-icon-name': icon, 'aria-label': label, role: 'img' })), el(doc, 'div', { class: 'flex flex-wrap' }, el(doc, 'p', {}, t)));
  const col = el(
    doc, 'div', { class: 'p-16 box-border flex flex-col gap-8' },
    c.org ? el(doc, 'svg', { 'data-test-id': 'organization-icon', 'data-icon-name': 'regular/hospital' }) : null,
    el(doc, 'h2', { 'data-design-system-component': 'Heading' }, name),
    c.specialty === null ? null : el(doc, 'p', { 'data-design-system-component': 'Paragraph' }, c.specialty),
    c.org && c.extra !== null ? el(doc, 'div', { 'data-design-system-component': 'Pill' }, c.extra) : null,
    row('regular/location-dot', 'Adresse', c.address),
    row('regular/euro-sign', 'Assurance', c.sector),
    !c.org && c.extra !== null ? el(doc, 'p', {}, c.extra) : null,
  );
  return el(
    doc, 'div', { class: 'dl-card dl-card-variant-default', 'data-design-system-component': 'Card' },
    el(doc, 'div', { class: 'dl-card-content' }, el(doc, 'div', { class: 'flex flex-row' }, col)),
    el(doc, 'hr', { 'data-design-system-component': 'Divider' }),
    el(doc, 'div', { 'data-test-id': 'availabilities-container' }, el(doc, 'button', { type: 'button' }, 'Prendre rendez-vous')),
  );
}

function feeRows(doc: Document, fees: Fee[]): Element {
  return el(doc, 'ul', { class: 'p-0' }, ...fees.map((f) =>
    el(doc, 'li', { class: 'list-none' }, el(doc, 'div', { class: 'dl-profile-text dl-profile-fee' },
      f.label === null ? null : el(doc, 'span', { class: 'dl-profile-fee-name' }, f.label),
      f.tag === null ? null : el(doc, 'span', { class: 'dl-profile-fee-tag' }, f.tag)))));
}

function build(doc: Document, p: Page): void {
  const body = doc.body;
  if (p.kind === 'doctolibSearch') {
    body.append(el(doc, 'main', { id: 'main-content', role: 'main' },
      el(doc, 'h1', {}, 'Prenez rendez-vous en ligne'),
      el(doc, 'div', { 'data-test-id': 'hcp-results' }, ...p.cards.map((c) => doctolibCard(doc, c)))));
  } else if (p.kind === 'doctolibProfile') {
    const first = p.practices[0]!;
    body.append(el(doc, 'main', { class: 'dl-profile-wrapper' },
      el(doc, 'div', { class: 'dl-profile-header' },
        el(doc, 'h1', { class: 'dl-profile-header-name' }, el(doc, 'span', { itemprop: 'name' }, first.name)),
        first.specialty === null ? null : el(doc, 'div', { class: 'dl-profile-header-speciality' }, first.specialty)),
      ...p.practices.map((pr) => el(doc, 'div', { class: 'dl-profile-card' },
        el(doc, 'div', { class: 'dl-profile-card-section' },
          el(doc, 'h2', { class: 'dl-profile-card-title' }, pr.heading),
          pr.sector === null ? null : el(doc, 'div', { class: 'dl-profile-text' }, el(doc, 'p', {}, pr.sector)),
          el(doc, 'h3', {}, 'Tarifs'),
          feeRows(doc, pr.fees))))));
  } else if (p.kind === 'ameli') {
    body.append(el(doc, 'div', { id: 'centrecadre' }, el(doc, 'div', { class: 'liste-professionnel' }, ...p.cards.map((c) =>
      el(doc, 'div', { class: 'item-professionnel' }, el(doc, 'div', { class: 'item-professionnel-inner' },
        el(doc, 'h2', {}, el(doc, 'a', { href: c.link ?? '/professionnels-de-sante/recherche/fiche-detaillee-X.html' }, c.name)),
        c.specialty === null ? null : el(doc, 'div', { class: 'specialite' }, c.specialty),
        c.address === null ? null : el(doc, 'div', { class: 'adresse' }, c.address),
        c.sector === null ? null : el(doc, 'div', { class: 'convention' }, el(doc, 'a', { class: 'infobulle', alt: c.extra ?? '' }, c.sector)),
        el(doc, 'div', { class: 'type_honoraires' }, c.extra ?? ''),
        feeRows(doc, p.fees)))))));
  } else {
    body.append(el(doc, 'main', {}, ...p.cards.map((c) => el(doc, 'article', {},
      el(doc, 'h1', {}, c.name),
      c.specialty === null ? null : el(doc, 'p', {}, c.specialty),
      c.sector === null ? null : el(doc, 'p', {}, c.sector),
      c.address === null ? null : el(doc, 'address', {}, c.address),
      feeRows(doc, p.fees)))));
  }
}

// --- Checks ---------------------------------------------------------------------------------

const SECTORS = new Set(['1', '2', '2-optam', '3', 'unknown']);
/** Text kept in a listing is bounded, whatever the page text's length. */
const MAX_FIELD = 2_000;

/** Plain checks (vitest's expect is too slow for 10⁵ pages × every field). */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`listing not sane: ${what}`);
}

function sane(listings: Listing[]): Listing[] {
  const containers = new Set<Element>();
  for (const l of listings) {
    const c = l.container ?? l.anchor;
    check(c.contains(l.anchor), 'anchor inside its container');
    check(!containers.has(c), 'one listing per container');
    containers.add(c);
    check(l.anchor.isConnected, 'anchor in the page');
    check(SECTORS.has(l.sector), `sector ${l.sector}`);
    check(typeof l.specialty === 'string', 'specialty');
    check(typeof l.key === 'string' && l.key.length > 0 && l.key.length <= 3 * MAX_FIELD, `key of ${l.key.length} chars`);
    for (const s of [l.name, l.specialtyLabel, l.sectorEvidence, ...(l.info ?? [])]) {
      if (s !== undefined) check(typeof s === 'string' && s.length <= MAX_FIELD, `text field of ${String(s).length} chars`);
    }
    for (const f of l.fees) {
      check(Number.isSafeInteger(f.min) && f.min >= 0, `fee min ${f.min}`);
      check(f.max === null || (Number.isSafeInteger(f.max) && f.max >= f.min), `fee max ${f.max}`);
      check(typeof f.label === 'string' && f.label.length <= MAX_FIELD, 'fee label');
      if (f.anchor) check(f.anchor.isConnected, 'fee anchor in the page');
    }
  }
  return listings;
}

const doc = document.implementation.createHTMLDocument('Résultats');

/**
 * happy-dom keeps query results behind WeakRefs, and V8 keeps every WeakRef target alive until the
 * current job ends: a synchronous loop of 10⁵ pages would keep every page (OOM at 4 GB). The
 * property is async and yields to the event loop every 200 pages so that they can be collected.
 */
let sinceYield = 0;
const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe(`page readers on generated pages (${RUNS} runs)`, () => {
  it(
    'readers never throw; listings are sane; every named Doctolib card is listed once',
    async () => {
      // Pages where a reader found at least one listing (its sanity checked), and Doctolib result
      // pages with named cards (the "listed once" count checked).
      const listedPages = checkedCases(RUNS);
      const namedPages = checkedCases(RUNS);
      await fc.assert(
        fc.asyncProperty(page, async (p) => {
          if (++sinceYield % 200 === 0) await yieldNow();
          doc.body.replaceChildren();
          build(doc, p);
          const url = new URL(URLS[p.kind][p.url % URLS[p.kind].length]!);
          const reader = readerFor(url);
          check(reader !== null, `a reader for ${url.href}`);
          const all = Array.from(doc.body.querySelectorAll('*'));
          const sub = all[p.pick % all.length]!;
          // The readers themselves (detectListings would swallow an exception), on the page and
          // on a random subtree as the content script passes them; the contract function on one
          // page in four (it is the same read plus de-duplication).
          const listed = sane(reader!.read(doc, url));
          if (listed.length > 0) listedPages.hit();
          sane(reader!.read(sub, url));
          if (p.pick % 4 === 0) check(sane(detectListings(doc, url)).length <= listed.length, 'detectListings ⊆ read');
          if (p.kind === 'doctolibSearch') {
            const named = p.cards.filter((c) => normalizeSpace(c.name) !== '').length;
            check(listed.length === named, `${listed.length} listings for ${named} named cards`);
            if (named > 0) namedPages.hit();
          }
        }),
        { numRuns: RUNS, ...SEED },
      );
      listedPages.atLeast(0.7); // 95 % measured
      namedPages.atLeast(0.2); // 40 % measured
    },
    TIMEOUT_MS,
  );
});
