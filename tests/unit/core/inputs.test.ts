// docs/architecture.md, "What the badge says" (statuses per case), invalid inputs, specialty
// keys, and the assumptions of src/core/assumptions.ts as they show in results.
import { describe, expect, it } from 'vitest';
import {
  estimate,
  GENERIC_SPECIALIST_KEYS,
  listTariffSources,
  SPECIAL_KEYS,
  TARIFF_VERSION,
} from '../../../src/core';
import type { EstimateInput } from '../../../src/core/types';
import { codes, exact, mutuelle, NO_MUTUELLE, profile, run } from './helpers';

const D = '2025-06-01';

describe('docs/architecture.md "What the badge says": status per case', () => {
  it('known sector, single fee → exact at the fee', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 6000 });
    expect(e.status).toBe('exact');
    expect(e.fee).toEqual(exact(6000));
  });

  it('fee range "50 à 70 €" → range, min at 50, max at 70', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: [5000, 7000] });
    expect(e.status).toBe('range');
    expect(e.fee).toEqual({ min: 5000, max: 7000 });
    const at50 = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 5000 });
    const at70 = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 7000 });
    expect(e.outOfPocket).toEqual({ min: at50.outOfPocket!.min, max: at70.outOfPocket!.max });
  });

  it('secteur 1, no fee → exact at the tarif opposable, with a note', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: null });
    expect(e.status).toBe('exact');
    expect(e.fee).toEqual(exact(3000));
    expect(e.outOfPocket).toEqual(exact(200));
    expect(codes(e)).toContain('feeNotShown');
  });

  it.each(['2', '2-optam', '3'] as const)('secteur %s, no fee → fee-unknown at the tarif opposable', (sector) => {
    const e = run({ date: D, sector, specialty: 'dermatologue', fee: null, profile: { mutuelle: mutuelle(200, 180) } });
    expect(e.status).toBe('fee-unknown');
    expect(e.fee).toEqual(exact(3150)); // secteur 3: the secteur 1 tariff as the floor (assumption)
    expect(codes(e)).toContain('feeNotShownFloor');
    expect(e.fullyCoveredUpTo).toBeDefined();
  });

  it('fee-unknown gives "couvert jusqu\'à": L_D × BR for OPTAM, L_N × non-OPTAM base for secteur 2', () => {
    const m = { mutuelle: mutuelle(200, 180) };
    expect(run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: null, profile: m }).fullyCoveredUpTo).toEqual(exact(6300));
    // 180 % of 23 € = 41.40 €: above 31.50 the non-OPTAM base applies.
    expect(run({ date: D, sector: '2', specialty: 'dermatologue', fee: null, profile: m }).fullyCoveredUpTo).toEqual(exact(4140));
    // With no mutuelle nothing is fully covered: the ticket modérateur is left.
    expect(run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: null, profile: { mutuelle: NO_MUTUELLE } }).fullyCoveredUpTo).toEqual(exact(0));
  });

  it('sector unknown, fee known → range over 1, 2-optam, 2', () => {
    const e = run({ date: D, sector: 'unknown', specialty: 'dermatologue', fee: 5000 });
    expect(e.status).toBe('range');
    const bounds = (['1', '2-optam', '2'] as const).map((s) => run({ date: D, sector: s, specialty: 'dermatologue', fee: 5000 }).outOfPocket!.min);
    expect(e.outOfPocket).toEqual({ min: Math.min(...bounds), max: Math.max(...bounds) });
    expect(codes(e)).toContain('sectorUnknown');
  });

  it('sector unknown, no fee → fee-unknown over the three (floor)', () => {
    const e = run({ date: D, sector: 'unknown', specialty: 'generaliste', fee: null });
    expect(e.status).toBe('fee-unknown');
    expect(e.outOfPocket).toEqual(exact(200));
  });

  it('specialty "non-medical" → unknown, no money', () => {
    const e = run({ date: D, sector: '1', specialty: 'non-medical', fee: 5000 });
    expect(e).toEqual({ status: 'unknown', notes: [{ code: 'nonMedical' }], tariff: { version: TARIFF_VERSION, sources: [] } });
  });

  it('"medecin" (GP or specialist unknown) → range over both', () => {
    const e = run({ date: D, sector: '1', specialty: 'medecin', fee: null, profile: { referred: false } });
    expect(e.status).toBe('range');
    expect(e.fee).toEqual({ min: 2650, max: 3000 });
    expect(codes(e)).toContain('specialtyUnknown');
  });

  it('"specialiste" → generic CS, with a note', () => {
    const e = run({ date: D, sector: '1', specialty: 'specialiste', fee: null });
    expect(e.brss).toEqual(exact(3150));
    expect(codes(e)).toContain('genericSpecialistTariff');
  });

  it('specialist teleconsultation after TC-1 (2023-10-31) → TCS (30 € coordinated, frozen); GP teleconsultation → TCG 25 €', () => {
    const sp = run({ date: D, sector: '1', specialty: 'dermatologue', fee: 3000, act: 'teleconsultation' });
    expect(sp.status).toBe('exact');
    expect(sp.brss).toEqual(exact(3000));
    const gp = run({ date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation' });
    expect(gp.status).toBe('exact');
    expect(gp.brss).toEqual(exact(2500));
    expect(gp.amo).toEqual(exact(1550));
    // GP or specialist, sector unknown, no fee: the least either bills (TCG or TCS).
    expect(run({ date: D, sector: 'unknown', specialty: 'medecin', fee: null, act: 'teleconsultation' }).status).toBe('fee-unknown');
  });
});

describe('invalid input → unknown with a reason, never a throw', () => {
  const good: EstimateInput = { date: D, sector: '1', specialty: 'generaliste', act: 'consultation', feeCents: { min: 3000, max: 3000 }, profile: profile() };
  const reason = (over: Record<string, unknown>) => {
    const e = estimate({ ...good, ...over } as EstimateInput);
    expect(e.status).toBe('unknown');
    expect(e.outOfPocket).toBeUndefined();
    expect(e.notes).toHaveLength(1);
    return e.notes[0]!;
  };

  it.each([
    ['NaN fee', { feeCents: { min: NaN, max: NaN } }, 'invalidFee'],
    ['negative fee', { feeCents: { min: -100, max: 3000 } }, 'invalidFee'],
    ['Infinity fee', { feeCents: { min: 3000, max: Infinity } }, 'invalidFee'],
    ['fractional cents', { feeCents: { min: 3000.5, max: 3000.5 } }, 'invalidFee'],
    ['min > max', { feeCents: { min: 5000, max: 3000 } }, 'invalidFee'],
    ['fee object missing', { feeCents: undefined }, 'invalidFee'],
    ['fee as a string', { feeCents: '30 €' }, 'invalidFee'],
    ['fee over 10 000 €', { feeCents: { min: 3000, max: 1_000_001 } }, 'feeTooHigh'],
    ['unknown sector string', { sector: '4' }, 'invalidSector'],
    ['sector from the prototype', { sector: 'constructor' }, 'invalidSector'],
    ['bad date', { date: '2025-02-30' }, 'invalidDate'],
    ['date in another format', { date: '01/06/2025' }, 'invalidDate'],
    ['date not a string', { date: 20250601 }, 'invalidDate'],
    ['date before the table (A13, 2009)', { date: '2009-06-01' }, 'dateBeforeTable'],
    ['unknown act', { act: 'visite' }, 'actUnknown'],
    ['unknown specialty', { specialty: 'astrologue' }, 'unknownSpecialty'],
    ['specialty not a string', { specialty: 42 }, 'unknownSpecialty'],
    ['MPR before MPR-1 (2024-12-22)', { specialty: 'mpr', date: '2024-12-21' }, 'tariffNotSourced'],
    ['NaN age', { profile: profile({ age: NaN }) }, 'invalidProfile'],
    ['negative age', { profile: profile({ age: -1 }) }, 'invalidProfile'],
    ['age 200', { profile: profile({ age: 200 }) }, 'invalidProfile'],
    ['level out of range', { profile: profile({ mutuelle: mutuelle(5000, 100) }) }, 'invalidProfile'],
    ['negative level', { profile: profile({ mutuelle: mutuelle(100, -5) }) }, 'invalidProfile'],
    ['NaN level', { profile: profile({ mutuelle: mutuelle(NaN, 100) }) }, 'invalidProfile'],
    ['unknown mutuelle kind', { profile: { ...profile(), mutuelle: { kind: 'forfait' } } }, 'invalidProfile'],
    ['regime garbage', { profile: { ...profile(), regime: 'martinique' } }, 'invalidProfile'],
    ['flag not boolean', { profile: { ...profile(), ald: 'yes' } }, 'invalidProfile'],
    ['profile missing', { profile: null }, 'invalidProfile'],
    ['CSS and AME together', { profile: profile({ css: true, ame: true }) }, 'contradictoryProfile'],
  ])('%s', (_, over, code) => {
    expect(reason(over).code).toBe(code);
  });

  it('non-object input', () => {
    expect(estimate(null as unknown as EstimateInput).notes).toEqual([{ code: 'invalidInput' }]);
    expect(estimate('x' as unknown as EstimateInput).status).toBe('unknown');
  });

  it('a fractional age is read as whole years', () => {
    expect(estimate({ ...good, profile: profile({ age: 17.9 }) }).participationForfaitaire).toEqual(exact(0));
  });

  it('a fee of exactly 10 000 € is accepted', () => {
    expect(estimate({ ...good, feeCents: { min: 1_000_000, max: 1_000_000 } }).status).toBe('exact');
  });
});

describe('specialty keys', () => {
  it.each(GENERIC_SPECIALIST_KEYS.map((k) => [k]))('%s → generic CS', (key) => {
    expect(run({ date: D, sector: '1', specialty: key, fee: null }).brss).toEqual(exact(3150));
  });

  it.each(SPECIAL_KEYS.filter((k) => k !== 'non-medical').map((k) => [k]))('%s is estimated', (key) => {
    expect(run({ date: D, sector: '1', specialty: key, fee: null, profile: { age: 40 } }).status).not.toBe('unknown');
  });

  it('tolerates case, accents and spaces', () => {
    expect(run({ date: D, sector: '1', specialty: 'Gastro Entérologue', fee: null }).brss).toEqual(exact(3150));
    expect(run({ date: D, sector: '1', specialty: ' Psychiatre ', fee: null }).brss).toEqual(exact(5500));
  });

  it('neurologue uses the psychiatry family (PSY-1) without accès direct', () => {
    expect(run({ date: D, sector: '1', specialty: 'neurologue', fee: null }).brss).toEqual(exact(5500));
    const direct = run({ date: D, sector: '1', specialty: 'neurologue', fee: null, profile: { age: 20, referred: false } });
    expect(direct.amoRate).toEqual(exact(30));
  });

  it('cardiologue: CAR-1 51 € or CAR-1/alt 52.50 € coordinated (a range), CSC 47.73 € alone, CAR-2 47.73 € non-OPTAM', () => {
    const coordinated = run({ date: D, sector: '1', specialty: 'cardiologue', fee: null });
    expect(coordinated.status).toBe('range');
    expect(coordinated.brss).toEqual({ min: 5100, max: 5250 });
    expect(coordinated.notes).toContainEqual({ code: 'cardiologyTariffRange', params: { lowCents: 5100, highCents: 5250 } });
    // Before the règlement arbitral only 51 € is printed: exact.
    expect(run({ date: '2023-10-31', sector: '1', specialty: 'cardiologue', fee: null }).brss).toEqual(exact(5100));
    const alone = run({ date: D, sector: '1', specialty: 'cardiologue', fee: null, profile: { referred: false } });
    expect(alone.brss).toEqual(exact(4773));
    expect(codes(alone)).not.toContain('cardiologyTariffRange');
    const s2 = run({ date: D, sector: '2', specialty: 'cardiologue', fee: 8000 });
    expect(s2.brss).toEqual(exact(4773));
    expect(s2.amoGross).toEqual(exact(3341)); // 47.73 × 70 % = 33.411 → 33.41 (§4.13)
    expect(codes(s2)).not.toContain('lowConfidenceTariff');
  });
});

describe('parcours de soins', () => {
  it('GP: in parcours when a médecin traitant is declared (assumed to be this GP), with a note', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 });
    expect(e.amoRate).toEqual(exact(70));
    expect(codes(e)).toContain('gpAssumedMedecinTraitant');
  });

  it('specialist not adressé → hors parcours 30 %, non-coordinated base, majoration not coverable', () => {
    const e = run({ date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { referred: false } });
    expect(e.amoRate).toEqual(exact(30));
    expect(e.brss).toEqual(exact(2650));
    expect(e.majoration).toEqual(exact(1060));
    expect(e.notes).toContainEqual({ code: 'horsParcoursNotReferred', params: { ratePct: 30 } });
    expect(codes(e)).toContain('majorationNotCovered');
    expect(e.outOfPocket).toEqual(exact(1260));
  });

  it.each(['gynecologue', 'ophtalmologue', 'stomatologue', 'gynecologue-obstetricien'])(
    '%s: accès direct spécifique, coordinated tariff, 70 %',
    (specialty) => {
      const e = run({ date: D, sector: '1', specialty, fee: null, profile: { referred: false } });
      expect(e.amoRate).toEqual(exact(70));
      expect(codes(e)).toContain('accesDirectSpecifique');
    },
  );

  it('psychiatrist: accès direct from 16 to 25 only', () => {
    const at = (age: number) => run({ date: D, sector: '1', specialty: 'psychiatre', fee: 5500, profile: { age, referred: false } });
    expect(at(15).amoRate).toEqual(exact(70)); // under 16: never hors parcours
    expect(at(16).amoRate).toEqual(exact(70));
    expect(at(25).amoRate).toEqual(exact(70));
    expect(at(26).amoRate).toEqual(exact(30));
  });

  it('§4.6: accès direct with no médecin traitant → hors parcours, with a note', () => {
    const e = run({ date: D, sector: '1', specialty: 'ophtalmologue', fee: null, profile: { medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(30));
    expect(e.notes).toContainEqual({ code: 'accesDirectWithoutMedecinTraitant', params: { ratePct: 30 } });
  });

  it('under 16: never hors parcours, with a note when it mattered (R-4)', () => {
    const e = run({ date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { age: 15, medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(70));
    expect(codes(e)).toContain('under16NoPenalty');
  });

  it('§4.15: age 16–17 is subject to the parcours but exempt from the PF', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { age: 17, medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(30));
    expect(e.participationForfaitaire).toEqual(exact(0));
  });

  it('"referred" without a médecin traitant is not a referral', () => {
    const e = run({ date: D, sector: '1', specialty: 'dermatologue', fee: null, profile: { medecinTraitant: false, referred: true } });
    expect(e.amoRate).toEqual(exact(30));
    expect(codes(e)).toContain('referralWithoutMedecinTraitant');
  });

  it('R-6: ALD hors parcours → 60 %', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { ald: true, medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(60));
    expect(e.amoGross).toEqual(exact(1800));
  });

  it('§4.4: Alsace-Moselle hors parcours → 50 %', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { regime: 'alsace-moselle', medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(50));
  });

  it('§4.5: maternity hors parcours → 60 %, still no PF', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { maternity: true, medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(60));
    expect(e.participationForfaitaire).toEqual(exact(0));
  });

  it('§4.16: a teleconsultation hors parcours is not reimbursed (TCS-6)', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 2500, act: 'teleconsultation', profile: { medecinTraitant: false } });
    expect(e.outOfPocket).toEqual(exact(2500));
    expect(e.amo).toEqual(exact(0));
    expect(codes(e)).toContain('teleconsultationHorsParcoursNotReimbursed');
    // With no fee shown there is nothing to state.
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: null, act: 'teleconsultation', profile: { medecinTraitant: false } }).notes).toEqual([
      { code: 'teleconsultationHorsParcours' },
    ]);
  });
});

describe('situations', () => {
  it('ALD: 100 % of the base, PF still due, dépassement left to the mutuelle', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'generaliste', fee: 4000, profile: { ald: true, mutuelle: NO_MUTUELLE } });
    expect(e.amo).toEqual(exact(2800));
    expect(e.outOfPocket).toEqual(exact(1200));
    expect(e.fullyCoveredUpTo).toEqual(exact(3000)); // no TM to pay: only the PF up to the base
  });

  it('CSS with secteur 3: dépassements allowed; the CSS pays the TM on the tarif d\'autorité', () => {
    const e = run({ date: D, sector: '3', specialty: 'generaliste', fee: 6000, profile: { css: true } });
    expect(e.fee).toEqual(exact(6000));
    expect(e.brss).toEqual(exact(61));
    expect(e.amo).toEqual(exact(43));
    expect(e.mutuelle).toEqual(exact(18));
    expect(codes(e)).toContain('cssNonConventionne');
  });

  it('CSS hors parcours: the CSS pays the TM, not the majoration (§4.18)', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { css: true, medecinTraitant: false, referred: false } });
    expect(e.mutuelle).toEqual(exact(900));
    expect(e.outOfPocket).toEqual(exact(1200));
  });

  it('CSS with no fee shown: exact at the tarif opposable even for secteur 2', () => {
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: null, profile: { css: true } });
    expect(e.status).toBe('exact');
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('AME: 100 %, no PF, no mutuelle, dépassement paid by the patient (§4.12)', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 5000, profile: { ame: true, medecinTraitant: false, referred: false } });
    expect(e.amoRate).toEqual(exact(100));
    // Not adressé: no parcours penalty for AME, but no MCS either (non-coordinated 26.50 €).
    expect(e.amo).toEqual(exact(2650));
    expect(e.mutuelle).toEqual(exact(0));
    expect(e.outOfPocket).toEqual(exact(2350));
    expect(codes(e)).toEqual(expect.arrayContaining(['ame', 'ameDepassement']));
  });

  it('secteur 3 (B15 is not a hard test): PF limited to the tiny refund, never a negative AMO', () => {
    const e = run({ date: D, sector: '3', specialty: 'generaliste', fee: 6000, profile: { mutuelle: mutuelle(200, 200, false) } });
    expect(e.brss).toEqual(exact(61));
    expect(e.amoGross).toEqual(exact(43)); // 0.61 × 70 % = 0.427 → 0.43
    expect(e.participationForfaitaire).toEqual(exact(43));
    expect(e.amo).toEqual(exact(0));
    expect(e.mutuelle).toEqual(exact(79)); // 200 % × 0.61 − 0.43, as rules B15 computes it
    expect(codes(e)).toContain('pfLimitedToRefund');
  });

  it('PED-4: a non-OPTAM paediatrician billing a dépassement is unknown; at the tarif opposable it is not', () => {
    expect(run({ date: D, sector: '2', specialty: 'pediatre', fee: 6000, profile: { age: 3 } }).notes).toEqual([
      { code: 'tariffNotSourced', params: { paramId: 'PED-4' } },
    ]);
    expect(run({ date: D, sector: '2', specialty: 'pediatre', fee: 3500, profile: { age: 3 } }).status).toBe('exact');
    expect(run({ date: D, sector: '2', specialty: 'pediatre', fee: null, profile: { age: 3 } }).status).toBe('fee-unknown');
  });

  it('PSY-5 (L): a range for a psychiatrist and a patient up to 25 (not a neurologist, not at 26)', () => {
    const young = (fee: number | null) => run({ date: D, sector: '1', specialty: 'psychiatre', fee, profile: { age: 22 } });
    const wide = young(6700);
    expect(wide.status).toBe('range');
    expect(wide.outOfPocket).toEqual({ min: 200, max: 200 + (6700 - 5500) });
    expect(wide.notes).toContainEqual({ code: 'youngPatientPsychiatryRange', params: { paramId: 'PSY-5' } });
    // Under both tariffs the amounts agree; only "covered up to" spans the two tariffs.
    const low = young(5000);
    expect(low.outOfPocket).toEqual(exact(200));
    expect(low.fullyCoveredUpTo).toEqual({ min: 5500, max: 6700 });
    expect(run({ date: D, sector: '1', specialty: 'neurologue', fee: 6700, profile: { age: 22 } }).status).toBe('exact');
    expect(run({ date: D, sector: '1', specialty: 'psychiatre', fee: 6700, profile: { age: 26 } }).status).toBe('exact');
  });

  it('paediatrician seeing a patient of 16 or more: generic CS, with a note', () => {
    const e = run({ date: D, sector: '1', specialty: 'pediatre', fee: null, profile: { age: 16 } });
    expect(e.brss).toEqual(exact(3150));
    expect(codes(e)).toContain('pediatricianAdultTariff');
  });

  it('GYN before 2024-12-22 (33.50 € with no start date): unknown', () => {
    expect(run({ date: '2024-06-01', sector: '1', specialty: 'gynecologue', fee: 3350 }).notes).toEqual([
      { code: 'tariffNotSourced', params: { paramId: 'GYN-1' } },
    ]);
  });

  it('GP-9: non-OPTAM GP teleconsultation with a dépassement is unknown', () => {
    expect(run({ date: D, sector: '2', specialty: 'generaliste', fee: 4000, act: 'teleconsultation' }).notes).toEqual([
      { code: 'tariffNotSourced', params: { paramId: 'GP-9' } },
    ]);
  });
});

describe('contrat responsable (rules §1.8), applied and said', () => {
  it('non-DPTAM level capped at 200 % (CR-5)', () => {
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 9000, profile: { mutuelle: mutuelle(300, 300) } });
    expect(e.notes).toContainEqual({ code: 'responsableNonDptamCap', params: { requestedPct: 300, appliedPct: 200 } });
    expect(e.mutuelle).toEqual(exact(4600 - 1610));
  });

  it('non-DPTAM level at least 20 points under the DPTAM level (CR-6)', () => {
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 9000, profile: { mutuelle: mutuelle(150, 150) } });
    expect(e.notes).toContainEqual({ code: 'responsableNonDptamCap', params: { requestedPct: 150, appliedPct: 130 } });
    expect(e.mutuelle).toEqual(exact(2990 - 1610));
    // Not responsable: no cap.
    const free = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 9000, profile: { mutuelle: mutuelle(150, 150, false) } });
    expect(free.mutuelle).toEqual(exact(3450 - 1610));
  });

  it('floor at 100 % (CR-1): the ticket modérateur is always covered', () => {
    const e = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000, profile: { mutuelle: mutuelle(100, 50) } });
    expect(e.mutuelle).toEqual(exact(900));
    expect(e.notes).toContainEqual({ code: 'responsableFloor', params: { requestedPct: 50, appliedPct: 100 } });
  });

  it('the cap note appears only when it changed the result', () => {
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 3000, profile: { mutuelle: mutuelle(300, 300) } });
    expect(codes(e)).not.toContain('responsableNonDptamCap');
  });

  it('CR-4: the DA cap is 117.5 % of the coordinated tariff rounded up (38 €), minus the non-coordinated base', () => {
    const e = run({ date: D, sector: '2-optam', specialty: 'dermatologue', fee: 8000, profile: { referred: false, mutuelle: mutuelle(300, 200) } });
    expect(e.brss).toEqual(exact(2650));
    expect(e.uncoveredExcess).toEqual(exact(3800 - 2650));
    expect(codes(e)).toContain('responsableExcludesDa');
  });
});

describe('tariff sources', () => {
  it('lists the URLs of the parameters used, all of them from the table', () => {
    const all = new Set(listTariffSources());
    const e = run({ date: D, sector: '2', specialty: 'dermatologue', fee: 5000 });
    expect(e.tariff.version).toBe(TARIFF_VERSION);
    expect(e.tariff.sources.length).toBeGreaterThan(0);
    for (const url of e.tariff.sources) expect(all.has(url), url).toBe(true);
    expect(new Set(e.tariff.sources).size).toBe(e.tariff.sources.length);
    // SP-5 (non-OPTAM base) and PF-2 are among them.
    expect(e.tariff.sources).toContain('https://www.sncuf.fr/2025/08/08/cotation-c-cs-et-mcs-qui-que-quoi/');
    expect(e.tariff.sources).toContain('https://www.force-ouvriere.fr/15-05-2024-ce-qui-change');
  });

  it('returns a fresh sources array each time', () => {
    const a = run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 });
    a.tariff.sources.push('x');
    expect(run({ date: D, sector: '1', specialty: 'generaliste', fee: 3000 }).tariff.sources).not.toContain('x');
  });
});
