// The options page shows its frame before any storage read answers: after a browser restart a slow
// (or stuck) storage read must not leave the page blank. Its header, every section that does not
// hold stored values, and the reset are there at the first render; the stored parts follow.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/App';
import { mount, unmountAll, until } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('options page before storage answers', () => {
  it('renders its frame at once while every storage read hangs, and its stored parts once they answer', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let reads = 0;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (...args: Parameters<typeof get>) => {
      reads++;
      await answered;
      return get(...args);
    });
    const frame = [
      'Reste à charge — réglages',
      'Médecin traitant',
      'Sites pris en charge',
      "Comment c'est calculé",
      'Vie privée',
      'Réinitialiser',
    ];
    const m = mount(<OptionsApp />);
    // The first render, synchronous: nothing read yet.
    expect(m.$$('h1, h2').map((h) => h.textContent)).toEqual(frame);
    expect(m.maybe('#reset')).not.toBeNull();
    // The reads are asked for and hang: the frame stays.
    await until(() => expect(reads).toBeGreaterThan(0));
    expect(m.$$('h1, h2').map((h) => h.textContent)).toEqual(frame);
    answer();
    await until(() => m.$('.situation'));
    await until(() => m.$('.site-list'));
    await until(() => m.$('#mt-none'));
  });
});
