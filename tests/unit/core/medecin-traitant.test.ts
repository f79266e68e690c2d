// EstimateInput.isMedecinTraitant (DESIGN, "Médecin traitant"): for a GP, true = the user's
// marked médecin traitant (in the parcours), false = another GP (hors parcours unless under 16),
// absent = the old assumption (in the parcours when the profile declares a médecin traitant).
// Every combination with the profile's `medecinTraitant`, age under 16 (and 16–17, PF-exempt but
// subject to the parcours) and ALD, for a secteur 1 GP at 30 € on 2025-06-01 (GP-1 30 €, PF 2 €,
// mutuelle 100 % BRSS responsable), with the arithmetic in the names (rules §2 and §3 B5).
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, Estimate, EstimateInput } from '../../../src/core/types';
import { codes, exact, profile } from './helpers';

const D = '2025-06-01';

function gp(over: Partial<CoverageProfile>, isMedecinTraitant: boolean | undefined, specialty = 'generaliste'): Estimate {
  const input: EstimateInput = {
    date: D,
    sector: '1',
    specialty,
    act: 'consultation',
    feeCents: exact(3000),
    profile: profile(over),
  };
  if (isMedecinTraitant !== undefined) input.isMedecinTraitant = isMedecinTraitant;
  return estimate(input);
}

interface Row {
  name: string;
  mt: boolean;
  is: boolean | undefined;
  age: number;
  ald: boolean;
  rate: number;
  amoGross: number;
  pf: number;
  mutuelle: number;
  majoration: number;
  rac: number;
  note: string | null;
}

const IN = { rate: 70, amoGross: 2100, mutuelle: 900, majoration: 0 };
const IN_ALD = { rate: 100, amoGross: 3000, mutuelle: 0, majoration: 0 };
const OUT = { rate: 30, amoGross: 900, mutuelle: 900, majoration: 1200 };
const OUT_ALD = { rate: 60, amoGross: 1800, mutuelle: 0, majoration: 1200 };

const rows: Row[] = [];
for (const mt of [true, false]) {
  for (const is of [true, false, undefined] as const) {
    // In the parcours: this GP is marked, or nothing is marked and the profile declares one.
    const inParcours = is === true || (is === undefined && mt);
    const outNote = !mt ? 'horsParcoursNoMedecinTraitant' : 'horsParcoursNotMedecinTraitant';
    const inNote = is === true ? 'gpIsMedecinTraitant' : 'gpAssumedMedecinTraitant';
    const who = `profile medecinTraitant=${mt}, isMedecinTraitant=${is}`;
    // Adult, no ALD.
    rows.push(inParcours
      ? { name: `${who}, 30 y: in parcours, AMO 70 % × 30 = 21 − PF 2 = 19, mutuelle 30 − 21 = 9 → RAC 30 − 19 − 9 = 2 €`, mt, is, age: 30, ald: false, ...IN, pf: 200, rac: 200, note: inNote }
      : { name: `${who}, 30 y: hors parcours, AMO 30 % × 30 = 9 − PF 2 = 7, majoration 40 % × 30 = 12 not covered, mutuelle min(30 − 9 − 12, 30 − 21) = 9 → RAC 30 − 7 − 9 = 14 €`, mt, is, age: 30, ald: false, ...OUT, pf: 200, rac: 1400, note: outNote });
    // Adult, ALD.
    rows.push(inParcours
      ? { name: `${who}, 30 y, ALD: in parcours, AMO 100 % × 30 = 30 − PF 2 = 28, mutuelle 0 → RAC 2 €`, mt, is, age: 30, ald: true, ...IN_ALD, pf: 200, rac: 200, note: inNote }
      : { name: `${who}, 30 y, ALD: hors parcours, AMO (100 − 40) % × 30 = 18 − PF 2 = 16, majoration 12 not covered, mutuelle min(30 − 18 − 12, …) = 0 → RAC 30 − 16 = 14 €`, mt, is, age: 30, ald: true, ...OUT_ALD, pf: 200, rac: 1400, note: outNote });
    // Under 16: never hors parcours, no PF (under 18).
    rows.push({ name: `${who}, 10 y: under 16 never hors parcours, AMO 21, no PF, mutuelle 9 → RAC 0 €`, mt, is, age: 10, ald: false, ...IN, pf: 0, rac: 0, note: inParcours ? null : 'under16NoPenalty' });
    rows.push({ name: `${who}, 10 y, ALD: under 16, AMO 100 % × 30 = 30, no PF → RAC 0 €`, mt, is, age: 10, ald: true, ...IN_ALD, pf: 0, rac: 0, note: inParcours ? null : 'under16NoPenalty' });
    // 16–17: in the parcours rules, still no PF.
    rows.push(inParcours
      ? { name: `${who}, 17 y: in parcours, AMO 21, no PF, mutuelle 9 → RAC 0 €`, mt, is, age: 17, ald: false, ...IN, pf: 0, rac: 0, note: inNote }
      : { name: `${who}, 17 y: hors parcours, AMO 9, no PF, majoration 12, mutuelle 9 → RAC 30 − 9 − 9 = 12 €`, mt, is, age: 17, ald: false, ...OUT, pf: 0, rac: 1200, note: outNote });
    rows.push(inParcours
      ? { name: `${who}, 17 y, ALD: in parcours, AMO 30, no PF → RAC 0 €`, mt, is, age: 17, ald: true, ...IN_ALD, pf: 0, rac: 0, note: inNote }
      : { name: `${who}, 17 y, ALD: hors parcours, AMO 60 % × 30 = 18, no PF, majoration 12 → RAC 30 − 18 = 12 €`, mt, is, age: 17, ald: true, ...OUT_ALD, pf: 0, rac: 1200, note: outNote });
  }
}

describe('isMedecinTraitant × profile medecinTraitant × age × ALD (GP secteur 1, 30 €, 2025-06-01)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const e = gp({ medecinTraitant: r.mt, age: r.age, ald: r.ald }, r.is);
    expect(e.status).toBe('exact');
    expect(e.amoRate).toEqual(exact(r.rate));
    expect(e.amoGross).toEqual(exact(r.amoGross));
    expect(e.participationForfaitaire).toEqual(exact(r.pf));
    expect(e.amo).toEqual(exact(r.amoGross - r.pf));
    expect(e.mutuelle).toEqual(exact(r.mutuelle));
    expect(e.majoration).toEqual(exact(r.majoration));
    expect(e.outOfPocket).toEqual(exact(r.rac));
    const parcoursCodes = ['gpIsMedecinTraitant', 'gpAssumedMedecinTraitant', 'horsParcoursNotMedecinTraitant', 'horsParcoursNoMedecinTraitant', 'under16NoPenalty'];
    expect(codes(e).filter((c) => parcoursCodes.includes(c))).toEqual(r.note ? [r.note] : []);
  });
});

describe('isMedecinTraitant elsewhere', () => {
  it('the hors-parcours note carries the rate applied: 30 % (adult), 60 % (ALD)', () => {
    expect(gp({}, false).notes).toContainEqual({ code: 'horsParcoursNotMedecinTraitant', params: { ratePct: 30 } });
    expect(gp({ ald: true }, false).notes).toContainEqual({ code: 'horsParcoursNotMedecinTraitant', params: { ratePct: 60 } });
  });

  it('ignored for a specialist: dermatologue S1 30 € coordinated, isMedecinTraitant false = absent (RAC 2 €)', () => {
    const none = gp({}, undefined, 'dermatologue');
    expect(gp({}, false, 'dermatologue')).toEqual(none);
    expect(gp({}, true, 'dermatologue')).toEqual(none);
  });

  it('"medecin" (GP or specialist unknown): the GP side follows it — false widens the range to the hors-parcours 14 €', () => {
    const absent = gp({}, undefined, 'medecin');
    const notMine = gp({}, false, 'medecin');
    expect(notMine.outOfPocket!.max).toBe(1400);
    expect(notMine.outOfPocket!.max).toBeGreaterThan(absent.outOfPocket!.max);
  });

  it.each([['yes'], [1], [null]])('anything but a boolean or absent (%s) → unknown, invalidInput', (v) => {
    const e = estimate({ date: D, sector: '1', specialty: 'generaliste', act: 'consultation', feeCents: exact(3000), profile: profile(), isMedecinTraitant: v as never });
    expect(e.status).toBe('unknown');
    expect(codes(e)).toEqual(['invalidInput']);
  });
});
