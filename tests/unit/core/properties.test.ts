// Property tests (fast-check): about 14 000 generated inputs in total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, GENERIC_SPECIALIST_KEYS, NOTE_CODES, NOTE_PARAMS, SPECIAL_KEYS } from '../../../src/core';
import type { Estimate, EstimateInput, Money, Mutuelle } from '../../../src/core/types';
import { checkedCases } from '../checked';
import { exact, profile } from './helpers';

const MONEY_FIELDS = [
  'fee',
  'brss',
  'amoRate',
  'amoGross',
  'amo',
  'participationForfaitaire',
  'mutuelle',
  'outOfPocket',
  'fullyCoveredUpTo',
  'majoration',
  'uncoveredExcess',
  'uncoveredTicketModerateur',
] as const;

// --- Arbitraries ------------------------------------------------------------------------------

const dayArb = fc.oneof(
  fc.constantFrom(
    '2017-07-01',
    '2018-03-31',
    '2018-04-01',
    '2018-09-15',
    '2022-04-01',
    '2023-10-31',
    '2023-11-01',
    '2024-05-14',
    '2024-05-15',
    '2024-12-21',
    '2024-12-22',
    '2025-06-01',
    '2025-12-31',
    '2026-01-01',
    '2026-02-01',
    '2026-11-23',
  ),
  fc
    .date({ min: new Date('2017-07-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const sectorArb = fc.constantFrom('1', '2-optam', '2', '3', 'unknown' as const);
const knownSectorArb = fc.constantFrom('1', '2-optam', '2', '3' as const);
const specialtyArb = fc.constantFrom(...SPECIAL_KEYS, ...GENERIC_SPECIALIST_KEYS.slice(0, 4), 'mpr');
const actArb = fc.oneof(
  { arbitrary: fc.constant('consultation' as const), weight: 4 },
  { arbitrary: fc.constant('teleconsultation' as const), weight: 1 },
);
/** Situations that change the rules are rarer than not (CSS and AME together are invalid). */
const rareFlag = fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 });
const centsArb = fc.oneof(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 1_000_000 }));
const feeArb: fc.Arbitrary<Money | null> = fc.oneof(
  fc.constant(null),
  centsArb.map((c) => exact(c)),
  fc.tuple(centsArb, centsArb).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
);
const levelArb = fc.oneof(
  fc.constantFrom(0, 50, 100, 120, 125, 150, 170, 180, 200, 220, 250, 300, 400),
  fc.integer({ min: 0, max: 1000 }),
  fc.double({ min: 0, max: 1000, noNaN: true }),
);
const mutuelleArb: fc.Arbitrary<Mutuelle> = fc.oneof(
  fc.constant({ kind: 'none' } as const),
  fc.record({ kind: fc.constant('brss' as const), dptamPct: levelArb, nonDptamPct: levelArb, responsable: fc.boolean() }),
);
const ageArb = fc.oneof(fc.constantFrom(0, 1, 2, 5, 6, 15, 16, 17, 18, 25, 26, 30, 80), fc.integer({ min: 0, max: 130 }));
const profileArb = fc.record({
  mutuelle: mutuelleArb,
  age: ageArb,
  medecinTraitant: fc.boolean(),
  referred: fc.boolean(),
  ald: rareFlag,
  maternity: rareFlag,
  regime: fc.constantFrom('general', 'alsace-moselle' as const),
  css: rareFlag,
  ame: rareFlag,
});
const inputArb: fc.Arbitrary<EstimateInput> = fc.record({
  date: dayArb,
  sector: sectorArb,
  specialty: specialtyArb,
  act: actArb,
  feeCents: feeArb,
  profile: profileArb,
  isMedecinTraitant: fc.constantFrom(undefined, true, false),
});
/** Each field valid or garbage. */
const garbageInputArb = fc.record({
  date: fc.oneof(dayArb, fc.string(), fc.constantFrom('2017-06-30', '2025-13-01', '2024-02-30', ''), fc.anything()),
  sector: fc.oneof(sectorArb, fc.string(), fc.anything()),
  specialty: fc.oneof(specialtyArb, fc.string(), fc.anything()),
  act: fc.oneof(actArb, fc.anything()),
  feeCents: fc.oneof(
    feeArb,
    fc.record({
      min: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -1, 1_000_001)),
      max: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -1)),
    }),
    fc.anything(),
  ),
  profile: fc.oneof(
    profileArb,
    profileArb.chain((p) =>
      fc.record({
        ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, fc.constant(v)])),
        age: fc.oneof(fc.constant(p.age), fc.double(), fc.constantFrom(NaN, -1, Infinity, 131)),
        mutuelle: fc.oneof(
          fc.constant(p.mutuelle),
          fc.record({ kind: fc.constant('brss'), dptamPct: fc.double(), nonDptamPct: fc.double(), responsable: fc.anything() }),
          fc.anything(),
        ),
      }),
    ),
    fc.anything(),
  ),
  isMedecinTraitant: fc.oneof(fc.constantFrom(undefined, true, false), fc.anything()),
}) as fc.Arbitrary<unknown> as fc.Arbitrary<EstimateInput>;

// --- Checks -----------------------------------------------------------------------------------

function checkShape(e: Estimate): void {
  for (const n of e.notes) {
    expect(NOTE_CODES).toContain(n.code);
    expect(Object.keys(n.params ?? {}).sort(), n.code).toEqual([...NOTE_PARAMS[n.code as keyof typeof NOTE_PARAMS]].sort());
  }
  expect(e.notes.map((n) => n.code)).not.toContain('internalError');
  if (e.status === 'unknown') {
    expect(e.notes).toHaveLength(1);
    expect(e.outOfPocket).toBeUndefined();
    return;
  }
  for (const f of MONEY_FIELDS) {
    const m = e[f]!;
    expect(m, f).toBeDefined();
    expect(Number.isInteger(m.min) && Number.isInteger(m.max), f).toBe(true);
    expect(m.min, f).toBeLessThanOrEqual(m.max);
    expect(m.min, f).toBeGreaterThanOrEqual(0);
  }
  const { fee, amo, mutuelle, outOfPocket: oop } = e as Required<Estimate>;
  expect(oop.max).toBeLessThanOrEqual(fee.max);
  expect(amo.min + mutuelle.min).toBeLessThanOrEqual(fee.min);
  expect(amo.max).toBeLessThanOrEqual(fee.max);
  expect(mutuelle.max).toBeLessThanOrEqual(fee.max);
  if (e.status === 'exact') {
    expect(amo.min + mutuelle.min + oop.min).toBe(fee.min);
    expect(
      e.participationForfaitaire!.min + e.majoration!.min + e.uncoveredTicketModerateur!.min + e.uncoveredExcess!.min,
    ).toBe(oop.min);
  }
}

const raise = (m: Mutuelle, dD: number, dN: number): Mutuelle =>
  m.kind === 'none'
    ? { kind: 'brss', dptamPct: dD, nonDptamPct: dN, responsable: false }
    : { ...m, dptamPct: Math.min(1000, m.dptamPct + dD), nonDptamPct: Math.min(1000, m.nonDptamPct + dN) };

const has = (e: Estimate, code: string) => e.notes.some((n) => n.code === code);

/**
 * Each property's own timeout: the slowest (3 000 valid inputs) took 9.3 s on this project's
 * 2-core machine while other jobs kept it busy, over vitest's 5 s default; 60 s leaves margin.
 */
const PROPERTY_TIMEOUT = 60_000;

describe('properties', () => {
  it('never throws on arbitrary values, and answers "unknown" with one reason for garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const e = estimate(x as EstimateInput);
        checkShape(e);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on inputs with garbage fields; the shape of every estimate is sound', () => {
    fc.assert(
      fc.property(garbageInputArb, (input) => {
        checkShape(estimate(input));
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);

  it('valid inputs: integers, 0 ≤ outOfPocket ≤ fee, amo + mutuelle ≤ fee, breakdown adds up', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        checkShape(e);
        // The fee shown is the fee paid (CSS aside: cut to the tarif opposable).
        if (input.feeCents && e.status !== 'unknown' && !input.profile.css) expect(e.fee).toEqual(input.feeCents);
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);

  it('a higher mutuelle level never raises the out-of-pocket', () => {
    const cases = checkedCases(2000);
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (input, dD, dN) => {
        const lower = estimate(input);
        const higher = estimate({ ...input, profile: { ...input.profile, mutuelle: raise(input.profile.mutuelle, dD, dN) } });
        if (lower.status === 'unknown' || higher.status === 'unknown') return;
        cases.hit();
        expect(higher.outOfPocket!.min).toBeLessThanOrEqual(lower.outOfPocket!.min);
        expect(higher.outOfPocket!.max).toBeLessThanOrEqual(lower.outOfPocket!.max);
        expect(higher.fullyCoveredUpTo!.min).toBeGreaterThanOrEqual(lower.fullyCoveredUpTo!.min);
      }),
      { numRuns: cases.runs },
    );
    cases.atLeast(0.4); // 63 % measured
  }, PROPERTY_TIMEOUT);

  it('a higher fee never lowers the out-of-pocket (except the non-OPTAM base switch, see below)', () => {
    const cases = checkedCases(2500);
    fc.assert(
      fc.property(inputArb, centsArb, centsArb, (input, a, b) => {
        const [f1, f2] = a <= b ? [a, b] : [b, a];
        const e1 = estimate({ ...input, feeCents: exact(f1) });
        const e2 = estimate({ ...input, feeCents: exact(f2) });
        if (e1.status === 'unknown' || e2.status === 'unknown') return;
        // Documented exception: a non-OPTAM doctor leaving the tarif opposable switches the base
        // to the lower non-OPTAM base, which lowers the hors-parcours majoration with it.
        const baseSwitch = !has(e1, 'nonOptamBase') && has(e2, 'nonOptamBase') && e1.majoration!.max > 0;
        if (baseSwitch) return;
        cases.hit();
        expect(e2.outOfPocket!.min).toBeGreaterThanOrEqual(e1.outOfPocket!.min);
        expect(e2.outOfPocket!.max).toBeGreaterThanOrEqual(e1.outOfPocket!.max);
      }),
      { numRuns: cases.runs },
    );
    cases.atLeast(0.4); // 62 % measured
  }, PROPERTY_TIMEOUT);

  it('fullyCoveredUpTo: at that fee only the PF and the majoration remain; one cent more costs more', () => {
    const cases = checkedCases(3000);
    fc.assert(
      fc.property(inputArb, knownSectorArb, (input, sector) => {
        if (input.specialty === 'medecin' || input.profile.css) return;
        const probe = estimate({ ...input, sector, feeCents: null });
        if (probe.status === 'unknown' || probe.fullyCoveredUpTo!.min !== probe.fullyCoveredUpTo!.max) return;
        const limit = probe.fullyCoveredUpTo!.min;
        if (limit === 0) return;
        const at = estimate({ ...input, sector, feeCents: exact(limit) });
        const above = estimate({ ...input, sector, feeCents: exact(limit + 1) });
        if (at.status !== 'exact' || above.status !== 'exact') return;
        cases.hit();
        expect(at.outOfPocket!.min).toBe(at.participationForfaitaire!.min + at.majoration!.min);
        expect(above.outOfPocket!.min).toBeGreaterThan(above.participationForfaitaire!.min + above.majoration!.min);
      }),
      { numRuns: cases.runs },
    );
    cases.atLeast(0.15); // 31 % measured
  }, PROPERTY_TIMEOUT);

  it('the non-OPTAM base switch can lower the out-of-pocket hors parcours (a property of the rules)', () => {
    // GP secteur 2 non-OPTAM, no médecin traitant, mutuelle 200 % (not responsable), 2025:
    // at 30 € the secteur 1 code applies (BR 30, majoration 12 €) → 14 €; at 30.01 € the
    // non-OPTAM base applies (BR 23, majoration 9.20 €, the mutuelle covers the rest) → 11.20 €.
    const p = profile({ medecinTraitant: false, referred: false, mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 200, responsable: false } });
    const at = (fee: number) => estimate({ date: '2025-06-01', sector: '2', specialty: 'generaliste', act: 'consultation', feeCents: exact(fee), profile: p });
    expect(at(3000).outOfPocket).toEqual(exact(1400));
    expect(at(3001).outOfPocket).toEqual(exact(1120));
    // A fee range across the switch reports both sides.
    const range = estimate({ date: '2025-06-01', sector: '2', specialty: 'generaliste', act: 'consultation', feeCents: { min: 2900, max: 3500 }, profile: p });
    expect(range.outOfPocket).toEqual({ min: 1120, max: 1400 });
  }, PROPERTY_TIMEOUT);
});
