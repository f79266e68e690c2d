// Every switch of src/core/assumptions.ts flipped to its alternative: the other branch exists,
// runs, and does what the comment says. (The defaults are covered by the other test files.)
import { describe, expect, it, vi } from 'vitest';
import { codes, exact, mutuelle, run } from './helpers';

vi.mock('../../../src/core/assumptions', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/core/assumptions')>()),
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
  SECTEUR1_DEPASSEMENT_LEVEL: 'dptam',
  AME_ALLOWS_DEPASSEMENT: false,
  GERIATRICS_GENERIC_BEFORE_GER1: false,
  TELECONSULTATION_HORS_PARCOURS: 'as-in-person',
  CSS_COVERS_MAJORATION: true,
  GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED: false,
  REFERRAL_REQUIRES_MEDECIN_TRAITANT: false,
  PSY5: 'ignore',
  PEDIATRICIAN_FROM_16_GENERIC: false,
  NON_RESPONSABLE_COVERS_MAJORATION: true,
  AME_IGNORES_PARCOURS: false,
  SECTEUR3_FLOOR_AT_SECTOR1_TARIFF: false,
  TELECONSULTATION_SAME_TARIFF_ALL_AGES: false,
}));

const D = '2025-06-01';
const noMt = { medecinTraitant: false, referred: false };

describe('alternative assumptions', () => {
  it('§4.1 off: days after the verified date are unknown', () => {
    expect(run({ date: '2026-03-01', sector: '1', specialty: 'psychiatre', fee: 5700 }).notes).toEqual([
      { code: 'tariffNotVerified', params: { verifiedDate: '2026-01-26' } },
    ]);
  });

  it('§4.2 off: no responsable cap', () => {
    expect(run({ date: D, sector: '2', specialty: 'dermatologue', fee: 5000, profile: { mutuelle: mutuelle(200, 200) } }).outOfPocket).toEqual(exact(600));
  });

  it('§4.3: a majoration cap', () => {
    const e = run({ date: D, sector: '1', specialty: 'psychiatre', fee: 5000, profile: { ...noMt, age: 40 } });
    expect(e.majoration).toEqual(exact(1060));
  });

  it('§4.4 off: Alsace-Moselle keeps 90 % hors parcours', () => {
    expect(run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 3150, profile: { regime: 'alsace-moselle', referred: false } }).amoRate).toEqual(exact(90));
  });

  it('§4.5 off: maternity keeps 100 % hors parcours', () => {
    expect(run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 3150, profile: { maternity: true, referred: false } }).amoRate).toEqual(exact(100));
  });

  it('§4.6 off: accès direct without a médecin traitant stays in parcours', () => {
    expect(run({ date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: noMt }).amoRate).toEqual(exact(70));
  });

  it('§4.7 off: a non-OPTAM cardiologist with a dépassement is unknown', () => {
    expect(run({ date: D, sector: '2', specialty: 'cardiologue', fee: 8000 }).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'CAR-2' } }]);
  });

  it('§4.8 off: accès direct uses the non-coordinated tariff', () => {
    expect(run({ date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: { referred: false } }).brss).toEqual(exact(2650));
  });

  it('§4.9 none: no PF in secteur 3', () => {
    const e = run({ date: D, sector: '3', specialty: 'generaliste', fee: 6000 });
    expect(e.participationForfaitaire).toEqual(exact(0));
    expect(codes(e)).toContain('pfNotChargedSecteur3');
  });

  it('§4.9: with no fee shown, secteur 3 is computed at the tarif d\'autorité', () => {
    expect(run({ date: D, sector: '3', specialty: 'generaliste', fee: null }).fee).toEqual(exact(61));
  });

  it('§4.10 floor: DA cap 37 €', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 8000, profile: { referred: false, mutuelle: mutuelle(300, 200) } });
    expect(e.uncoveredExcess).toEqual(exact(3700 - 2650));
  });

  it('§4.11 dptam: a secteur 1 dépassement is covered at the DPTAM level', () => {
    const e = run({ date: D, sector: '1', specialty: 'dermatologue', fee: 5000, profile: { mutuelle: mutuelle(200, 100) } });
    expect(e.outOfPocket).toEqual(exact(200));
  });

  it('§4.12 off: AME cuts the fee to the tarif opposable', () => {
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 6000, profile: { ame: true } });
    expect(e.fee).toEqual(exact(3150));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('§4.14 off: a geriatrician before GER-1 is unknown', () => {
    expect(run({ date: '2024-06-01', sector: '1', specialty: 'geriatre', fee: null }).status).toBe('unknown');
  });

  it('§4.16 as-in-person: a teleconsultation hors parcours at 30 %', () => {
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation', profile: noMt }).amoRate).toEqual(exact(30));
  });

  it('§4.18 on: the CSS covers the majoration', () => {
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, css: true } }).outOfPocket).toEqual(exact(0));
  });

  it('GP not assumed to be the médecin traitant: hors parcours', () => {
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 }).amoRate).toEqual(exact(30));
  });

  it('a referral counts without a médecin traitant', () => {
    expect(run({ date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { medecinTraitant: false, referred: true } }).amoRate).toEqual(exact(70));
  });

  it('PSY-5 ignored: exact at the usual tariff', () => {
    const e = run({ date: D, sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 20 } });
    expect(e.status).toBe('exact');
    expect(e.brss).toEqual(exact(5500));
  });

  it('paediatrician 16+ not mapped: unknown', () => {
    expect(run({ date: D, sector: '1', specialty: 'pediatre', fee: null, profile: { age: 16 } }).status).toBe('unknown');
  });

  it('non-responsable contracts may cover the majoration', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, mutuelle: mutuelle(200, 200, false) } });
    // Majoration capped at 10.60 € (above), then paid by the mutuelle: only the PF remains.
    expect(e.outOfPocket).toEqual(exact(200));
    expect(e.majoration).toEqual(exact(0));
  });

  it('the breakdown still adds up under the alternatives', () => {
    for (const profile of [
      { ...noMt, mutuelle: mutuelle(200, 150, false) },
      { ...noMt, css: true },
      { referred: false, mutuelle: mutuelle(300, 200) },
    ]) {
      for (const fee of [2000, 3000, 4500, 9000]) {
        const e = run({ date: D, sector: '1', specialty: 'generaliste', fee, profile });
        const parts = e.participationForfaitaire!.min + e.majoration!.min + e.uncoveredTicketModerateur!.min + e.uncoveredExcess!.min;
        expect(parts, JSON.stringify({ profile, fee })).toBe(e.outOfPocket!.min);
        expect(e.amo!.min + e.mutuelle!.min + e.outOfPocket!.min).toBe(e.fee!.min);
      }
    }
  });

  it('AME with the parcours penalty', () => {
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ...noMt, ame: true } }).amoRate).toEqual(exact(60));
  });

  it('GP teleconsultation for a child under 6: unknown', () => {
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation', profile: { age: 3 } }).status).toBe('unknown');
  });
});
