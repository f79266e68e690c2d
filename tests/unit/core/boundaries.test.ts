// Every change date of the table: the day before and the day of. With no fee shown, a secteur 1
// estimate is made at the tarif opposable, so `fee` and `brss` show the tariff in force.
import { describe, expect, it } from 'vitest';
import { PARAMETERS, VERIFIED_THROUGH } from '../../../src/core';
import { ACT_PARAMETERS } from '../../../src/core/act-table';
import type { Case } from './helpers';
import { codes, exact, run } from './helpers';

const ACT_IDS = new Set<string>(ACT_PARAMETERS.map((p) => p.id));

interface Boundary {
  what: string;
  before: string;
  on: string;
  case: Omit<Case, 'date'>;
  /** Expected brss (cents) before and on the change; 'unknown' = status unknown. */
  brss: [number | 'unknown', number | 'unknown'];
}

const S1_NO_FEE = { sector: '1', fee: null } as const;
const notReferred = { referred: false };

const BOUNDARIES: Boundary[] = [
  { what: 'table start', before: '2017-06-30', on: '2017-07-01', case: { ...S1_NO_FEE, specialty: 'generaliste' }, brss: ['unknown', 2500] },
  // TO-1: from 2018-04-01 a non-OPTAM doctor billing the tarif opposable uses the secteur 1 codes.
  { what: 'TO-1 non-OPTAM at 30 €', before: '2018-03-31', on: '2018-04-01', case: { sector: '2', specialty: 'dermatologue', fee: 3000 }, brss: [2300, 3000] },
  { what: 'GP-8 TCG teleconsultation', before: '2018-09-14', on: '2018-09-15', case: { ...S1_NO_FEE, specialty: 'generaliste', act: 'teleconsultation' }, brss: ['unknown', 2500] },
  { what: 'PSY-1 coordinated', before: '2022-03-31', on: '2022-04-01', case: { ...S1_NO_FEE, specialty: 'psychiatre' }, brss: [4670, 5020] },
  { what: 'PSY-2 non-coordinated (derived)', before: '2022-03-31', on: '2022-04-01', case: { ...S1_NO_FEE, specialty: 'neurologue', profile: notReferred }, brss: [4170, 4520] },
  { what: 'PSY-3 non-OPTAM', before: '2022-03-31', on: '2022-04-01', case: { sector: '2', specialty: 'psychiatre', fee: 9000 }, brss: [3900, 4250] },
  { what: 'GP-1 → GP-2', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'generaliste' }, brss: [2500, 2650] },
  { what: 'GP-5 child under 6', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'generaliste', profile: { age: 5 } }, brss: [3000, 3150] },
  { what: 'SP-1 → SP-2 coordinated', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'dermatologue' }, brss: [3000, 3150] },
  { what: 'SP-4 non-coordinated', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'dermatologue', profile: notReferred }, brss: [2500, 2650] },
  { what: 'PSY-1 2023', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'psychiatre' }, brss: [5020, 5170] },
  { what: 'PED-1 start', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 1 } }, brss: ['unknown', 3850] },
  { what: 'PED-2 start', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 4 } }, brss: ['unknown', 3350] },
  { what: 'PED-3 start', before: '2023-10-31', on: '2023-11-01', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 12 } }, brss: ['unknown', 2950] },
  { what: 'GP-2 → GP-3', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'generaliste' }, brss: [2650, 3000] },
  { what: 'GP-5 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'generaliste', profile: { age: 2 } }, brss: [3150, 3500] },
  { what: 'SP-2 → SP-3 (same 31.50)', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'ophtalmologue' }, brss: [3150, 3150] },
  { what: 'PSY-1 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'psychiatre' }, brss: [5170, 5500] },
  { what: 'PSY-2 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'neurologue', profile: notReferred }, brss: [4670, 5000] },
  { what: 'PED-1 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 0 } }, brss: [3850, 3900] },
  { what: 'PED-2 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 2 } }, brss: [3350, 3500] },
  { what: 'PED-3 2024', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 6 } }, brss: [2950, 3150] },
  { what: 'GYN-1 start', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'gynecologue' }, brss: ['unknown', 3700] },
  { what: 'GER-1 start', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'geriatre' }, brss: [3150, 3700] },
  { what: 'GER-1/base start', before: '2024-12-21', on: '2024-12-22', case: { ...S1_NO_FEE, specialty: 'geriatre', profile: notReferred }, brss: [2650, 3200] },
  { what: 'PSY-1 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'psychiatre' }, brss: [5500, 5700] },
  { what: 'PSY-2 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'neurologue', profile: notReferred }, brss: [5000, 5200] },
  { what: 'PED-1 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 1 } }, brss: [3900, 4000] },
  { what: 'PED-2 unchanged in 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'pediatre', profile: { age: 3 } }, brss: [3500, 3500] },
  { what: 'GYN-1 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'gynecologue' }, brss: [3700, 4000] },
  { what: 'GYN-2 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'gynecologue', profile: { medecinTraitant: false, referred: false } }, brss: [3200, 3500] },
  { what: 'GER-1 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'geriatre' }, brss: [3700, 4200] },
  { what: 'GER-1/base 2026', before: '2025-12-31', on: '2026-01-01', case: { ...S1_NO_FEE, specialty: 'geriatre', profile: notReferred }, brss: [3200, 3700] },
];

describe('tariff change dates: day before / day of', () => {
  it.each(BOUNDARIES.map((b) => [`${b.what}: ${b.before} / ${b.on}`, b] as const))('%s', (_, b) => {
    const sides = [
      [b.before, b.brss[0]],
      [b.on, b.brss[1]],
    ] as const;
    for (const [date, want] of sides) {
      const e = run({ ...b.case, date });
      if (want === 'unknown') {
        expect(e.status, date).toBe('unknown');
        expect(e.outOfPocket).toBeUndefined();
      } else {
        expect(e.status, `${date} ${JSON.stringify(e.notes)}`).not.toBe('unknown');
        expect(e.brss, date).toEqual(exact(want));
      }
    }
  });

  it('PF-1 → PF-2: 1 € until 2024-05-14, 2 € from 2024-05-15', () => {
    const c = { sector: '1', specialty: 'generaliste', fee: 2650 } as const;
    expect(run({ ...c, date: '2024-05-14' }).participationForfaitaire).toEqual(exact(100));
    expect(run({ ...c, date: '2024-05-15' }).participationForfaitaire).toEqual(exact(200));
  });

  it('PSY-5 (under 26) appears as a range on 2024-12-22, steps to 75 € on 2026-01-01', () => {
    const c = { sector: '1', specialty: 'psychiatre', fee: null, profile: { age: 20 } } as const;
    const before = run({ ...c, date: '2024-12-21' });
    expect(before.status).toBe('exact');
    expect(before.brss).toEqual(exact(5170));
    const on = run({ ...c, date: '2024-12-22' });
    expect(on.status).toBe('range');
    expect(on.brss).toEqual({ min: 5500, max: 6700 });
    expect(run({ ...c, date: '2025-12-31' }).brss).toEqual({ min: 5500, max: 6700 });
    expect(run({ ...c, date: '2026-01-01' }).brss).toEqual({ min: 5700, max: 7500 });
  });

  it(`verified-through ${VERIFIED_THROUGH}: no note that day, a note the day after`, () => {
    const c = { sector: '1', specialty: 'generaliste', fee: 3000 } as const;
    expect(codes(run({ ...c, date: '2026-01-26' }))).not.toContain('tariffNotVerifiedAfter');
    const after = run({ ...c, date: '2026-01-27' });
    expect(after.status).toBe('exact');
    expect(after.notes).toContainEqual({ code: 'tariffNotVerifiedAfter', params: { verifiedDate: '2026-01-26' } });
    // Latest values are used after the verified date.
    expect(run({ ...c, date: '2026-11-23' }).brss).toEqual(exact(3000));
  });

  it('covers every dated change in the table', () => {
    // Every `from` later than the table start appears as the "on" side of a boundary above,
    // except the PF and PSY-5 changes tested separately and GP-1's pre-table start.
    const tested = new Set([...BOUNDARIES.map((b) => b.on), '2024-05-15', '2024-12-22', '2026-01-01']);
    // The professions' rows have their own boundary tests (professions.test.ts).
    // The act table's rows too (acts-table.test.ts).
    const doctors = PARAMETERS.filter((p) => !/^(XP|FR|DEN|PSY-MSP|PSY-0|KIN|SF|POD|NR)-/.test(p.id) && !ACT_IDS.has(p.id));
    const starts = new Set(doctors.flatMap((p) => p.values.map((v) => v.from)).filter((d) => d > '2017-07-01'));
    for (const d of starts) expect(tested, d).toContain(d);
  });
});
