// Per-site switches: overrides only, validated on read, atomic, watched.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SITE_GROUPS,
  isSiteEnabled,
  readSites,
  resetSites,
  setSiteEnabled,
  sitesItem,
  validateSites,
  watchSites,
  type SiteSwitches,
} from '../../../src/settings';

const local = () => fakeBrowser.storage.local;

beforeEach(() => fakeBrowser.reset());

describe('sites', () => {
  it('every supported site is on by default', async () => {
    const sites = await readSites();
    expect(sites).toEqual({});
    for (const g of SITE_GROUPS) expect(isSiteEnabled(sites, g)).toBe(true);
    expect(SITE_GROUPS).toEqual(['doctolib.fr', 'ameli.fr', 'maiia.com', 'keldoc.com']);
  });

  it('stores overrides only: off is stored, back on removes the override', async () => {
    expect(await setSiteEnabled('maiia.com', false)).toEqual({ 'maiia.com': false });
    expect(await local().get('sites')).toEqual({ sites: { 'maiia.com': false } });
    expect(isSiteEnabled(await readSites(), 'maiia.com')).toBe(false);
    expect(isSiteEnabled(await readSites(), 'doctolib.fr')).toBe(true);
    await setSiteEnabled('ameli.fr', false);
    await setSiteEnabled('maiia.com', true);
    expect(await local().get('sites')).toEqual({ sites: { 'ameli.fr': false } });
    await setSiteEnabled('ameli.fr', true);
    expect(await local().get('sites')).toEqual({});
  });

  it('corrupt values are dropped: non-booleans, unknown groups, whole value of the wrong type', async () => {
    const raw = {
      'doctolib.fr': 'false',
      'ameli.fr': false,
      'maiia.com': 0,
      'keldoc.com': null,
      'evil.example': false,
      'www.doctolib.fr': false,
    };
    await local().set({ sites: raw });
    expect(await readSites()).toEqual({ 'ameli.fr': false });
    for (const junk of ['doctolib.fr', 1, [false], true]) {
      expect(validateSites(junk)).toEqual({});
    }
    // a stored `true` (an older write style) is the default: not an override
    expect(validateSites({ 'doctolib.fr': true })).toEqual({});
  });

  it('writing over corrupt data keeps the valid overrides and drops the rest', async () => {
    await local().set({ sites: { 'ameli.fr': false, 'maiia.com': 'no' } });
    await setSiteEnabled('keldoc.com', false);
    expect(await local().get('sites')).toEqual({ sites: { 'ameli.fr': false, 'keldoc.com': false } });
  });

  it('concurrent switches of different sites lose nothing', async () => {
    await Promise.all(SITE_GROUPS.map((g) => setSiteEnabled(g, false)));
    const sites = await readSites();
    for (const g of SITE_GROUPS) expect(isSiteEnabled(sites, g)).toBe(false);
  });

  it('watch fires with validated switches, including when the value is removed', async () => {
    const seen: SiteSwitches[] = [];
    const off = watchSites((s) => seen.push(s));
    await setSiteEnabled('doctolib.fr', false);
    await local().set({ sites: { 'doctolib.fr': false, 'keldoc.com': 'nope' } });
    await resetSites();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2));
    expect(seen[0]).toEqual({ 'doctolib.fr': false });
    expect(seen.at(-1)).toEqual({});
    off();
  });

  it('reset turns every site back on', async () => {
    await setSiteEnabled('doctolib.fr', false);
    await resetSites();
    expect(await readSites()).toEqual({});
    expect(await local().get(null)).toEqual({});
  });

  it('an unversioned value is read as v1', async () => {
    await local().set({ sites: { 'keldoc.com': false } });
    expect(await sitesItem.getValue()).toEqual({ 'keldoc.com': false });
    expect(await readSites()).toEqual({ 'keldoc.com': false });
  });
});
