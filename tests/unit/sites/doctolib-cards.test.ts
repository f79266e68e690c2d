// Doctolib result cards found by what they are: a block holding one practitioner's name (a heading
// of any level, role="heading", or a profile link) and their sector line, profile link or card
// icons. The July 2025 list's shape after each redesign (fixtures search-redesign-*.html) gives
// the same listings as the list itself: none lost, none invented; whole-page, per-card and
// inside-a-card reads agree; the self-check says "ok".
import { describe, expect, it } from 'vitest';
import { detectListings, siteFor } from '../../../src/sites';
import { selfCheck } from '../../../src/detect/self-check';
import type { Listing } from '../../../src/detect/types';
import { load } from '../detect/fixtures';

const BASE = 'doctolib/search-gastro-75012.html';
const VARIANTS = [
  'doctolib/search-redesign-role-heading.html',
  'doctolib/search-redesign-no-card-markup.html',
  'doctolib/search-redesign-h3-wrapped.html',
  'doctolib/search-redesign-name-links.html',
];

/** What a user sees of a listing (the key aside: hydrated cards have links). */
const seen = (l: Listing) => [l.name, l.sector, l.sectorEvidence, l.specialty, l.specialtyLabel, l.fees.length];

describe('Doctolib cards by what they are', () => {
  const base = (() => {
    const { doc, url } = load(BASE);
    return detectListings(doc, url);
  })();

  for (const file of VARIANTS) {
    it(`${file}: the list's 20 listings, none lost, none invented; every read agrees; self-check ok`, () => {
      const { doc, url } = load(file);
      const listings = detectListings(doc, url);
      expect(listings.map(seen)).toEqual(base.map(seen));
      for (const l of listings) {
        const card = l.container as Element;
        // The card holds its name and its badge's anchor, and no other listing.
        expect(card.contains(l.anchor)).toBe(true);
        expect(listings.filter((o) => o !== l && card.contains(o.anchor))).toEqual([]);
        // Incremental reads: the card itself, and a node inside it (its name), give this listing only.
        expect(detectListings(card, url).map((x) => x.key)).toEqual([l.key]);
        const inner = Array.from(card.querySelectorAll('*')).filter((e) => e.textContent?.trim() === l.name).pop();
        expect(detectListings(inner as Element, url).map((x) => x.key)).toEqual([l.key]);
      }
      const r = selfCheck(doc, url.href, siteFor(url));
      expect(r?.verdict).toBe('ok');
      expect(r?.expected).toEqual({ listings: 20, fees: 0 });
    }, 30_000);
  }

  it('names with nothing of a card around them are not cards: the page title, a legend of sector labels, a help heading', () => {
    const { doc, url } = load('doctolib/search-redesign-no-card-markup.html');
    const aside = doc.createElement('aside');
    aside.innerHTML = '<h2>Comprendre les secteurs</h2><ul><li>Conventionné secteur 1</li><li>Conventionné secteur 2</li></ul><h3>Besoin d’aide ?</h3><p>Contactez-nous</p>';
    doc.querySelector('main')?.append(aside);
    const listings = detectListings(doc, url);
    expect(listings.map((l) => l.name)).toEqual(base.map((l) => l.name));
  });

  it('a lone card on a list (one result) is the card, not the page', () => {
    const { doc, url } = load('doctolib/search-redesign-h3-wrapped.html');
    const items = Array.from(doc.querySelectorAll('li.result'));
    for (const li of items.slice(1)) li.remove();
    const listings = detectListings(doc, url);
    expect(listings.map((l) => l.name)).toEqual([base[0]?.name]);
    expect(listings[0]?.container?.localName).toBe('li');
  });
});
