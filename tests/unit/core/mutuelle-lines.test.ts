// The whole mutuelle in the core: the published test set (Gan "Exemples" 07/2025, levels N1–N5,
// docs' §3.2 T1–T7) to the cent, each line of the contract, and the period's counters.
// Formula of the test set: AMC = max(0, min(F − AMO_brut, L × BR − AMO_brut)), AMO_brut = 70 % × BR,
// RAC = F − (AMO_brut − PF) − AMC. Date of care in 2025, before the 2026 tariff steps.
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, EstimateInput, Mutuelle } from '../../../src/core/types';

const ADULT: Omit<CoverageProfile, 'mutuelle'> = {
  age: 45, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false,
};
// Gan Complémentaire Senior N1–N5: doctors DPTAM / non-DPTAM, % BR Sécu comprise (responsable).
const LEVELS: [string, number, number][] = [['N1', 125, 100], ['N2', 150, 130], ['N3', 200, 175], ['N4', 250, 200], ['N5', 300, 200]];
const DAY = '2025-07-01';

function at(level: number, nonDptam: number, age: number, input: Pick<EstimateInput, 'sector' | 'specialty' | 'feeCents'>) {
  const mutuelle: Mutuelle = { kind: 'brss', dptamPct: level, nonDptamPct: nonDptam, responsable: true };
  return estimate({ date: DAY, act: 'consultation', ...input, profile: { ...ADULT, age, mutuelle } });
}
const fee = (cents: number) => ({ min: cents, max: cents });
const money = (e: ReturnType<typeof estimate>) => [e.mutuelle?.min, e.outOfPocket?.min];

type Golden = { id: string; what: string; age: number; input: Pick<EstimateInput, 'sector' | 'specialty' | 'feeCents'>; amc: number[]; rac: number[] };
const GOLDEN: Golden[] = [
  { id: 'T1', what: 'GP secteur 1 30 €, adult: AMC = 30 − 21 = 9,00; RAC = 30 − 19 − 9 = 2,00 (the PF)', age: 45,
    input: { sector: '1', specialty: 'generaliste', feeCents: fee(3000) }, amc: [900, 900, 900, 900, 900], rac: [200, 200, 200, 200, 200] },
  { id: 'T2', what: 'paediatrician S1 35 €, under 6: AMC = 35 − 24,50 = 10,50; RAC 0 (no PF under 18)', age: 4,
    input: { sector: '1', specialty: 'pediatre', feeCents: fee(3500) }, amc: [1050, 1050, 1050, 1050, 1050], rac: [0, 0, 0, 0, 0] },
  { id: 'T3', what: 'specialist S1 31,50 €, adult: AMC = 31,50 − 22,05 = 9,45; RAC 2,00', age: 45,
    input: { sector: '1', specialty: 'dermatologue', feeCents: fee(3150) }, amc: [945, 945, 945, 945, 945], rac: [200, 200, 200, 200, 200] },
  { id: 'T4', what: 'paediatrician OPTAM 50 €, under 6, BR 35: AMC = min(50 − 24,50, L × 35 − 24,50) = 19,25 at 125 %, then capped at the fee 25,50', age: 4,
    input: { sector: '2-optam', specialty: 'pediatre', feeCents: fee(5000) }, amc: [1925, 2550, 2550, 2550, 2550], rac: [625, 0, 0, 0, 0] },
  // T5 at N1 is the test set's one figure we do not print: 125 % × 31,50 − 22,05 = 17,325 €,
  // printed 17,32 € (what binary floating point makes of 17,325: (17.325).toFixed(2) is "17.32"),
  // while T11 prints 48,375 → 48,38 and 145,125 → 145,13. Exact cents with halves up, as every
  // rate here, give 17,33 € and reproduce T11; no exact rule reproduces both.
  { id: 'T5', what: 'specialist OPTAM 54 €, BR 31,50: AMC = min(54 − 22,05, L × 31,50 − 22,05) = 17,325 → 17,33 (printed 17,32) / 25,20 / 31,95; RAC 16,62 / 8,75 / 2', age: 45,
    input: { sector: '2-optam', specialty: 'dermatologue', feeCents: fee(5400) }, amc: [1733, 2520, 3195, 3195, 3195], rac: [1662, 875, 200, 200, 200] },
  { id: 'T7', what: 'specialist non-OPTAM 67 €, BR 23: AMC on the non-DPTAM line 6,90 … 29,90; RAC 46 / 39,10 / 28,75 / 23 / 23', age: 45,
    input: { sector: '2', specialty: 'dermatologue', feeCents: fee(6700) }, amc: [690, 1380, 2415, 2990, 2990], rac: [4600, 3910, 2875, 2300, 2300] },
];

describe('the published test set, to the cent (Gan Senior N1–N5, 2025)', () => {
  for (const g of GOLDEN) {
    it(`${g.id}: ${g.what}`, () => {
      const got = LEVELS.map(([, l, n]) => money(at(l, n, g.age, g.input)));
      expect(got).toEqual(g.amc.map((amc, i) => [amc, g.rac[i]]));
      if (g.input.sector !== '1') {
        const e = at(LEVELS[0]![1], LEVELS[0]![2], g.age, g.input);
        expect(e.facts?.mutuelleLine?.line).toBe(g.input.sector === '2' ? 'doctorsNonDptam' : 'doctorsDptam');
      }
    });
  }
});

it('T6 (paediatrician non-OPTAM 62 €, BR 23) is not reproduced: the tariff table has no sourced PED-4, the estimate says so', () => {
  const e = at(125, 100, 8, { sector: '2', specialty: 'pediatre', feeCents: fee(6200) });
  expect(e.status).toBe('unknown');
  expect(e.notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'PED-4' } }]);
});

// ---------------------------------------------------------------------------------------------
// Each line of the contract (2026 tariffs: kiné session KIN-3, dentist DEN-1, Mon soutien psy 50 €)

const DAY_2026 = '2026-06-15';
const brss = (lines: Partial<Extract<Mutuelle, { kind: 'brss' }>>): Mutuelle => ({ kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true, ...lines });
function care(specialty: string, cents: number, mutuelle: Mutuelle, extra: Partial<CoverageProfile> = {}) {
  return estimate({ date: DAY_2026, sector: '1', specialty, act: 'consultation', feeCents: fee(cents), profile: { ...ADULT, mutuelle, ...extra } });
}

describe('lines', () => {
  it('auxiliaires médicaux: a kiné follows auxiliariesPct (200 %) and says so; without it, the OPTAM level (the old behaviour)', () => {
    const withLine = care('masseur-kinesitherapeute', 3000, brss({ auxiliariesPct: 200 }));
    const without = care('masseur-kinesitherapeute', 3000, brss({}));
    const asDoctors200 = care('masseur-kinesitherapeute', 3000, brss({ dptamPct: 200, nonDptamPct: 200 }));
    expect(withLine.facts?.mutuelleLine).toEqual({ line: 'auxiliaries', levelPct: 200 });
    expect(without.facts?.mutuelleLine).toEqual({ line: 'auxiliaries', levelPct: 100 });
    // 200 % on the auxiliaries line pays what 200 % on the doctors' line paid a kiné before
    expect(withLine.mutuelle).toEqual(asDoctors200.mutuelle);
    expect(withLine.mutuelle!.min).toBeGreaterThan(without.mutuelle!.min);
  });

  it('a 200 % / 150 % contract with a 100 % auxiliaries line: the kiné is paid at 100 %, not 200 %', () => {
    const e = care('masseur-kinesitherapeute', 3000, brss({ dptamPct: 200, nonDptamPct: 150, auxiliariesPct: 100 }));
    expect(e).toEqual(care('masseur-kinesitherapeute', 3000, brss({})));
  });

  it('dental care: a dentist follows dentalCarePct; Mon soutien psy follows psyMspPct', () => {
    expect(care('dentiste', 4000, brss({ dentalCarePct: 150 })).facts?.mutuelleLine).toEqual({ line: 'dentalCare', levelPct: 150 });
    expect(care('dentiste', 4000, brss({ dentalCarePct: 150 })).mutuelle).toEqual(care('dentiste', 4000, brss({ dptamPct: 150, nonDptamPct: 150 })).mutuelle);
    expect(care('psychologue-msp', 5000, brss({ psyMspPct: 100, dptamPct: 300, nonDptamPct: 200 })).facts?.mutuelleLine).toEqual({ line: 'psyMsp', levelPct: 100 });
  });

  it('a contrat responsable covers at least the ticket modérateur on every line: a 60 % auxiliaries line is read as 100 %', () => {
    expect(care('masseur-kinesitherapeute', 3000, brss({ auxiliariesPct: 60 })).facts?.mutuelleLine).toEqual({ line: 'auxiliaries', levelPct: 100 });
    expect(care('masseur-kinesitherapeute', 3000, brss({ auxiliariesPct: 60, responsable: false })).facts?.mutuelleLine).toEqual({ line: 'auxiliaries', levelPct: 60 });
  });

  it('midwives use the DPTAM level and the breakdown names that line', () => {
    expect(care('sage-femme', 2500, brss({ dptamPct: 150, nonDptamPct: 130, auxiliariesPct: 300 })).facts?.mutuelleLine).toEqual({ line: 'doctorsDptam', levelPct: 150 });
  });
});

describe('counters of the period', () => {
  const ytd = (extra: object, periodStart = '2026-01-01') => ({ yearToDate: { periodStart, ...extra } });

  it('PF ceiling reached: a GP at 30 € costs 2 € − 2 € = 0 €, and the estimate says which counter changed it', () => {
    const before = care('generaliste', 3000, brss({}));
    const after = care('generaliste', 3000, brss({}), ytd({ pfCapReached: true }));
    expect(before.outOfPocket).toEqual({ min: 200, max: 200 });
    expect(after.outOfPocket).toEqual({ min: 0, max: 0 });
    expect(after.participationForfaitaire).toEqual({ min: 0, max: 0 });
    expect(after.facts?.countersApplied).toEqual(['pfCap']);
    expect(after.notes.map((n) => n.code)).toContain('pfCapReached');
    expect(before.facts?.countersApplied).toEqual([]);
  });

  it('PF ceiling of another period (2025, or starting after the day of care) changes nothing', () => {
    expect(care('generaliste', 3000, brss({}), ytd({ pfCapReached: true }, '2025-01-01')).outOfPocket).toEqual({ min: 200, max: 200 });
    expect(care('generaliste', 3000, brss({}), ytd({ pfCapReached: true }, '2026-07-01')).outOfPocket).toEqual({ min: 200, max: 200 });
    // an anniversary period 2025-09-01 → 2026-08-31 holds on 2026-06-15
    expect(care('generaliste', 3000, brss({}), ytd({ pfCapReached: true }, '2025-09-01')).outOfPocket).toEqual({ min: 0, max: 0 });
  });

  it('franchise ceiling reached: a kiné session loses no franchise; the counter is named', () => {
    const before = care('masseur-kinesitherapeute', 3000, brss({}));
    const after = care('masseur-kinesitherapeute', 3000, brss({}), ytd({ franchiseCapReached: true }));
    expect(before.franchise!.min).toBeGreaterThan(0);
    expect(after.franchise).toEqual({ min: 0, max: 0 });
    expect(after.outOfPocket!.min).toBe(before.outOfPocket!.min - before.franchise!.min);
    expect(after.facts?.countersApplied).toEqual(['franchiseCap']);
  });

  it('the PF ceiling does not touch a child (no PF anyway): no counter applied', () => {
    const e = care('generaliste', 3000, brss({}), { age: 8, ...ytd({ pfCapReached: true }) });
    expect(e.facts?.countersApplied).toEqual([]);
  });
});
