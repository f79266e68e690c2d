// The tableau de garanties form (lines by the table's headings, presets, the allowance, the "hors
// Sécu" conversion) and the period's counters, on real storage through the pages' hook.
import { describe, expect, it } from 'vitest';
import type { JSX } from 'preact';
import { OptionsApp } from '../../../entrypoints/options/App';
import { PopupApp } from '../../../entrypoints/popup/App';
import { localDay } from '../../../src/core/dates';
import { readProfile, updateProfile } from '../../../src/settings';
import { ContractLines } from '../../../src/ui/settings/ContractLines';
import { ALL_FEATURES, APPLIED, CORE_APPLIES_LINES } from '../../../src/ui/settings/features';
import { useProfile } from '../../../src/ui/settings/useSettings';
import { YearToDateFields } from '../../../src/ui/settings/YearToDate';
import { freshBrowserEachTest, mount, settle, type, until, type Mounted } from './helpers';

freshBrowserEachTest();

function Form(): JSX.Element | null {
  const { state, update, generation } = useProfile();
  if (!state) return null;
  return (
    <div>
      <ContractLines key={generation} profile={state.profile} update={update} idPrefix="t" features={ALL_FEATURES} />
      <YearToDateFields key={`y${generation}`} profile={state.profile} update={update} idPrefix="t" features={ALL_FEATURES} />
    </div>
  );
}
async function open(): Promise<Mounted> {
  const m = mount(<Form />);
  await until(() => m.$('.contract-lines'));
  await settle();
  return m;
}
const mutuelle = async () => (await readProfile()).profile.mutuelle as Record<string, unknown>;
const today = localDay(new Date());

describe('lines of the table', () => {
  it('organised by the table\'s headings; a line never set shows the doctors\' level and says so', async () => {
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true } });
    const m = await open();
    expect(m.$$('.contract-lines h3').map((h) => h.textContent)).toEqual(['Soins courants', 'Dentaire']);
    expect(m.$<HTMLInputElement>('#t-auxiliariesPct').value).toBe('150');
    expect(m.$('#t-auxiliariesPct-hint').textContent).toBe(
      'Sur le tableau : « Honoraires paramédicaux » ou « Auxiliaires médicaux », rubrique Soins courants. Non réglé : comme les médecins OPTAM (150 %).',
    );
    type(m.$<HTMLInputElement>('#t-auxiliariesPct'), '200');
    await until(async () => expect(await mutuelle()).toEqual({ kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true, auxiliariesPct: 200 }));
    await until(() => expect(m.$('#t-auxiliariesPct-hint').textContent).not.toContain('Non réglé'));
  });

  it('a preset (Gan Complémentaire Senior N3) fills every line as the published table prints it', async () => {
    const m = await open();
    const select = m.$<HTMLSelectElement>('#t-preset');
    select.value = 'gan-senior-3';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(async () =>
      expect(await mutuelle()).toEqual({
        kind: 'brss', dptamPct: 200, nonDptamPct: 175, responsable: true,
        auxiliariesPct: 175, psyMspPct: 100, dentalCarePct: 100, dentalProsthesisPct: 300, orthodonticsPct: 175,
        allowance: { professions: ['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue'], perSessionCents: 5000, sessionsPerYear: null, perYearCents: 10000 },
      }),
    );
    await until(() => expect(m.$<HTMLInputElement>('#t-dentalProsthesisPct').value).toBe('300'));
  });

  it('allowance: off by default; on, it starts with ostéopathe and chiropracteur and no limit; limits in euros, empty = no limit', async () => {
    const m = await open();
    expect(m.maybe('#t-allowance-per-session')).toBeNull();
    m.$<HTMLInputElement>('#t-allowance').click();
    await until(async () => expect((await mutuelle()).allowance).toEqual({ professions: ['osteopathe', 'chiropracteur'], perSessionCents: null, sessionsPerYear: null, perYearCents: null }));
    await until(() => m.$('#t-allowance-per-session'));
    type(m.$<HTMLInputElement>('#t-allowance-per-session'), '40');
    await until(async () => expect((await mutuelle()).allowance).toMatchObject({ perSessionCents: 4000 }));
    type(m.$<HTMLInputElement>('#t-allowance-sessions'), '3');
    type(m.$<HTMLInputElement>('#t-allowance-per-year'), '120');
    m.$<HTMLInputElement>('#t-allowance-psychologue').click();
    await settle();
    type(m.$<HTMLInputElement>('#t-allowance-max-age'), '14');
    await until(async () =>
      expect((await mutuelle()).allowance).toEqual({
        professions: ['osteopathe', 'chiropracteur', 'psychologue'], perSessionCents: 4000, sessionsPerYear: 3, perYearCents: 12000, maxAge: 14,
      }),
    );
    type(m.$<HTMLInputElement>('#t-allowance-per-session'), '');
    await until(async () => expect((await mutuelle()).allowance).toMatchObject({ perSessionCents: null }));
    type(m.$<HTMLInputElement>('#t-allowance-max-age'), '');
    await until(async () => expect((await mutuelle()).allowance).not.toHaveProperty('maxAge'));
    m.$<HTMLInputElement>('#t-allowance').click();
    await until(async () => expect(await mutuelle()).not.toHaveProperty('allowance'));
  });

  it('below 100 %: the "hors Sécu" reading offered, as an approximation with the line\'s Assurance Maladie rate; none where the table has no rate', async () => {
    const m = await open();
    type(m.$<HTMLInputElement>('#t-auxiliariesPct'), '40');
    await until(() => m.$('#t-auxiliariesPct-hors-secu'));
    // kiné and the other auxiliaries: 60 % (KIN-8)
    expect(m.$('#t-auxiliariesPct-hors-secu').textContent).toContain('40 % hors Sécu ≈ 100 % Sécu comprise. C\'est une approximation');
    m.$<HTMLButtonElement>('#t-auxiliariesPct-hors-secu button').click();
    await until(async () => expect((await mutuelle()).auxiliariesPct).toBe(100));
    await until(() => expect(m.maybe('#t-auxiliariesPct-hors-secu')).toBeNull());
    type(m.$<HTMLInputElement>('#t-orthodonticsPct'), '50');
    await until(() => m.$('#t-orthodonticsPct-hors-secu'));
    expect(m.$('#t-orthodonticsPct-hors-secu').textContent).toContain('Pas de conversion proposée');
    expect(m.maybe('#t-orthodonticsPct-hors-secu button')).toBeNull();
  });

  it('changing the doctors\' level in the popup keeps the other lines and the allowance', async () => {
    const allowance = { professions: ['osteopathe'], perSessionCents: 4000, sessionsPerYear: 3, perYearCents: 12000 };
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 150, responsable: true, auxiliariesPct: 200, allowance } });
    const p = mount(<PopupApp search="" />);
    await until(() => p.$('.mutuelle'));
    p.$<HTMLInputElement>('input[name="popup-level"][value="300"]').click();
    await until(async () => expect(await mutuelle()).toEqual({ kind: 'brss', dptamPct: 300, nonDptamPct: 300, responsable: true, auxiliariesPct: 200, allowance }));
  });

  it('no lines without a mutuelle, or under the CSS', async () => {
    await updateProfile({ mutuelle: { kind: 'none' } });
    const m = mount(<Form />);
    await until(() => m.$('.year-to-date'));
    expect(m.maybe('.contract-lines')).toBeNull();
  });
});

describe('this period so far', () => {
  it('the PF ceiling in one click: counters of the current period from 1 January; unticked, nothing is stored', async () => {
    const m = await open();
    expect(m.$('.year-to-date legend').textContent).toMatch(/^Depuis le 1 janvier \d{4}$|^Depuis le 1er janvier \d{4}$/);
    m.$<HTMLInputElement>('#t-ytd-pf').click();
    await until(async () => expect((await readProfile()).profile.yearToDate).toEqual({ periodStart: `${today.slice(0, 4)}-01-01`, pfCapReached: true }));
    type(m.$<HTMLInputElement>('#t-ytd-msp'), '4');
    await until(async () => expect((await readProfile()).profile.yearToDate).toMatchObject({ mspSessions: 4 }));
    type(m.$<HTMLInputElement>('#t-ytd-msp'), '0');
    await settle();
    m.$<HTMLInputElement>('#t-ytd-pf').click();
    await until(async () => expect((await readProfile()).profile.yearToDate).toBeUndefined());
  });

  it('counters of a period that is over are shown empty; the next change starts the current period', async () => {
    const last = Number(today.slice(0, 4)) - 1;
    await updateProfile({ yearToDate: { periodStart: `${last}-01-01`, pfCapReached: true, mspSessions: 9 } });
    const m = await open();
    expect(m.$<HTMLInputElement>('#t-ytd-pf').checked).toBe(false);
    expect(m.$<HTMLInputElement>('#t-ytd-msp').value).toBe('0');
    m.$<HTMLInputElement>('#t-ytd-franchise').click();
    await until(async () => expect((await readProfile()).profile.yearToDate).toEqual({ periodStart: `${today.slice(0, 4)}-01-01`, franchiseCapReached: true }));
  });

  it('the allowance\'s counters appear with an allowance', async () => {
    const m = await open();
    expect(m.maybe('#t-ytd-allowance-eur')).toBeNull();
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true, allowance: { professions: ['osteopathe'], perSessionCents: null, sessionsPerYear: 3, perYearCents: 6000 } } });
    await until(() => m.$('#t-ytd-allowance-eur'));
    type(m.$<HTMLInputElement>('#t-ytd-allowance-eur'), '20');
    type(m.$<HTMLInputElement>('#t-ytd-allowance-sessions'), '1');
    await until(async () => expect((await readProfile()).profile.yearToDate).toMatchObject({ allowanceUsedCents: 2000, allowanceSessions: 1 }));
  });
});

describe('shown only where the core applies them', () => {
  it('options page: the lines the core applies (auxiliaries, Mon soutien psy, dental care) and the two ceilings; nothing the estimates would ignore', async () => {
    expect(CORE_APPLIES_LINES).toBe(true);
    const o = mount(<OptionsApp />);
    await until(() => o.$('.contract-lines'));
    await settle();
    expect(o.$$('.contract-lines .line').map((l) => l.dataset.line)).toEqual([...APPLIED.lines]);
    expect(o.maybe('#options-dentalProsthesisPct')).toBeNull();
    expect(o.maybe('#options-orthodonticsPct')).toBeNull();
    expect(o.maybe('#options-allowance')).toBeNull();
    expect(o.maybe('#options-ytd-pf')).not.toBeNull();
    expect(o.maybe('#options-ytd-franchise')).not.toBeNull();
    expect(o.maybe('#options-ytd-msp')).toBeNull();
    expect(o.$$('h2').map((h) => h.textContent)).toEqual(expect.arrayContaining(['Mon tableau de garanties', 'Cette année']));
  });

  it('popup: the PF ceiling in one click, in a collapsed "Cette année"', async () => {
    const p = mount(<PopupApp search="" />);
    await until(() => p.$('.counters-card'));
    p.$<HTMLInputElement>('#popup-ytd-pf').click();
    await until(async () => expect((await readProfile()).profile.yearToDate).toMatchObject({ pfCapReached: true }));
  });
});
