// Golden tests for acts beyond the consultation: every worked example of docs/acts.md (§2.6 DE*,
// §3 SE*) not marked uncertain, the insurer test set T8–T11, and both sides of each dated change
// the acts bring. The arithmetic is written next to each case, from the reference, not the code.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import { forfait24AmoGross } from '../../../src/core/acts';
import { parseDay } from '../../../src/core/dates';
import type { CoverageProfile, Estimate, Sector } from '../../../src/core/types';
import { codes, exact, mutuelle, NO_MUTUELLE, profile } from './helpers';

interface ActCase {
  date: string;
  specialty: string;
  sector?: Sector;
  act: string;
  candidates?: string[];
  acts?: string[];
  fee: number | [number, number] | null;
  profile?: Partial<CoverageProfile>;
}

function act(c: ActCase): Estimate {
  const feeCents = c.fee == null ? null : Array.isArray(c.fee) ? { min: c.fee[0], max: c.fee[1] } : exact(c.fee);
  return estimate({
    date: c.date,
    sector: c.sector ?? '1',
    specialty: c.specialty,
    act: c.act,
    ...(c.candidates ? { actCandidates: c.candidates } : {}),
    ...(c.acts ? { acts: c.acts } : {}),
    feeCents,
    profile: profile(c.profile),
  });
}

const range = (min: number, max: number) => ({ min, max });
const dentist = (date: string, id: string, fee: number | null, p?: Partial<CoverageProfile>): Estimate =>
  act({ date, specialty: 'dentiste', act: id, fee, ...(p ? { profile: p } : {}) });

describe('acts: dental worked examples (docs/acts.md §2.6)', () => {
  it('DE1: détartrage 28.92 €, no mutuelle, 2026 — AMO 0.60 × 28.92 = 17.35, out of pocket 11.57', () => {
    const e = dentist('2026-03-02', 'HBJD001', 2892, { mutuelle: NO_MUTUELLE });
    expect(e.status).toBe('exact');
    expect(e.amo).toEqual(exact(1735));
    expect(e.outOfPocket).toEqual(exact(1157));
    expect(e.participationForfaitaire).toEqual(exact(0));
    expect(e.facts?.act).toEqual({ id: 'HBJD001' });
  });

  it('DE2: composite 1 face 30.47 €, contrat responsable at the ticket modérateur, 2025 — AMO 18.28, AMC 12.19, 0 €', () => {
    const e = act({ date: '2025-06-01', specialty: 'dentiste', act: 'HBMD058', candidates: ['HBMD053'], fee: 3047 });
    expect(e.status).toBe('exact');
    expect(e.amo).toEqual(exact(1828));
    expect(e.mutuelle).toEqual(exact(1219));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('DE3/DE4: céramo-métallique crown on an incisor at 500 € (100 % Santé), 2025 — AMO 72, AMC 428, 0 €; without a mutuelle 428 €', () => {
    const e = dentist('2025-06-01', 'HBLD634', 50000);
    expect(e.amo).toEqual(exact(7200));
    expect(e.mutuelle).toEqual(exact(42800));
    expect(e.outOfPocket).toEqual(exact(0));
    expect(e.facts?.act).toEqual({ id: 'HBLD634', basket: '100-sante', ceilingCents: 50000 });
    expect(codes(e)).toContain('rac0WithinCeiling');
    expect(dentist('2025-06-01', 'HBLD634', 50000, { mutuelle: NO_MUTUELLE }).outOfPocket).toEqual(exact(42800));
  });

  it('DE5: layered ceramic crown on a molar at 900 € (libre), mutuelle 200 % — AMO 72, AMC min(828, 240 − 72) = 168, 660 €', () => {
    const e = dentist('2025-06-01', 'crown-layered-ceramic', 90000, { mutuelle: mutuelle(200, 180) });
    expect(e.amo).toEqual(exact(7200));
    expect(e.mutuelle).toEqual(exact(16800));
    expect(e.outOfPocket).toEqual(exact(66000));
    expect(e.facts?.act?.basket).toBe('libre');
    expect(e.facts?.mutuelleLine).toEqual({ line: 'dentalProsthesis', levelPct: 200 });
    expect(e.notes).toContainEqual({ code: 'actLineAssumedProsthesis', params: { levelPct: 200 } });
  });

  it('DE6: a crown on 2023-10-14 and 2023-10-15 — AMO 0.70 × 120 = 84, then 0.60 × 120 = 72', () => {
    expect(dentist('2023-10-14', 'HBLD734', 60000).amo).toEqual(exact(8400));
    expect(dentist('2023-10-15', 'HBLD734', 60000).amo).toEqual(exact(7200));
  });

  it('DE7: a patient of 20 in 2026 (3–24 cohort) — composite 1 face 30.47 × 1.30 = 39.61, AMO 23.77', () => {
    const e = dentist('2026-03-02', 'HBMD053', 3961, { age: 20 });
    expect(e.brss).toEqual(exact(3961));
    expect(e.amo).toEqual(exact(2377));
    expect(codes(e)).toContain('dentalYouthBonus');
  });
});

describe('acts: specialists worked examples (docs/acts.md §3)', () => {
  it('SE1: gynaecologist S1, consultation 35 € + frottis 12.46 €, no mutuelle, 2026 — 0.70 × 35 − 2 + 0.70 × 12.46 − 2 = 29.22, 18.24 €', () => {
    const e = act({
      date: '2026-03-02', specialty: 'gynecologue', act: 'consultation', acts: ['consultation', 'JKHD001'], fee: 3500 + 1246,
      profile: { mutuelle: NO_MUTUELLE, referred: false },
    });
    expect(e.participationForfaitaire).toEqual(exact(400));
    expect(e.amo).toEqual(exact(2922));
    expect(e.outOfPocket).toEqual(exact(1824));
    expect(e.facts?.act?.acts).toEqual(['consultation', 'JKHD001']);
  });

  it('SE2: S2 non-OPTAM cardiologist, ECG at 30 € — BR 13.52, AMO 9.46 − 2 = 7.46; a contrat responsable at its most (200 %) leaves 4.96 €', () => {
    const e = act({ date: '2025-06-01', specialty: 'cardiologue', sector: '2', act: 'DEQP003', fee: 3000, profile: { mutuelle: mutuelle(220, 200) } });
    expect(e.brss).toEqual(exact(1352));
    expect(e.amo).toEqual(exact(746));
    expect(e.outOfPocket).toEqual(exact(496));
    // The default contract (100 %) pays the ticket modérateur only: 30 − 7.46 − 4.06.
    expect(act({ date: '2025-06-01', specialty: 'cardiologue', sector: '2', act: 'DEQP003', fee: 3000 }).outOfPocket).toEqual(exact(1848));
  });

  it('SE3: IUD insertion 60 €, S2 OPTAM, mutuelle 200 % — AMO 26.88 − 2 = 24.88, AMC 33.12, 2 €', () => {
    const e = act({ date: '2025-06-01', specialty: 'gynecologue', sector: '2-optam', act: 'JKLD001', fee: 6000, profile: { mutuelle: mutuelle(200, 180) } });
    expect(e.amo).toEqual(exact(2488));
    expect(e.mutuelle).toEqual(exact(3312));
    expect(e.outOfPocket).toEqual(exact(200));
    expect(codes(e)).toContain('actBaseApproximate');
  });
});

describe('acts: insurer test set (docs/mutuelle-tables.md §3.2, 2025)', () => {
  const LEVELS = [125, 230, 300, 330, 430];

  it('T8: "Détartrage" at 43.38 € — 1.5 × HBJD001: 0 € if billed over two sessions, 14.46 € on the one-act base', () => {
    const e = dentist('2025-06-01', 'HBJD001', 4338);
    expect(e.status).toBe('range');
    expect(e.outOfPocket).toEqual(range(0, 1446));
    expect(codes(e)).toContain('detartrageTwoSessions');
  });

  it('T9: céramo-métallique crown on an incisor, 100 % Santé, 500 € — AMC 428, 0 € at every level', () => {
    for (const level of LEVELS) {
      const e = dentist('2025-06-01', 'HBLD634', 50000, { mutuelle: mutuelle(level, 100) });
      expect(e.mutuelle, `${level}`).toEqual(exact(42800));
      expect(e.outOfPocket, `${level}`).toEqual(exact(0));
    }
  });

  it('T10: céramo-métallique crown on a molar (libre), 557 € — AMC 78/204/288/324/444, 407/281/197/161/41 €', () => {
    const amc = [7800, 20400, 28800, 32400, 44400];
    const rac = [40700, 28100, 19700, 16100, 4100];
    LEVELS.forEach((level, i) => {
      const e = dentist('2025-06-01', 'HBLD734', 55700, { mutuelle: mutuelle(level, 100) });
      expect(e.mutuelle, `${level}`).toEqual(exact(amc[i]!));
      expect(e.outOfPocket, `${level}`).toEqual(exact(rac[i]!));
    });
  });

  it('T11: orthodontics under 16, 707 € a semester — AMO 193.50 (100 %), AMC 48.38/96.75/145.13/193.50/290.25', () => {
    const levels = [125, 150, 175, 200, 250];
    const amc = [4838, 9675, 14513, 19350, 29025];
    const rac = [46512, 41675, 36837, 32000, 22325];
    levels.forEach((level, i) => {
      const e = dentist('2025-06-01', 'TO90', 70700, { age: 12, mutuelle: mutuelle(level, 100) });
      expect(e.amo, `${level}`).toEqual(exact(19350));
      expect(e.mutuelle, `${level}`).toEqual(exact(amc[i]!));
      expect(e.outOfPocket, `${level}`).toEqual(exact(rac[i]!));
    });
    // From 16: not reimbursed.
    const adult = dentist('2025-06-01', 'TO90', 70700, { age: 16 });
    expect(adult.outOfPocket).toEqual(exact(70700));
    expect(adult.facts?.reimbursed).toBe(false);
  });
});

describe('acts: the basket, the ceiling and what is not reimbursed', () => {
  it('a crown on an incisor above the ceiling: the prosthesis line (100 % of 120 → TM 48): 650 − 72 − 48 = 530 €', () => {
    const e = dentist('2025-06-01', 'HBLD634', 65000);
    expect(e.outOfPocket).toEqual(exact(53000));
    expect(codes(e)).toContain('rac0AboveCeiling');
  });

  it('no contrat responsable: no RAC 0 guarantee, the prosthesis line', () => {
    const e = dentist('2025-06-01', 'HBLD634', 50000, { mutuelle: mutuelle(100, 100, false) });
    expect(e.outOfPocket).toEqual(exact(50000 - 7200 - 4800));
    expect(codes(e)).toContain('rac0NeedsResponsable');
  });

  it('a crown whose tooth is not named: a range over the candidates, with the reason', () => {
    const e = act({ date: '2025-06-01', specialty: 'dentiste', act: 'HBLD634', candidates: ['HBLD491', 'HBLD734'], fee: 50000 });
    expect(e.status).toBe('range');
    // Incisor: 100 % Santé, 0 €; second premolar (maîtrisé) or molar (libre): 500 − 72 − 48.
    expect(e.outOfPocket).toEqual(range(0, 38000));
    expect(e.facts?.act?.candidates).toEqual(['HBLD634', 'HBLD491', 'HBLD734']);
    expect(codes(e)).toContain('actCandidates');
  });

  it('an implant: not reimbursed, the fee', () => {
    const e = dentist('2025-06-01', 'implant', 120000);
    expect(e.status).toBe('exact');
    expect(e.amo).toEqual(exact(0));
    expect(e.outOfPocket).toEqual(exact(120000));
    expect(e.facts?.reimbursed).toBe(false);
    expect(codes(e)).toContain('actNotReimbursed');
  });

  it('an act the table has no base for, or of another profession: unknown with the reason', () => {
    expect(dentist('2025-06-01', 'HBLD418', 90000).notes).toEqual([{ code: 'actBaseNotSourced', params: { act: 'HBLD418' } }]);
    expect(act({ date: '2025-06-01', specialty: 'cardiologue', act: 'HBJD001', fee: 2892 }).notes).toEqual([{ code: 'actNotThisProfession' }]);
    expect(act({ date: '2025-06-01', specialty: 'dentiste', act: 'XYZ', fee: 2892 }).notes).toEqual([{ code: 'actUnknown' }]);
    expect(act({ date: '2025-06-01', specialty: 'radiologue', act: 'radiology', fee: 5000 }).notes).toEqual([{ code: 'actRadiologyNotEstimated' }]);
  });
});

describe('acts: both sides of every dated change', () => {
  it('before 2019-11-13 the dentists’ rate is not sourced: the crown base change of 2019-04-01 is in the table only (acts-table.test.ts)', () => {
    expect(dentist('2019-04-01', 'HBLD734', 60000).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'DEN-2' } }]);
    expect(dentist('2019-11-13', 'HBLD734', 60000).amo).toEqual(exact(8400));
  });

  it('RAC 0 from 2020-01-01: a 500 € crown on an incisor leaves the line’s share on 2019-12-31, nothing the day after', () => {
    expect(dentist('2019-12-31', 'HBLD634', 50000).outOfPocket).toEqual(exact(50000 - 8400 - 3600));
    expect(dentist('2020-01-01', 'HBLD634', 50000).outOfPocket).toEqual(exact(0));
  });

  it('the 2026 ceilings: 510 € is above the ceiling on 2025-12-31, within its uncertain +3 % on 2026-01-01', () => {
    expect(dentist('2025-12-31', 'HBLD634', 51000).outOfPocket).toEqual(exact(51000 - 7200 - 4800));
    const e = dentist('2026-01-01', 'HBLD634', 51000);
    expect(e.outOfPocket).toEqual(range(0, 51000 - 7200 - 4800));
    expect(e.notes).toContainEqual({ code: 'ceilingRange', params: { lowCents: 50000, highCents: 51500 } });
  });

  it('a zircon crown on a molar: maîtrisé until 2025-12-31, RAC 0 from 2026-01-01 at a ceiling not found (a range)', () => {
    expect(dentist('2025-12-31', 'HBLD073', 44000).outOfPocket).toEqual(exact(44000 - 7200 - 4800));
    const e = dentist('2026-01-01', 'HBLD073', 44000);
    expect(e.outOfPocket).toEqual(range(0, 44000 - 7200 - 4800));
    expect(codes(e)).toContain('ceilingNotFound');
  });

  it('restorations: 29.30 € until 2024-12-31, 30.47 € from 2025-01-01; the cohort’s +30 % from 2024-02-25', () => {
    expect(dentist('2024-12-31', 'HBMD053', null).brss).toEqual(exact(2930));
    expect(dentist('2025-01-01', 'HBMD053', null).brss).toEqual(exact(3047));
    expect(dentist('2024-02-24', 'HBMD053', null, { age: 20 }).brss).toEqual(exact(2930));
    expect(dentist('2024-02-25', 'HBMD053', null, { age: 20 }).brss).toEqual(exact(3809));
  });

  it('ECG: 14.26 € until 2024-12-31, 14.26–14.52 € from 2025-01-01 (the 2025 value inferred)', () => {
    const on = (date: string) => act({ date, specialty: 'generaliste', act: 'DEQP003', fee: null, profile: { mutuelle: NO_MUTUELLE } });
    expect(on('2024-12-31').brss).toEqual(exact(1426));
    const after = on('2025-01-01');
    expect(after.brss).toEqual(range(1426, 1452));
    expect(after.status).toBe('range');
  });

  it('melanoma screening (CDE): 54 € until 2025-12-31, 60 € from 2026-01-01', () => {
    const on = (date: string) => act({ date, specialty: 'dermatologue', act: 'CDE', fee: null });
    expect(on('2025-12-31').brss).toEqual(exact(5400));
    expect(on('2026-01-01').brss).toEqual(exact(6000));
  });

  it('forfait 24 €: 18 € until 2018-12-31, 24 € from 2019-01-01, from a 120 € base; none for the exempt', () => {
    expect(forfait24AmoGross(parseDay('2018-12-31'), 15000, false)).toBe(13200);
    expect(forfait24AmoGross(parseDay('2019-01-01'), 15000, false)).toBe(12600);
    expect(forfait24AmoGross(parseDay('2019-01-01'), 11999, false)).toBe(-1);
    expect(forfait24AmoGross(parseDay('2019-01-01'), 12000, true)).toBe(12000);
  });
});

describe('teleconsultation: TCS from 2023-11-01', () => {
  const tele = (date: string, specialty: string, fee: number, p?: Partial<CoverageProfile>, sector: Sector = '1') =>
    estimate({ date, sector, specialty, act: 'teleconsultation', feeCents: exact(fee), profile: profile(p) });
  const inPerson = (date: string, specialty: string, fee: number) =>
    estimate({ date, sector: '1', specialty, act: 'consultation', feeCents: exact(fee), profile: profile() });

  it('a psychiatrist in the parcours: 50.20 € on both sides of 2023-11-01, while the consultation in person rose', () => {
    expect(tele('2023-10-31', 'psychiatre', 5020).brss).toEqual(exact(5020));
    expect(tele('2023-11-01', 'psychiatre', 5020).brss).toEqual(exact(5020));
    expect(inPerson('2023-11-01', 'psychiatre', 5170).brss).toEqual(exact(5170));
    expect(tele('2026-03-02', 'psychiatre', 5020).brss).toEqual(exact(5020));
  });

  it('a generic specialist: TCS 30 € coordinated; a secteur 2 non-OPTAM one: TC 23 €', () => {
    const e = tele('2024-06-01', 'dermatologue', 3000);
    expect(e.brss).toEqual(exact(3000));
    expect(e.status).toBe('exact');
    expect(tele('2024-06-01', 'dermatologue', 5000, {}, '2').brss).toEqual(exact(2300));
  });

  it('a cardiologist: the amount is inferred — a range between the generic TCS and the in-person tariff of 2023-10-31', () => {
    const e = tele('2024-06-01', 'cardiologue', 5000);
    expect(e.status).toBe('range');
    expect(e.brss).toEqual(range(3000, 5000));
    expect(e.notes).toContainEqual({ code: 'teleconsultationTariffInferred', params: { lowCents: 3000, highCents: 5100 } });
  });

  it('outside the parcours: not reimbursed, on both sides of 2023-11-01; accès direct (gynaecology) stays in it', () => {
    for (const date of ['2023-10-31', '2023-11-01']) {
      const e = tele(date, 'dermatologue', 3000, { referred: false });
      expect(e.outOfPocket, date).toEqual(exact(3000));
      expect(codes(e), date).toContain('teleconsultationHorsParcoursNotReimbursed');
    }
    const gyn = tele('2024-06-01', 'gynecologue', 3200, { referred: false });
    expect(gyn.amo!.min).toBeGreaterThan(0);
  });
});
