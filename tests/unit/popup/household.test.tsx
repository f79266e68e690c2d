// The household in the popup and the options page: add people, name them, a birth month, their
// own contract, who the estimates are for; the sections say whose situation they edit.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/App';
import { PopupApp } from '../../../entrypoints/popup/App';
import { addPerson, readHousehold, readProfile, setMarkedGp, updateProfile } from '../../../src/settings';
import { parseBirthMonth } from '../../../src/ui/settings/Household';
import { freshBrowserEachTest, mount, settle, until, type Mounted } from './helpers';

freshBrowserEachTest();

async function openOptions(): Promise<Mounted> {
  const m = mount(<OptionsApp />);
  await until(() => m.$('.people'));
  await settle();
  return m;
}
async function openPopup(): Promise<Mounted> {
  const m = mount(<PopupApp search="" />);
  await until(() => m.$('.mutuelle'));
  await settle();
  return m;
}
/** A text field changed the way a user commits it (typed, then left). */
function commit(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const headings = (m: Mounted) => m.$$('h2').map((h) => h.textContent);

describe('options: my household', () => {
  it('one person: no switcher, plain headings; adding a second person shows the switcher and whose situation is edited', async () => {
    const m = await openOptions();
    expect(m.maybe('.person-switcher')).toBeNull();
    expect(headings(m)).toContain('Ma situation');
    m.$('#person-add').click();
    await until(() => expect(m.$$('.person')).toHaveLength(2));
    await until(() => m.$('.person-switcher'));
    expect(m.$$('.person-switcher .chip span').map((s) => s.textContent)).toEqual(['Personne 1, 30 ans', 'Personne 2, 30 ans']);
    expect(headings(m)).toContain('Situation de Personne 1');
    expect(headings(m)).toContain('Contrat du foyer (partagé par Personne 1, Personne 2)');
  });

  it('a name and a birth month are saved; the switcher makes that person active and the situation follows', async () => {
    await addPerson();
    const m = await openOptions();
    commit(m.$<HTMLInputElement>('#person-p2-name'), '  Léo ');
    await until(async () => expect((await readHousehold()).household.people[1]!.name).toBe('Léo'));
    commit(m.$<HTMLInputElement>('#person-p2-birth'), '03/2018');
    await until(async () => expect((await readHousehold()).household.people[1]!.birthMonth).toBe('2018-03'));
    await until(() => expect(m.$$('.person-switcher .chip span')[1]!.textContent).toMatch(/^Léo, \d+ ans$/));
    const chip = m.$$<HTMLInputElement>('.person-switcher input')[1]!;
    chip.click();
    await until(async () => expect((await readHousehold()).household.activeId).toBe('p2'));
    await until(() => expect(headings(m)).toContain('Situation de Léo'));
    // the age comes from the birth month: shown, not editable here
    await until(() => expect(m.$<HTMLInputElement>('#options-age').disabled).toBe(true));
    expect(m.$('#options-age-hint').textContent).toContain('mois de naissance');
    // the situation fields now edit Léo
    m.$<HTMLInputElement>('#options-ald').click();
    await until(async () => expect((await readProfile()).profile.ald).toBe(true));
    expect((await readHousehold()).household.people[0]!.ald).toBe(false);
  });

  it('a birth month that is not one, or in the future, is refused and said so; nothing saved', async () => {
    const m = await openOptions();
    for (const bad of ['13/2018', '2018', '03/2999', 'mars 2018']) {
      commit(m.$<HTMLInputElement>('#person-p1-birth'), bad);
      await settle();
      expect(m.$<HTMLInputElement>('#person-p1-birth').getAttribute('aria-invalid')).toBe('true');
      expect(m.$('#person-p1-birth-error').textContent).toBe('Entrez un mois et une année passés, par exemple 03/2018.');
    }
    expect((await readHousehold()).household.people[0]!.birthMonth).toBeUndefined();
    expect(parseBirthMonth('3/2018')).toBe('2018-03');
    expect(parseBirthMonth('')).toBeNull();
  });

  it('own contract: the mutuelle section then edits that person\'s contract only', async () => {
    await addPerson({ name: 'Anne' });
    const m = await openOptions();
    m.$<HTMLInputElement>('#person-p2-own').click();
    await until(async () => expect((await readHousehold()).household.people[1]!.ownMutuelle).toBeDefined());
    m.$$<HTMLInputElement>('.person-switcher input')[1]!.click();
    await until(() => expect(headings(m)).toContain('Contrat de Anne'));
    m.$<HTMLInputElement>('input[name="options-level"][value="none"]').click();
    await until(async () => expect((await readProfile()).profile.mutuelle).toEqual({ kind: 'none' }));
    expect((await readHousehold()).household.mutuelle.kind).toBe('brss');
  });

  it('removing a person forgets their marked médecin traitant; the last person has no remove button', async () => {
    const id = (await addPerson())!;
    const m = await openOptions();
    m.$$<HTMLInputElement>('.person-switcher input')[1]!.click();
    await until(async () => expect((await readHousehold()).household.activeId).toBe(id));
    await setMarkedGp({ id: 'doctolib:/medecin-generaliste/paris/x', name: 'X' });
    m.$<HTMLButtonElement>(`[data-person="${id}"] .person-remove`).click();
    await until(async () => expect((await readHousehold()).household.people).toHaveLength(1));
    await until(async () => expect(await fakeBrowser.storage.local.get('medecinTraitant')).toEqual({}));
    await until(() => expect(m.$$('.person')).toHaveLength(1));
    expect(m.maybe('.person-remove')).toBeNull();
  });
});

describe('popup: who the estimates are for', () => {
  it('no switcher for one person; with two, choosing one makes them active and the form shows their contract', async () => {
    const one = await openPopup();
    expect(one.maybe('.person-switcher')).toBeNull();
    one.unmount();
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 180, responsable: true } });
    await addPerson({ name: 'Léo', age: 8 });
    const m = await openPopup();
    await until(() => m.$('.person-switcher'));
    expect(m.$('.person-switcher legend').textContent).toBe('Estimations pour');
    const chips = m.$$<HTMLInputElement>('.person-switcher input');
    expect(chips.map((c) => c.checked)).toEqual([true, false]);
    chips[1]!.click();
    await until(async () => expect((await readProfile()).profile.age).toBe(8));
    // Léo shares the contract: the same level is shown
    expect(m.$<HTMLInputElement>('input[name="popup-level"][value="200"]').checked).toBe(true);
  });
});
