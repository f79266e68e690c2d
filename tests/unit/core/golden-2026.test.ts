// Golden examples of issue 15 ("Money in 2026"), one block per point of the issue. Each test name
// carries the parameter ids, the dates and the arithmetic; the sources are in tariffs.ts and in
// docs/reimbursement.md ("The 2026 update"). All amounts in cents.
import { describe, expect, it } from 'vitest';
import { VERIFIED_THROUGH } from '../../../src/core';
import type { Estimate, Money } from '../../../src/core/types';
import { type Case, codes, exact, mutuelle, NO_MUTUELLE, run } from './helpers';

type Field = 'fee' | 'brss' | 'amoRate' | 'amoGross' | 'amo' | 'participationForfaitaire' | 'mutuelle' | 'outOfPocket' | 'majoration' | 'uncoveredExcess' | 'fullyCoveredUpTo';

function expectMoney(e: Estimate, want: Partial<Record<Field, number | Money>>, status: Estimate['status'] = 'exact'): void {
  expect(e.status, JSON.stringify(e.notes)).toBe(status);
  for (const [field, v] of Object.entries(want)) {
    expect(e[field as Field], field).toEqual(typeof v === 'number' ? exact(v) : v);
  }
  if (e.status === 'exact') expect(e.amo!.min + e.mutuelle!.min + e.outOfPocket!.min).toBe(e.fee!.min);
}

const at = (date: string, c: Omit<Case, 'date'>): Estimate => run({ ...c, date });

describe('issue 15 point 1: the table in step with 2026', () => {
  it('MPR-1 coordinated: 36 € on 2025-12-31 (AMO 25.20 − 2 = 23.20, mutuelle 10.80, RAC 2), 40 € on 2026-01-01 (AMO 28 − 2 = 26, mutuelle 12, RAC 2) — Europe 1 12/2024, Cegedim 26.01.2026', () => {
    expectMoney(at('2025-12-31', { sector: '1', specialty: 'mpr', fee: 3600 }), { brss: 3600, amo: 2320, mutuelle: 1080, outOfPocket: 200 });
    expectMoney(at('2026-01-01', { sector: '1', specialty: 'mpr', fee: 4000 }), { brss: 4000, amo: 2600, mutuelle: 1200, outOfPocket: 200 });
    // No fee shown: the tarif opposable itself.
    expectMoney(at('2026-01-01', { sector: '1', specialty: 'medecine-physique-et-readaptation', fee: null }), { fee: 4000 });
  });

  it('MPR-1/base without MCS (child 10 y, not referred, no fee): 31 € in 2025, 35 € in 2026; AMO 70 %, no PF under 18 — Cegedim 26.01.2026', () => {
    const child = { age: 10, referred: false };
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'mpr', fee: null, profile: child }), { brss: 3100, amo: 2170 });
    expectMoney(at('2026-03-01', { sector: '1', specialty: 'mpr', fee: null, profile: child }), { brss: 3500, amo: 2450 });
  });

  it('MPR before 2024-12-22: no sourced tariff → unknown (MPR-1); secteur 2 non-OPTAM MPR, 60 €, 2026: BR 23 (SP-5), AMO 16.10 − 2 = 14.10, mutuelle 100 % 6.90, RAC 39.00', () => {
    expect(at('2024-12-21', { sector: '1', specialty: 'mpr', fee: 3100 }).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'MPR-1' } }]);
    expectMoney(at('2026-03-01', { sector: '2', specialty: 'mpr', fee: 6000 }), { brss: 2300, amo: 1410, mutuelle: 690, outOfPocket: 3900 });
  });

  it('GER-1 42 € from 2026-01-01 (AMO 29.40 − 2 = 27.40, mutuelle 12.60), 37 € the day before (AMO 25.90 − 2 = 23.90, mutuelle 11.10) — Cegedim, What\'s up Doc', () => {
    expectMoney(at('2025-12-31', { sector: '1', specialty: 'geriatre', fee: 3700 }), { brss: 3700, amo: 2390, mutuelle: 1110, outOfPocket: 200 });
    expectMoney(at('2026-01-01', { sector: '1', specialty: 'geriatre', fee: 4200 }), { brss: 4200, amo: 2740, mutuelle: 1260, outOfPocket: 200 });
  });

  it('GYN-1 37 → 40 € and PSY-1 (neurology) 55 → 57 € on 2026-01-01: BR of the tarif opposable (no fee shown) — Cegedim 26.01.2026', () => {
    expect(at('2025-12-31', { sector: '1', specialty: 'gynecologue', fee: null }).brss).toEqual(exact(3700));
    expect(at('2026-01-01', { sector: '1', specialty: 'gynecologue', fee: null }).brss).toEqual(exact(4000));
    expect(at('2025-12-31', { sector: '1', specialty: 'neurologue', fee: null }).brss).toEqual(exact(5500));
    const neuro = at('2026-01-01', { sector: '1', specialty: 'neurologue', fee: null });
    expectMoney(neuro, { brss: 5700, amo: 3790 }); // 57 × 70 % = 39.90 − 2
  });

  it('PSY-5 75 € = 52 + 5 + 18 (2026), 67 € = 50 + 5 + 12 (2025), patient 24: a range with the usual coordinated tariff; 26: the usual tariff only — What\'s up Doc 01/2026', () => {
    const young = at('2026-03-01', { sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 24 } });
    expect(young.status).toBe('range');
    expect(young.brss).toEqual({ min: 5700, max: 7500 });
    expect(at('2025-06-01', { sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 24 } }).brss).toEqual({ min: 5500, max: 6700 });
    expect(at('2026-03-01', { sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 26 } }).brss).toEqual(exact(5700));
  });

  it('CAR-1: 51 € until 2023-10-31 (AMO 35.70 − 1 = 34.70); from 2023-11-01 51 € or 52.50 € (CAR-1/alt, L): BR 51–52.50, AMO 35.70 − 2 = 33.70 to 36.75 − 2 = 34.75, RAC 2 either way — SML / Assurland', () => {
    expectMoney(at('2023-10-31', { sector: '1', specialty: 'cardiologue', fee: null }), { brss: 5100, amo: 3470, outOfPocket: 100 });
    const e = at('2024-06-01', { sector: '1', specialty: 'cardiologue', fee: null });
    expectMoney(e, { fee: { min: 5100, max: 5250 }, brss: { min: 5100, max: 5250 }, amo: { min: 3370, max: 3475 }, outOfPocket: exact(200) }, 'range');
    expect(e.notes).toContainEqual({ code: 'cardiologyTariffRange', params: { lowCents: 5100, highCents: 5250 } });
    expect(e.tariff.sources).toContain('https://beta.assurland.com/mutuelle-sante/soins/remboursement-cardiologue');
    // The day of the règlement arbitral: already the range.
    expect(at('2023-11-01', { sector: '1', specialty: 'cardiologue', fee: null }).brss).toEqual({ min: 5100, max: 5250 });
  });

  it('CAR-1 with a 52.50 € fee shown: either 1.50 of dépassement on BR 51 or none on BR 52.50 (mutuelle 100 %: RAC 2.00 to 3.50)', () => {
    const e = at('2026-03-01', { sector: '1', specialty: 'cardiologue', fee: 5250 });
    expectMoney(e, { brss: { min: 5100, max: 5250 }, outOfPocket: { min: 200, max: 350 } }, 'range');
  });

  it('CAR-2 45.73 → 47.73 €: cardiologist secteur 2 non-OPTAM, 80 €, mutuelle 100 %: AMO 33.41 − 2 = 31.41, mutuelle 47.73 − 33.41 = 14.32, RAC 34.27 (was 36.27 on 45.73) — Egora 2017, Assurland', () => {
    // The amounts are exact; only fullyCoveredUpTo spans 51–52.50 (up to the secteur 1 tariff the
    // doctor bills the secteur 1 codes, CAR-1 or CAR-1/alt), hence status "range".
    expectMoney(at('2026-03-01', { sector: '2', specialty: 'cardiologue', fee: 8000 }), { brss: 4773, amo: 3141, mutuelle: 1432, outOfPocket: 3427, fullyCoveredUpTo: { min: 5100, max: 5250 } }, 'range');
    expectMoney(at('2017-07-01', { sector: '2', specialty: 'cardiologue', fee: 8000 }), { brss: 4773, amo: 3241 }); // PF 1 € then
  });

  it(`VERIFIED_THROUGH ${VERIFIED_THROUGH} (Cegedim, 26.01.2026): no note that day; from the next day the patient is told their reimbursement may differ`, () => {
    const c = { sector: '1', specialty: 'generaliste', fee: 3000 } as const;
    expect(codes(at('2026-01-26', c))).not.toContain('tariffNotVerifiedAfter');
    expect(at('2026-01-27', c).notes).toContainEqual({ code: 'tariffNotVerifiedAfter', params: { verifiedDate: '2026-01-26' } });
  });
});

describe('issue 15 point 2: teleconsultation', () => {
  const tele = (date: string, c: Omit<Case, 'date' | 'act'>) => run({ ...c, date, act: 'teleconsultation' });

  it('TC-1: a specialist\'s teleconsultation on 2023-10-31 is billed as the consultation (ameli 13/09/2018): dermatologist S1 adressé, 30 € (SP-1): AMO 21 − 1 = 20, mutuelle 9, RAC 1', () => {
    expectMoney(tele('2023-10-31', { sector: '1', specialty: 'dermatologue', fee: 3000 }), { brss: 3000, amo: 2000, mutuelle: 900, outOfPocket: 100 });
  });

  it('TC-1: psychiatrist S1 coordinated, 2020-06-01, 46.70 € (PSY-1): AMO 32.69 − 1 = 31.69; non-OPTAM dermatologist, 50 €: BR 23, AMO 16.10 − 1 = 15.10', () => {
    expectMoney(tele('2020-06-01', { sector: '1', specialty: 'psychiatre', fee: 4670 }), { brss: 4670, amo: 3169 });
    expectMoney(tele('2020-06-01', { sector: '2', specialty: 'dermatologue', fee: 5000 }), { brss: 2300, amo: 1510 });
  });

  it('from 2023-11-01 a specialist bills TCS at the coordinated tariff of 2023-10-31; hors parcours a teleconsultation is not reimbursed; secteur 3 stays unknown', () => {
    expect(tele('2023-11-01', { sector: '1', specialty: 'dermatologue', fee: 3150 }).brss).toEqual(exact(3000));
    expect(tele('2026-03-01', { sector: '2-optam', specialty: 'psychiatre', fee: 5000 }).brss).toEqual(exact(5000));
    expect(tele('2020-06-01', { sector: '1', specialty: 'dermatologue', fee: 3000, profile: { referred: false } }).outOfPocket).toEqual(exact(3000));
    expect(tele('2020-06-01', { sector: '3', specialty: 'dermatologue', fee: 5000 }).status).toBe('unknown');
  });
});

describe('issue 15 point 3: a secteur 1 fee up to the coordinated tariff is the tariff billed when no DA applies', () => {
  const child = { age: 10, referred: false };

  it('child 10 y, not referred, secteur 1 dermatologist showing 31.50: BR 31.50 (CS 26.50 + MCS 5), AMO 22.05 (no PF), mutuelle 9.45, RAC 0 — not 5.00 of dépassement', () => {
    const e = at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3150, profile: child });
    expectMoney(e, { brss: 3150, amo: 2205, mutuelle: 945, outOfPocket: 0, uncoveredExcess: 0, fullyCoveredUpTo: 3150 });
    expect(codes(e)).not.toContain('secteur1Depassement');
    expect(e.notes).toContainEqual({ code: 'secteur1CoordinatedTariff', params: { feeCents: 3150 } });
  });

  it('same child, 30.00 shown: BR 30 (AMO 21, mutuelle 9, RAC 0); 35.00 shown: BR 31.50, 3.50 of DE left (RAC 3.50)', () => {
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3000, profile: child }), { brss: 3000, amo: 2100, outOfPocket: 0 });
    const above = at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3500, profile: child });
    expectMoney(above, { brss: 3150, amo: 2205, mutuelle: 945, outOfPocket: 350, uncoveredExcess: 350 });
    expect(codes(above)).toContain('secteur1Depassement');
  });

  it('no fee shown: the tarif opposable stays the non-coordinated 26.50, covered up to the coordinated 31.50', () => {
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: null, profile: child }), { fee: 2650, fullyCoveredUpTo: 3150 });
  });

  it('AME adult not referred (no parcours penalty), 31.50: BR 31.50, AMO 100 % = 31.50, RAC 0', () => {
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3150, profile: { ame: true, referred: false } }), { brss: 3150, amo: 3150, outOfPocket: 0 });
  });

  it('adult hors parcours keeps the DA rule (B6: 37 € → BR 26.50, RAC 23.10); a CSS adult hors parcours keeps the cut to 26.50 (AMO 7.95, CSS 7.95, RAC 10.60 of majoration)', () => {
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3700, profile: { referred: false, mutuelle: mutuelle(200, 200) } }), { brss: 2650, outOfPocket: 2310 });
    expectMoney(at('2025-06-01', { sector: '1', specialty: 'dermatologue', fee: 3150, profile: { referred: false, css: true } }), { fee: 2650, brss: 2650, amo: 795, mutuelle: 795, outOfPocket: 1060 });
  });

  it('secteur 2 OPTAM is unchanged: the same child at 31.50 → BR 26.50, 5.00 of OPTAM dépassement covered by a 200 % DPTAM level', () => {
    expectMoney(at('2025-06-01', { sector: '2-optam', specialty: 'dermatologue', fee: 3150, profile: { ...child, mutuelle: mutuelle(200, 180) } }), { brss: 2650, outOfPocket: 0 });
  });
});

describe('issue 15 point 4: an unknown specialty stays a range', () => {
  it('"spécialiste" secteur 2 non-OPTAM, 60 €, mutuelle 100 %, 2026: BR 23 (SP-5: RAC 60 − 14.10 − 6.90 = 39.00), 42.50 (PSY-3: 60 − 27.75 − 12.75 = 19.50) or 47.73 (CAR-2: 60 − 31.41 − 14.32 = 14.27)', () => {
    const e = at('2026-03-01', { sector: '2', specialty: 'specialiste', fee: 6000 });
    expectMoney(e, { brss: { min: 2300, max: 4773 }, amo: { min: 1410, max: 3141 }, outOfPocket: { min: 1427, max: 3900 } }, 'range');
    expect(e.notes).toContainEqual({ code: 'genericSpecialistNonOptamRange', params: { lowCents: 2300, highCents: 4773 } });
  });

  it('"spécialiste" non-OPTAM at the tarif opposable (30 € ≤ 31.50): one base (30), no range note (only fullyCoveredUpTo spans 31.50–47.73); a known generic specialty (dermatologist) at 60 €: exact on 23', () => {
    const to = at('2026-03-01', { sector: '2', specialty: 'specialiste', fee: 3000 });
    expectMoney(to, { brss: 3000, outOfPocket: 200, fullyCoveredUpTo: { min: 3150, max: 4773 } }, 'range');
    expect(codes(to)).not.toContain('genericSpecialistNonOptamRange');
    expectMoney(at('2026-03-01', { sector: '2', specialty: 'dermatologue', fee: 6000 }), { brss: 2300, outOfPocket: 3900 });
  });

  it('"medecin" (GP or specialist), sector unknown, 60 €: the range reaches the cardiology base (AMO up to 31.41) and says which candidates are missing', () => {
    const e = at('2026-03-01', { sector: 'unknown', specialty: 'medecin', fee: 6000, profile: { mutuelle: NO_MUTUELLE } });
    expect(e.status).toBe('range');
    expect(e.amo!.max).toBeGreaterThanOrEqual(3141);
    expect(codes(e)).toContain('genericSpecialistNonOptamRange');
  });

  it('a neurologist has no sourced non-OPTAM base (NEU-2): 80 € secteur 2 → unknown; at the tarif opposable (57 €) → BR 57', () => {
    expect(at('2026-03-01', { sector: '2', specialty: 'neurologue', fee: 8000 }).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'NEU-2' } }]);
    expectMoney(at('2026-03-01', { sector: '2', specialty: 'neurologue', fee: 5700 }), { brss: 5700 });
  });
});

describe('issue 15 point 5: secteur 3 without false precision', () => {
  it('GP secteur 3: the tarif d\'autorité is 0.43–0.61 € depending on the town (S3-1/low, S3-1); computed at 0.61: 60 € → AMO 0.43 − PF capped 0.43 = 0', () => {
    const e = at('2025-06-01', { sector: '3', specialty: 'generaliste', fee: 6000, profile: { mutuelle: NO_MUTUELLE } });
    expectMoney(e, { brss: 61, amoGross: 43, amo: 0, outOfPocket: 6000 });
    expect(e.notes).toContainEqual({ code: 'secteur3TarifAutorite', params: { lowCents: 43, highCents: 61 } });
  });

  it('specialist secteur 3, no fee: the note gives 0.85–1.22 € (S3-2/low, S3-2)', () => {
    const e = at('2025-06-01', { sector: '3', specialty: 'dermatologue', fee: null });
    expect(e.status).toBe('fee-unknown');
    expect(e.notes).toContainEqual({ code: 'secteur3TarifAutorite', params: { lowCents: 85, highCents: 122 } });
  });
});
