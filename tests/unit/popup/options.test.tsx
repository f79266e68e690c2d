// The options page in happy-dom: the full situation, the shared mutuelle part, the sites,
// "comment c'est calculé", the privacy promise and the reset with confirmation.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/App';
import { TARIFF_VERSION, listTariffSources } from '../../../src/core';
import { isMirror, selectSources } from '../../../src/domain/sources';
import { DEFAULT_PROFILE, readMarkedGp, readProfile, readSites, setMarkedGp, updateProfile } from '../../../src/settings';
import { mount, settle, type, unmountAll, until, type Mounted } from './helpers';

const saved = async () => (await readProfile()).profile;

async function openOptions(): Promise<Mounted> {
  const m = mount(<OptionsApp />);
  await until(() => m.$('.situation'));
  await until(() => m.$('.site-list'));
  await settle();
  return m;
}
const click = async (m: Mounted, selector: string) => {
  m.$(selector).click();
  await settle();
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('has every section, in order, with headings', async () => {
    const m = await openOptions();
    expect(m.$$('h1, h2').map((h) => h.textContent)).toEqual([
      'Reste à charge — réglages',
      'Ma situation',
      'Ma complémentaire santé',
      'Mon tableau de garanties',
      'Cette année',
      'Mon foyer',
      'Médecin traitant',
      'Sites pris en charge',
      "Comment c'est calculé",
      'Vie privée',
      'Réinitialiser',
    ]);
  });

  it('each situation field saves at once', async () => {
    const m = await openOptions();
    type(m.$<HTMLInputElement>('#options-age'), '4');
    await settle();
    await click(m, '#options-ald');
    await click(m, '#options-maternity');
    await click(m, '#options-regime-alsace-moselle');
    expect(await saved()).toEqual({ ...DEFAULT_PROFILE, age: 4, ald: true, maternity: true, regime: 'alsace-moselle' });
    await click(m, '#options-referred');
    expect((await saved()).referred).toBe(false);
    await click(m, '#options-medecin-traitant');
    expect((await saved()).medecinTraitant).toBe(false);
    // referral needs a médecin traitant: disabled, and said why
    expect(m.$<HTMLInputElement>('#options-referred').disabled).toBe(true);
    expect(m.$('#options-referred-hint').textContent).toBe('Nécessite un médecin traitant déclaré.');
    await click(m, '#options-coverage-ame');
    expect(await saved()).toMatchObject({ ame: true, css: false });
    expect(m.$<HTMLFieldSetElement>('fieldset.mutuelle').disabled).toBe(true);
  });

  it('age: whole years 0–130, inline error otherwise', async () => {
    const m = await openOptions();
    const age = m.$<HTMLInputElement>('#options-age');
    expect(age.value).toBe('30');
    for (const bad of ['trente', '-1', '131', '4.5']) {
      type(age, bad);
      await settle();
      expect(age.getAttribute('aria-invalid'), bad).toBe('true');
      expect(m.$('#options-age-error').textContent).toBe('Entrez un âge en années entières, entre 0 et 130.');
    }
    expect((await saved()).age).toBe(30);
    type(age, '0');
    await settle();
    expect((await saved()).age).toBe(0);
    expect(age.getAttribute('aria-invalid')).toBe('false');
  });

  it('reuses the popup\'s mutuelle part', async () => {
    const m = await openOptions();
    m.$<HTMLInputElement>('.levels input[value="300"]').click();
    await settle();
    await click(m, '#options-split');
    expect((await saved()).mutuelle).toEqual({ kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true });
  });

  it('follows a change made in the popup (another page) while open', async () => {
    const m = await openOptions();
    await updateProfile({ age: 71, mutuelle: { kind: 'brss', dptamPct: 180, nonDptamPct: 160, responsable: true } });
    await until(() => expect(m.$<HTMLInputElement>('#options-age').value).toBe('71'));
    expect(m.$<HTMLInputElement>('.levels input[value="custom"]').checked).toBe(true);
    expect(m.$<HTMLInputElement>('#options-custom-level').value).toBe('180');
    expect(m.$<HTMLInputElement>('#options-split').checked).toBe(true);
    expect(m.$<HTMLInputElement>('#options-non-optam').value).toBe('160');
  });

  it('lists the four sites with their hosts and a switch each', async () => {
    const m = await openOptions();
    const rows = m.$$('.site-row');
    expect(rows.map((r) => r.dataset.site)).toEqual(['doctolib.fr', 'ameli.fr', 'maiia.com', 'keldoc.com']);
    expect(rows[1]!.textContent).toContain('annuairesante.ameli.fr, annuaire.sante.ameli.fr');
    const sw = rows[2]!.querySelector<HTMLButtonElement>('button[role="switch"]')!;
    expect(sw.getAttribute('aria-label')).toBe('Afficher les restes à charge sur Maiia');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    sw.click();
    await settle();
    expect(await readSites()).toEqual({ 'maiia.com': false });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(rows[2]!.textContent).toContain('Désactivé');
  });

  it('explains the calculation in six steps and makes the privacy promise', async () => {
    const m = await openOptions();
    const steps = m.$$('.steps li').map((li) => li.textContent ?? '');
    expect(steps).toHaveLength(6);
    for (const [i, word] of ['Base de remboursement', 'Taux de la Sécurité sociale', 'Participation forfaitaire', 'Mutuelle', 'Contrat responsable', 'Reste à charge'].entries()) {
      expect(steps[i]).toMatch(new RegExp(`^${word}`));
    }
    // the tariff table's version, the day it was last checked, and its sources, from src/core
    const tariff = m.$('.tariff').textContent ?? '';
    expect(tariff).toContain(`Table des tarifs de l'Assurance Maladie : ${TARIFF_VERSION}`);
    expect(tariff).toMatch(/Vérifiée jusqu'au \d{1,2} \p{L}+ \d{4}/u);
    const links = m.$$<HTMLAnchorElement>('.sources a');
    // Every source of the table, as a patient sees it: official pages first, never a mirror.
    expect(links.length).toBe(selectSources(listTariffSources()).length);
    expect(links.length).toBeGreaterThan(5);
    expect(links[0]!.href).toMatch(/^https:\/\/www\.(service-public|ameli)\.fr\//);
    for (const a of links) expect(isMirror(a.href), a.href).toBe(false);
    for (const a of links) {
      expect(a.href).toMatch(/^https?:\/\//);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noreferrer noopener');
      expect(a.textContent).not.toMatch(/^https?:/);
    }
    const privacy = m.$('.privacy').textContent ?? '';
    expect(privacy).toContain('aucune requête réseau');
    expect(privacy).toContain('aucune statistique');
    expect(privacy).toContain('stockage local');
  });

  it('reset asks first; cancel keeps everything; confirm restores the defaults and every site', async () => {
    await updateProfile({ age: 50, css: true });
    await setMarkedGp({ id: 'doctolib:/medecin-generaliste/paris/paul-girard-paris', name: 'Dr Paul Girard' });
    const m = await openOptions();
    m.$<HTMLButtonElement>('.site-row button[role="switch"]').click();
    await settle();
    expect(await readSites()).toEqual({ 'doctolib.fr': false });

    await click(m, '#reset');
    expect(m.$('#reset-question').textContent).toMatch(/^Effacer vos réglages/);
    expect(document.activeElement).toBe(m.$('#reset-yes'));
    await click(m, '#reset-cancel');
    expect(document.activeElement).toBe(m.$('#reset'));
    expect((await saved()).age).toBe(50);

    await click(m, '#reset');
    await click(m, '#reset-yes');
    await until(async () => expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false }));
    expect(await readSites()).toEqual({});
    expect(await readMarkedGp()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await until(() => expect(m.$<HTMLInputElement>('#options-age').value).toBe('30'));
    expect(m.$('[data-notice="default"]')).toBeTruthy();
    expect(m.text()).toContain('Réglages réinitialisés.');
    expect(m.$<HTMLFieldSetElement>('fieldset.mutuelle').disabled).toBe(false);
  });

  it('médecin traitant: none marked says how to mark one; a marked GP is shown and "Effacer" clears it', async () => {
    const m = await openOptions();
    expect(m.$('#mt-none').textContent).toMatch(/^Aucun médecin traitant indiqué/);
    await setMarkedGp({ id: 'doctolib:/medecin-generaliste/paris/paul-girard-paris', name: 'Dr Paul Girard' });
    await until(() => expect(m.$('#mt-current').textContent).toBe('Votre médecin traitant : Dr Paul Girard'));
    expect(m.maybe('#mt-none')).toBeNull();
    await click(m, '#mt-clear');
    expect(await readMarkedGp()).toBeNull();
    expect(await fakeBrowser.storage.local.get(['medecinTraitant', 'medecinTraitant$'])).toEqual({});
    await until(() => expect(m.$('#mt-none')).toBeTruthy());
    expect(m.text()).toContain('Médecin traitant effacé.');
  });

  it('every control has a name', async () => {
    const m = await openOptions();
    for (const input of m.$$<HTMLInputElement>('input')) {
      const named =
        (input.id && m.maybe(`label[for="${input.id}"]`)?.textContent?.trim()) || input.closest('label')?.textContent?.trim();
      expect(named, input.outerHTML).toBeTruthy();
    }
    const ids = m.$$('[id]').map((e) => e.id);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  });
});
