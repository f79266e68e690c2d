// The user's coverage profile (DESIGN "Settings"): a versioned WXT storage item, validated
// field by field on every read so that corrupt or hand-edited data never reaches the core.
//
// Storage layout (chrome.storage.local): `profile` holds the CoverageProfile, `profile$` its
// metadata (WXT's convention): `v` (schema version), `savedAt` ("the user saved a profile":
// until then the default is in use and the badges say so) and `repairNoticeShown`.
// Every write puts the value and its metadata in ONE storage.set call, so a watcher never sees
// a new value with old metadata, and runs under a lock shared by all extension pages.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { CoverageProfile, Mutuelle } from '../core/types';
import { withSettingsLock } from './lock';

/** The most common French situation (DESIGN), used until the user saves their own. */
export const DEFAULT_PROFILE: CoverageProfile = Object.freeze({
  mutuelle: Object.freeze({ kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true }),
  age: 30,
  medecinTraitant: true,
  referred: true,
  ald: false,
  maternity: false,
  regime: 'general',
  css: false,
  ame: false,
}) as CoverageProfile;

/** Highest level a tableau de garanties prints in practice; beyond it we assume a typo. */
export const MAX_LEVEL_PCT = 1000;
export const MAX_AGE = 130;

export interface ProfileMeta {
  /** Schema version, written by WXT's storage item. */
  v?: number;
  /** Set when the user saved a profile: until then the badges say "profil par défaut". */
  savedAt?: number;
  /** The "your settings were repaired" notice was shown for the data now stored. */
  repairNoticeShown?: boolean;
}

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

export const PROFILE_KEY = 'local:profile' as const;
const PROFILE_META_KEY = 'local:profile$' as const;

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

export interface ProfileState {
  profile: CoverageProfile;
  /** No profile was ever saved: the default is in use. */
  isDefault: boolean;
  /** Stored data was invalid and some fields fell back to defaults. */
  repaired: boolean;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isLevel = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_LEVEL_PCT;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v != null && !Array.isArray(v);

/** The mutuelle, and whether anything in it had to be replaced. */
function validateMutuelle(raw: unknown): { mutuelle: Mutuelle; repaired: boolean } {
  const fallback = (): { mutuelle: Mutuelle; repaired: boolean } => ({
    mutuelle: { ...DEFAULT_PROFILE.mutuelle },
    repaired: true,
  });
  if (!isPlainObject(raw)) return fallback();
  if (raw.kind === 'none') return { mutuelle: { kind: 'none' }, repaired: false };
  if (raw.kind !== 'brss' || !isLevel(raw.dptamPct)) return fallback();
  const dptamPct = Math.round(raw.dptamPct);
  let repaired = false;
  let nonDptamPct = dptamPct;
  if (isLevel(raw.nonDptamPct)) nonDptamPct = Math.round(raw.nonDptamPct);
  else repaired = true;
  let responsable = true;
  if (isBool(raw.responsable)) responsable = raw.responsable;
  else repaired = true;
  return { mutuelle: { kind: 'brss', dptamPct, nonDptamPct, responsable }, repaired };
}

/** Keeps every valid field, replaces every invalid one by its default (Dark Reader's approach). */
export function validateProfile(raw: unknown): { profile: CoverageProfile; repaired: boolean } {
  if (!isPlainObject(raw)) {
    return { profile: { ...DEFAULT_PROFILE, mutuelle: { ...DEFAULT_PROFILE.mutuelle } }, repaired: raw != null };
  }
  let repaired = false;
  const pick = <T>(ok: boolean, value: unknown, fallback: T): T => {
    if (ok) return value as T;
    repaired = true;
    return fallback;
  };
  const m = validateMutuelle(raw.mutuelle);
  if (m.repaired) repaired = true;
  const ageOk = typeof raw.age === 'number' && Number.isFinite(raw.age) && raw.age >= 0 && raw.age <= MAX_AGE;
  const profile: CoverageProfile = {
    mutuelle: m.mutuelle,
    age: ageOk ? Math.floor(raw.age as number) : pick(false, 0, DEFAULT_PROFILE.age),
    medecinTraitant: pick(isBool(raw.medecinTraitant), raw.medecinTraitant, DEFAULT_PROFILE.medecinTraitant),
    referred: pick(isBool(raw.referred), raw.referred, DEFAULT_PROFILE.referred),
    ald: pick(isBool(raw.ald), raw.ald, DEFAULT_PROFILE.ald),
    maternity: pick(isBool(raw.maternity), raw.maternity, DEFAULT_PROFILE.maternity),
    regime: pick(raw.regime === 'general' || raw.regime === 'alsace-moselle', raw.regime, DEFAULT_PROFILE.regime),
    css: pick(isBool(raw.css), raw.css, DEFAULT_PROFILE.css),
    ame: pick(isBool(raw.ame), raw.ame, DEFAULT_PROFILE.ame),
  };
  // The CSS and the AME exclude each other (the core rejects both): which one holds is unknown.
  if (profile.css && profile.ame) {
    profile.css = DEFAULT_PROFILE.css;
    profile.ame = DEFAULT_PROFILE.ame;
    repaired = true;
  }
  return { profile, repaired };
}

function validateMeta(raw: unknown): ProfileMeta {
  if (!isPlainObject(raw)) return {};
  const meta: ProfileMeta = {};
  if (typeof raw.v === 'number' && Number.isInteger(raw.v)) meta.v = raw.v;
  if (typeof raw.savedAt === 'number' && Number.isFinite(raw.savedAt)) meta.savedAt = raw.savedAt;
  if (raw.repairNoticeShown === true) meta.repairNoticeShown = true;
  return meta;
}

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

function stateOf({ raw, meta }: Stored): ProfileState {
  const { profile, repaired } = validateProfile(raw);
  return { profile, isDefault: meta.savedAt == null, repaired };
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
    if (!('profile' in changes) && !('profile$' in changes)) return;
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
