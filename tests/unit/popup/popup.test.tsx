// The popup in happy-dom: rendered with preact, driven with DOM events, storage and tabs from
// WXT's fakeBrowser (French messages, see tests/unit/setup.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { PopupApp } from '../../../entrypoints/popup/App';
import type { CoverageProfile } from '../../../src/core/types';
import { DEFAULT_PROFILE, readProfile, readSites } from '../../../src/settings';
import { blur, freshBrowserEachTest, mount, settle, type, unmountAll, until, type Mounted } from './helpers';

const local = () => fakeBrowser.storage.local;
/** What the content script answers to `rac:get-count` ("no answer" unless a test says otherwise: freshBrowserEachTest). */
const contentScriptAnswers = (answer: unknown) =>
  (fakeBrowser.tabs.sendMessage as unknown as Mock).mockResolvedValue(answer);
const noResponse = () => {};
const saved = async () => (await readProfile()).profile;

/** `url: null`: a tab whose URL the browser hides (no host permission for it). */
async function openPopup(url: string | null = 'https://www.doctolib.fr/dermatologue/paris'): Promise<Mounted> {
  const tab = await fakeBrowser.tabs.create(url == null ? {} : { url });
  const m = mount(<PopupApp search={`?tab=${tab.id}`} />);
  await until(() => m.$('.mutuelle'));
  await settle();
  return m;
}

const radio = (m: Mounted, value: string) => m.$<HTMLInputElement>(`.levels input[value="${value}"]`);
const choose = async (m: Mounted, value: string) => {
  radio(m, value).click();
  await settle();
};

freshBrowserEachTest();

describe('mutuelle level', () => {
  it('shows the stored level and writes the chosen preset at once', async () => {
    const m = await openPopup();
    expect(radio(m, '100').checked).toBe(true);
    await choose(m, '150');
    expect(await saved()).toEqual({
      ...DEFAULT_PROFILE,
      mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 150, responsable: true },
    });
    expect(radio(m, '150').checked).toBe(true);
    await choose(m, 'none');
    expect((await saved()).mutuelle).toEqual({ kind: 'none' });
    // no mutuelle: the split and responsable choices are irrelevant, so hidden
    expect(m.maybe('#popup-split')).toBeNull();
    expect(m.maybe('#popup-responsable')).toBeNull();
    await choose(m, '400');
    expect((await saved()).mutuelle).toEqual({ kind: 'brss', dptamPct: 400, nonDptamPct: 400, responsable: true });
  });

  it('custom level: rejects "abc", -5 and 1001 with a clear inline error, accepts 180', async () => {
    const m = await openPopup();
    await choose(m, 'custom');
    const input = m.$<HTMLInputElement>('#popup-custom-level');
    expect(document.activeElement).toBe(input);
    expect(m.$<HTMLLabelElement>('label[for="popup-custom-level"]').textContent).toBe('Taux de votre contrat, en % BRSS');
    for (const bad of ['abc', '-5', '1001']) {
      type(input, bad);
      await settle();
      expect(input.getAttribute('aria-invalid'), bad).toBe('true');
      const error = m.$('#popup-custom-level-error');
      expect(error.textContent).toBe('Entrez un nombre entier entre 0 et 1000.');
      expect(input.getAttribute('aria-describedby')).toContain('popup-custom-level-error');
      expect(error.getAttribute('role')).toBe('alert');
      expect(await saved(), bad).toEqual(DEFAULT_PROFILE);
    }
    type(input, '180');
    await settle();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(m.maybe('#popup-custom-level-error')).toBeNull();
    expect((await saved()).mutuelle).toEqual({ kind: 'brss', dptamPct: 180, nonDptamPct: 180, responsable: true });
    // "custom" stays selected even though the radio for 180 does not exist
    expect(radio(m, 'custom').checked).toBe(true);
  });

  it('an emptied custom field is an error once left, and saves nothing', async () => {
    const m = await openPopup();
    await choose(m, 'custom');
    const input = m.$<HTMLInputElement>('#popup-custom-level');
    type(input, '');
    await settle();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    blur(input);
    await settle();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await saved()).toEqual(DEFAULT_PROFILE);
  });

  it('a stored level that is no preset opens as "custom" with its value', async () => {
    await local().set({ profile: { ...DEFAULT_PROFILE, mutuelle: { kind: 'brss', dptamPct: 175, nonDptamPct: 175, responsable: true } }, profile$: { v: 1, savedAt: 1 } });
    const m = await openPopup();
    expect(radio(m, 'custom').checked).toBe(true);
    expect(m.$<HTMLInputElement>('#popup-custom-level').value).toBe('175');
  });
});

describe('OPTAM / non-OPTAM', () => {
  async function splitAt(level: number): Promise<{ m: Mounted; nonOptam: HTMLInputElement }> {
    const m = await openPopup();
    if ([100, 125, 150, 200, 250, 300, 400].includes(level)) await choose(m, String(level));
    else {
      await choose(m, 'custom');
      type(m.$<HTMLInputElement>('#popup-custom-level'), String(level));
      await settle();
    }
    m.$<HTMLInputElement>('#popup-split').click();
    await settle();
    return { m, nonOptam: m.$<HTMLInputElement>('#popup-non-optam') };
  }

  for (const [level, expected] of [[300, 200], [150, 130], [110, 100]] as const) {
    it(`pre-fills the contrat responsable maximum: ${level} % → ${expected} %`, async () => {
      const { m, nonOptam } = await splitAt(level);
      expect(nonOptam.value).toBe(String(expected));
      expect((await saved()).mutuelle).toEqual({ kind: 'brss', dptamPct: level, nonDptamPct: expected, responsable: true });
      expect(m.$('#popup-non-optam-hint').textContent).toContain('20 points de moins');
      expect(nonOptam.getAttribute('aria-describedby')).toContain('popup-non-optam-hint');
    });
  }

  it('the non-OPTAM level can be edited, follows the OPTAM level while untouched, and unsplitting aligns it', async () => {
    const { m, nonOptam } = await splitAt(300);
    await choose(m, '250'); // untouched suggestion follows: 230 → capped 200
    expect((await saved()).mutuelle).toMatchObject({ dptamPct: 250, nonDptamPct: 200 });
    await choose(m, '150');
    expect((await saved()).mutuelle).toMatchObject({ dptamPct: 150, nonDptamPct: 130 });
    expect(nonOptam.value).toBe('130');
    type(nonOptam, '120');
    await settle();
    expect((await saved()).mutuelle).toMatchObject({ dptamPct: 150, nonDptamPct: 120 });
    await choose(m, '200'); // set by hand: kept
    expect((await saved()).mutuelle).toMatchObject({ dptamPct: 200, nonDptamPct: 120 });
    type(nonOptam, 'x');
    await settle();
    expect(nonOptam.getAttribute('aria-invalid')).toBe('true');
    m.$<HTMLInputElement>('#popup-split').click();
    await settle();
    expect(m.maybe('#popup-non-optam')).toBeNull();
    expect((await saved()).mutuelle).toMatchObject({ dptamPct: 200, nonDptamPct: 200 });
  });

  it('contrat responsable is on by default, explained, and can be turned off', async () => {
    const m = await openPopup();
    const box = m.$<HTMLInputElement>('#popup-responsable');
    expect(box.checked).toBe(true);
    expect(m.$('#popup-responsable-hint').textContent).toMatch(/non-OPTAM/);
    box.click();
    await settle();
    expect((await saved()).mutuelle).toMatchObject({ responsable: false });
  });

  it('a stored split shows as split', async () => {
    await local().set({ profile: { ...DEFAULT_PROFILE, mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 150, responsable: true } } });
    const m = await openPopup();
    expect(m.$<HTMLInputElement>('#popup-split').checked).toBe(true);
    expect(m.$<HTMLInputElement>('#popup-non-optam').value).toBe('150');
  });
});

describe('CSS and AME', () => {
  for (const [which, label, reason] of [
    ['css', 'Complémentaire santé solidaire (CSS)', /dépassements interdits/],
    ['ame', "Aide médicale de l'État (AME)", /une mutuelle n'intervient pas/],
  ] as const) {
    it(`${which.toUpperCase()} disables the mutuelle fields and says why`, async () => {
      const m = await openPopup();
      const fieldset = m.$<HTMLFieldSetElement>('fieldset.mutuelle');
      expect(fieldset.disabled).toBe(false);
      const option = m.$<HTMLInputElement>(`#popup-coverage-${which}`);
      expect(m.$(`label[for="popup-coverage-${which}"]`).textContent).toBe(label);
      option.click();
      await settle();
      const expected: Partial<CoverageProfile> = { css: which === 'css', ame: which === 'ame' };
      expect(await saved()).toEqual({ ...DEFAULT_PROFILE, ...expected });
      expect(fieldset.disabled).toBe(true);
      const why = m.$('#popup-disabled-reason');
      expect(why.textContent).toMatch(reason);
      expect(fieldset.getAttribute('aria-describedby')).toBe('popup-disabled-reason');
      // back to neither
      m.$<HTMLInputElement>('#popup-coverage-none').click();
      await settle();
      expect(fieldset.disabled).toBe(false);
      expect(m.maybe('#popup-disabled-reason')).toBeNull();
      expect(await saved()).toEqual(DEFAULT_PROFILE);
    });
  }
});

describe('notices', () => {
  it('says the default profile is in use until the user saves one', async () => {
    const m = await openPopup();
    expect(m.$('[data-notice="default"]').textContent).toContain('Profil par défaut — réglez votre mutuelle');
    await choose(m, '200');
    await until(() => expect(m.maybe('[data-notice="default"]')).toBeNull());
  });

  it('no default notice once a profile was saved', async () => {
    await local().set({ profile: DEFAULT_PROFILE, profile$: { v: 1, savedAt: 1 } });
    const m = await openPopup();
    expect(m.maybe('[data-notice]')).toBeNull();
  });

  it('unreadable settings: said once, repaired profile written back, flag set', async () => {
    await local().set({
      profile: { ...DEFAULT_PROFILE, age: 'NaN', mutuelle: { kind: 'brss', dptamPct: 250, nonDptamPct: 'x', responsable: true } },
      profile$: { v: 1, savedAt: 42 },
    });
    const first = await openPopup();
    await until(() => first.$('[data-notice="repaired"]'));
    expect(first.$('[data-notice="repaired"]').textContent).toContain(
      'Vos réglages étaient illisibles : valeurs par défaut rétablies',
    );
    expect(first.$('[data-notice="repaired"]').getAttribute('role')).toBe('alert');
    const all = await local().get(null);
    // written back as the household of one person that the stored v1 profile migrates to
    const { mutuelle: _m, ...situation } = DEFAULT_PROFILE;
    expect(all.profile).toEqual({
      activeId: 'p1',
      mutuelle: { kind: 'brss', dptamPct: 250, nonDptamPct: 250, responsable: true },
      people: [{ id: 'p1', ...situation }],
    });
    expect(all.profile$).toEqual({ v: 2, savedAt: 42, repairNoticeShown: true });
    // the form shows what was kept
    expect(radio(first, '250').checked).toBe(true);
    unmountAll();

    const second = await openPopup();
    await settle();
    expect(second.maybe('[data-notice="repaired"]')).toBeNull();
  });
});

describe('the current site', () => {
  it('a supported site: its name, the big switch on, the content script\'s count', async () => {
    contentScriptAnswers({ count: 3, enabled: true });
    const m = await openPopup('https://www.doctolib.fr/search?speciality=dermatologue');
    await until(() => expect(m.$('.site-count').textContent).toBe('3 praticiens annotés sur cette page'));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(expect.any(Number), { type: 'rac:get-count' });
    expect(m.$('.site-name').textContent).toBe('doctolib.fr');
    const sw = m.$<HTMLButtonElement>('button[role="switch"]');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.getAttribute('aria-label')).toBe('Afficher les restes à charge sur doctolib.fr');
    // the popup sits above the coverage form: the switch comes first in the document
    expect(m.el.querySelector('button, input')).toBe(sw);
  });

  it('singular and zero', async () => {
    contentScriptAnswers({ count: 1 });
    const m = await openPopup();
    await until(() => expect(m.$('.site-count').textContent).toBe('1 praticien annoté sur cette page'));
    unmountAll();
    contentScriptAnswers({ count: 0 });
    const z = await openPopup();
    await until(() => expect(z.$('.site-count').textContent).toBe('Aucun praticien repéré sur cette page'));
  });

  it('the switch turns the site off and on (stored as an override), with Enter or Space as a button', async () => {
    contentScriptAnswers({ count: 2 });
    const m = await openPopup('https://booking.keldoc.com/rdv');
    const sw = m.$<HTMLButtonElement>('#site-switch');
    expect(m.$('.site-name').textContent).toBe('keldoc.com');
    sw.click();
    await settle();
    expect(await readSites()).toEqual({ 'keldoc.com': false });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(m.$('.site-state').textContent).toBe('Estimations masquées sur ce site');
    expect(m.maybe('.site-count')).toBeNull();
    sw.click();
    await settle();
    expect(await readSites()).toEqual({});
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.tagName).toBe('BUTTON');
    expect(sw.type).toBe('button');
  });

  it('follows the counts the content script reports while the popup is open', async () => {
    contentScriptAnswers({ count: 2 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.maiia.com/x' });
    const m = mount(<PopupApp search={`?tab=${tab.id}`} />);
    await until(() => expect(m.$('.site-count').textContent).toBe('2 praticiens annotés sur cette page'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'rac:count', count: 5 }, { tab: { ...tab } }, noResponse);
    await until(() => expect(m.$('.site-count').textContent).toBe('5 praticiens annotés sur cette page'));
    // another tab's count is not ours
    await fakeBrowser.runtime.onMessage.trigger({ type: 'rac:count', count: 9 }, { tab: { ...tab, id: 999 } }, noResponse);
    await settle();
    expect(m.$('.site-count').textContent).toBe('5 praticiens annotés sur cette page');
  });

  it('a supported site without a content script (extension updated): asks to reload the page', async () => {
    const m = await openPopup();
    await until(() => expect(m.$('.site-reload').textContent).toBe('Rechargez la page pour afficher les estimations'));
  });

  it('a content script still starting up: asked again before concluding it is absent', async () => {
    const send = fakeBrowser.tabs.sendMessage as unknown as Mock;
    send.mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValue({ count: 2 });
    const m = await openPopup();
    await until(() => expect(m.$('.site-count').textContent).toBe('2 praticiens annotés sur cette page'));
    expect(m.maybe('.site-reload')).toBeNull();
  });

  it('an unsupported page (URL hidden from the extension): says so, the switch is disabled', async () => {
    const m = await openPopup(null);
    expect(m.$('.site-state').textContent).toBe("Cette page n'est pas un site de rendez-vous pris en charge");
    const sw = m.$<HTMLButtonElement>('button[role="switch"]');
    expect(sw.disabled).toBe(true);
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.getAttribute('aria-describedby')).toBe('site-reason site-hint');
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('without ?tab, uses the active tab of the current window', async () => {
    contentScriptAnswers({ count: 4 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://annuairesante.ameli.fr/professionnels', active: true });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const m = mount(<PopupApp search="" />);
    await until(() => expect(m.$('.site-count').textContent).toBe('4 praticiens annotés sur cette page'));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(m.$('.site-name').textContent).toBe('ameli.fr');
  });
});

describe('options link and labels', () => {
  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const m = await openPopup();
    m.$<HTMLButtonElement>('#open-options').click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('every control has a name: labels, legends, aria-label', async () => {
    const m = await openPopup();
    m.$<HTMLInputElement>('#popup-split').click();
    await choose(m, 'custom');
    for (const input of m.$$<HTMLInputElement>('input')) {
      const named =
        (input.id && m.maybe(`label[for="${input.id}"]`)?.textContent?.trim()) ||
        input.closest('label')?.textContent?.trim() ||
        input.getAttribute('aria-label');
      expect(named, input.outerHTML).toBeTruthy();
    }
    for (const button of m.$$<HTMLButtonElement>('button')) {
      expect(button.getAttribute('aria-label') || button.textContent?.trim(), button.outerHTML).toBeTruthy();
    }
    // no message key leaked as text (a missing message renders as an empty string)
    expect(m.text()).not.toMatch(/popup\.|options\./);
  });
});
