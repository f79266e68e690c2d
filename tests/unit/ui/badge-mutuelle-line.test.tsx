// The breakdown's mutuelle row names the level the core applied (Estimate.facts.mutuelleLine),
// not a level chosen again from the sector: a kiné (secteur 1 for these professions) with a
// 100 % DPTAM / 200 % non-DPTAM contract is computed at 100 % and must be labelled 100 %.
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, EstimateInput } from '../../../src/core/types';
import { badgeView, shapeOf } from '../../../src/ui/badge/model';
import { mountBadge, type BadgeData } from '../../../src/ui/badge/mount';
import { breakdownSources } from '../../../src/domain/sources';
import { DEFAULT_PROFILE } from '../../../src/settings';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const flush = () => new Promise((r) => setTimeout(r, 0));

async function panelFor(input: Partial<EstimateInput>, profile: CoverageProfile): Promise<string> {
  const full: EstimateInput = {
    date: '2026-02-01', sector: '1', specialty: 'masseur-kinesitherapeute', act: 'consultation',
    feeCents: { min: 3000, max: 3000 }, profile, ...input,
  };
  const est = estimate(full);
  const d: BadgeData = {
    view: badgeView({ estimate: est, sector: full.sector, specialty: full.specialty, floor: false, feeShown: true }),
    shape: shapeOf(full.feeCents, full.specialty),
    estimate: est, profile, sector: full.sector, isDefaultProfile: false,
    sources: breakdownSources(est.tariff.sources), feeShown: true, floor: false,
  };
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const b = mountBadge(anchor, d);
  (b.root.querySelector('button.badge') as HTMLButtonElement).click();
  await flush();
  return plain(b.root.querySelector('.panel')?.textContent);
}

afterEach(() => { document.body.innerHTML = ''; });

describe('the mutuelle row of the breakdown', () => {
  const contract = (dptamPct: number, nonDptamPct: number): CoverageProfile => ({
    ...DEFAULT_PROFILE,
    mutuelle: { kind: 'brss', dptamPct, nonDptamPct, responsable: true },
  });

  it('a kiné with 100 % / 200 %: computed at 100 %, labelled 100 % (not 200 %)', async () => {
    const e = estimate({
      date: '2026-02-01', sector: '1', specialty: 'masseur-kinesitherapeute', act: 'consultation',
      feeCents: { min: 3000, max: 3000 }, profile: contract(100, 200),
    });
    expect(e.facts?.mutuelleLine).toEqual({ line: 'auxiliaries', levelPct: 100 });
    const panel = await panelFor({}, contract(100, 200));
    expect(panel).toContain('Mutuelle (100 % BRSS)');
    expect(panel).not.toContain('200 % BRSS');
  });

  it('a secteur 1 doctor: the non-DPTAM level the core applied', async () => {
    const panel = await panelFor({ specialty: 'dermatologue', feeCents: { min: 5000, max: 5000 } }, contract(200, 150));
    expect(panel).toContain('Mutuelle (150 % BRSS)');
  });

  it('an OPTAM doctor: the DPTAM level', async () => {
    const panel = await panelFor({ sector: '2-optam', specialty: 'dermatologue', feeCents: { min: 5000, max: 5000 } }, contract(200, 150));
    expect(panel).toContain('Mutuelle (200 % BRSS)');
  });
});
