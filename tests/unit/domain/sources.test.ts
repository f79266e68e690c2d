import { describe, expect, it } from 'vitest';
import { PARAMETERS, listTariffSources } from '../../../src/core';
import { sourcesOf } from '../../../src/core/tariffs';
import { parseDay } from '../../../src/core/dates';
import { MAX_BREAKDOWN_SOURCES, SERVICE_PUBLIC_SHEET, breakdownSources, isMirror, selectSources, showSource } from '../../../src/domain/sources';

const MIRROR_HOSTS = /stmeen-montauban|ville-thonon|associations\.gouv|comarquage|agglo-paysdemeaux/;

describe('sources shown to a patient', () => {
  it('maps every copy of a service-public sheet to service-public.fr itself', () => {
    const cases: [string, string][] = [
      ['https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F17042', 'F17042'],
      ['https://ville-thonon.fr/mes-demarches/demarches-etat-civil/le-nom-de-famille?xml=F17042', 'F17042'],
      ['https://comarquage.net15.fr/service-public/particuliers/vosdroits/F10874', 'F10874'],
      ['https://associations.gouv.fr./cheque-emploi-associatif-cea.html?xml=F10874', 'F10874'],
      ['https://agglo-paysdemeaux.fr/informations-transversales/contenu-de-la-page?cHash=a1f1&xml=F165', 'F165'],
    ];
    for (const [mirror, id] of cases) {
      expect(isMirror(mirror), mirror).toBe(true);
      expect(showSource(mirror)).toEqual({ url: `${SERVICE_PUBLIC_SHEET}${id}`, label: `Service-Public.fr (fiche ${id})`, official: true, rank: 0 });
    }
    expect(SERVICE_PUBLIC_SHEET).toBe('https://www.service-public.fr/particuliers/vosdroits/');
  });

  it('drops a mirror page that names no sheet, and anything that is not http(s)', () => {
    expect(showSource('https://ville-thonon.fr/mes-demarches/')).toBeNull();
    expect(showSource('javascript:alert(1)')).toBeNull();
    expect(showSource('not a url')).toBeNull();
  });

  it('keeps official pages as they are, and names secondary sources after their publisher', () => {
    expect(showSource('https://www.ameli.fr/etablissement/exercice-professionnel/facturation-prise-charge/aide-medicale-etat')).toMatchObject({ official: true, rank: 0, label: 'ameli.fr (Assurance Maladie)' });
    expect(isMirror('https://www.service-public.fr/particuliers/vosdroits/F17042')).toBe(false);
    expect(showSource('https://fmfpro.org/les-nouveautes-de-la-convention-2024')).toMatchObject({ official: false, label: 'FMF (syndicat de médecins)' });
    expect(showSource('https://static2.lequotidiendumedecin.fr/x')).toMatchObject({ label: 'Le Quotidien du médecin', rank: 1 });
    expect(showSource('https://www.example.org/page')).toMatchObject({ label: 'example.org', rank: 4 });
  });

  it('every source of the table has a named publisher (no bare host shown)', () => {
    for (const url of listTariffSources()) {
      const s = showSource(url);
      expect(s, url).not.toBeNull();
      expect(s!.rank, `${url}: add its publisher to src/domain/sources.ts`).toBeLessThan(4);
    }
  });

  it('a breakdown: at most three, official first, one per publisher, never a mirror', () => {
    const urls = [
      'https://www.ag2rlamondiale.fr/a',
      'https://fmfpro.org/a',
      'https://fmfpro.org/b',
      'https://stmeen-montauban.fr/x/?xml=F17042',
      'https://ville-thonon.fr/y?xml=F17042',
      'https://www.csmf.org/c',
    ];
    const shown = breakdownSources(urls);
    expect(shown.map((s) => s.url)).toEqual([
      'https://www.service-public.fr/particuliers/vosdroits/F17042',
      'https://fmfpro.org/a',
      'https://www.csmf.org/c',
    ]);
    expect(MAX_BREAKDOWN_SOURCES).toBe(3);
  });

  it('on every day and every parameter of the table, no breakdown shows a mirror or more than three links', () => {
    for (const day of ['2017-07-01', '2023-11-01', '2024-12-22', '2025-06-01', '2026-03-01']) {
      for (const p of PARAMETERS) {
        const shown = breakdownSources(sourcesOf(p.id, parseDay(day)));
        expect(shown.length).toBeLessThanOrEqual(3);
        for (const s of shown) expect(s.url, `${p.id} on ${day}`).not.toMatch(MIRROR_HOSTS);
        const ranks = shown.map((s) => s.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });

  it('the options page list: every table source once, official first, no mirror', () => {
    const all = selectSources(listTariffSources());
    expect(all.length).toBeGreaterThan(20);
    expect(all[0]!.official).toBe(true);
    for (const s of all) expect(s.url).not.toMatch(MIRROR_HOSTS);
    expect(new Set(all.map((s) => s.url)).size).toBe(all.length);
    expect(all.filter((s) => s.official).map((s) => s.url)).toEqual(expect.arrayContaining([
      'https://www.service-public.fr/particuliers/vosdroits/F17042',
      'https://www.service-public.fr/particuliers/vosdroits/F10874',
    ]));
  });
});
