// Robustness of the calculation core (issue 7): estimate() on ≥ 10⁴ generated inputs in npm test,
// 10⁵ in npm run fuzz. Besides "never throws" (estimate() wraps the engine in a try/catch, so the
// engine itself is called here, and estimate()'s internalError note must never appear), the
// the core contract's invariants (docs/architecture.md): integer cents, min ≤ max, outOfPocket = fee − amo − mutuelle and
// never negative nor above the fee, purity (same result twice, input untouched), invalid values →
// "unknown" with a reason, and a mutuelle never makes the patient pay more.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimate, GENERIC_SPECIALIST_KEYS, NOTE_CODES, SPECIAL_KEYS } from '../../../src/core';
import { estimateUnsafe } from '../../../src/core/engine';
import type { CoverageProfile, Estimate, EstimateInput, Money, Mutuelle } from '../../../src/core/types';
import { checkedCases } from '../checked';
import { RUNS, SEED, TIMEOUT_MS } from './runs';

const MONEY_FIELDS = [
  'fee', 'brss', 'amoRate', 'amo', 'participationForfaitaire', 'mutuelle', 'outOfPocket', 'fullyCoveredUpTo',
  'amoGross', 'majoration', 'uncoveredExcess', 'uncoveredTicketModerateur',
] as const;
const STATUSES = new Set(['exact', 'range', 'fee-unknown', 'unknown']);
const CODES = new Set<string>(NOTE_CODES as readonly string[]);

// --- Arbitraries: inputs that fit the types, in the ranges the core accepts -----------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validDate = fc
  .date({ min: new Date('2017-07-01T12:00:00Z'), max: new Date('2028-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
const edgeDate = fc.constantFrom(
  '2017-07-01', '2017-06-30', '2024-02-29', '2023-02-29', '2025-12-22', '2025-12-21', '2026-01-01', '2026-01-31',
  '2026-02-01', '2099-12-31', '1999-01-01', '2025-13-01', '2025-00-10', '2025-1-1', '2025-01-01T00:00', '', ' 2025-01-01',
);
const date = fc.oneof({ weight: 8, arbitrary: validDate }, { weight: 2, arbitrary: edgeDate }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const knownSpecialty = fc.constantFrom(...SPECIAL_KEYS, ...GENERIC_SPECIALIST_KEYS, 'pediatre', 'psychiatre', 'gynecologue', 'ophtalmologue', 'cardiologue', 'stomatologue', 'neurologue', 'neuropsychiatre', 'geriatre');
const specialty = fc.oneof({ weight: 8, arbitrary: knownSpecialty }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: knownSpecialty.map((s) => ` ${s.toUpperCase()} `) });

const cents = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2500, 2650, 3000, 3150, 4000, 5000, 5600, 6000, 999_999, 1_000_000) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
);
const feeCents: fc.Arbitrary<Money | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: cents.map((c) => ({ min: c, max: c })) },
  { weight: 2, arbitrary: fc.tuple(cents, cents).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })) },
);

const pct = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(0, 100, 125, 150, 200, 300, 400, 1000), fc.double({ min: 0, max: 1000, noNaN: true }));
const mutuelle: fc.Arbitrary<Mutuelle> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Mutuelle>({ kind: 'none' }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant<'brss'>('brss'), dptamPct: pct, nonDptamPct: pct, responsable: fc.boolean() }) },
);
const profile: fc.Arbitrary<CoverageProfile> = fc.record({
  mutuelle,
  age: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constantFrom(0, 5, 15, 16, 17, 18, 25, 26, 70)),
  medecinTraitant: fc.boolean(),
  referred: fc.boolean(),
  ald: fc.boolean(),
  maternity: fc.boolean(),
  regime: fc.constantFrom<CoverageProfile['regime']>('general', 'alsace-moselle'),
  css: fc.boolean(),
  ame: fc.boolean(),
});

const input: fc.Arbitrary<EstimateInput> = fc.record({
  date,
  sector: fc.constantFrom<EstimateInput['sector']>('1', '2-optam', '2', '3', 'unknown'),
  specialty,
  act: fc.constantFrom<EstimateInput['act']>('consultation', 'teleconsultation'),
  feeCents,
  profile,
});

// --- Checks ---------------------------------------------------------------------------------

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function saneEstimate(e: Estimate, inp: EstimateInput): void {
  expect(STATUSES.has(e.status), `status ${e.status}`).toBe(true);
  expect(Array.isArray(e.notes)).toBe(true);
  for (const n of e.notes) expect(CODES.has(n.code), `note code ${n.code}`).toBe(true);
  expect(e.notes.some((n) => n.code === 'internalError'), 'internalError note (the engine threw)').toBe(false);
  expect(typeof e.tariff?.version).toBe('string');
  for (const k of MONEY_FIELDS) {
    const m = e[k];
    if (m === undefined) continue;
    expect(Number.isInteger(m.min) && Number.isInteger(m.max), `${k} ${JSON.stringify(m)} in integer units`).toBe(true);
    expect(m.min <= m.max, `${k} min ≤ max: ${JSON.stringify(m)}`).toBe(true);
    expect(m.min >= 0, `${k} ≥ 0: ${JSON.stringify(m)}`).toBe(true);
  }
  if (e.status === 'unknown') {
    expect(e.notes.length, 'an unknown estimate says why').toBeGreaterThan(0);
    return;
  }
  const { outOfPocket: oop, fee, amo, mutuelle: mu } = e;
  expect(oop, 'outOfPocket present when status is not unknown').toBeDefined();
  if (!oop) return;
  if (fee) expect(oop.max <= fee.max, `outOfPocket ${JSON.stringify(oop)} ≤ fee ${JSON.stringify(fee)}`).toBe(true);
  if (fee && amo && mu && fee.min === fee.max && amo.min === amo.max && mu.min === mu.max) {
    // docs/architecture.md: outOfPocket = fee − amo − mutuelle, never negative.
    expect(oop.min, `fee ${fee.min} − amo ${amo.min} − mutuelle ${mu.min}`).toBe(Math.max(0, fee.min - amo.min - mu.min));
    expect(oop.max).toBe(oop.min);
  }
}

describe(`estimate() on generated inputs (${RUNS} runs per property)`, () => {
  it(
    'inputs that fit the types: the engine never throws, the estimate keeps the contract, same input → same result, input untouched',
    () => {
      // The arithmetic of the contract is checked on the estimates that are not "unknown".
      const cases = checkedCases(RUNS);
      fc.assert(
        fc.property(input, (inp) => {
          const frozen = deepFreeze(structuredClone(inp));
          const raw = estimateUnsafe(frozen); // throws on a bug (or on a write to the frozen input)
          saneEstimate(raw, inp);
          if (raw.status !== 'unknown') cases.hit();
          const wrapped = estimate(frozen);
          expect(wrapped).toEqual(raw);
          expect(frozen).toEqual(inp);
        }),
        { numRuns: RUNS, ...SEED },
      );
      cases.atLeast(0.15); // 27 % measured
    },
    TIMEOUT_MS,
  );

  it(
    'a mutuelle never makes the patient pay more than no mutuelle',
    () => {
      const cases = checkedCases(Math.ceil(RUNS / 2));
      fc.assert(
        fc.property(input, (inp) => {
          const without = estimate({ ...inp, profile: { ...inp.profile, mutuelle: { kind: 'none' } } });
          const withIt = estimate(inp);
          if (without.status === 'unknown' || withIt.status === 'unknown') return;
          cases.hit();
          const a = withIt.outOfPocket!;
          const b = without.outOfPocket!;
          expect(a.min <= b.min && a.max <= b.max, `with ${JSON.stringify(a)} vs without ${JSON.stringify(b)}`).toBe(true);
        }),
        { numRuns: cases.runs, ...SEED },
      );
      cases.atLeast(0.15); // 29 % measured
    },
    TIMEOUT_MS,
  );

  it(
    'values outside the types or ranges give "unknown" with a reason, never an exception',
    () => {
      const weird = fc.constantFrom<unknown>(
        Number.NaN, Infinity, -Infinity, -1, -0.5, -1e308, '', 'abc', '12', undefined, {}, [], true, Symbol.for('x'),
      );
      const breakers: fc.Arbitrary<(i: EstimateInput) => unknown>[] = [
        weird.map((w) => (i: EstimateInput) => ({ ...i, feeCents: { min: w, max: w } })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, feeCents: { min: 1000, max: w } })),
        fc.constant((i: EstimateInput) => ({ ...i, feeCents: { min: 5000, max: 4000 } })),
        fc.constant((i: EstimateInput) => ({ ...i, feeCents: { min: 1_000_001, max: 1_000_001 } })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, feeCents: w })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, sector: w })),
        fc.string({ maxLength: 8 }).filter((s) => !['1', '2', '2-optam', '3', 'unknown'].includes(s)).map((s) => (i: EstimateInput) => ({ ...i, sector: s })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, act: w })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, date: w })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, specialty: w })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, profile: w })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, profile: { ...i.profile, age: w } })),
        fc.constant((i: EstimateInput) => ({ ...i, profile: { ...i.profile, age: 131 } })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, profile: { ...i.profile, mutuelle: w } })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, profile: { ...i.profile, mutuelle: { kind: 'brss', dptamPct: w, nonDptamPct: 100, responsable: true } } })),
        fc.constant((i: EstimateInput) => ({ ...i, profile: { ...i.profile, mutuelle: { kind: 'brss', dptamPct: 1001, nonDptamPct: 100, responsable: true } } })),
        fc.constant((i: EstimateInput) => ({ ...i, profile: { ...i.profile, mutuelle: { kind: 'other' } } })),
        weird.filter((w) => typeof w !== 'boolean').map((w) => (i: EstimateInput) => ({ ...i, profile: { ...i.profile, ald: w } })),
        weird.map((w) => (i: EstimateInput) => ({ ...i, profile: { ...i.profile, regime: w } })),
        weird.map((w) => () => w),
      ];
      fc.assert(
        fc.property(input, fc.oneof(...breakers), (inp, breakIt) => {
          const bad = breakIt(inp) as EstimateInput;
          let e: Estimate | undefined;
          expect(() => {
            e = estimateUnsafe(bad);
          }).not.toThrow();
          expect(e!.status).toBe('unknown');
          expect(e!.notes.length).toBeGreaterThan(0);
          expect(e!.notes.some((n) => n.code === 'internalError')).toBe(false);
          expect(estimate(bad).status).toBe('unknown');
        }),
        { numRuns: Math.ceil(RUNS / 2), ...SEED },
      );
    },
    TIMEOUT_MS,
  );
});
