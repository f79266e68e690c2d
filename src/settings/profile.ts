// The user's coverage profile (docs/architecture.md, "Settings"): a versioned WXT storage item, validated
// field by field on every read so that corrupt or hand-edited data never reaches the core.
//
// Storage layout (chrome.storage.local): `profile` holds the CoverageProfile, `profile$` its
// metadata (WXT's convention): `v` (schema version), `savedAt` ("the user saved a profile":
// until then the default is in use and the badges say so) and `repairNoticeShown`.
// Every write puts the value and its metadata in ONE storage.set call, so a watcher never sees
// a new value with old metadata, and runs under a lock shared by all extension pages.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { CoverageProfile } from '../core/types';
import { DEFAULT_PROFILE, STORAGE_KEYS, stateOf, validateMeta, validateProfile, type ProfileMeta, type ProfileState } from './schema';
import { withSettingsLock } from './lock';

/** The version written by this build. v1 is the first shape ever stored. */
export const PROFILE_VERSION = 1;

export type Migrations = Record<number, (old: any) => unknown>;

/**
 * Migrations from every older stored version: `profileMigrations[n]` turns a v(n−1) value into
 * a vn value. Empty while v1 is the only version that ever existed; a shape change bumps
 * PROFILE_VERSION and adds `2: (v1) => …` here (tests/unit/settings exercises that slot).
 * An unversioned value (no `v` in the metadata) is read as v1. Whatever a migration returns is
 * still validated field by field on read, and a failing migration (only logged by WXT) leaves
 * the old value to the same validation: defaults for what cannot be read, and a notice.
 */
export const profileMigrations: Migrations = {};

export const PROFILE_KEY = `local:${STORAGE_KEYS.profile}` as const;
const PROFILE_META_KEY = `local:${STORAGE_KEYS.profileMeta}` as const;

/** The item as WXT defines it; the factory lets tests exercise a future version's migration. */
export function defineProfileItem(version = PROFILE_VERSION, migrations: Migrations = profileMigrations) {
  return storage.defineItem<CoverageProfile, ProfileMeta & Record<string, unknown>>(PROFILE_KEY, {
    fallback: DEFAULT_PROFILE,
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

export async function readProfile(): Promise<ProfileState> {
  return stateOf(await readStored());
}

/** Value and metadata in one storage.set: one change event, never half-written. */
async function writeProfile(profile: CoverageProfile, meta: ProfileMeta): Promise<void> {
  const clean: ProfileMeta = { v: PROFILE_VERSION };
  if (meta.savedAt != null) clean.savedAt = meta.savedAt;
  if (meta.repairNoticeShown) clean.repairNoticeShown = true;
  await storage.setItems([
    { key: PROFILE_KEY, value: profile },
    { key: PROFILE_META_KEY, value: clean },
  ]);
}

/**
 * Calls back with the validated profile on every change of the value or its metadata, from any
 * extension page (one storage event per write: see writeProfile).
 */
export function watchProfile(cb: (state: ProfileState) => void): () => void {
  let latest = 0;
  const area = browser.storage.local;
  const listener = (changes: Record<string, unknown>) => {
    if (!(STORAGE_KEYS.profile in changes) && !(STORAGE_KEYS.profileMeta in changes)) return;
    const ticket = ++latest;
    void readProfile().then(
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
 * Applies a partial change atomically: the read-modify-write runs under a lock shared by all
 * extension pages, so the popup and the options page writing at once lose nothing. Marks the
 * profile as the user's own (`savedAt`).
 */
export function updateProfile(patch: Partial<CoverageProfile>): Promise<CoverageProfile> {
  return withSettingsLock('profile', async () => {
    const { profile } = stateOf(await readStored());
    const next = validateProfile({ ...profile, ...patch }).profile;
    // A save makes the stored data valid again: a later corruption deserves a new notice.
    await writeProfile(next, { savedAt: Date.now() });
    return next;
  });
}

/**
 * If the stored profile was invalid and the user was not told yet: writes the repaired profile
 * back, remembers that the notice was shown, and returns true (show the notice). Atomic, so that
 * of two pages opening at once only one shows it. Keeps `savedAt` as it was.
 */
export function acknowledgeRepair(): Promise<boolean> {
  return withSettingsLock('profile', async () => {
    const stored = await readStored();
    const { profile, repaired } = validateProfile(stored.raw);
    if (!repaired) return false;
    const show = !stored.meta.repairNoticeShown;
    await writeProfile(profile, { savedAt: stored.meta.savedAt, repairNoticeShown: true });
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
