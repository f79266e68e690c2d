// The badge of a profession the Assurance Maladie never reimburses (issue 16): "Non remboursé par
// l'Assurance Maladie" with the fee as the out-of-pocket, instead of "Non estimé".
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, Sector } from '../../../src/core/types';
import { compareText } from '../../../src/ui/compare/ComparePanel';
import { badgeView, shapeOf, summaryText } from '../../../src/ui/badge/model';

const profile: CoverageProfile = {
  mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true },
  age: 30, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false,
};
const view = (specialty: string, fee: number | null, sector: Sector = 'unknown') => {
  const e = estimate({ date: '2026-03-02', sector, specialty, act: 'consultation', feeCents: fee == null ? null : { min: fee, max: fee }, profile });
  return badgeView({ estimate: e, sector, specialty, floor: false, feeShown: fee != null });
};

describe('notReimbursed badge', () => {
  it('osteopath 60 €: the fee as the out-of-pocket, its own text, not "Non estimé"', () => {
    const v = view('osteopathe', 6000);
    expect(v).toMatchObject({ attr: '6000', kind: 'notReimbursed', sectorUnknown: false });
    expect(summaryText(v)).toMatch(/^Non remboursé par l'Assurance Maladie · 60\s€$/);
  });

  it('no fee shown: the text without an amount, hook "unknown", "Non remboursé" in the Comparer', () => {
    const v = view('chiropracteur', null);
    expect(v).toMatchObject({ attr: 'unknown', kind: 'notReimbursed' });
    expect(summaryText(v)).toBe("Non remboursé par l'Assurance Maladie");
    expect(compareText(v)).toBe('Non remboursé');
  });

  it("a Mon soutien psy partner's own fee above 50 € reads the same; her 50 € session is an estimate", () => {
    expect(view('psychologue-msp', 6500, '1')).toMatchObject({ attr: '6500', kind: 'notReimbursed' });
    expect(view('psychologue-msp', 5000, '1')).toMatchObject({ attr: '0', kind: 'exact' });
  });

  it('the box size comes from page data only: the specialty (and whether a fee is shown)', () => {
    for (const key of ['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue']) {
      expect(shapeOf({ min: 6000, max: 6000 }, key)).toBe('notReimbursed');
      expect(shapeOf(null, key)).toBe('notReimbursed');
    }
    expect(shapeOf({ min: 5000, max: 5000 }, 'psychologue-msp')).toBe('notReimbursed');
    expect(shapeOf({ min: 2300, max: 2300 }, 'dentiste')).toBe('fee');
  });
});
