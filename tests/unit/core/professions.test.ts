// Professions other than doctors (docs/reimbursement.md §5): the worked examples E1–E22 of the
// other-professions reference §3, each under its id, then the rules and the change dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, PARAMETERS } from '../../../src/core';
import { PROFESSIONS } from '../../../src/core/specialties';
import type { Estimate, Money } from '../../../src/core/types';
import { type Case, codes, exact, mutuelle, NO_MUTUELLE, profile, run } from './helpers';

const DENT = 'dentiste';
const MSP = 'psychologue-msp';
const KINE = 'masseur-kinesitherapeute';
const SF = 'sage-femme';
const POD = 'pedicure-podologue';

const c = (date: string, specialty: string, fee: Case['fee'], p: Case['profile'] = {}, sector: Case['sector'] = '1'): Estimate =>
  run({ date, sector, specialty, fee, profile: p });

/** An exact estimate whose breakdown adds up: fee = amo + mutuelle + out-of-pocket. */
function exactOf(e: Estimate): Estimate {
  expect(e.status, JSON.stringify(e.notes)).toBe('exact');
  expect(e.amo!.min + e.mutuelle!.min + e.outOfPocket!.min).toBe(e.fee!.min);
  expect(e.franchise!.min + e.uncoveredTicketModerateur!.min + e.uncoveredExcess!.min).toBe(e.outOfPocket!.min);
  expect(e.participationForfaitaire).toEqual(exact(0));
  return e;
}

const notes = (e: Estimate) => codes(e);

describe('worked examples (other-professions reference §3)', () => {
  it('E1 dentist consultation 2023-06-01, 23 €, mutuelle 100 %: AMO 70 % = 16.10 (ameli 2019 prints it), no PF, RAC 0', () => {
    const e = exactOf(c('2023-06-01', DENT, 2300));
    expect(e.amo).toEqual(exact(1610));
    expect(e.amoRate).toEqual(exact(70));
    expect(e.mutuelle).toEqual(exact(690));
    expect(e.outOfPocket).toEqual(exact(0));
    expect(notes(e)).toContain('noParticipationForfaitaire');
  });

  it('E2 dentist 2024-03-01, 23 €, no mutuelle: AMO 60 % = 13.80 (service-public F33956 prints it), RAC 9.20', () => {
    const e = exactOf(c('2024-03-01', DENT, 2300, { mutuelle: NO_MUTUELLE }));
    expect(e.amo).toEqual(exact(1380));
    expect(e.outOfPocket).toEqual(exact(920));
  });

  it('E3 dentist rate boundary: 2023-10-14 RAC 6.90, 2023-10-15 RAC 9.20 (no mutuelle)', () => {
    expect(exactOf(c('2023-10-14', DENT, 2300, { mutuelle: NO_MUTUELLE })).outOfPocket).toEqual(exact(690));
    expect(exactOf(c('2023-10-15', DENT, 2300, { mutuelle: NO_MUTUELLE })).outOfPocket).toEqual(exact(920));
  });

  it('E4 dentist DE 2025-06-07, 30 €, mutuelle 150 %: AMC min(16.20, 20.70) = 16.20, RAC 0', () => {
    const e = exactOf(c('2025-06-07', DENT, 3000, { mutuelle: mutuelle(150, 150) }));
    expect(e.brss).toEqual(exact(2300));
    expect(e.amo).toEqual(exact(1380));
    expect(e.mutuelle).toEqual(exact(1620));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('E5 dentist DE 2025-06-01, 30 €, mutuelle 100 %: AMC 9.20, RAC 7.00 (the DE)', () => {
    const e = exactOf(c('2025-06-01', DENT, 3000));
    expect(e.mutuelle).toEqual(exact(920));
    expect(e.outOfPocket).toEqual(exact(700));
    expect(e.uncoveredExcess).toEqual(exact(700));
  });

  it('E7 Mon soutien psy 2023-05-10, no mutuelle: evaluation 40 € → RAC 16.00; follow-up 30 € → RAC 12.00', () => {
    const ev = exactOf(c('2023-05-10', MSP, 4000, { mutuelle: NO_MUTUELLE }));
    expect(ev.amo).toEqual(exact(2400));
    expect(ev.outOfPocket).toEqual(exact(1600));
    const fu = exactOf(c('2023-05-10', MSP, 3000, { mutuelle: NO_MUTUELLE }));
    expect(fu.amo).toEqual(exact(1800));
    expect(fu.outOfPocket).toEqual(exact(1200));
  });

  it('E8 Mon soutien psy 2025-09-01, 50 €, mutuelle 100 %: AMO 30 (no PF/franchise), AMC 20, RAC 0', () => {
    const e = exactOf(c('2025-09-01', MSP, 5000));
    expect(e.amo).toEqual(exact(3000));
    expect(e.amoRate).toEqual(exact(60));
    expect(e.mutuelle).toEqual(exact(2000));
    expect(e.outOfPocket).toEqual(exact(0));
    expect(e.franchise).toEqual(exact(0));
  });

  it('E9 Mon soutien psy 2025-09-01, CSS: AMO 30 + CSS 20, RAC 0', () => {
    const e = exactOf(c('2025-09-01', MSP, 5000, { css: true, mutuelle: NO_MUTUELLE }));
    expect(e.amo).toEqual(exact(3000));
    expect(e.mutuelle).toEqual(exact(2000));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('E10 psychologist outside the scheme, 65 €: exact, AMO 0, RAC 65.00, note notReimbursed (mutuelle allowance: note only)', () => {
    for (const key of ['psychologue', MSP]) {
      const e = exactOf(c('2025-09-01', key, 6500, {}, key === MSP ? '1' : '3'));
      expect(e.amo).toEqual(exact(0));
      expect(e.mutuelle).toEqual(exact(0));
      expect(e.outOfPocket).toEqual(exact(6500));
    }
    expect(notes(c('2025-09-01', 'psychologue', 6500))).toContain('notReimbursed');
    // A partner psychologist's own fee above 50 € is outside the scheme (dépassements forbidden).
    expect(notes(c('2025-09-01', MSP, 6500))).toContain('mspAboveTariff');
  });

  it('E11 kiné 2023-06-01, AMS 7.5 at 16.13, mutuelle 100 %: AMO 9.68 − franchise 0.50, AMC 6.45, RAC 0.50', () => {
    const e = exactOf(c('2023-06-01', KINE, 1613));
    expect(e.amoGross).toEqual(exact(968));
    expect(e.franchise).toEqual(exact(50));
    expect(e.amo).toEqual(exact(918));
    expect(e.mutuelle).toEqual(exact(645));
    expect(e.outOfPocket).toEqual(exact(50));
  });

  it('E12 kiné 2025-03-01, 16.58: AMO 9.95 − 1.00, AMC 6.63, RAC 1.00', () => {
    const e = exactOf(c('2025-03-01', KINE, 1658));
    expect(e.amoGross).toEqual(exact(995));
    expect(e.amo).toEqual(exact(895));
    expect(e.mutuelle).toEqual(exact(663));
    expect(e.outOfPocket).toEqual(exact(100));
  });

  it('E13 kiné 2026-03-02, RAM 8.09 = 17.88: AMO 10.73 − 1.00, AMC 7.15, RAC 1.00', () => {
    const e = exactOf(c('2026-03-02', KINE, 1788));
    expect(e.amoGross).toEqual(exact(1073));
    expect(e.amo).toEqual(exact(973));
    expect(e.mutuelle).toEqual(exact(715));
    expect(e.outOfPocket).toEqual(exact(100));
  });

  it('E14 (uncertain: the act is not on the booking) kiné DE 40 €: a range holding 23.12 (L 100 %) / 5.24 (L 200 %)', () => {
    const l100 = c('2026-03-02', KINE, 4000);
    expect(l100.status).toBe('range');
    expect(l100.outOfPocket).toEqual({ min: 2303, max: 2317 });
    expect(notes(l100)).toContain('physioSessionRange');
    const l200 = c('2026-03-02', KINE, 4000, { mutuelle: mutuelle(200, 200) });
    expect(l200.outOfPocket).toEqual({ min: 506, max: 534 });
    for (const [e, ref] of [[l100, 2312], [l200, 524]] as const) {
      expect(e.outOfPocket!.min).toBeLessThanOrEqual(ref);
      expect(e.outOfPocket!.max).toBeGreaterThanOrEqual(ref);
    }
  });

  it('E15 kiné 2026-03-02, child of 10: no franchise, RAC 0', () => {
    const e = exactOf(c('2026-03-02', KINE, 1788, { age: 10 }));
    expect(e.franchise).toEqual(exact(0));
    expect(e.outOfPocket).toEqual(exact(0));
    expect(notes(e)).toContain('franchiseExempt');
  });

  it('E16 (the booking cannot say) kiné without prescription, 40 €: the breakdown says the whole 40.00 is paid then', () => {
    const e = c('2026-03-02', KINE, 4000);
    expect(e.notes).toContainEqual({ code: 'physioPrescription', params: { feeCents: 4000 } });
  });

  it('E17 sage-femme 2023-06-01, not pregnant, 25 €, no mutuelle: AMO 17.50 (no PF), RAC 7.50', () => {
    const e = exactOf(c('2023-06-01', SF, 2500, { mutuelle: NO_MUTUELLE }));
    expect(e.amo).toEqual(exact(1750));
    expect(e.outOfPocket).toEqual(exact(750));
  });

  it('E18 sage-femme 2025-06-01, 26.50, mutuelle 100 %: AMO 18.55, AMC 7.95, RAC 0', () => {
    const e = exactOf(c('2025-06-01', SF, 2650));
    expect(e.amo).toEqual(exact(1855));
    expect(e.mutuelle).toEqual(exact(795));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('E19 sage-femme 2025-06-01, pregnant (7th month), 26.50: AMO 100 %, RAC 0', () => {
    const e = exactOf(c('2025-06-01', SF, 2650, { maternity: true, mutuelle: NO_MUTUELLE }));
    expect(e.amoRate).toEqual(exact(100));
    expect(e.amo).toEqual(exact(2650));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('E20 (uncertain: the act is not on the booking) podologist 2025-06-01, ALD, 30 €: range from the POD session (1.00) to the whole fee', () => {
    const e = c('2025-06-01', POD, 3000, { ald: true });
    expect(e.status).toBe('range');
    expect(e.outOfPocket).toEqual({ min: 100, max: 3000 });
    expect(notes(e)).toContain('podologyDiabeticFoot');
  });

  it('E21 ostéopathe "Consultation d\'ostéopathie (Au cabinet)" 60 €: exact, RAC 60.00, notReimbursed', () => {
    const e = exactOf(c('2025-06-01', 'osteopathe', 6000, {}, 'unknown'));
    expect(e.outOfPocket).toEqual(exact(6000));
    expect(notes(e)).toEqual(['notReimbursed']);
    expect(e.tariff.sources.length).toBeGreaterThan(0);
  });

  it('E22 kiné franchise boundary at 16.58: 2024-03-30 RAC 0.50, 2024-03-31 RAC 1.00', () => {
    expect(exactOf(c('2024-03-30', KINE, 1658)).outOfPocket).toEqual(exact(50));
    expect(exactOf(c('2024-03-31', KINE, 1658)).outOfPocket).toEqual(exact(100));
  });

  it('E6 (M\'T dents exam) is not an input the core takes: a dentist is estimated as a consultation only', () => {
    // The contract's `act` cannot name the exam; the reference leaves it partly unknown (§4.4).
    expect(c('2025-09-01', DENT, 4000, { age: 16 }).brss).toEqual(exact(2300));
  });
});

describe('professions: rules', () => {
  it('no participation forfaitaire for any profession, whatever the profile', () => {
    for (const key of [DENT, MSP, KINE, SF, POD]) {
      expect(c('2025-06-01', key, 3000).participationForfaitaire, key).toEqual(exact(0));
    }
  });

  it('franchise: ALD patients pay it, maternity/CSS/AME/under 18 do not; a mutuelle never covers it', () => {
    expect(c('2025-06-01', KINE, 1658, { ald: true }).franchise).toEqual(exact(100));
    expect(c('2025-06-01', KINE, 1658, { ald: true }).outOfPocket).toEqual(exact(100));
    for (const p of [{ maternity: true }, { css: true, mutuelle: NO_MUTUELLE }, { ame: true, mutuelle: NO_MUTUELLE }, { age: 17 }]) {
      expect(c('2025-06-01', KINE, 1658, p).franchise, JSON.stringify(p)).toEqual(exact(0));
    }
    expect(c('2025-06-01', KINE, 1658, { mutuelle: mutuelle(300, 300) }).outOfPocket).toEqual(exact(100));
    expect(c('2025-06-01', KINE, 1658, { age: 18 }).franchise).toEqual(exact(100));
  });

  it('no franchise on dentists, midwives, Mon soutien psy', () => {
    for (const key of [DENT, SF, MSP]) expect(c('2025-06-01', key, 2300).franchise, key).toEqual(exact(0));
  });

  it('sage-femme without the maternity flag: a note gives the pregnancy follow-up amount, never a guess', () => {
    const e = c('2025-06-01', SF, 2650, { mutuelle: NO_MUTUELLE });
    expect(e.outOfPocket).toEqual(exact(795));
    expect(e.notes).toContainEqual({ code: 'midwifePregnancy', params: { outOfPocketCents: 0 } });
  });

  it('maternity flag gives 100 % to dentists and kinés too, and lifts the franchise', () => {
    const e = c('2025-06-01', KINE, 1658, { maternity: true, mutuelle: NO_MUTUELLE });
    expect(e.amoRate).toEqual(exact(100));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('sector not shown: a range from the conventionné out-of-pocket to the whole fee', () => {
    const e = c('2025-06-01', DENT, 3000, {}, 'unknown');
    expect(e.status).toBe('range');
    expect(e.outOfPocket).toEqual({ min: 700, max: 3000 });
    expect(notes(e)).toContain('professionSectorUnknown');
  });

  it('no fee shown: conventionné at the tarif ("tarif conventionnel"); sector unknown: a floor', () => {
    const e = c('2025-06-01', DENT, null);
    expect(e.status).toBe('exact');
    expect(e.fee).toEqual(exact(2300));
    expect(c('2025-06-01', DENT, null, {}, 'unknown').status).toBe('fee-unknown');
    const k = c('2026-03-02', KINE, null);
    expect(k.status).toBe('range');
    expect(k.fee).toEqual({ min: 1783, max: 1797 });
    expect(k.outOfPocket).toEqual(exact(100));
    const psy = c('2023-05-10', MSP, null, { mutuelle: NO_MUTUELLE });
    expect(psy.outOfPocket).toEqual({ min: 1200, max: 1600 });
    expect(c('2025-05-10', MSP, null, { mutuelle: NO_MUTUELLE }).outOfPocket).toEqual(exact(2000));
  });

  it('CSS: a dentist\'s DE is not billed, the fee is the tarif opposable', () => {
    const e = c('2025-06-01', DENT, 3000, { css: true, mutuelle: NO_MUTUELLE });
    expect(e.fee).toEqual(exact(2300));
    expect(e.outOfPocket).toEqual(exact(0));
  });

  it('unknown with the reason: non-conventionné, Alsace-Moselle, orthophoniste, teleconsultation', () => {
    expect(c('2025-06-01', DENT, 3000, {}, '3').notes).toEqual([{ code: 'professionNonConventionne' }]);
    expect(c('2025-06-01', KINE, 1658, { regime: 'alsace-moselle' }).notes).toEqual([{ code: 'professionAlsaceMoselle' }]);
    expect(c('2025-06-01', 'orthophoniste', 3000).notes).toEqual([{ code: 'tariffNotSourced', params: { paramId: 'ORT-1' } }]);
    const tele = run({ date: '2025-06-01', sector: '1', specialty: DENT, fee: 2300, act: 'teleconsultation' });
    expect(tele.status).toBe('unknown');
    expect(run({ date: '2025-06-01', sector: '1', specialty: MSP, fee: 5000, act: 'teleconsultation' }).outOfPocket).toEqual(exact(0));
  });

  it('not reimbursed, no fee shown: unknown amount, still the notReimbursed note', () => {
    for (const key of ['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue']) {
      const e = c('2025-06-01', key, null);
      expect(e.status).toBe('unknown');
      expect(e.notes[0]).toEqual({ code: 'notReimbursed' });
      expect(e.outOfPocket).toBeUndefined();
    }
    expect(c('2025-06-01', 'osteopathe', [5000, 6500]).outOfPocket).toEqual({ min: 5000, max: 6500 });
  });

  it('keys are folded like the doctors\' ("Sage femme" → sage-femme)', () => {
    expect(c('2025-06-01', 'Sage femme', 2650).outOfPocket).toEqual(exact(0));
  });
});

describe('professions: change dates (day before / day of)', () => {
  const B: [what: string, before: string, on: string, key: string, brss: [number | 'unknown', number | 'unknown']][] = [
    ['DEN-1 first dated source', '2019-11-12', '2019-11-13', DENT, ['unknown', 2300]],
    ['SF-1 start', '2019-02-09', '2019-02-10', SF, ['unknown', 2500]],
    ['MSP start', '2022-04-04', '2022-04-05', MSP, ['unknown', 3000]],
    ['KIN-3 first dated source', '2022-12-31', '2023-01-01', KINE, ['unknown', 1613]],
    ['SF-1 → SF-2', '2024-02-21', '2024-02-22', SF, [2500, 2650]],
    ['KIN-3 → KIN-4', '2024-02-21', '2024-02-22', KINE, [1613, 1651]],
    ['POD-1 → 30 €', '2024-03-06', '2024-03-07', POD, [2700, 3000]],
    ['PSY-MSP-1 → PSY-MSP-2', '2024-06-28', '2024-06-29', MSP, [3000, 5000]],
    ['KIN-4 → KIN-5', '2025-12-31', '2026-01-01', KINE, [1651, 1783]],
  ];
  it.each(B)('%s: %s / %s', (_, before, on, key, brss) => {
    for (const [date, want] of [[before, brss[0]], [on, brss[1]]] as const) {
      const e = c(date, key, null);
      if (want === 'unknown') expect(e.status, date).toBe('unknown');
      else expect(e.brss!.min, date).toBe(want);
    }
  });

  it('covers every dated change of the professions\' rows (XP-2 and FR-3 change no amount; FR-1/2 is E22)', () => {
    // Up to the act table's rows, which acts-table.test.ts covers.
    const rows = PARAMETERS.slice(PARAMETERS.findIndex((p) => p.id === 'XP-1'), PARAMETERS.findIndex((p) => p.id === 'X-1'));
    const tested = new Set([...B.map((b) => b[2]), '2023-10-15', '2024-03-31', '2025-12-16', '2017-07-01']);
    for (const d of new Set(rows.flatMap((p) => p.values.map((v) => v.from)))) expect(tested, d).toContain(d);
  });
});

describe('professions: properties', () => {
  const keys = Object.keys(PROFESSIONS);
  it('integers, 0 ≤ out-of-pocket ≤ fee, amo + mutuelle + out-of-pocket = fee at each bound', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom('1', '3', 'unknown', '2', '2-optam'),
        fc.option(fc.integer({ min: 0, max: 50000 })),
        fc.record({ age: fc.integer({ min: 0, max: 110 }), ald: fc.boolean(), maternity: fc.boolean(), css: fc.boolean(), level: fc.integer({ min: 0, max: 400 }), none: fc.boolean() }),
        fc.constantFrom('2020-01-01', '2023-06-01', '2024-03-31', '2025-06-01', '2026-03-02', '2027-01-01'),
        (key, sector, fee, pr, date) => {
          const p = profile({ age: pr.age, ald: pr.ald, maternity: pr.maternity, css: pr.css, mutuelle: pr.none || pr.css ? NO_MUTUELLE : mutuelle(pr.level, pr.level) });
          const e = estimate({ date, sector: sector as Case['sector'], specialty: key, act: 'consultation', feeCents: fee == null ? null : exact(fee), profile: p });
          expect(e.notes.map((n) => n.code)).not.toContain('internalError');
          if (e.status === 'unknown') return;
          const m = (x: Money | undefined) => x!;
          for (const f of [e.fee, e.amo, e.mutuelle, e.outOfPocket]) {
            expect(Number.isInteger(m(f).min) && Number.isInteger(m(f).max)).toBe(true);
            expect(m(f).min).toBeLessThanOrEqual(m(f).max);
          }
          expect(m(e.outOfPocket).min).toBeGreaterThanOrEqual(0);
          expect(m(e.outOfPocket).max).toBeLessThanOrEqual(m(e.fee).max);
          if (e.status === 'exact') expect(m(e.amo).min + m(e.mutuelle).min + m(e.outOfPocket).min).toBe(m(e.fee).min);
        },
      ),
      { numRuns: 400 },
    );
  });
});
