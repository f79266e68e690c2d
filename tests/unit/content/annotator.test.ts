// The annotator on a live happy-dom page: one badge per practitioner, re-used card nodes,
// removed cards, profile changes, stop. Estimates come from the core directly (in the extension
// they come from the background through a message).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../../../src/core';
import type { Estimate, EstimateInput } from '../../../src/core/types';
import { Annotator } from '../../../src/content/annotator';
import { settle, stop } from './idle-wait';
import { FakeIO } from './fake-io';
import { requestInBatches } from '../../../src/content/estimates';
import { doctolib } from '../../../src/sites/doctolib/reader';
import { DEFAULT_PROFILE, type ProfileState } from '../../../src/settings';

// The 150-card tests took 5.2 s on this project's 2-core machine kept busy by other jobs (vitest's
// default limit is 5 s): a deadline with margin, as settle()'s own.
vi.setConfig({ testTimeout: 30_000 });

const URL_SEARCH = 'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue';

function card(name: string, slug: string, sector: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('data-design-system-component', 'Card');
  el.innerHTML = `<div class="p-16"><h2><a href="/dermatologue/paris/${slug}?pid=practice-1">${name}</a></h2>
    <p>Dermatologue et vénérologue</p>
    <div class="gap-8 flex"><svg data-icon-name="regular/location-dot"></svg><div><p>3 Rue de Lyon</p></div></div>
    <div class="gap-8 flex"><svg data-icon-name="regular/euro-sign"></svg><div><p class="sector">${sector}</p></div></div></div>`;
  return el;
}

const state = (pct: number, isDefault = false): ProfileState => ({
  profile: { ...DEFAULT_PROFILE, mutuelle: { kind: 'brss', dptamPct: pct, nonDptamPct: Math.min(200, Math.max(100, pct - 20)), responsable: true } },
  isDefault,
  repaired: false,
});

const attrs = () => [...document.querySelectorAll('rac-badge')].map((b) => b.getAttribute('data-out-of-pocket-cents'));

let annotator: Annotator | null = null;
let requests = 0;
/** The number of inputs of each request, in order. */
let sizes: number[] = [];
type Estimates = (inputs: EstimateInput[]) => Promise<Estimate[]>;
function start(profile = state(100), estimates?: Estimates, maxBatch?: number) {
  requests = 0;
  sizes = [];
  annotator = new Annotator({
    reader: doctolib,
    profile,
    onCount: () => {},
    estimates: async (inputs: EstimateInput[]): Promise<Estimate[]> => {
      requests++;
      sizes.push(inputs.length);
      return estimates ? estimates(inputs) : inputs.map((input) => estimate(input));
    },
    maxBatch,
  });
  annotator.start();
  return annotator;
}

/**
 * A pass works until its 12 ms slice is over: on a loaded machine the first pass may stop after
 * one card. With the clock still, a pass reads everything, so request counts are exact.
 */
const stillClock = () => vi.spyOn(performance, 'now').mockReturnValue(0);

afterEach(() => {
  stop(annotator);
  annotator = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('annotator', () => {
  it('adds one badge per card, including cards rendered later, and asks for estimates in batches', async () => {
    // The readers need the page's real URL.
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_SEARCH);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    results.append(card('Dr Alice DURAND', 'alice', 'Conventionné secteur 2 avec OPTAM'), card('Dr Bruno LEROY', 'bruno', 'Conventionné secteur 1'));
    stillClock();
    start();
    await settle();
    expect(attrs()).toEqual(['200+', '200']);
    results.append(card('Dr Chloé PETIT', 'chloe', 'Conventionné secteur 2'));
    await settle();
    expect(attrs()).toEqual(['200+', '200', '200+']);
    expect(annotator!.count).toBe(3);
    // The first two cards' inputs in one request, the later card's in another.
    expect(sizes).toEqual([2, 1]);
  });

  it('re-annotates a card node re-used for another practitioner, and forgets removed cards', async () => {
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_SEARCH);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    const first = card('Dr Alice DURAND', 'alice', 'Conventionné secteur 2 avec OPTAM');
    results.append(first, card('Dr Bruno LEROY', 'bruno', 'Conventionné secteur 1'));
    start();
    await settle();
    first.querySelector('a')!.textContent = 'Dr Inès BLANC';
    first.querySelector('a')!.setAttribute('href', '/dermatologue/paris/ines?pid=practice-9');
    first.querySelector('.sector')!.textContent = 'Conventionné secteur 1';
    await settle();
    expect(first.querySelectorAll('rac-badge')).toHaveLength(1);
    expect(attrs()).toEqual(['200', '200']);
    results.lastElementChild!.remove();
    await settle();
    expect(annotator!.count).toBe(1);
  });

  it('re-renders every badge when the profile changes, and removes them all on stop', async () => {
    const url = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';
    const html = readFileSync(resolve(__dirname, '../../fixtures/doctolib/profile-optam.html'), 'utf8');
    document.body.innerHTML = /<body>([\s\S]*)<script>/.exec(html)![1]!;
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(url);
    window.history.replaceState(null, '', url);
    const a = start(state(150));
    await settle();
    // Consultation 60 € (rules §3.B B4), and the specialist teleconsultation at TCS 30 €:
    // 50 − (21 − 2) − min(29, 1.5 × 30 − 21) = 7 €.
    expect(attrs()).toEqual(['1475', '700']);
    a.setProfile(state(200));
    await settle();
    expect(attrs()).toEqual(['200', '200']); // rules §3.B B3; the teleconsultation leaves the PF
    stop(a);
    expect(document.querySelectorAll('rac-badge')).toHaveLength(0);
  });

  describe('a page cannot switch the badges off', () => {
    function searchPage(...cards: HTMLElement[]): HTMLElement {
      // @ts-expect-error happy-dom lets tests set the page URL
      window.happyDOM?.setURL?.(URL_SEARCH);
      const results = document.createElement('div');
      results.setAttribute('data-test-id', 'hcp-results');
      document.body.append(results);
      results.append(...cards);
      return results;
    }
    const three = () => [
      card('Dr Alice DURAND', 'alice', 'Conventionné secteur 2 avec OPTAM'),
      card('Dr Bruno LEROY', 'bruno', 'Conventionné secteur 1'),
      card('Dr Chloé PETIT', 'chloe', 'Conventionné secteur 2'),
    ];

    it("a profile change asks for every badge's new estimates in one request", async () => {
      searchPage(...three());
      stillClock();
      const a = start();
      await settle();
      expect(attrs()).toEqual(['200+', '200', '200+']);
      const before = requests;
      a.setProfile(state(200));
      await settle();
      // One round trip for the three cards (three distinct inputs), not one per card.
      expect(requests - before).toBe(1);
      expect(attrs()).toHaveLength(3);
    });

    it('splits requests larger than the background accepts', async () => {
      searchPage(...three());
      // The background refuses a message over its limit (here 1 input): nothing would show.
      start(state(100), async (inputs) => {
        if (inputs.length > 1) throw new Error('too many inputs');
        return inputs.map((input) => estimate(input));
      }, 1);
      await settle();
      expect(attrs()).toEqual(['200+', '200', '200+']);
      expect(sizes).toEqual([1, 1, 1]);
    });

    it('one card whose estimate breaks the badge never stops the cards after it', async () => {
      searchPage(...three());
      // A malformed reply for secteur 1 (the second card) makes rendering its badge throw.
      stillClock();
      start(state(100), async (inputs) => inputs.map((i) => (i.sector === '1' ? (undefined as unknown as Estimate) : estimate(i))));
      await settle();
      expect(attrs()).toEqual(['200+', '200+']);
      expect(annotator!.count).toBe(2);
      // The unusable reply is not asked for again and again.
      expect(requests).toBe(1);
    });

    it('a later change of the page brings a new round of retries', async () => {
      const results = searchPage(...three().slice(0, 2));
      let failures = 4;
      stillClock();
      start(state(100), async (inputs) => {
        if (failures-- > 0) throw new Error('background not answering');
        return inputs.map((input) => estimate(input));
      });
      await settle(); // the first request and 3 retries (200, 400, 800 ms), then it gives up
      expect(attrs()).toEqual([]);
      expect(requests).toBe(4);
      // The page changes; the background fails once more, then answers: a retry shows the badges.
      failures = 1;
      results.append(three()[2]!);
      await settle();
      expect(attrs()).toEqual(['200+', '200', '200+']);
      expect(requests).toBe(6);
    });
  });
});

describe('a long list', () => {
  const real = globalThis.IntersectionObserver;
  afterEach(() => {
    globalThis.IntersectionObserver = real;
    FakeIO.all = [];
  });

  function longPage(n: number): HTMLElement[] {
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_SEARCH);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    const cards = Array.from({ length: n }, (_, i) => card(`Dr Card ${i}`, `card-${i}`, i % 2 ? 'Conventionné secteur 1' : 'Conventionné secteur 2'));
    results.append(...cards);
    return cards;
  }
  const badgeCount = (el: Element) => el.querySelectorAll('rac-badge').length;

  it('beyond 100 listings: every listing estimated and counted, badges only near the viewport, a Comparer entry mounts its badge', async () => {
    globalThis.IntersectionObserver = FakeIO as unknown as typeof IntersectionObserver;
    const cards = longPage(150);
    const a = start();
    await settle();
    expect(a.count).toBe(150);
    expect(document.querySelectorAll('rac-badge')).toHaveLength(0); // nothing reported near yet
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) < 10);
    await settle();
    expect(cards.map(badgeCount)).toEqual(cards.map((_, i) => (i < 10 ? 1 : 0)));
    // Scrolled to the end: the last cards get theirs, the first keep theirs.
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) >= 140);
    await settle();
    expect(cards.map(badgeCount)).toEqual(cards.map((_, i) => (i < 10 || i >= 140 ? 1 : 0)));
    // The Comparer lists all 150; picking a card without a badge mounts it and focuses it.
    const compare = document.querySelector('rac-compare')!.firstElementChild!.shadowRoot!;
    (compare.querySelector('button.toggle') as HTMLButtonElement).click();
    // The panel is Preact's to render (the annotator does nothing here): wait for its list.
    await vi.waitFor(() => expect(compare.querySelectorAll('.item')).toHaveLength(150));
    const items = [...compare.querySelectorAll('.item')] as HTMLButtonElement[];
    const pick = items.find((i) => i.querySelector('.name')!.textContent === 'Dr Card 75')!;
    pick.click();
    expect(badgeCount(cards[75]!)).toBe(1);
    expect(document.activeElement).toBe(cards[75]!.querySelector('rac-badge')!.firstElementChild);
  });

  it('a settings change re-renders the badges in view, and the others once they come near', async () => {
    globalThis.IntersectionObserver = FakeIO as unknown as typeof IntersectionObserver;
    const cards = longPage(120);
    const a = start(state(100));
    await settle();
    expect(a.count).toBe(120);
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) < 20);
    await settle();
    const amount = (i: number) => cards[i]!.querySelector('rac-badge')!.getAttribute('data-out-of-pocket-cents');
    expect(amount(0)).toBe('200+');
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) >= 100);
    await settle();
    // No mutuelle: secteur 2 leaves more than 2 € to pay.
    a.setProfile({ ...state(100), profile: { ...state(100).profile, mutuelle: { kind: 'none' } } });
    await settle();
    expect(amount(100)).not.toBe('200+');
    expect(amount(0)).toBe('200+'); // far away: not re-rendered yet
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) < 20);
    await settle();
    expect(amount(0)).toBe(amount(100));
  });

  it('up to 100 listings: every card gets its badge without waiting for the viewport', async () => {
    globalThis.IntersectionObserver = FakeIO as unknown as typeof IntersectionObserver;
    const cards = longPage(100);
    start();
    await settle();
    expect(cards.map(badgeCount)).toEqual(cards.map(() => 1));
  });
});

describe('requestInBatches', () => {
  it('keeps the order of the replies across batches', async () => {
    const inputs = Array.from({ length: 7 }, (_, i) => ({ date: String(i) }) as unknown as EstimateInput);
    const sizes: number[] = [];
    const out = await requestInBatches(inputs, async (part) => {
      sizes.push(part.length);
      return part.map((p) => ({ status: p.date }) as unknown as Estimate);
    }, 3);
    expect(sizes).toEqual([3, 3, 1]);
    expect(out.map((e) => e.status)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });
});

describe('annotator: the médecin traitant the user marked (issue 17)', () => {
  const URL_GP = 'https://www.doctolib.fr/medecin-generaliste/paris';
  function gpCard(name: string, slug: string, pid: string): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('data-design-system-component', 'Card');
    el.innerHTML = `<div class="p-16"><h2><a href="/medecin-generaliste/paris/${slug}?pid=${pid}">${name}</a></h2>
      <p>Médecin généraliste</p>
      <div class="gap-8 flex"><svg data-icon-name="regular/location-dot"></svg><div><p>3 Rue de Lyon</p></div></div>
      <div class="gap-8 flex"><svg data-icon-name="regular/euro-sign"></svg><div><p class="sector">Conventionné secteur 1</p></div></div></div>`;
    return el;
  }
  const texts = () =>
    [...document.querySelectorAll('rac-badge')].map((b) => (b.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? '').replace(/\s/g, ' '));
  const pageDom = () => document.body.innerHTML.replace(/ data-out-of-pocket-cents="[^"]*"/g, '');

  it('none marked: every GP at 2 € "Si méd. traitant"; Girard marked (both practices): 2 €, the other GP hors parcours 14 € (30 − AMO (30 % × 30 − PF 2 = 7) − mutuelle 9); the page DOM otherwise the same', async () => {
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_GP);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    results.append(
      gpCard('Dr Paul GIRARD', 'paul-girard', 'practice-1'),
      gpCard('Dr Paul GIRARD', 'paul-girard', 'practice-2'),
      gpCard('Dr Léa MOREAU', 'lea-moreau', 'practice-3'),
    );
    const a = start(state(100));
    await settle();
    expect(attrs()).toEqual(['200', '200', '200']);
    expect(texts().every((t) => t.startsWith('Si méd. traitant : '))).toBe(true);
    // One GP with two practices is one médecin traitant.
    expect(a.gps()).toEqual([
      { id: 'doctolib:/medecin-generaliste/paris/paul-girard', name: 'Dr Paul GIRARD' },
      { id: 'doctolib:/medecin-generaliste/paris/lea-moreau', name: 'Dr Léa MOREAU' },
    ]);
    const before = pageDom();

    a.setProfile(state(100), 'doctolib:/medecin-generaliste/paris/paul-girard');
    await settle();
    expect(attrs()).toEqual(['200', '200', '1400']);
    expect(texts()[0]).toMatch(/^Reste à charge : /);
    expect(texts()[2]).toBe('Hors parcours : 14 € · tarif conventionnel');
    expect(pageDom()).toBe(before);

    // Cleared: back to the assumption.
    a.setProfile(state(100), null);
    await settle();
    expect(attrs()).toEqual(['200', '200', '200']);
    expect(texts()[2]).toMatch(/^Si méd. traitant : /);
  });
});
