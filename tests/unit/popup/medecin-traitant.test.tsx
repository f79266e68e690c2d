// "C'est mon médecin traitant" in the popup (issue 17): the GPs the tab's content script lists,
// marked and unmarked in the extension's own storage item; never anything in the page.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { PopupApp } from '../../../entrypoints/popup/App';
import { readMarkedGp, readProfile } from '../../../src/settings';
import { gpIdentity, validateMarkedGp } from '../../../src/settings/gp-identity';
import { freshBrowserEachTest, mount, settle, until, type Mounted } from './helpers';

const GIRARD = { id: 'doctolib:/medecin-generaliste/paris/paul-girard-paris', name: 'Dr Paul Girard' };
const MOREAU = { id: 'doctolib:/medecin-generaliste/paris/lea-moreau', name: 'Dr Léa Moreau' };

/** The content script: a count, and the GPs it annotated. */
function contentScript(gps: unknown) {
  (fakeBrowser.tabs.sendMessage as unknown as Mock).mockImplementation(async (_id: number, m: { type: string }) =>
    m.type === 'rac:list-gps' ? { gps } : { count: 3, enabled: true },
  );
}

async function openPopup(): Promise<Mounted> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.doctolib.fr/medecin-generaliste/paris' });
  const m = mount(<PopupApp search={`?tab=${tab.id}`} />);
  await until(() => m.$('.mutuelle'));
  await settle();
  return m;
}

const buttons = (m: Mounted) => m.$$<HTMLButtonElement>('.mt-gp button');

freshBrowserEachTest();

describe('popup: which GP is my médecin traitant', () => {
  it('lists the tab\'s GPs; marking one stores only its identity and name; the other replaces it; pressing again clears', async () => {
    contentScript([GIRARD, MOREAU]);
    const m = await openPopup();
    await until(() => expect(m.$$('.mt-gp')).toHaveLength(2));
    expect(m.$('#mt-title').textContent).toBe('Votre médecin traitant');
    expect(m.$$('.mt-name').map((e) => e.textContent)).toEqual(['Dr Paul Girard', 'Dr Léa Moreau']);
    expect(buttons(m).map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ["C'est mon médecin traitant", 'false'],
      ["C'est mon médecin traitant", 'false'],
    ]);
    // The button names the GP it is for (its description).
    expect(buttons(m)[1]!.getAttribute('aria-describedby')).toBe(m.$$('.mt-name')[1]!.id);

    buttons(m)[0]!.click();
    await until(async () => expect(await readMarkedGp()).toEqual(GIRARD));
    await until(() => expect(buttons(m)[0]!.getAttribute('aria-pressed')).toBe('true'));
    const stored = await fakeBrowser.storage.local.get(null);
    // the active person's (the first one's: "p1")
    expect(stored).toEqual({ medecinTraitant: { p1: GIRARD }, medecinTraitant$: { v: 2 } });
    // The profile stays exactly a CoverageProfile, untouched.
    expect((await readProfile()).isDefault).toBe(true);

    buttons(m)[1]!.click();
    await until(async () => expect(await readMarkedGp()).toEqual(MOREAU));
    await until(() => expect(buttons(m).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']));

    buttons(m)[1]!.click();
    await until(async () => expect(await readMarkedGp()).toBeNull());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a GP marked elsewhere is named above the tab\'s GPs, none of which is pressed', async () => {
    await fakeBrowser.storage.local.set({ medecinTraitant: { id: 'doctolib:/medecin-generaliste/lyon/claire-monteil', name: 'Dr Claire Monteil' } });
    contentScript([GIRARD, MOREAU]);
    const m = await openPopup();
    await until(() => expect(m.$$('.mt-gp')).toHaveLength(2));
    await until(() => expect(m.$('.mt-elsewhere').textContent).toBe('Votre médecin traitant : Dr Claire Monteil'));
    expect(buttons(m).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    buttons(m)[0]!.click();
    await until(() => expect(m.maybe('.mt-elsewhere')).toBeNull());
  });

  it('no GP in the tab, or no content script: no section', async () => {
    contentScript([]);
    const m = await openPopup();
    await settle();
    expect(m.maybe('.mt-card')).toBeNull();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(expect.any(Number), { type: 'rac:list-gps' });
  });

  it('a bad answer lists nothing it cannot use (no id, not text)', async () => {
    contentScript([{ id: 3, name: 'x' }, { name: 'no id' }, GIRARD, 'junk']);
    const m = await openPopup();
    await until(() => expect(m.$$('.mt-gp')).toHaveLength(1));
  });
});

describe('GP identity (the profile path without the practice id)', () => {
  it.each([
    ['doctolib:/medecin-generaliste/paris/paul-girard-paris?pid=practice-51020', 'doctolib:/medecin-generaliste/paris/paul-girard-paris'],
    ['doctolib:/medecin-generaliste/paris/paul-girard-paris?pid=practice-2', 'doctolib:/medecin-generaliste/paris/paul-girard-paris'],
    ['doctolib:/medecin-generaliste/paris/paul-girard-paris', 'doctolib:/medecin-generaliste/paris/paul-girard-paris'],
    ['maiia:/medecin-generaliste/75011-paris/dupont-jean?centerid=42', 'maiia:/medecin-generaliste/75011-paris/dupont-jean'],
    ['ameli:fiche-abc123', 'ameli:fiche-abc123'],
    ['keldoc:/medecin-generaliste/lyon-69003/marc-petit?cabinet=16001&specialty=12', 'keldoc:/medecin-generaliste/lyon-69003/marc-petit'],
    ['doctolib:/centre-de-sante/lyon/centre-de-sante-des-pentes?pid=practice-10012', null],
    ['doctolib:/dermatologue/paris/claire-martin-paris?pid=1', null],
    ['doctolib:card:paul girard|medecin generaliste|1 rue x', null],
    ['ameli:item:x|y|z', null],
    ['', null],
  ])('%s → %s', (key, id) => {
    expect(gpIdentity(key)).toBe(id);
  });

  it('the stored value: anything but { id: identity, name } marks no GP; the name is clipped', () => {
    expect(validateMarkedGp(GIRARD)).toEqual(GIRARD);
    expect(validateMarkedGp({ id: `${GIRARD.id}?pid=1`, name: 'x' })).toBeNull();
    expect(validateMarkedGp({ id: 'doctolib:card:x', name: 'x' })).toBeNull();
    expect(validateMarkedGp('doctolib:/a/b/c')).toBeNull();
    expect(validateMarkedGp(null)).toBeNull();
    expect(validateMarkedGp({ id: GIRARD.id })).toEqual({ id: GIRARD.id, name: '' });
    expect(validateMarkedGp({ id: GIRARD.id, name: 'x'.repeat(500) })!.name).toHaveLength(120);
  });
});
