// The household and the contract's lines in storage: migrations from every earlier version with
// identical badges, people and their own contracts, the active person, ages from a birth month,
// each person's marked GP, and validation of the new lines and counters.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../../../src/core';
import type { CoverageProfile, EstimateInput } from '../../../src/core/types';
import {
  DEFAULT_PROFILE,
  addPerson,
  ageAt,
  clearMarkedGp,
  defineProfileItem,
  medecinTraitantItem,
  readHousehold,
  readMarkedGp,
  readProfile,
  removePerson,
  setActivePerson,
  markedFromV1,
  setMarkedGp,
  setOwnContract,
  updatePerson,
  updateProfile,
  validateHousehold,
  validateProfile,
  type MarkedGp,
} from '../../../src/settings';
import { readSettings } from '../../../src/settings/reader';
import { storage } from 'wxt/utils/storage';

const local = () => fakeBrowser.storage.local;
const GIRARD: MarkedGp = { id: 'doctolib:/medecin-generaliste/paris/paul-girard-paris', name: 'Dr Paul Girard' };
const MOREAU: MarkedGp = { id: 'doctolib:/medecin-generaliste/lyon/lea-moreau', name: 'Dr Léa Moreau' };

beforeEach(() => fakeBrowser.reset());

// ---------------------------------------------------------------------------------------------
// Every earlier version migrates with identical badges

const V1_STRONG: CoverageProfile = {
  mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 150, responsable: true },
  age: 42, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false,
};
const V1_CHILD: CoverageProfile = { ...V1_STRONG, age: 8, mutuelle: { kind: 'brss', dptamPct: 125, nonDptamPct: 100, responsable: false } };
const V1_NONE: CoverageProfile = { ...V1_STRONG, mutuelle: { kind: 'none' }, regime: 'alsace-moselle' };

/** The cases whose line the mutuelle's new lines change: a kiné, a dentist, an ostéopathe, two doctors. */
const CASES: [string, Omit<EstimateInput, 'profile' | 'date'>][] = [
  ['kiné 30 €', { sector: '1', specialty: 'masseur-kinesitherapeute', act: 'consultation', feeCents: { min: 3000, max: 3000 } }],
  ['dentist 30 €', { sector: '1', specialty: 'dentiste', act: 'consultation', feeCents: { min: 3000, max: 3000 } }],
  ['ostéopathe 60 €', { sector: '3', specialty: 'osteopathe', act: 'consultation', feeCents: { min: 6000, max: 6000 } }],
  ['GP 30 €', { sector: '1', specialty: 'generaliste', act: 'consultation', feeCents: { min: 3000, max: 3000 } }],
  ['specialist non-OPTAM 67 €', { sector: '2', specialty: 'dermatologue', act: 'consultation', feeCents: { min: 6700, max: 6700 } }],
];
const DAY = '2026-06-15';

describe('every earlier stored version gives identical badges', () => {
  const versions: [string, Record<string, unknown>][] = [
    ['unversioned (before versions were stamped), 200 % / 150 %', { profile: V1_STRONG }],
    ['v1, 200 % / 150 %', { profile: V1_STRONG, profile$: { v: 1, savedAt: 1 } }],
    ['v1, a child of 8 at 125 % / 100 %, not responsable', { profile: V1_CHILD, profile$: { v: 1, savedAt: 1 } }],
    ['v1, no mutuelle, Alsace-Moselle', { profile: V1_NONE, profile$: { v: 1, savedAt: 1 } }],
  ];
  for (const [what, items] of versions) {
    it(`${what}: read before and after the migration, the same estimate for a kiné, a dentist, an ostéopathe, a GP and a specialist`, async () => {
      const v1 = items.profile as CoverageProfile;
      await local().set(items);
      const before = (await readSettings(DAY)).profile.profile;
      await defineProfileItem().getValue(); // what the background does at startup
      expect((await local().get('profile$')).profile$).toMatchObject({ v: 2 });
      const after = (await readSettings(DAY)).profile.profile;
      expect(before).toEqual(v1);
      expect(after).toEqual(v1);
      for (const [, c] of CASES) {
        expect(estimate({ ...c, date: DAY, profile: after })).toEqual(estimate({ ...c, date: DAY, profile: v1 }));
      }
    });
  }

  it('a marked GP of v1 is the first person\'s after the migration (and before it, for the content scripts)', async () => {
    await local().set({ medecinTraitant: GIRARD, medecinTraitant$: { v: 1 }, profile: V1_STRONG, profile$: { v: 1 } });
    expect((await readSettings()).medecinTraitant).toBe(GIRARD.id);
    expect(await readMarkedGp()).toEqual(GIRARD);
    // the item as the background defines it at startup: migrated once
    const item = storage.defineItem('local:medecinTraitant', { fallback: null, version: 2, migrations: { 2: markedFromV1 } });
    expect(await item.getValue()).toEqual({ p1: GIRARD });
    expect(await local().get(['medecinTraitant', 'medecinTraitant$'])).toEqual({ medecinTraitant: { p1: GIRARD }, medecinTraitant$: { v: 2 } });
    expect((await readSettings()).medecinTraitant).toBe(GIRARD.id);
    expect(await medecinTraitantItem.getValue()).toEqual({ p1: GIRARD });
  });
});

// ---------------------------------------------------------------------------------------------

describe('age from a birth month, at the date of care', () => {
  it('born March 2018: 7 until the end of February 2026, 8 from 1 March 2026', () => {
    expect(ageAt('2018-03', '2026-02-28')).toBe(7);
    expect(ageAt('2018-03', '2026-03-01')).toBe(8);
    expect(ageAt('2018-03', '2026-12-31')).toBe(8);
  });
  it('a baby in their first year is 0; a birth month after the day of care counts as 0, never negative', () => {
    expect(ageAt('2026-05', '2026-06-15')).toBe(0);
    expect(ageAt('2027-01', '2026-06-15')).toBe(0);
  });
  it('the reader gives the active person\'s age at the day asked (a birthday between two days of care)', async () => {
    const id = await addPerson({ name: 'Léo', birthMonth: '2018-03' });
    await setActivePerson(id!);
    expect((await readSettings('2026-02-28')).profile.profile.age).toBe(7);
    expect((await readSettings('2026-03-01')).profile.profile.age).toBe(8);
  });
  it('typing an age replaces the birth month', async () => {
    await updateProfile({ age: 12 });
    await updatePerson('p1', { birthMonth: '1990-01' });
    expect((await readSettings('2026-06-15')).profile.profile.age).toBe(36);
    await updateProfile({ age: 50 });
    expect((await readHousehold()).household.people[0]!.birthMonth).toBeUndefined();
    expect((await readProfile()).profile.age).toBe(50);
  });
});

describe('people and contracts', () => {
  it('a new person shares the contract: editing it from the active person changes everyone on it', async () => {
    const child = await addPerson({ name: 'Léo', age: 8 });
    expect(child).toBe('p2');
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true } });
    await setActivePerson('p2');
    const { profile } = await readProfile();
    expect(profile.age).toBe(8);
    expect(profile.mutuelle).toEqual({ kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true });
  });

  it('a person with their own contract starts from a copy; editing theirs leaves the shared one alone, and back', async () => {
    const id = (await addPerson({ name: 'Anne' }))!;
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true } });
    await setOwnContract(id, true);
    await setActivePerson(id);
    expect((await readProfile()).profile.mutuelle).toEqual({ kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true });
    await updateProfile({ mutuelle: { kind: 'none' } });
    expect((await readProfile()).profile.mutuelle).toEqual({ kind: 'none' });
    await setActivePerson('p1');
    expect((await readProfile()).profile.mutuelle.kind).toBe('brss');
    await setOwnContract(id, false);
    await setActivePerson(id);
    expect((await readProfile()).profile.mutuelle).toEqual({ kind: 'brss', dptamPct: 150, nonDptamPct: 130, responsable: true });
  });

  it('removing the active person makes the first one active; the last one cannot be removed', async () => {
    const id = (await addPerson())!;
    await setActivePerson(id);
    await removePerson(id);
    expect((await readHousehold()).household).toMatchObject({ activeId: 'p1', people: [{ id: 'p1' }] });
    await removePerson('p1');
    expect((await readHousehold()).household.people).toHaveLength(1);
  });

  it('each person marks their own médecin traitant; the reader gives the active person\'s', async () => {
    await setMarkedGp(GIRARD);
    const id = (await addPerson())!;
    await setActivePerson(id);
    expect(await readMarkedGp()).toBeNull();
    expect((await readSettings()).medecinTraitant).toBeNull();
    await setMarkedGp(MOREAU);
    expect((await readSettings()).medecinTraitant).toBe(MOREAU.id);
    expect(await local().get('medecinTraitant')).toEqual({ medecinTraitant: { p1: GIRARD, [id]: MOREAU } });
    await setActivePerson('p1');
    expect((await readSettings()).medecinTraitant).toBe(GIRARD.id);
    await clearMarkedGp(id);
    expect(await local().get('medecinTraitant')).toEqual({ medecinTraitant: { p1: GIRARD } });
  });

  it('names are trimmed and bounded; an empty name is no name', () => {
    const raw = { activeId: 'p1', mutuelle: { kind: 'none' }, people: [{ ...DEFAULT_PROFILE, mutuelle: undefined, id: 'p1', name: '  ' + 'x'.repeat(60) }, { ...DEFAULT_PROFILE, id: 'p2', name: '   ' }] };
    const { household } = validateHousehold(raw);
    expect(household.people[0]!.name).toBe('x'.repeat(40));
    expect(household.people[1]!.name).toBeUndefined();
  });
});

describe('validation of the household, the lines and the counters', () => {
  const person = (extra: Record<string, unknown> = {}) => {
    const { mutuelle: _m, ...situation } = DEFAULT_PROFILE;
    return { id: 'p1', ...situation, ...extra };
  };
  const household = (extra: Record<string, unknown> = {}, mutuelle: unknown = DEFAULT_PROFILE.mutuelle) => ({
    activeId: 'p1', mutuelle, people: [person(extra)],
  });

  it('junk people are dropped, duplicates too; an unknown active person → the first, flagged', () => {
    const r = validateHousehold({ activeId: 'p9', mutuelle: DEFAULT_PROFILE.mutuelle, people: ['x', person(), person(), { ...person(), id: 'admin' }] });
    expect(r.household.people.map((p) => p.id)).toEqual(['p1']);
    expect(r.household.activeId).toBe('p1');
    expect(r.repaired).toBe(true);
  });

  it('a household with nobody readable is the default person, on the contract that was readable', () => {
    const r = validateHousehold({ activeId: 'p1', mutuelle: { kind: 'none' }, people: [] });
    expect(r).toEqual({ household: { activeId: 'p1', mutuelle: { kind: 'none' }, people: [person()] }, repaired: true });
  });

  it('lines: valid levels kept (rounded), each invalid one dropped and flagged, the rest kept', () => {
    const m = { ...DEFAULT_PROFILE.mutuelle, auxiliariesPct: 149.6, dentalCarePct: -1, psyMspPct: '100', orthodonticsPct: 250 };
    const r = validateProfile({ ...DEFAULT_PROFILE, mutuelle: m });
    expect(r.profile.mutuelle).toEqual({ ...DEFAULT_PROFILE.mutuelle, auxiliariesPct: 150, orthodonticsPct: 250 });
    expect(r.repaired).toBe(true);
  });

  it('allowance: limits are whole cents or null; professions are keys; an age limit is optional', () => {
    const allowance = { professions: ['osteopathe', 'chiropracteur', 'osteopathe', '<b>', 7], perSessionCents: 4000, sessionsPerYear: null, perYearCents: 12000, maxAge: 15 };
    const r = validateProfile({ ...DEFAULT_PROFILE, mutuelle: { ...DEFAULT_PROFILE.mutuelle, allowance } });
    expect(r.profile.mutuelle).toMatchObject({ allowance: { professions: ['osteopathe', 'chiropracteur'], perSessionCents: 4000, sessionsPerYear: null, perYearCents: 12000, maxAge: 15 } });
    for (const bad of [{ ...allowance, perSessionCents: 40.5 }, { ...allowance, perYearCents: -1 }, { ...allowance, sessionsPerYear: '3' }, { ...allowance, professions: 'osteopathe' }, { ...allowance, maxAge: 200 }]) {
      const b = validateProfile({ ...DEFAULT_PROFILE, mutuelle: { ...DEFAULT_PROFILE.mutuelle, allowance: bad } });
      expect(b).toEqual({ profile: DEFAULT_PROFILE, repaired: true });
    }
  });

  it('counters: a bad period start drops them all (flagged); a bad counter drops that counter only', () => {
    const ytd = { periodStart: '2026-01-01', pfCapReached: true, mspSessions: 4, allowanceUsedCents: 2000, allowanceSessions: 1, franchiseCapReached: false };
    expect(validateHousehold(household({ yearToDate: ytd })).household.people[0]!.yearToDate).toEqual(ytd);
    const noStart = validateHousehold(household({ yearToDate: { ...ytd, periodStart: '2026-02-30' } }));
    expect(noStart.household.people[0]!.yearToDate).toBeUndefined();
    expect(noStart.repaired).toBe(true);
    const badCount = validateHousehold(household({ yearToDate: { ...ytd, mspSessions: 1.5 } }));
    expect(badCount.household.people[0]!.yearToDate).toEqual({ ...ytd, mspSessions: undefined });
    expect(badCount.repaired).toBe(true);
  });

  it('a person\'s own contract is validated like the shared one', () => {
    const r = validateHousehold(household({ ownMutuelle: { kind: 'brss', dptamPct: 'x' } }));
    expect(r.household.people[0]!.ownMutuelle).toEqual(DEFAULT_PROFILE.mutuelle);
    expect(r.repaired).toBe(true);
  });

  it('the counters of the active person reach the content scripts; another person\'s do not', async () => {
    await updateProfile({ yearToDate: { periodStart: '2026-01-01', pfCapReached: true } });
    expect((await readSettings()).profile.profile.yearToDate).toEqual({ periodStart: '2026-01-01', pfCapReached: true });
    await setActivePerson((await addPerson())!);
    expect((await readSettings()).profile.profile.yearToDate).toBeUndefined();
  });

  it('a watcher of the content scripts hears a switch of the active person', async () => {
    const { watchSettings } = await import('../../../src/settings/reader');
    const id = (await addPerson({ age: 8 }))!;
    const cb = vi.fn();
    const off = watchSettings(cb);
    await setActivePerson(id);
    await vi.waitFor(() => expect(cb.mock.lastCall?.[0].profile.profile.age).toBe(8));
    off();
  });
});
