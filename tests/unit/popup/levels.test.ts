// The pure rules behind the mutuelle form (rules §1.8).
import { describe, expect, it } from 'vitest';
import { choiceOf, parseAge, parseLevel, responsableNonDptam } from '../../../src/ui/settings/levels';
import { siteGroupOfUrl, SITE_HOSTS } from '../../../src/ui/settings/site-groups';

describe('levels', () => {
  it('parses whole levels 0–1000 only', () => {
    for (const [text, value] of [['180', 180], [' 0 ', 0], ['1000', 1000], ['250 %', 250], ['125%', 125]] as const) {
      expect(parseLevel(text)).toEqual({ ok: true, value });
    }
    for (const text of ['abc', '-5', '1001', '', ' ', '12,5', '12.5', '1e3', '0x10', '١٢٣', '100 % BRSS']) {
      expect(parseLevel(text), text).toEqual({ ok: false });
    }
  });

  it('ages 0–130', () => {
    expect(parseAge('0')).toEqual({ ok: true, value: 0 });
    expect(parseAge('131')).toEqual({ ok: false });
  });

  it('suggests the non-OPTAM level a contrat responsable allows: min(level − 20, 200), floor 100', () => {
    const cases: [number, number][] = [[300, 200], [400, 200], [220, 200], [200, 180], [150, 130], [125, 105], [120, 100], [110, 100], [100, 100], [80, 80]];
    for (const [level, expected] of cases) expect(responsableNonDptam(level), String(level)).toBe(expected);
  });

  it('a stored level shows as its preset, or as "custom"', () => {
    expect(choiceOf({ kind: 'none' })).toBe('none');
    expect(choiceOf({ kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true })).toBe(150);
    expect(choiceOf({ kind: 'brss', dptamPct: 180, nonDptamPct: 180, responsable: true })).toBe('custom');
  });
});

describe('site groups', () => {
  it('maps the supported hosts, https only, and nothing else', () => {
    expect(siteGroupOfUrl('https://www.doctolib.fr/dermatologue/paris')).toBe('doctolib.fr');
    expect(siteGroupOfUrl('https://annuairesante.ameli.fr/recherche')).toBe('ameli.fr');
    expect(siteGroupOfUrl('https://annuaire.sante.ameli.fr/x')).toBe('ameli.fr');
    expect(siteGroupOfUrl('https://www.maiia.com/')).toBe('maiia.com');
    expect(siteGroupOfUrl('https://booking.keldoc.com/a')).toBe('keldoc.com');
    expect(siteGroupOfUrl('https://www.keldoc.com/a')).toBe('keldoc.com');
    for (const url of [undefined, '', 'http://www.doctolib.fr/', 'https://www.doctolib.de/', 'https://pro.doctolib.fr/',
      'https://www.ameli.fr/', 'chrome-extension://abc/popup.html', 'not a url']) {
      expect(siteGroupOfUrl(url), String(url)).toBeNull();
    }
  });

  it('lists each group\'s hosts from the host permissions', () => {
    expect(SITE_HOSTS).toEqual({
      'doctolib.fr': ['www.doctolib.fr'],
      'ameli.fr': ['annuairesante.ameli.fr', 'annuaire.sante.ameli.fr'],
      'maiia.com': ['www.maiia.com'],
      'keldoc.com': ['www.keldoc.com', 'booking.keldoc.com'],
    });
  });
});

describe('tariff sources', () => {
  it('writes the verified-through day in the UI language', async () => {
    const { formatDay } = await import('../../../src/ui/settings/tariff');
    expect(formatDay('2026-01-31', 'fr')).toBe('31 janvier 2026');
    expect(formatDay('2026-01-31', 'en')).toBe('January 31, 2026');
  });
});
