// The one entry point for the content scripts (and the background, if it comes to compute with
// the settings): the active person's profile, the site switches and that person's marked GP,
// read and watched only (docs/architecture.md: only the extension pages write). It reads
// storage.local directly and validates with the same schema, instead of bundling WXT's storage
// items into the script that runs on every booking page (size budget). It reads every stored
// version (a v1 profile, a v1 marked GP) the way the migrations turn it, so that it never depends
// on an extension page having migrated the data first.
import { browser } from 'wxt/browser';
import { localDay } from '../core/dates';
import { STORAGE_KEYS, validateMeta, validateSites, type ProfileState, type SiteSwitches } from './schema';
import { activeState, householdStateOf } from './household';
import { MEDECIN_TRAITANT_KEY, validateMarkedMap } from './gp-identity';

export interface Settings {
  /** The active person's profile, their age at the day given. */
  profile: ProfileState;
  sites: SiteSwitches;
  /** The identity of the GP the active person marked as their médecin traitant, or null. */
  medecinTraitant: string | null;
}

const KEYS = [STORAGE_KEYS.profile, STORAGE_KEYS.profileMeta, STORAGE_KEYS.sites, MEDECIN_TRAITANT_KEY];

/** `day` (YYYY-MM-DD, default today): the day of care a birth month gives the age at. */
export async function readSettings(day = localDay(new Date())): Promise<Settings> {
  const got: Record<string, unknown> = await browser.storage.local.get(KEYS).catch(() => ({}));
  const household = householdStateOf({ raw: got[STORAGE_KEYS.profile] ?? null, meta: validateMeta(got[STORAGE_KEYS.profileMeta]) });
  return {
    profile: activeState(household, day),
    sites: validateSites(got[STORAGE_KEYS.sites]),
    medecinTraitant: validateMarkedMap(got[MEDECIN_TRAITANT_KEY])[household.household.activeId]?.id ?? null,
  };
}

/** Calls back with the whole validated settings after any change of them, latest read only. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let ticket = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !KEYS.some((k) => k in changes)) return;
    const mine = ++ticket;
    readSettings().then((s) => mine === ticket && cb(s), () => {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
