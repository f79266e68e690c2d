// The user's coverage profile (DESIGN "Settings"): a versioned WXT storage item, validated
// field by field on every read so that corrupt or hand-edited data never reaches the core.
import { storage } from '#imports';
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
  /** Set when the user saved a profile: until then the badges say "profil par défaut". */
  savedAt?: number;
  /** The "your settings were repaired" notice was shown once. */
  repairNoticeShown?: boolean;
}

export const profileItem = storage.defineItem<CoverageProfile, ProfileMeta & Record<string, unknown>>(
  'local:profile',
  {
    fallback: DEFAULT_PROFILE,
    // v1 is the first shape ever stored: there is no older version to migrate from yet. A future
    // shape change bumps `version` and adds `migrations[2]`, tested in tests/unit/settings.
    version: 1,
  },
);

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

function validateMutuelle(raw: unknown): Mutuelle | null {
  if (typeof raw !== 'object' || raw == null) return null;
  const m = raw as Record<string, unknown>;
  if (m.kind === 'none') return { kind: 'none' };
  if (m.kind !== 'brss' || !isLevel(m.dptamPct)) return null;
  return {
    kind: 'brss',
    dptamPct: Math.round(m.dptamPct),
    nonDptamPct: isLevel(m.nonDptamPct) ? Math.round(m.nonDptamPct) : Math.round(m.dptamPct),
    responsable: isBool(m.responsable) ? m.responsable : true,
  };
}

/** Keeps every valid field, replaces every invalid one by its default (Dark Reader's approach). */
export function validateProfile(raw: unknown): { profile: CoverageProfile; repaired: boolean } {
  if (typeof raw !== 'object' || raw == null || Array.isArray(raw)) {
    return { profile: { ...DEFAULT_PROFILE }, repaired: raw != null };
  }
  const r = raw as Record<string, unknown>;
  let repaired = false;
  const pick = <T>(ok: boolean, value: unknown, fallback: T): T => {
    if (ok) return value as T;
    repaired = true;
    return fallback;
  };
  const mutuelle = validateMutuelle(r.mutuelle);
  if (mutuelle == null) repaired = true;
  const age = typeof r.age === 'number' && Number.isFinite(r.age) && r.age >= 0 && r.age <= MAX_AGE;
  const profile: CoverageProfile = {
    mutuelle: mutuelle ?? { ...DEFAULT_PROFILE.mutuelle },
    age: age ? Math.floor(r.age as number) : pick(false, 0, DEFAULT_PROFILE.age),
    medecinTraitant: pick(isBool(r.medecinTraitant), r.medecinTraitant, DEFAULT_PROFILE.medecinTraitant),
    referred: pick(isBool(r.referred), r.referred, DEFAULT_PROFILE.referred),
    ald: pick(isBool(r.ald), r.ald, DEFAULT_PROFILE.ald),
    maternity: pick(isBool(r.maternity), r.maternity, DEFAULT_PROFILE.maternity),
    regime: pick(r.regime === 'general' || r.regime === 'alsace-moselle', r.regime, DEFAULT_PROFILE.regime),
    css: pick(isBool(r.css), r.css, DEFAULT_PROFILE.css),
    ame: pick(isBool(r.ame), r.ame, DEFAULT_PROFILE.ame),
  };
  return { profile, repaired };
}

export async function readProfile(): Promise<ProfileState> {
  const [raw, meta] = await Promise.all([
    profileItem.getValue().catch(() => null),
    profileItem.getMeta().catch(() => ({}) as ProfileMeta),
  ]);
  const { profile, repaired } = validateProfile(raw);
  return { profile, isDefault: meta.savedAt == null, repaired };
}

/** Calls back with the validated profile on every change, from any extension page. */
export function watchProfile(cb: (state: ProfileState) => void): () => void {
  const unwatchValue = profileItem.watch(() => void readProfile().then(cb, () => {}));
  return unwatchValue;
}

/**
 * Applies a partial change atomically: the read-modify-write runs under a lock shared by all
 * extension pages, so the popup and the options page writing at once lose nothing.
 */
export function updateProfile(patch: Partial<CoverageProfile>): Promise<CoverageProfile> {
  return withSettingsLock('profile', async () => {
    const { profile } = await readProfile();
    const next = validateProfile({ ...profile, ...patch }).profile;
    await profileItem.setValue(next);
    await profileItem.setMeta({ savedAt: Date.now() });
    return next;
  });
}

export function resetProfile(): Promise<void> {
  return withSettingsLock('profile', async () => {
    await profileItem.removeValue({ removeMeta: true });
  });
}
