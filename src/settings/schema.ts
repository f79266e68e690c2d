// The settings' shapes, defaults and validation, with no storage code: shared by the extension
// pages (which read and write through WXT storage items, profile.ts / sites.ts) and the content
// scripts (which only read, reader.ts). Storage layout (storage.local): `profile` holds the
// CoverageProfile, `profile$` its metadata (WXT's convention), `sites` the per-site overrides.
import { SITE_GROUPS, type SiteGroup } from '../hosts';
import { isAge, isBool, isLevel, isPlainObject, PROFILE_FIELD_NAMES, PROFILE_FIELDS } from '../core/limits';
import type { CoverageProfile } from '../core/types';
import { canonical, validateLines, validateYearToDate, type ProfileMutuelle, type YearToDate } from './contract';

/**
 * The profile as the settings store and hand to the core: the contract's CoverageProfile with the
 * mutuelle's optional lines and the period's counters (docs/architecture.md, "The whole mutuelle").
 */
export type SettingsProfile = Omit<CoverageProfile, 'mutuelle'> & { mutuelle: ProfileMutuelle; yearToDate?: YearToDate };

export const STORAGE_KEYS = { profile: 'profile', profileMeta: 'profile$', sites: 'sites' } as const;

/** The most common French situation (docs/architecture.md), used until the user saves their own. */
export const DEFAULT_PROFILE: SettingsProfile = Object.freeze({
  mutuelle: Object.freeze({ kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true }),
  age: 30,
  medecinTraitant: true,
  referred: true,
  ald: false,
  maternity: false,
  regime: 'general',
  css: false,
  ame: false,
}) as SettingsProfile;

export { MAX_AGE, MAX_LEVEL_PCT } from '../core/limits';

export interface ProfileMeta {
  /** Schema version, written by WXT's storage item. */
  v?: number;
  /** Set when the user saved a profile: until then the badges say "profil par défaut". */
  savedAt?: number;
  /** The "your settings were repaired" notice was shown for the data now stored. */
  repairNoticeShown?: boolean;
}

export interface ProfileState {
  profile: SettingsProfile;
  /** No profile was ever saved: the default is in use. */
  isDefault: boolean;
  /** Stored data was invalid and some fields fell back to defaults. */
  repaired: boolean;
}

/** The mutuelle, and whether anything in it had to be replaced. */
export function validateMutuelle(raw: unknown): { mutuelle: ProfileMutuelle; repaired: boolean } {
  const fallback = (): { mutuelle: ProfileMutuelle; repaired: boolean } => ({
    mutuelle: { ...DEFAULT_PROFILE.mutuelle } as ProfileMutuelle,
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
  const lines = validateLines(raw);
  return { mutuelle: { kind: 'brss', dptamPct, nonDptamPct, responsable, ...lines.lines }, repaired: repaired || lines.repaired };
}

/** Keeps every valid field, replaces every invalid one by its default (Dark Reader's approach). */
export function validateProfile(raw: unknown): { profile: SettingsProfile; repaired: boolean } {
  if (!isPlainObject(raw)) {
    return { profile: { ...DEFAULT_PROFILE, mutuelle: { ...DEFAULT_PROFILE.mutuelle } }, repaired: raw != null };
  }
  const m = validateMutuelle(raw.mutuelle);
  let repaired = m.repaired;
  const profile = { mutuelle: m.mutuelle } as Record<string, unknown>;
  // The stored key order (mutuelle first, then DEFAULT_PROFILE's) whatever order they are checked in.
  for (const key of Object.keys(DEFAULT_PROFILE) as Exclude<keyof CoverageProfile, 'yearToDate'>[]) {
    if (key === 'mutuelle') continue;
    const ok = PROFILE_FIELDS[key](raw[key]);
    if (!ok) repaired = true;
    profile[key] = ok ? raw[key] : DEFAULT_PROFILE[key];
  }
  if (isAge(raw.age)) profile.age = Math.floor(raw.age); // whole years
  const ytd = validateYearToDate(raw.yearToDate);
  if (ytd.yearToDate) profile.yearToDate = ytd.yearToDate;
  repaired ||= ytd.repaired;
  const valid = profile as unknown as SettingsProfile;
  // The CSS and the AME exclude each other (the core rejects both): which one holds is unknown.
  if (valid.css && valid.ame) {
    valid.css = DEFAULT_PROFILE.css;
    valid.ame = DEFAULT_PROFILE.ame;
    repaired = true;
  }
  return { profile: valid, repaired };
}

export function validateMeta(raw: unknown): ProfileMeta {
  if (!isPlainObject(raw)) return {};
  const meta: ProfileMeta = {};
  if (typeof raw.v === 'number' && Number.isInteger(raw.v)) meta.v = raw.v;
  if (typeof raw.savedAt === 'number' && Number.isFinite(raw.savedAt)) meta.savedAt = raw.savedAt;
  if (raw.repairNoticeShown === true) meta.repairNoticeShown = true;
  return meta;
}

/** Two profiles say the same, field by field (the mutuelle's lines and the counters too). */
export function sameProfile(a: SettingsProfile, b: SettingsProfile): boolean {
  return canonical(a) === canonical(b);
}

/** Two states show the same badges: same profile, same default and repaired marks. */
export function sameProfileState(a: ProfileState, b: ProfileState): boolean {
  return a.isDefault === b.isDefault && a.repaired === b.repaired && sameProfile(a.profile, b.profile);
}

/** The stored value and metadata as the popup, options and badges use them. */
export function stateOf({ raw, meta }: { raw: unknown; meta: ProfileMeta }): ProfileState {
  const { profile, repaired } = validateProfile(raw);
  return { profile, isDefault: meta.savedAt == null, repaired };
}

// --- Per-site switches (docs/architecture.md, "Settings"): keys are site groups, values are overrides only;
// a group missing from the map is on (uBlock Origin / Dark Reader: a default plus overrides).

export { SITE_GROUPS, type SiteGroup };
export type SiteSwitches = Partial<Record<SiteGroup, boolean>>;

/** Every group is on until the user turns it off. */
export const SITE_DEFAULT_ENABLED = true;

export function isSiteGroup(value: unknown): value is SiteGroup {
  return typeof value === 'string' && (SITE_GROUPS as readonly string[]).includes(value);
}

/** Keeps the boolean overrides of known groups; anything else is dropped. */
export function validateSites(raw: unknown): SiteSwitches {
  const out: SiteSwitches = {};
  if (!isPlainObject(raw)) return out;
  for (const group of SITE_GROUPS) {
    const v = raw[group];
    if (typeof v === 'boolean' && v !== SITE_DEFAULT_ENABLED) out[group] = v;
  }
  return out;
}

export const isSiteEnabled = (sites: SiteSwitches, group: SiteGroup): boolean =>
  sites[group] ?? SITE_DEFAULT_ENABLED;

