// The tariff table as data: sound dates, sources on every value, ids as in the reference.
import { describe, expect, it } from 'vitest';
import { getParameter, listTariffSources, PARAMETERS, TABLE_START, VERIFIED_THROUGH } from '../../../src/core';
import { checkTable, SERIES, snapshotFor } from '../../../src/core/tariffs';
import { parseDay } from '../../../src/core/dates';

describe('tariff table', () => {
  it('has no overlap, gap or bad date in any series', () => {
    expect(checkTable()).toEqual([]);
  });

  it('ids are unique and follow the reference (GP-, SP-, PSY-, PED-, GYN-, GER-, MPR-, CAR-, R-, PF-, S3-, DA-, DE-, CR-, OP-, CSS-, TO-, TC-; professions: XP-, FR-, DEN-, PSY-MSP-, KIN-, SF-, POD-, NR-)', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^(?:(GP|SP|PSY|PED|GYN|GER|MPR|CAR|R|PF|S3|DA|DE|CR|OP|CSS|TO|TC)-\d+(\/[A-Za-z]+)?|(XP|FR|DEN|PSY-MSP|PSY|KIN|SF|POD|NR)-\d+(\/[a-z0-9-]+)?)$/);
    }
  });

  it('every value has a source (its own or its parameter\'s), a confidence, and integer units', () => {
    for (const p of PARAMETERS) {
      for (const v of p.values) {
        expect((v.sources ?? p.sources).length + (v.derivation ? 1 : 0), p.id).toBeGreaterThan(0);
        expect(['H', 'M', 'L']).toContain(v.confidence);
        expect(Number.isInteger(v.value), p.id).toBe(true);
      }
    }
    for (const url of listTariffSources()) expect(url).toMatch(/^https?:\/\/[^\s)]+$/);
  });

  it('low-confidence values are exactly the ones the reference marks L', () => {
    const low = PARAMETERS.filter((p) => p.values.some((v) => v.confidence === 'L')).map((p) => p.id);
    // Issue 15: CAR-2 (47.73, two sources agree) and PSY-5 (composition confirmed) left L; the
    // disputed cardiology value and the lows of the tarif d'autorité came in as L.
    expect(low.sort()).toEqual(['CAR-1/alt', 'CR-4', 'S3-1/low', 'S3-2/low']);
  });

  it('every series resolves on every day from the table start (except the documented gaps)', () => {
    const gaps: Record<string, string> = {
      // First day with a sourced value, when later than the table start.
      gpTele: '2018-09-15',
      psyYoung: '2024-12-22',
      pedUnder2: '2023-11-01',
      ped2to5: '2023-11-01',
      ped6to15: '2023-11-01',
      gynCoordinated: '2024-12-22',
      gynBase: '2024-12-22',
      gerCoordinated: '2024-12-22',
      gerBase: '2024-12-22',
      mprCoordinated: '2024-12-22',
      mprBase: '2024-12-22',
      carCoordinatedAlt: '2023-11-01',
      nonOptamS1Codes: '2018-04-01',
      dentistBase: '2019-11-13',
      dentistRate: '2019-11-13',
      physioSession: '2023-01-01',
      physioSessionMin: '2023-01-01',
      physioSessionMax: '2023-01-01',
      midwifeBase: '2019-02-10',
      mspFollowUp: '2022-04-05',
      mspEvaluation: '2022-04-05',
      mspRate: '2022-04-05',
    };
    for (const day of ['2017-07-01', '2019-01-01', '2023-11-01', '2024-12-22', '2026-01-01', '2030-01-01']) {
      const snap = snapshotFor(parseDay(day));
      for (const name of Object.keys(SERIES) as (keyof typeof SERIES)[]) {
        const first = gaps[name];
        expect(Number.isNaN(snap[name].value), `${name} on ${day}`).toBe(first !== undefined && day < first);
      }
    }
  });

  it('starts on the documented date and is verified through 2026-01-26, the newest tariff source read (Cegedim Santé)', () => {
    expect(TABLE_START).toBe('2017-07-01');
    expect(VERIFIED_THROUGH).toBe('2026-01-26');
    expect(getParameter('GP-3')!.values[0]!.value).toBe(3000);
  });
});
