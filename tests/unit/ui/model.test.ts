import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../../src/core/types';
import { badgeView, levelOf } from '../../../src/ui/badge/model';

const money = (min: number, max = min) => ({ min, max });
const est = (status: Estimate['status'], oop?: [number, number], covered?: number): Estimate => ({
  status,
  outOfPocket: oop ? money(oop[0], oop[1]) : undefined,
  fullyCoveredUpTo: covered == null ? undefined : money(covered),
  notes: [],
  tariff: { version: 't', sources: [] },
});

describe('badge testing hook and summary (docs/architecture.md "What the badge says")', () => {
  it('exact estimate at a shown fee → "1475"', () => {
    const v = badgeView({ estimate: est('exact', [1475, 1475]), sector: '2-optam', specialty: 'dermatologue', floor: false, feeShown: true });
    expect(v).toMatchObject({ attr: '1475', kind: 'exact', level: 'medium' });
  });
  it('fee range → "1200-3200"', () => {
    const v = badgeView({ estimate: est('range', [1200, 3200]), sector: '2', specialty: 'dermatologue', floor: false, feeShown: true });
    expect(v).toMatchObject({ attr: '1200-3200', kind: 'range', level: 'high' });
  });
  it('"à partir de" → a floor "N+"', () => {
    const v = badgeView({ estimate: est('exact', [900, 900]), sector: '2', specialty: 'dermatologue', floor: true, feeShown: true });
    expect(v).toMatchObject({ attr: '900+', kind: 'from' });
  });
  it('no fee shown, secteur 2 → "200+" with the covered-up-to amount', () => {
    const v = badgeView({ estimate: est('fee-unknown', [200, 200], 3150), sector: '2-optam', specialty: 'dermatologue', floor: false, feeShown: false });
    expect(v).toMatchObject({ attr: '200+', kind: 'fromCovered', coveredUpTo: money(3150), level: 'low' });
  });
  it('no fee shown, secteur 3: no amount (issue 15 point 5: "dès 50,63 €" read like a computed figure), no "covered up to"; the hook keeps the floor', () => {
    const e = { ...est('fee-unknown', [5063, 5063], 122), fee: { min: 5100, max: 5100 } };
    const v = badgeView({ estimate: e, sector: '3', specialty: 'cardiologue', floor: false, feeShown: false });
    expect(v).toMatchObject({ attr: '5063+', kind: 'secteur3NoFee', level: 'high' });
    expect(v.amount).toBeUndefined();
    expect(v.coveredUpTo).toBeUndefined();
  });
  it('secteur 3 with a fee shown keeps its computed amount', () => {
    const v = badgeView({ estimate: est('exact', [5915, 5915]), sector: '3', specialty: 'cardiologue', floor: false, feeShown: true });
    expect(v).toMatchObject({ attr: '5915', kind: 'exact' });
  });
  it('no fee shown, secteur 1 → exact at the tarif opposable', () => {
    const v = badgeView({ estimate: est('exact', [200, 200]), sector: '1', specialty: 'generaliste', floor: false, feeShown: false });
    expect(v).toMatchObject({ attr: '200', kind: 'exactConventional' });
  });
  it('unknown sector keeps the range and says the sector is not shown', () => {
    const v = badgeView({ estimate: est('range', [200, 2800]), sector: 'unknown', specialty: 'dermatologue', floor: false, feeShown: true });
    expect(v).toMatchObject({ attr: '200-2800', sectorUnknown: true });
  });
  it('non-medical professions and unknown estimates → "unknown"', () => {
    expect(badgeView({ estimate: est('unknown'), sector: '1', specialty: 'non-medical', floor: false, feeShown: true }))
      .toMatchObject({ attr: 'unknown', kind: 'nonMedical', level: 'unknown' });
    expect(badgeView({ estimate: est('unknown'), sector: '2', specialty: 'dermatologue', floor: false, feeShown: true }))
      .toMatchObject({ attr: 'unknown', kind: 'unknown' });
  });
  it('colour levels follow the amount (and are never the only signal: the text carries it)', () => {
    expect([levelOf(0), levelOf(300), levelOf(301), levelOf(2000), levelOf(2001)]).toEqual(['low', 'low', 'medium', 'medium', 'high']);
  });
});
