// The badge as a user meets it: summary text, the disclosure button, the breakdown by keyboard,
// and page text rendered as text only.
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, EstimateInput } from '../../../src/core/types';
import { badgeView, shapeOf } from '../../../src/ui/badge/model';
import { breakdownSources } from '../../../src/domain/sources';
import { mountBadge, type BadgeData } from '../../../src/ui/badge/mount';
import { DEFAULT_PROFILE } from '../../../src/settings';

const profile = (pct: number): CoverageProfile => ({
  ...DEFAULT_PROFILE,
  mutuelle: { kind: 'brss', dptamPct: pct, nonDptamPct: Math.min(200, Math.max(100, pct - 20)), responsable: true },
});

function data(input: Partial<EstimateInput> & { profile: CoverageProfile }, floor = false): BadgeData {
  const full: EstimateInput = {
    date: '2025-06-01', sector: '2-optam', specialty: 'dermatologue', act: 'consultation',
    feeCents: { min: 6000, max: 6000 }, ...input,
  };
  const est = estimate(full);
  return {
    view: badgeView({ estimate: est, sector: full.sector, specialty: full.specialty, floor, feeShown: full.feeCents != null }),
    shape: shapeOf(full.feeCents && { min: full.feeCents.min, max: floor ? null : full.feeCents.max }, full.specialty),
    estimate: est, profile: full.profile, sector: full.sector, isDefaultProfile: false,
    sources: breakdownSources(est.tariff.sources),
    feeShown: full.feeCents != null, floor,
  };
}

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => { document.body.innerHTML = ''; });

describe('badge', () => {
  it('shows "Reste à charge : 14,75 €" for rules §3.B B4 and carries the testing hook', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, data({ profile: profile(150) }));
    expect(b.host.localName).toBe('rac-badge');
    expect(anchor.nextElementSibling).toBe(b.host);
    expect(b.host.getAttribute('data-out-of-pocket-cents')).toBe('1475');
    expect(plain(b.root.querySelector('.text')?.textContent)).toBe('Reste à charge : 14,75 €');
  });

  it('opens the breakdown with Enter, closes it with Escape and gives focus back', async () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, data({ profile: profile(150) }));
    const root = b.root;
    const button = root.querySelector('button.badge') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    button.click(); // Enter/Space on a <button> fire click
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = root.querySelector('.panel')!;
    const text = plain(panel.textContent);
    expect(text).toContain('Base de remboursement');
    expect(text).toContain('31,50 €');
    expect(text).toContain('Mutuelle (150 % BRSS)');
    expect(text).toContain('14,75 €');
    expect(text).toContain('Estimation indicative');
    expect(panel.querySelectorAll('.notes li').length).toBeGreaterThan(0);
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(root.querySelector('.panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('updates in place when the settings change', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, data({ profile: profile(100) }));
    expect(b.host.getAttribute('data-out-of-pocket-cents')).toBe('3050');
    b.update(data({ profile: profile(200) }));
    expect(b.host.getAttribute('data-out-of-pocket-cents')).toBe('200');
    expect(document.querySelectorAll('rac-badge')).toHaveLength(1);
  });

  it('keeps clicks on the badge away from the page', () => {
    const card = document.createElement('div');
    const anchor = document.createElement('p');
    card.append(anchor);
    document.body.append(card);
    let pageClicks = 0;
    card.addEventListener('click', () => pageClicks++);
    const b = mountBadge(anchor, data({ profile: profile(100) }));
    (b.root.querySelector('button.badge') as HTMLButtonElement).click();
    expect(pageClicks).toBe(0);
    anchor.click();
    expect(pageClicks).toBe(1);
  });

  it('says "Non estimé" for a non-medical profession, with no amount', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, data({ specialty: 'non-medical', profile: profile(100) }));
    expect(b.host.getAttribute('data-out-of-pocket-cents')).toBe('unknown');
    expect(plain(b.root.querySelector('.text')?.textContent)).toBe('Non estimé');
  });

  it('keeps its root off the custom element: the root is on a built-in span inside <rac-badge>', () => {
    // A page that defines rac-badge first would read a root attached to it through
    // ElementInternals (happy-dom has no attachInternals: the e2e spy scenario tries it for real).
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, data({ profile: profile(150) }));
    expect(b.host.shadowRoot).toBeNull();
    const inner = b.host.firstElementChild!;
    expect(inner.localName).toBe('span');
    expect(b.root.host).toBe(inner);
    expect(plain(b.root.querySelector('.text')?.textContent)).toBe('Reste à charge : 14,75 €');
  });

  it("keeps the default-profile mark's place whether or not the default profile is in use", () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, { ...data({ profile: profile(100) }), isDefaultProfile: true });
    expect(b.root.querySelectorAll('.star')).toHaveLength(1);
    b.update({ ...data({ profile: profile(100) }), isDefaultProfile: false });
    expect(b.root.querySelectorAll('.star')).toHaveLength(1);
    expect(b.root.querySelector('.frame')?.className).toBe('frame shape-fee');
  });
});

describe('badge: a GP and the médecin traitant (issue 17)', () => {
  const gp = (isMedecinTraitant: boolean | undefined, over: Partial<EstimateInput> = {}) =>
    data({ profile: profile(100), sector: '1', specialty: 'generaliste', feeCents: { min: 3000, max: 3000 }, ...over, ...(isMedecinTraitant === undefined ? {} : { isMedecinTraitant }) });
  const summary = (d: BadgeData) => {
    document.body.innerHTML = '';
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const b = mountBadge(anchor, d);
    return { b, text: plain(b.root.querySelector('.text')!.textContent) };
  };

  it('none marked: "Si méd. traitant : 2 €" in place of "Reste à charge" (same shape class); marked: plain; another GP: "Hors parcours : 14 €"', () => {
    const assumed = summary(gp(undefined));
    expect(assumed.text).toBe('Si méd. traitant : 2 €');
    expect(assumed.b.root.querySelector('.frame')!.className).toBe('frame shape-fee');
    const mine = summary(gp(true));
    expect(mine.text).toBe('Reste à charge : 2 €');
    expect(mine.b.root.querySelector('.frame')!.className).toBe('frame shape-fee');
    const other = summary(gp(false));
    expect(other.text).toBe('Hors parcours : 14 €');
    expect(other.b.root.querySelector('.frame')!.className).toBe('frame shape-fee');
  });

  it('no word for a specialist, a child (never hors parcours) or a profile without a declared médecin traitant', () => {
    expect(summary(data({ profile: profile(100), sector: '1', feeCents: { min: 3150, max: 3150 } })).text).toMatch(/^Reste à charge/);
    expect(summary(gp(false, { profile: { ...profile(100), age: 10 } })).text).toBe('Reste à charge : 0 €');
    expect(summary(gp(undefined, { profile: { ...profile(100), medecinTraitant: false } })).text).toBe('Reste à charge : 14 €');
  });

  it('"couvert jusqu\'à" gives way to the word (secteur 2 GP, no fee shown): "Si méd. traitant : dès 2 €"', () => {
    const d = gp(undefined, { sector: '2-optam', feeCents: null });
    expect(d.view.kind).toBe('fromCovered');
    expect(summary(d).text).toBe('Si méd. traitant : dès 2 €');
  });

  it('the breakdown of another GP gives the in-parcours amount and the exceptions', () => {
    const d = { ...gp(false), inParcours: { min: 200, max: 200 } };
    const { b } = summary(d);
    (b.root.querySelector('button.badge') as HTMLButtonElement).click();
    return flush().then(() => {
      const text = plain(b.root.querySelector('.panel')!.textContent);
      expect(text).toContain("Dans le parcours de soins (urgence, éloignement, ou ce médecin remplace votre médecin traitant absent) : 2 € de reste à charge.");
      expect(text).toContain("Ce médecin n'est pas le médecin traitant que vous avez indiqué : hors parcours de soins, remboursement à 30 %");
    });
  });
});
