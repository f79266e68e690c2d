// "More results" on a long list: the cards appended after the ones near the viewport get their
// badges with them, without waiting for the IntersectionObserver's report (which comes a frame
// and a whole-list layout later); a card inserted away from them still waits for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../../../src/core';
import type { EstimateInput } from '../../../src/core/types';
import { Annotator } from '../../../src/content/annotator';
import { doctolib } from '../../../src/sites/doctolib/reader';
import { DEFAULT_PROFILE } from '../../../src/settings';
import { settle, stop } from './idle-wait';
import { FakeIO } from './fake-io';

const URL_SEARCH = 'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue';

function card(i: number): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('data-design-system-component', 'Card');
  el.innerHTML = `<div class="p-16"><h2><a href="/dermatologue/paris/card-${i}?pid=practice-${i}">Dr Card ${i}</a></h2>
    <p>Dermatologue et vénérologue</p>
    <div class="gap-8 flex"><svg data-icon-name="regular/euro-sign"></svg><div><p>${i % 2 ? 'Conventionné secteur 1' : 'Conventionné secteur 2'}</p></div></div></div>`;
  return el;
}

const real = globalThis.IntersectionObserver;
let annotator: Annotator | null = null;
afterEach(() => {
  stop(annotator);
  annotator = null;
  document.body.innerHTML = '';
  globalThis.IntersectionObserver = real;
  FakeIO.all = [];
});

const badged = (cards: HTMLElement[]) => cards.map((c) => c.querySelectorAll('rac-badge').length);

describe('a long list that grows', () => {
  it('cards appended after the near ones get their badges before any report (at most 30), a card inserted far away waits', async () => {
    globalThis.IntersectionObserver = FakeIO as unknown as typeof IntersectionObserver;
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_SEARCH);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    const cards = Array.from({ length: 150 }, (_, i) => card(i));
    results.append(...cards);
    annotator = new Annotator({ reader: doctolib, profile: { profile: DEFAULT_PROFILE, isDefault: true, repaired: false }, onCount: () => {}, estimates: async (inputs: EstimateInput[]) => inputs.map((i) => estimate(i)) });
    annotator.start();
    const a = annotator;
    await vi.waitFor(() => expect(a.count).toBe(150), { timeout: 5000 });
    // Scrolled to the end: the last ten are near.
    FakeIO.report((el) => cards.indexOf(el as HTMLElement) >= 140);
    await settle();
    expect(badged(cards.slice(140))).toEqual(Array(10).fill(1));

    // "More results": 40 cards at the end, one at the top; no report yet.
    const more = Array.from({ length: 40 }, (_, i) => card(150 + i));
    results.append(...more);
    const top = card(999);
    results.prepend(top);
    await vi.waitFor(() => expect(a.count).toBe(191), { timeout: 5000 });
    await settle();
    expect(badged(more)).toEqual([...Array(30).fill(1), ...Array(10).fill(0)]);
    expect(badged([top])).toEqual([0]);

    // The observer's report settles it: the rest of the new cards near, the top one far.
    FakeIO.report((el) => el !== top && cards.indexOf(el as HTMLElement) !== -1 ? cards.indexOf(el as HTMLElement) >= 140 : el !== top);
    await settle();
    expect(badged(more)).toEqual(Array(40).fill(1));
    expect(badged([top])).toEqual([0]);
  }, 30000);
});

describe('a heavy page change', () => {
  it('is split into cards over several passes of one slice each, and every card still gets its badge', async () => {
    // @ts-expect-error happy-dom lets tests set the page URL
    window.happyDOM?.setURL?.(URL_SEARCH);
    const results = document.createElement('div');
    results.setAttribute('data-test-id', 'hcp-results');
    document.body.append(results);
    // A clock that only the split moves: 4 ms a subtree (on a shared machine a real clock would
    // measure the machine's load, not the slicing).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let inRun = 0;
    let most = 0;
    const slow = {
      ...doctolib,
      split(root: ParentNode, url: URL) {
        if (inRun === 0) queueMicrotask(() => (inRun = 0));
        most = Math.max(most, ++inRun);
        clock += 4;
        return doctolib.split!(root, url);
      },
    };
    annotator = new Annotator({ reader: slow, profile: { profile: DEFAULT_PROFILE, isDefault: true, repaired: false }, onCount: () => {}, estimates: async (inputs: EstimateInput[]) => inputs.map((i) => estimate(i)) });
    annotator.start();
    await settle();
    most = 0;
    const wrappers = Array.from({ length: 60 }, (_, i) => {
      const w = document.createElement('section');
      w.append(card(i));
      return w;
    });
    results.append(...wrappers);
    const a = annotator;
    await vi.waitFor(() => expect(a.count).toBe(60), { timeout: 20000 });
    expect(badged(wrappers)).toEqual(Array(60).fill(1));
    // 60 subtrees of 4 ms: a 12 ms slice splits 3, and the one that crosses the line (4 in all).
    expect(most).toBeLessThanOrEqual(4);
    vi.restoreAllMocks();
  }, 30000);
});
