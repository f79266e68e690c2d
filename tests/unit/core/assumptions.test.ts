// Every switch of src/core/assumptions.ts flipped to its alternative, one at a time against the
// defaults: the other branch exists, runs, and does what the comment says. (The defaults are
// covered by the other test files.)
import { describe, expect, it } from 'vitest';
import { type Assumptions, DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions';
import { codes, exact, mutuelle, run as runDefault, type Case } from './helpers';

/** Each switch's alternative, as tested below. */
const ALTERNATIVES: { [K in keyof Assumptions]: Assumptions[K] } = {
  USE_LATEST_VALUES_AFTER_VERIFIED: false,
  APPLY_RESPONSABLE_CAPS: false,
  HORS_PARCOURS_MAJORATION_CAP_CENTS: 1060,
  ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION: false,
  MATERNITY_HORS_PARCOURS_MAJORATION: false,
  ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT: false,
  USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE: false,
  COORDINATED_IN_ACCES_DIRECT: false,
  SECTEUR3_PF: 'none',
  DA_CAP_ROUNDING: 'floor',
  APPLY_CR4_EXCLUSION: false,
  SECTEUR1_DEPASSEMENT_LEVEL: 'dptam',
  AME_ALLOWS_DEPASSEMENT: false,
  GERIATRICS_GENERIC_BEFORE_GER1: false,
  TELECONSULTATION_HORS_PARCOURS: 'as-in-person',
  CSS_COVERS_MAJORATION: true,
  GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED: false,
  REFERRAL_REQUIRES_MEDECIN_TRAITANT: false,
  PSY5: 'ignore',
  PSY5_MAX_AGE: 20,
  PEDIATRICIAN_FROM_16_GENERIC: false,
  NON_RESPONSABLE_COVERS_MAJORATION: true,
  AME_IGNORES_PARCOURS: false,
  SECTEUR3_FLOOR_AT_SECTOR1_TARIFF: false,
  CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE: false,
  TELECONSULTATION_SAME_TARIFF_ALL_AGES: false,
};
type Name = keyof Assumptions;

/** The case under the defaults with one switch flipped to its alternative. */
const runWith = (name: Name, c: Case) => runDefault(c, { ...DEFAULT_ASSUMPTIONS, [name]: ALTERNATIVES[name] });

const D = '2025-06-01';
const noMt = { medecinTraitant: false, referred: false };

describe('alternative assumptions', () => {
  it('§4.1 off: days after the verified date are unknown', () => {
    expect(runWith('USE_LATEST_VALUES_AFTER_VERIFIED', { date: '2026-03-01', sector: '1', specialty: 'psychiatre', fee: 5700 }).notes).toEqual([
      { code: 'tariffNotVerified', params: { verifiedDate: '2026-01-26' } },
    ]);
  });

  it('§4.2 off: no responsable cap', () => {
    expect(runWith('APPLY_RESPONSABLE_CAPS', { date: D, sector: '2', specialty: 'dermatologue', fee: 5000, profile: { mutuelle: mutuelle(200, 200) } }).outOfPocket).toEqual(exact(600));
  });

  it('§4.3: a majoration cap', () => {
    const e = runWith('HORS_PARCOURS_MAJORATION_CAP_CENTS', { date: D, sector: '1', specialty: 'psychiatre', fee: 5000, profile: { ...noMt, age: 40 } });
    expect(e.majoration).toEqual(exact(1060));
  });

  it('§4.4 off: Alsace-Moselle keeps 90 % hors parcours', () => {
    expect(runWith('ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION', { date: D, sector: '2-optam', specialty: 'dermatologue', fee: 3150, profile: { regime: 'alsace-moselle', referred: false } }).amoRate).toEqual(exact(90));
  });

  it('§4.5 off: maternity keeps 100 % hors parcours', () => {
    expect(runWith('MATERNITY_HORS_PARCOURS_MAJORATION', { date: D, sector: '2-optam', specialty: 'dermatologue', fee: 3150, profile: { maternity: true, referred: false } }).amoRate).toEqual(exact(100));
  });

  it('§4.6 off: accès direct without a médecin traitant stays in parcours', () => {
    expect(runWith('ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT', { date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: noMt }).amoRate).toEqual(exact(70));
  });

  it('§4.7 off: a non-OPTAM cardiologist with a dépassement is unknown', () => {
    expect(runWith('USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE', { date: D, sector: '2', specialty: 'cardiologue', fee: 8000 }).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'CAR-2' } }]);
  });

  it('§4.8 off: accès direct uses the non-coordinated tariff', () => {
    expect(runWith('COORDINATED_IN_ACCES_DIRECT', { date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: { referred: false } }).brss).toEqual(exact(2650));
  });

  it('§4.9 none: no PF in secteur 3', () => {
    const e = runWith('SECTEUR3_PF', { date: D, sector: '3', specialty: 'generaliste', fee: 6000 });
    expect(e.participationForfaitaire).toEqual(exact(0));
    expect(codes(e)).toContain('pfNotChargedSecteur3');
  });

  it('§4.9: with no fee shown, secteur 3 is computed at the tarif d\'autorité', () => {
    expect(runWith('SECTEUR3_FLOOR_AT_SECTOR1_TARIFF', { date: D, sector: '3', specialty: 'generaliste', fee: null }).fee).toEqual(exact(61));
  });

  it('§4.10 floor: DA cap 37 €', () => {
    const e = runWith('DA_CAP_ROUNDING', { date: D, sector: '2-optam', specialty: 'dermatologue', fee: 8000, profile: { referred: false, mutuelle: mutuelle(300, 200) } });
    expect(e.uncoveredExcess).toEqual(exact(3700 - 2650));
  });

  it('§4.11 dptam: a secteur 1 dépassement is covered at the DPTAM level', () => {
    const e = runWith('SECTEUR1_DEPASSEMENT_LEVEL', { date: D, sector: '1', specialty: 'dermatologue', fee: 5000, profile: { mutuelle: mutuelle(200, 100) } });
    expect(e.outOfPocket).toEqual(exact(200));
  });

  it('§4.12 off: AME cuts the fee to the tarif opposable', () => {
    const e = runWith('AME_ALLOWS_DEPASSEMENT', { date: D, sector: '2', specialty: 'dermatologue', fee: 6000, profile: { ame: true } });
    expect(e.fee).toEqual(exact(3150));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('§4.14 off: a geriatrician before GER-1 is unknown', () => {
    expect(runWith('GERIATRICS_GENERIC_BEFORE_GER1', { date: '2024-06-01', sector: '1', specialty: 'geriatre', fee: null }).status).toBe('unknown');
  });

  it('§4.16 as-in-person: a teleconsultation hors parcours at 30 %', () => {
    expect(runWith('TELECONSULTATION_HORS_PARCOURS', { date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation', profile: noMt }).amoRate).toEqual(exact(30));
  });

  it('§4.18 on: the CSS covers the majoration', () => {
    expect(runWith('CSS_COVERS_MAJORATION', { date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, css: true } }).outOfPocket).toEqual(exact(0));
  });

  it('GP not assumed to be the médecin traitant: hors parcours', () => {
    expect(runWith('GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED', { date: D, sector: '1', specialty: 'generaliste', fee: 3000 }).amoRate).toEqual(exact(30));
  });

  it('a referral counts without a médecin traitant', () => {
    expect(runWith('REFERRAL_REQUIRES_MEDECIN_TRAITANT', { date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { medecinTraitant: false, referred: true } }).amoRate).toEqual(exact(70));
  });

  it('PSY-5 ignored: exact at the usual tariff', () => {
    const e = runWith('PSY5', { date: D, sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 20 } });
    expect(e.status).toBe('exact');
    expect(e.brss).toEqual(exact(5500));
  });

  it('paediatrician 16+ not mapped: unknown', () => {
    expect(runWith('PEDIATRICIAN_FROM_16_GENERIC', { date: D, sector: '1', specialty: 'pediatre', fee: null, profile: { age: 16 } }).status).toBe('unknown');
  });

  it('non-responsable contracts may cover the majoration', () => {
    const e = runWith('NON_RESPONSABLE_COVERS_MAJORATION', { date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, mutuelle: mutuelle(200, 200, false) } });
    // The majoration paid by the mutuelle: only the PF remains.
    expect(e.outOfPocket).toEqual(exact(200));
    expect(e.majoration).toEqual(exact(0));
  });

  it('§4.10: without the CR-4 exclusion the mutuelle covers the DA part too', () => {
    const e = runWith('APPLY_CR4_EXCLUSION', { date: D, sector: '2-optam', specialty: 'dermatologue', fee: 8000, profile: { referred: false, mutuelle: mutuelle(300, 200) } });
    expect(e.uncoveredExcess).toEqual(exact(50));
    expect(e.fullyCoveredUpTo).toEqual(exact(7950));
  });

  it('PSY-5 up to 20 years: a patient of 22 gets the usual tariff only', () => {
    const e = runWith('PSY5_MAX_AGE', { date: D, sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 22 } });
    expect(e.status).toBe('exact');
    expect(e.brss).toEqual(exact(5500));
  });

  it('CSS: fully covered up to the coordinated tariff billed, not the tarif opposable', () => {
    const e = runWith('CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE', { date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { age: 10, referred: false, css: true } });
    expect(e.fullyCoveredUpTo).toEqual(exact(3150));
  });

  it('the breakdown still adds up under each alternative', () => {
    for (const name of Object.keys(ALTERNATIVES) as Name[]) {
      for (const profile of [
        { ...noMt, mutuelle: mutuelle(200, 150, false) },
        { ...noMt, css: true },
        { referred: false, mutuelle: mutuelle(300, 200) },
      ]) {
        for (const fee of [2000, 3000, 4500, 9000]) {
          const e = runWith(name, { date: D, sector: '1', specialty: 'generaliste', fee, profile });
          const parts = e.participationForfaitaire!.min + e.majoration!.min + e.uncoveredTicketModerateur!.min + e.uncoveredExcess!.min;
          expect(parts, JSON.stringify({ name, profile, fee })).toBe(e.outOfPocket!.min);
          expect(e.amo!.min + e.mutuelle!.min + e.outOfPocket!.min).toBe(e.fee!.min);
        }
      }
    }
  });

  it('every switch has an alternative unlike its default, and the tests above flip each alone', () => {
    expect(Object.keys(ALTERNATIVES).sort()).toEqual(Object.keys(DEFAULT_ASSUMPTIONS).sort());
    for (const name of Object.keys(ALTERNATIVES) as Name[]) expect(ALTERNATIVES[name], name).not.toEqual(DEFAULT_ASSUMPTIONS[name]);
  });

  it('AME with the parcours penalty', () => {
    expect(runWith('AME_IGNORES_PARCOURS', { date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, ame: true } }).amoRate).toEqual(exact(60));
  });

  it('GP teleconsultation for a child under 6: unknown', () => {
    expect(runWith('TELECONSULTATION_SAME_TARIFF_ALL_AGES', { date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation', profile: { age: 3 } }).status).toBe('unknown');
  });
});
