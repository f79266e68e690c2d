// The self-check (issue 18): flags each alteration of a fixture that makes the reader lose
// listings, sectors or fees — the ways sites change (renamed classes, wrapped cards, moved sector
// line, new label wording) — and never flags the fixtures as they are, harmless alterations, or
// a page with no results. Its report holds no name, address, city or query value.
import { describe, expect, it } from 'vitest';
import { allFixtures, load } from './fixtures';
import { detectListings, siteFor, SITE_TABLE } from '../../../src/sites';
import { hrefShape, routeShape, selfCheck } from '../../../src/detect/self-check';
import { skeleton } from '../../../src/detect/skeleton';
import { formatReport, MAX_REPORT_CHARS } from '../../../src/ui/self-check/report';
import { selfCheckResultOf, type SelfCheckResult } from '../../../src/messages';

const siteCheckOf = (site: string) => SITE_TABLE.find((m) => m.reader.site === site)!.check;

function check(doc: Document, url: URL): SelfCheckResult {
  const r = selfCheck(doc, url.href, siteFor(url));
  if (r === null) throw new Error(`no self-check for ${url.href}`);
  // What the popup accepts from the injected script.
  expect(selfCheckResultOf(JSON.parse(JSON.stringify(r)))).not.toBeNull();
  return r;
}

/** What the reader gets from a page: listings, listings with a sector read, fees. */
function readout(doc: Document, url: URL): [number, number, number] {
  const ls = detectListings(doc, url);
  return [ls.length, ls.filter((l) => l.sectorEvidence !== '').length, ls.reduce((n, l) => n + l.fees.length, 0)];
}

const BROKEN = 'doctolib/search-broken-markup.html';
const NO_RESULTS = 'doctolib/search-no-results.html';

describe('self-check on the fixtures as they are', () => {
  for (const file of allFixtures()) {
    if (file === BROKEN) continue;
    it(`${file}: not flagged`, () => {
      const { doc, url } = load(file);
      const r = check(doc, url);
      expect(r.verdict).not.toBe('not-understood');
      expect(r.expected).toEqual({ listings: r.listings, fees: r.fees });
    });
  }

  it('a search that found nobody: "empty", with filter options and a footer that name sectors', () => {
    const { doc, url } = load(NO_RESULTS);
    const r = check(doc, url);
    expect(r.verdict).toBe('empty');
    expect(r.listings).toBe(0);
    expect(r.signals.sectorLabels.total).toBe(0);
  });

  it('a redesign the reader no longer reads: "not-understood", 3 listings expected, 0 found', () => {
    const { doc, url } = load(BROKEN);
    const r = check(doc, url);
    expect(r.verdict).toBe('not-understood');
    expect(r.listings).toBe(0);
    expect(r.expected.listings).toBe(3);
    expect(r.signals.sectorLabels).toEqual({ total: 3, covered: 0 });
    expect(r.signals.profileLinks).toEqual({ total: 3, covered: 0 });
    expect(r.rules.find((x) => x.id.startsWith('card [data-design-system-component'))?.count).toBe(0);
  });

  it('anti-bot pages: "blocked"', () => {
    for (const f of ['doctolib/antibot-403.html', 'doctolib/antibot-retry-later.html']) {
      const { doc, url } = load(f);
      expect(check(doc, url).verdict).toBe('blocked');
    }
  });

  it('a page in English: "language", never "empty"', () => {
    const { doc, url } = load(NO_RESULTS);
    doc.documentElement.setAttribute('lang', 'en');
    const r = check(doc, url);
    expect(r.verdict).toBe('language');
    expect(r.lang).toBe('en');
    const other = load('doctolib/search-gastro-75012.html');
    other.doc.documentElement.setAttribute('lang', 'en-GB');
    expect(check(other.doc, other.url).verdict).toBe('language');
  });
});

type Alteration = [name: string, file: string, alter: (doc: Document) => void];

function rename(doc: Document, selector: string, from: string, to: string): void {
  for (const el of Array.from(doc.querySelectorAll(selector))) el.classList.replace(from, to);
}

function wrapDeep(el: Element, levels: number): void {
  let inner: Element = el;
  for (let i = 0; i < levels; i++) {
    const w = el.ownerDocument.createElement('div');
    w.className = `wrap-${i}`;
    inner.replaceWith(w);
    w.appendChild(inner);
    inner = w;
  }
}

/** Alterations that make the reader lose listings, sectors or fees: each must be flagged. */
const LOSING: Alteration[] = [
  ['renamed classes (ameli items)', 'ameli/search-secteur2.html', (doc) => rename(doc, '.item-professionnel', 'item-professionnel', 'item-ps')],
  [
    'names neither headings nor profile links (Doctolib search: the name a span, its link a "Prendre rendez-vous" button)',
    'doctolib/search-all-sectors.html',
    (doc) => {
      for (const h of Array.from(doc.querySelectorAll('[data-design-system-component="Card"] h2'))) {
        const name = doc.createElement('span');
        name.setAttribute('itemprop', 'name');
        name.textContent = h.textContent;
        const link = h.querySelector('a');
        if (link) link.textContent = 'Prendre rendez-vous';
        h.replaceWith(name, ...(link ? [link] : []));
      }
    },
  ],
  [
    'wrapped cards (Keldoc: the sector line nine levels down)',
    'keldoc/search-keldoc.html',
    (doc) => doc.querySelectorAll('.search-result-card p.line').forEach((p) => /secteur/i.test(p.textContent ?? '') && wrapDeep(p, 9)),
  ],
  [
    'wrapped cards (Maiia: the chips nine levels down)',
    'maiia/search-generaliste.html',
    (doc) => doc.querySelectorAll('.MuiCard-root .MuiStack-root').forEach((s) => wrapDeep(s, 9)),
  ],
  [
    'moved sector line (Doctolib search: into the availabilities panel)',
    'doctolib/search-gastro-75012.html',
    (doc) => {
      for (const card of Array.from(doc.querySelectorAll('[data-design-system-component="Card"]'))) {
        const icon = card.querySelector('svg[data-icon-name$="euro-sign"]');
        const label = icon?.parentElement?.parentElement?.querySelector('p');
        const slots = card.querySelector('[data-test-id="availabilities-container"]');
        if (label && slots) slots.prepend(label);
      }
    },
  ],
  [
    'moved sector line (Doctolib profile: under the name)',
    'doctolib/profile-several-acts.html',
    (doc) => {
      const label = Array.from(doc.querySelectorAll('p')).find((p) => /^Conventionné/.test(p.textContent ?? ''));
      doc.querySelector('.dl-profile-header-speciality')?.after(label as Element);
    },
  ],
  [
    'new label wording (Doctolib profile: "Honoraires et remboursement", fee rows renamed)',
    'doctolib/profile-several-acts.html',
    (doc) => {
      for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
        if (h.textContent === 'Tarifs et remboursement') h.textContent = 'Honoraires et remboursement';
        if (h.textContent === 'Tarifs') h.textContent = 'Honoraires';
      }
      rename(doc, '.dl-profile-fee', 'dl-profile-fee', 'dl-fee-row');
    },
  ],
  [
    'new label wording (Doctolib profile with ranges: "Tarifs" → "Prix", rows renamed)',
    'doctolib/profile-ranges.html',
    (doc) => {
      for (const h of Array.from(doc.querySelectorAll('h2, h3'))) if (/^Tarifs?$/.test(h.textContent ?? '')) h.textContent = 'Honoraires pratiqués';
      rename(doc, '.dl-profile-fee', 'dl-profile-fee', 'fee');
    },
  ],
];

/** Alterations the reader takes in its stride: never flagged. */
const HARMLESS: Alteration[] = [
  // Cards are found by what they are (a name and a sector line, profile link or card icon), not by one tag.
  [
    'renamed card attribute (Doctolib search)',
    'doctolib/search-gastro-75012.html',
    (doc) => doc.querySelectorAll('[data-design-system-component="Card"]').forEach((c) => c.setAttribute('data-design-system-component', 'ResultCard')),
  ],
  ['renamed classes (Doctolib 2021 cards)', 'doctolib/search-legacy-2021.html', (doc) => rename(doc, '.dl-search-result', 'dl-search-result', 'dl-result-card')],
  [
    'renamed classes and headings (Doctolib search: names no longer h2, still links)',
    'doctolib/search-all-sectors.html',
    (doc) => {
      for (const h of Array.from(doc.querySelectorAll('[data-design-system-component="Card"] h2'))) {
        const d = doc.createElement('div');
        d.className = 'hcp-name';
        d.append(...Array.from(h.childNodes));
        h.replaceWith(d);
      }
    },
  ],
  [
    'suggested practitioners with their sector lines on a profile ("Autres soignants à proximité")',
    'doctolib/profile-several-acts.html',
    (doc) => {
      const aside = doc.createElement('section');
      for (const [name, sector] of [['Dr Voisin PROCHE', 'Conventionné secteur 1'], ['Dr Alix LOINTAIN', 'Conventionné secteur 2']]) {
        const card = doc.createElement('div');
        const h3 = doc.createElement('h3');
        const link = doc.createElement('a');
        link.href = `/medecin-generaliste/lyon/${(name as string).toLowerCase().replace(/\W+/g, '-')}`;
        link.textContent = name as string;
        h3.append(link);
        const p = doc.createElement('p');
        p.textContent = sector as string;
        card.append(h3, p);
        aside.append(card);
      }
      doc.querySelector('main')?.append(aside);
    },
  ],
  [
    'wrapped cards (Doctolib search: each card in a <li>)',
    'doctolib/search-gastro-75012.html',
    (doc) => doc.querySelectorAll('[data-design-system-component="Card"]').forEach((c) => wrapDeep(c, 1)),
  ],
  [
    'renamed hashed classes (Doctolib search)',
    'doctolib/search-all-sectors.html',
    (doc) => doc.querySelectorAll('[class]').forEach((el) => el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/\b[A-Za-z0-9]{20}\b/g, 'Zz9NewHash'))),
  ],
  ['wrapped items (ameli)', 'ameli/search-secteur1.html', (doc) => doc.querySelectorAll('.item-professionnel').forEach((c) => wrapDeep(c, 2))],
];

describe('self-check on fixtures altered the way sites change', () => {
  for (const [name, file, alter] of LOSING) {
    it(`flags: ${name}`, () => {
      const original = load(file);
      const before = readout(original.doc, original.url);
      const { doc, url } = load(file);
      alter(doc);
      const after = readout(doc, url);
      // The alteration really loses something (else this test could not fail).
      expect(after.some((n, i) => n < (before[i] as number)), `${before} → ${after}`).toBe(true);
      const r = check(doc, url);
      expect(r.verdict).toBe('not-understood');
      expect(r.expected.listings + r.expected.fees).toBeGreaterThan(r.listings + r.fees);
    });
  }
  for (const [name, file, alter] of HARMLESS) {
    it(`does not flag: ${name}`, () => {
      const original = load(file);
      const { doc, url } = load(file);
      alter(doc);
      expect(readout(doc, url)).toEqual(readout(original.doc, original.url));
      expect(check(doc, url).verdict).toBe('ok');
    });
  }
});

describe('the report reveals no one', () => {
  /** Names, addresses, city, query values and path values of a fixture page. */
  function secrets(file: string): string[] {
    const { doc, url } = load(file);
    const out = new Set<string>();
    for (const l of detectListings(doc, url)) if (l.name) out.add(l.name);
    // The broken page's names are read from its links.
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) if (/^Dr /.test(a.textContent ?? '')) out.add((a.textContent ?? '').trim());
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const t = (n.nodeValue ?? '').trim();
      if (/\b\d{5}\b/.test(t) || /\b(?:rue|avenue|passage|place|boulevard)\b/i.test(t)) out.add(t);
    }
    for (const v of url.searchParams.values()) if (v.length >= 3) out.add(v);
    // Path values: the segments the route shape does not keep as the site's own fixed words.
    const kept = routeShape(siteFor(url)?.check ?? null, url).split(/[/?]/);
    for (const seg of url.pathname.split('/').filter((s) => s.length >= 3 && !kept.includes(s))) out.add(seg);
    return [...out];
  }

  for (const file of [BROKEN, 'doctolib/search-gastro-75012.html', 'doctolib/profile-two-practices.html', 'ameli/search-secteur2.html', 'ameli/fiche-detaillee.html', 'maiia/search-generaliste.html', 'keldoc/profile-keldoc.html']) {
    it(file, () => {
      const { doc, url } = load(file);
      const report = formatReport(check(doc, url), { version: '0.1.0', browser: 'chrome' });
      const found = secrets(file).filter((s) => report.toLowerCase().includes(s.toLowerCase()));
      expect(found).toEqual([]);
      expect(report.length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
      expect(report).toMatch(/^verdict: /m);
    });
  }

  it('route shapes keep the site\'s fixed words and the query names only', () => {
    expect(routeShape(siteCheckOf('doctolib'), new URL('https://www.doctolib.fr/search?location=75012-paris&speciality=psychiatre&page=2'))).toBe('/search?location&speciality&page');
    expect(routeShape(siteCheckOf('doctolib'), new URL('https://www.doctolib.fr/psychiatre/paris/jean-martin?pid=practice-1#x'))).toBe('/:specialty/:city/:slug?pid');
    expect(routeShape(siteCheckOf('ameli'), new URL('https://annuairesante.ameli.fr/professionnels-de-sante/recherche/fiche-detaillee-ABC123.html'))).toBe('/professionnels-de-sante/recherche/fiche-detaillee-:id.html');
    // A practitioner's own website names them: its host is not kept.
    expect(hrefShape(siteCheckOf('doctolib'), 'https://www.dr-jeanne-exemple.fr/x/y?q=secret', new URL('https://www.doctolib.fr/search'))).toBe('//other-host/:specialty/:city?q');
    expect(hrefShape(siteCheckOf('doctolib'), 'https://www.maiia.com/a?b=c', new URL('https://www.doctolib.fr/search'))).toBe('//www.maiia.com/:segment?b');
  });

  it('the skeleton is capped, and says so', () => {
    const { doc } = load('doctolib/search-gastro-75012.html');
    const focus = Array.from(doc.querySelectorAll('[data-design-system-component="Card"] h2')).slice(0, 2);
    const sk = skeleton({ focus, kindOf: () => 'text', hrefShape: () => '/', knownValues: new Set(), maxLines: 30 });
    expect(sk.truncated).toBe(true);
    expect(sk.lines.length).toBeLessThanOrEqual(30);
    expect(sk.lines.at(-1)).toBe('…');
  });
});
