// The household's settings (docs/architecture.md, "Settings"): a versioned WXT storage item, validated
// field by field on every read so that corrupt or hand-edited data never reaches the core.
//
// Storage layout (chrome.storage.local): `profile` holds the Household (v2; v1 held one
// CoverageProfile), `profile$` its metadata (WXT's convention): `v` (schema version), `savedAt`
// ("the user saved a profile": until then the default is in use and the badges say so) and
// `repairNoticeShown`. Every write puts the value and its metadata in ONE storage.set call, so a
// watcher never sees a new value with old metadata, and runs under a lock shared by all extension pages.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { localDay } from '../core/dates';
import { STORAGE_KEYS, validateMeta, type ProfileMeta, type ProfileState, type SettingsProfile } from './schema';
import {
  activePerson,
  activeState,
  defaultHousehold,
  householdFromV1,
  householdStateOf,
  MAX_PEOPLE,
  nextPersonId,
  patchPerson,
  profileOf,
  validateHousehold,
  type Household,
  type HouseholdState,
  type Person,
  type PersonPatch,
} from './household';
import { withSettingsLock } from './lock';

/** The version written by this build: v1 stored one CoverageProfile, v2 a Household. */
export const PROFILE_VERSION = 2;

export type Migrations = Record<number, (old: any) => unknown>;

/**
 * Migrations from every older stored version: `profileMigrations[n]` turns a v(n−1) value into
 * a vn value. An unversioned value (no `v` in the metadata) is read as v1. Whatever a migration
 * returns is still validated field by field on read, and a failing migration (only logged by
 * WXT) leaves the old value to the same validation, which reads a v1 value too (the content
 * scripts read storage directly, maybe before any extension page migrated it).
 */
export const profileMigrations: Migrations = { 2: householdFromV1 };

export const PROFILE_KEY = `local:${STORAGE_KEYS.profile}` as const;
const PROFILE_META_KEY = `local:${STORAGE_KEYS.profileMeta}` as const;

/** The item as WXT defines it; the factory lets tests exercise a future version's migration. */
export function defineProfileItem(version = PROFILE_VERSION, migrations: Migrations = profileMigrations) {
  return storage.defineItem<Household, ProfileMeta & Record<string, unknown>>(PROFILE_KEY, {
    fallback: defaultHousehold(),
    version,
    // Always an object (even empty): WXT runs its migration step only when `migrations` is set,
    // and that step is what stamps the version on the first write.
    migrations,
  });
}

export const profileItem = defineProfileItem();

interface Stored {
  raw: unknown;
  meta: ProfileMeta;
}

async function readStored(): Promise<Stored> {
  const [raw, meta] = await Promise.all([
    // The WXT item waits for the migrations to finish before reading.
    profileItem.getValue().catch(() => null),
    profileItem.getMeta().catch(() => ({})),
  ]);
  return { raw, meta: validateMeta(meta) };
}

const today = () => localDay(new Date());

/** The active person's profile (their age today). */
export async function readProfile(): Promise<ProfileState> {
  return activeState(householdStateOf(await readStored()), today());
}

/** Everyone in the household, the shared contract and who is active. */
export async function readHousehold(): Promise<HouseholdState> {
  return householdStateOf(await readStored());
}

/** Value and metadata in one storage.set: one change event, never half-written. */
async function writeProfile(household: Household, meta: ProfileMeta): Promise<void> {
  const clean: ProfileMeta = { v: PROFILE_VERSION };
  if (meta.savedAt != null) clean.savedAt = meta.savedAt;
  if (meta.repairNoticeShown) clean.repairNoticeShown = true;
  await storage.setItems([
    { key: PROFILE_KEY, value: household },
    { key: PROFILE_META_KEY, value: clean },
  ]);
}

/**
 * Calls back with the validated profile on every change of the value or its metadata, from any
 * extension page (one storage event per write: see writeProfile).
 */
export function watchProfile(cb: (state: ProfileState) => void): () => void {
  return watchHousehold((state) => cb(activeState(state, today())));
}

/** As watchProfile, with the whole household. */
export function watchHousehold(cb: (state: HouseholdState) => void): () => void {
  let latest = 0;
  const area = browser.storage.local;
  const listener = (changes: Record<string, unknown>) => {
    if (!(STORAGE_KEYS.profile in changes) && !(STORAGE_KEYS.profileMeta in changes)) return;
    const ticket = ++latest;
    void readHousehold().then(
      (state) => {
        // Two quick changes: only the latest read is reported, never an older one after it.
        if (ticket === latest) cb(state);
      },
      () => {},
    );
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}

/**
 * Applies a change to the household atomically: the read-modify-write runs under a lock shared by
 * all extension pages, so the popup and the options page writing at once lose nothing. Marks the
 * profile as the user's own (`savedAt`). Returns the household as stored.
 */
export function updateHousehold(change: (h: Household) => Household): Promise<Household> {
  return withSettingsLock('profile', async () => {
    const { household } = householdStateOf(await readStored());
    const next = validateHousehold(change(household)).household;
    // A save makes the stored data valid again: a later corruption deserves a new notice.
    await writeProfile(next, { savedAt: Date.now() });
    return next;
  });
}

/**
 * A change of the profile, or a function of the profile as stored when the change is applied
 * (two quick edits of the same object, e.g. two lines of the mutuelle, then lose nothing).
 */
export type ProfilePatch = Partial<SettingsProfile> | ((current: SettingsProfile) => Partial<SettingsProfile>);

/**
 * A partial change of the active person's profile: situation fields and counters go to the
 * person, the mutuelle to their own contract if they have one, else to the shared one.
 */
export async function updateProfile(patch: ProfilePatch): Promise<SettingsProfile> {
  const h = await updateHousehold((h) => {
    const person = activePerson(h);
    const { mutuelle, ...rest } = typeof patch === 'function' ? patch(profileOf(h, person, today())) : patch;
    return withPerson(h, person.id, patchPerson(person, rest as PersonPatch), mutuelle);
  });
  return activeState({ household: h, isDefault: false, repaired: false }, today()).profile;
}

function withPerson(h: Household, id: string, person: Person, mutuelle?: SettingsProfile['mutuelle']): Household {
  const people = h.people.map((p) => (p.id === id ? person : p));
  if (mutuelle === undefined) return { ...h, people };
  if (person.ownMutuelle) return { ...h, people: people.map((p) => (p.id === id ? { ...p, ownMutuelle: mutuelle } : p)) };
  return { ...h, people, mutuelle };
}

/** A change to one person (not necessarily the active one). */
export function updatePerson(id: string, patch: PersonPatch, mutuelle?: SettingsProfile['mutuelle']): Promise<Household> {
  return updateHousehold((h) => {
    const person = h.people.find((p) => p.id === id);
    return person ? withPerson(h, id, patchPerson(person, patch), mutuelle) : h;
  });
}

/** The person whose badges the pages show. */
export function setActivePerson(id: string): Promise<Household> {
  return updateHousehold((h) => (h.people.some((p) => p.id === id) ? { ...h, activeId: id } : h));
}

/** A new person on the shared contract, with the default situation; null when the household is full. */
export async function addPerson(patch: PersonPatch = {}): Promise<string | null> {
  let added: string | null = null;
  await updateHousehold((h) => {
    if (h.people.length >= MAX_PEOPLE) return h;
    added = nextPersonId(h);
    return { ...h, people: [...h.people, patchPerson({ ...defaultHousehold().people[0]!, id: added }, patch)] };
  });
  return added;
}

/** Removes a person (never the last one); the first one left becomes active if they were. */
export function removePerson(id: string): Promise<Household> {
  return updateHousehold((h) => {
    if (h.people.length <= 1) return h;
    const people = h.people.filter((p) => p.id !== id);
    return { ...h, people, activeId: h.activeId === id ? people[0]!.id : h.activeId };
  });
}

/** Gives a person a contract of their own (a copy of the shared one to start from), or back to the shared one. */
export function setOwnContract(id: string, own: boolean): Promise<Household> {
  return updateHousehold((h) => ({
    ...h,
    people: h.people.map((p) => {
      if (p.id !== id || own === (p.ownMutuelle != null)) return p;
      if (own) return { ...p, ownMutuelle: structuredClone(h.mutuelle) };
      const { ownMutuelle: _own, ...rest } = p;
      return rest;
    }),
  }));
}

/**
 * If the stored profile was invalid and the user was not told yet: writes the repaired profile
 * back, remembers that the notice was shown, and returns true (show the notice). Atomic, so that
 * of two pages opening at once only one shows it. Keeps `savedAt` as it was.
 */
export function acknowledgeRepair(): Promise<boolean> {
  return withSettingsLock('profile', async () => {
    const stored = await readStored();
    const { household, repaired } = validateHousehold(stored.raw);
    if (!repaired) return false;
    const show = !stored.meta.repairNoticeShown;
    await writeProfile(household, { savedAt: stored.meta.savedAt, repairNoticeShown: true });
    return show;
  });
}

/** Back to the default profile ("profil par défaut" again): value and metadata removed at once. */
export function resetProfile(): Promise<void> {
  return withSettingsLock('profile', async () => {
    await profileItem.getMeta().catch(() => ({})); // let migrations finish first
    await storage.removeItems([{ item: profileItem, options: { removeMeta: true } }]);
  });
}
