// The act table: sound data, the values the reference gives on both sides of each dated change,
// and every act id documented.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACT_PARAMETERS } from '../../../src/core/act-table';
import { ACTS, actBase, actBasket, actParameter, checkActTable, getAct, type ActDefinition } from '../../../src/core/acts';
import { parseDay } from '../../../src/core/dates';
import { checkTable, getParameter, PARAMETERS } from '../../../src/core/tariffs';

const day = (s: string): number => parseDay(s);
const act = (id: string): ActDefinition => {
  const a = getAct(id);
  if (!a) throw new Error(`no act ${id}`);
  return a;
};
const base = (id: string, date: string, grid: 'optam' | 'non-optam' = 'optam') => {
  const b = actBase(act(id), grid, day(date));
  return b && [b.min, b.max];
};
const basket = (id: string, date: string) => {
  const b = actBasket(act(id), day(date));
  return b && { basket: b.basket, ceiling: b.ceiling && [b.ceiling.min, b.ceiling.max] };
};
const value = (id: string, date: string) => actParameter(id, day(date))?.value ?? null;

describe('act table', () => {
  it('is part of the tariff table and passes its checks and its own', () => {
    for (const p of ACT_PARAMETERS) expect(getParameter(p.id), p.id).toBe(p);
    expect(PARAMETERS.length).toBeGreaterThan(ACT_PARAMETERS.length);
    expect(checkTable()).toEqual([]);
    expect(checkActTable()).toEqual([]);
  });

  it('low-confidence values are exactly the ones the reference marks L (or calls unreliable or conflicting)', () => {
    const low = ACT_PARAMETERS.filter((p) => p.values.some((v) => v.confidence === 'L')).map((p) => p.id);
    expect(low.sort()).toEqual(
      ['D-H1/max', 'D-H2/max', 'D-H3/max', 'D-H4/max', 'D-H5/max', 'D-H6/max', 'D-P4', 'D-S11/max', 'D-S13', 'D-S2b', 'S-G4', 'S-G4/max', 'TCS-2'].sort(),
    );
  });

  it('every act id and reference row is documented in docs/acts.md', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/acts.md'), 'utf8');
    for (const a of ACTS) expect(doc, a.id).toContain(`| \`${a.id}\` | ${a.ref} |`);
  });

  it('uses the CCAM codes the contract names', () => {
    for (const id of ['HBJD001', 'DEQP003', 'JKHD001', 'HBLD634', 'HBLD491', 'HBLD734']) expect(getAct(id), id).toBeDefined();
    expect(act('HBLD634').teeth).toBe('incisor-canine-premolar1');
    expect(act('HBLD491').teeth).toBe('premolar2');
    expect(act('HBLD734').teeth).toBe('molar');
  });
});

describe('act table: both sides of every dated change', () => {
  it('crown base: 107.50 € until 2019-03-31, 120 € from 2019-04-01', () => {
    expect(base('HBLD634', '2019-03-31')).toEqual([10750, 10750]);
    expect(base('HBLD634', '2019-04-01')).toEqual([12000, 12000]);
    expect(base('inlay-core', '2019-03-31')).toEqual([12250, 12250]);
    expect(base('inlay-core', '2019-04-01')).toEqual([9000, 9000]);
  });

  it('100 % Santé: ceilings from 2019-04-01, RAC 0 from 2020-01-01, the 2026 +3 % as a range', () => {
    expect(basket('HBLD634', '2019-03-31')).toBeNull();
    expect(basket('HBLD634', '2019-04-01')).toEqual({ basket: 'maitrise', ceiling: [53000, 53000] });
    expect(basket('HBLD634', '2019-12-31')).toEqual({ basket: 'maitrise', ceiling: [53000, 53000] });
    expect(basket('HBLD634', '2020-01-01')).toEqual({ basket: '100-sante', ceiling: [50000, 50000] });
    expect(basket('HBLD634', '2025-12-31')).toEqual({ basket: '100-sante', ceiling: [50000, 50000] });
    expect(basket('HBLD634', '2026-01-01')).toEqual({ basket: '100-sante', ceiling: [50000, 51500] });
    expect(basket('HBLD350', '2026-03-02')).toEqual({ basket: '100-sante', ceiling: [44000, 45320] });
    expect(basket('HBLD038', '2025-06-01')).toEqual({ basket: '100-sante', ceiling: [29000, 29000] });
    expect(actBasket(act('HBLD038'), day('2026-01-01'))?.caveat).toBe('posterior-metal-may-leave');
  });

  it('second premolar and molar crowns: maîtrisé and libre; zircon molars enter RAC 0 on 2026-01-01, ceiling not found', () => {
    expect(basket('HBLD491', '2019-12-31')).toBeNull();
    expect(basket('HBLD491', '2020-01-01')).toEqual({ basket: 'maitrise', ceiling: [55000, 55000] });
    expect(basket('HBLD491', '2026-01-01')).toEqual({ basket: 'maitrise', ceiling: [55000, 56650] });
    expect(basket('HBLD734', '2025-06-01')).toEqual({ basket: 'libre', ceiling: null });
    expect(basket('HBLD073', '2025-12-31')).toEqual({ basket: 'maitrise', ceiling: [44000, 44000] });
    expect(basket('HBLD073', '2026-01-01')).toEqual({ basket: '100-sante', ceiling: null });
    expect(actBasket(act('HBLD073'), day('2026-01-01'))?.caveat).toBe('ceiling-not-found');
  });

  it('dental care: the 2025-01-01 +4 % on restorations; détartrage unchanged; the 3–24 cohort from 2024-02-25', () => {
    expect(base('HBMD058', '2024-12-31')).toEqual([2930, 2930]);
    expect(base('HBMD058', '2025-01-01')).toEqual([3047, 3047]);
    expect(base('HBMD038', '2024-12-31')).toEqual([6550, 6550]);
    expect(base('HBMD038', '2025-01-01')).toEqual([6812, 6812]);
    expect(base('HBFD008', '2025-01-01')).toEqual([10400, 10400]);
    // The +4 % was not seen for the necrotic molar: no value after 2024 rather than a guess.
    expect(base('endo-molar-necrotic', '2024-12-31')).toEqual([11000, 11000]);
    expect(base('endo-molar-necrotic', '2025-01-01')).toBeNull();
    expect(base('HBJD001', '2019-01-01')).toEqual([2892, 2892]);
    expect(base('HBJD001', '2026-03-02')).toEqual([2892, 2892]);
    expect(value('D-T4', '2024-02-24')).toBeNull();
    expect(value('D-T4', '2024-02-25')).toBe(30);
    expect(base('HBGD036', '2025-06-01')).toEqual([3344, 3900]);
  });

  it('doctors: the two grids; the 2025 values as the upper bound; the FSD step of 2024-12-22; CDE 54 → 60 €', () => {
    expect(base('DEQP003', '2024-12-31')).toEqual([1426, 1426]);
    expect(base('DEQP003', '2025-01-01')).toEqual([1426, 1452]);
    expect(base('DEQP003', '2025-01-01', 'non-optam')).toEqual([1352, 1352]);
    expect(base('JKHD001', '2024-12-31')).toEqual([1246, 1246]);
    expect(base('JKHD001', '2025-01-01')).toEqual([1246, 1273]);
    expect(base('JKHD001', '2025-01-01', 'non-optam')).toEqual([964, 964]);
    expect(base('DZQM006', '2024-12-31', 'non-optam')).toEqual([9529, 9529]);
    expect(base('DZQM006', '2025-01-01', 'non-optam')).toEqual([9649, 9649]);
    expect(value('S-D1/fsd', '2024-12-21')).toBe(4000);
    expect(value('S-D1/fsd', '2024-12-22')).toBe(4500);
    expect(base('CDE', '2025-12-31')).toEqual([5400, 5400]);
    expect(base('CDE', '2026-01-01')).toEqual([6000, 6000]);
    expect(base('echo-pelvienne', '2026-03-02')).toEqual([4272, 6993]);
    expect(actBase(act('radiology'), 'optam', day('2026-03-02'))).toBeNull();
  });

  it('forfait 24 €: 18 € until 2018-12-31, 24 € from 2019-01-01, on 120 € or more; 4 PF a day', () => {
    expect(value('X-3', '2018-12-31')).toBe(1800);
    expect(value('X-3', '2019-01-01')).toBe(2400);
    expect(value('X-3/threshold', '2026-03-02')).toBe(12000);
    expect(value('X-4', '2026-03-02')).toBe(4);
  });

  it('teleconsultation: TCS from 2023-11-01 at the in-person tariff of 2023-10-31', () => {
    expect(value('TCS-1', '2023-10-31')).toBeNull();
    expect(value('TCS-1', '2023-11-01')).toBe(3000);
    expect(value('TCS-1', '2026-03-02')).toBe(3000);
    expect(value('TCS-3', '2023-11-01')).toBe(5020);
    expect(value('TCS-4', '2023-11-01')).toBe(3200);
    expect(value('TCS-5', '2023-11-01')).toBe(2300);
  });

  it('orthodontics: 193.50 € a semester at 100 %, under 16', () => {
    expect(base('TO90', '2025-06-01')).toEqual([19350, 19350]);
    expect(value('D-N4/rate', '2025-06-01')).toBe(100);
    expect(value('D-N4/max-age', '2025-06-01')).toBe(16);
  });
});
