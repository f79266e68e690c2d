// Estimate.facts: what the core decided, for the UI to say without re-deriving a rule
// (docs/architecture.md, "facts").
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import { mutuelle, NO_MUTUELLE, profile, run } from './helpers';

const D = '2025-06-01';
const why = (e: ReturnType<typeof run>) => e.facts?.parcours;

describe('facts.parcours', () => {
  it('a GP: assumed, marked, another GP, none declared, a child', () => {
    expect(why(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 }))).toEqual({ in: true, why: 'assumed' });
    const gp = (isMedecinTraitant: boolean, over = {}) =>
      estimate({ date: D, sector: '1', specialty: 'generaliste', act: 'consultation', feeCents: { min: 3000, max: 3000 }, profile: profile(over), isMedecinTraitant });
    expect(gp(true).facts?.parcours).toEqual({ in: true, why: 'medecin-traitant-marked' });
    expect(gp(false).facts?.parcours).toEqual({ in: false, why: 'other-gp' });
    expect(gp(false, { medecinTraitant: false, referred: false }).facts?.parcours).toEqual({ in: false, why: 'no-medecin-traitant' });
    expect(gp(false, { age: 10 }).facts?.parcours).toEqual({ in: true, why: 'under-16' });
    expect(gp(false, { ame: true }).facts?.parcours).toEqual({ in: true, why: 'not-applicable' });
  });

  it('a specialist: referred, accès direct, not referred', () => {
    expect(why(run({ date: D, sector: '1', specialty: 'dermatologue', fee: null }))).toEqual({ in: true, why: 'referred' });
    expect(why(run({ date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: { referred: false } }))).toEqual({ in: true, why: 'acces-direct' });
    expect(why(run({ date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { referred: false } }))).toEqual({ in: false, why: 'not-referred' });
  });

  it('GP or specialist whose parcours differ, and other professions: not applicable', () => {
    expect(why(run({ date: D, sector: '1', specialty: 'medecin', fee: 3000 }))).toEqual({ in: true, why: 'not-applicable' });
    expect(why(run({ date: D, sector: '1', specialty: 'masseur-kinesitherapeute', fee: 1800 }))).toEqual({ in: true, why: 'not-applicable' });
  });
});

describe('facts.reimbursed, mutuelleLine, franchiseCents', () => {
  it('an ostéopathe and a Mon soutien psy fee above the scheme are not reimbursed; a kiné is', () => {
    expect(run({ date: D, sector: 'unknown', specialty: 'osteopathe', fee: 6000 }).facts?.reimbursed).toBe(false);
    expect(run({ date: D, sector: 'unknown', specialty: 'osteopathe', fee: null }).facts?.reimbursed).toBe(false);
    expect(run({ date: D, sector: '1', specialty: 'psychologue-msp', fee: 7000 }).facts?.reimbursed).toBe(false);
    expect(run({ date: D, sector: '1', specialty: 'psychologue-msp', fee: 5000 }).facts?.reimbursed).toBe(true);
    expect(run({ date: D, sector: '1', specialty: 'masseur-kinesitherapeute', fee: 1800 }).facts?.reimbursed).toBe(true);
  });

  it('the line and the level applied: DPTAM for OPTAM, non-DPTAM capped for a contrat responsable, none when the sector is unknown', () => {
    const p = { mutuelle: mutuelle(200, 250) };
    expect(run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 5000, profile: p }).facts?.mutuelleLine).toEqual({ line: 'doctorsDptam', levelPct: 200 });
    // CR-6: the non-DPTAM level at most 20 points under the DPTAM level.
    expect(run({ date: D, sector: '2', specialty: 'dermatologue', fee: 5000, profile: p }).facts?.mutuelleLine).toEqual({ line: 'doctorsNonDptam', levelPct: 180 });
    expect(run({ date: D, sector: 'unknown', specialty: 'dermatologue', fee: 5000, profile: p }).facts?.mutuelleLine).toBeUndefined();
    expect(run({ date: D, sector: '1', specialty: 'dermatologue', fee: 5000, profile: { mutuelle: NO_MUTUELLE } }).facts?.mutuelleLine).toEqual({ line: 'none' });
    expect(run({ date: D, sector: '1', specialty: 'dermatologue', fee: 5000, profile: { css: true } }).facts?.mutuelleLine).toEqual({ line: 'css' });
    expect(run({ date: D, sector: '1', specialty: 'psychologue-msp', fee: 5000, profile: p }).facts?.mutuelleLine).toEqual({ line: 'psyMsp', levelPct: 200 });
    expect(run({ date: D, sector: '1', specialty: 'dentiste', fee: 2300, profile: p }).facts?.mutuelleLine).toEqual({ line: 'dentalCare', levelPct: 200 });
  });

  it('the franchise deducted: 1 € on a kiné session since 2024-03-31, none for a minor or a doctor', () => {
    expect(run({ date: D, sector: '1', specialty: 'masseur-kinesitherapeute', fee: 1800 }).facts?.franchiseCents).toBe(100);
    expect(run({ date: D, sector: '1', specialty: 'masseur-kinesitherapeute', fee: 1800, profile: { age: 12 } }).facts?.franchiseCents).toBe(0);
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 }).facts).toMatchObject({ franchiseCents: 0, countersApplied: [] });
  });

  it('no facts for an invalid input', () => {
    expect(run({ date: 'x', sector: '1', specialty: 'generaliste', fee: 3000 }).facts).toBeUndefined();
  });
});
