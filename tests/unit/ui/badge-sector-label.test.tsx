// Issue 15 points 5 and 6 in the badge: a sector label the page showed but the core does not
// model is named (not "Secteur non indiqué"), with why the amount is a range; a secteur 3 doctor
// without a fee gets no computed-looking amount.
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { EstimateInput, Sector } from '../../../src/core/types';
import { KNOWN_SECTOR_LABELS, parseSector } from '../../../src/detect/parse-sector';
import { badgeView, shapeOf } from '../../../src/ui/badge/model';
import { mountBadge, type BadgeData } from '../../../src/ui/badge/mount';
import { sectorLabelKind } from '../../../src/ui/badge/sector-label';
import { breakdownSources } from '../../../src/domain/sources';
import { DEFAULT_PROFILE } from '../../../src/settings';

/** The reader's classification of a label (Listing.sectorRule). */
const ruleOf = (label: string | undefined) => (label === undefined ? undefined : parseSector(label)?.rule);

function data(input: Partial<EstimateInput>, sectorEvidence?: string): BadgeData {
  const full: EstimateInput = {
    date: '2025-06-01', sector: 'unknown', specialty: 'dermatologue', act: 'consultation',
    feeCents: null, profile: DEFAULT_PROFILE, ...input,
  };
  const est = estimate(full);
  return {
    view: badgeView({ estimate: est, sector: full.sector, specialty: full.specialty, floor: false, feeShown: full.feeCents != null, sectorRule: ruleOf(sectorEvidence) }),
    shape: shapeOf(full.feeCents, full.specialty),
    estimate: est, profile: full.profile, sector: full.sector, sectorEvidence, isDefaultProfile: false,
    sources: breakdownSources(est.tariff.sources), feeShown: full.feeCents != null, floor: false,
  };
}

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const flush = () => new Promise((r) => setTimeout(r, 0));

async function mounted(d: BadgeData) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const b = mountBadge(anchor, d);
  const text = plain(b.root.querySelector('.text')?.textContent);
  (b.root.querySelector('button.badge') as HTMLButtonElement).click();
  await flush();
  return { b, text, panel: plain(b.root.querySelector('.panel')?.textContent) };
}

afterEach(() => { document.body.innerHTML = ''; });

describe('sector labels read but not modelled (issue 15 point 6)', () => {
  it('maps each known label the reader keeps "unknown" to what the badge names', () => {
    const kinds = Object.fromEntries(
      KNOWN_SECTOR_LABELS.filter(([, s]) => s === 'unknown').map(([label]) => [label, sectorLabelKind('unknown', ruleOf(label))]),
    );
    expect(kinds['Conventionné secteur 1 avec droit permanent à dépassement']).toBe('dp');
    expect(kinds['Conventionné avec droit permanent à dépassement']).toBe('dp');
    expect(kinds['Conventionné']).toBe('contracted');
    expect(kinds["Conventionné avec l'Assurance Maladie"]).toBe('contracted');
    expect(kinds['Établissement conventionné']).toBe('establishment');
    expect(kinds['Non spécifié']).toBeNull();
    // A modelled sector is never relabelled.
    expect(sectorLabelKind('1' as Sector, ruleOf('Conventionné secteur 1'))).toBeNull();
  });

  it('"Conventionné secteur 1 avec droit permanent à dépassement": the badge says "Secteur 1 avec dépassements (DP)", not "Secteur non indiqué", and the panel quotes the page and says why it is a range', async () => {
    const { b, text, panel } = await mounted(data({}, 'Conventionné secteur 1 avec droit permanent à dépassement'));
    expect(text).toMatch(/^Secteur 1 avec dépassements \(DP\) · /);
    expect(text).not.toContain('Secteur non indiqué');
    expect(panel).toContain('La page indique « Conventionné secteur 1 avec droit permanent à dépassement »');
    expect(panel).toContain("son remboursement n'est pas documenté");
    // Same estimate and hook as any unknown sector: the core still spans 1, 2-OPTAM and 2.
    expect(b.host.getAttribute('data-out-of-pocket-cents')).toMatch(/^\d+\+$/);
  });

  it('a bare "Conventionné" and "Établissement conventionné" are named too; a conflicting label keeps "Secteur non indiqué"', async () => {
    expect((await mounted(data({}, 'Conventionné'))).text).toMatch(/^Conventionné, secteur non précisé · /);
    expect((await mounted(data({}, 'Établissement conventionné'))).text).toMatch(/^Établissement conventionné · /);
    expect((await mounted(data({}, 'Conventionné secteur 1 Conventionné secteur 2'))).text).toMatch(/^Secteur non indiqué · /);
  });

  it('the page text is rendered as text, never as markup', async () => {
    const { b, panel } = await mounted(data({}, 'Conventionné <img src=x onerror=alert(1)> avec droit permanent à dépassement'));
    expect(b.root.querySelector('img')).toBeNull();
    expect(panel).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('secteur 3 without a fee (issue 15 point 5)', () => {
  it('says almost nothing is reimbursed instead of "dès 50,63 €", and gives the tarif d\'autorité as a range in the panel', async () => {
    const { text, panel } = await mounted(data({ sector: '3', specialty: 'cardiologue' }));
    expect(text).toBe('Non conventionné : presque rien remboursé');
    expect(text).not.toMatch(/\d/);
    expect(panel).toContain('de 0,85 € à 1,22 € selon la ville');
    expect(panel).toContain('vous paierez la quasi-totalité des honoraires');
  });

  it('with a fee shown the amount is computed: specialist 60 €, no mutuelle → 60 € (AMO 1.22 × 70 % = 0.85, all taken back by the PF capped at the refund)', async () => {
    const { text, panel } = await mounted(data({ sector: '3', feeCents: { min: 6000, max: 6000 }, profile: { ...DEFAULT_PROFILE, mutuelle: { kind: 'none' } } }));
    expect(text).toBe('Reste à charge : 60 €');
    expect(panel).toContain('de 0,85 € à 1,22 € selon la ville');
  });
});
