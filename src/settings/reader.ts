// The content scripts' view of the settings: read and watch only (docs/architecture.md: only the extension
// pages write). It reads storage.local directly and validates with the same schema, instead of
// bundling WXT's storage items into the script that runs on every booking page (size budget).
// Migrations run where the items are defined: the background (at startup), popup and options.
import { browser } from 'wxt/browser';
import { STORAGE_KEYS, stateOf, validateMeta, validateSites, type ProfileState, type SiteSwitches } from './schema';
import { gpIdentity, MEDECIN_TRAITANT_KEY } from './gp-identity';

export interface Settings {
  profile: ProfileState;
  sites: SiteSwitches;
  /** The identity of the GP the user marked as their médecin traitant, or null. */
  medecinTraitant: string | null;
}

const KEYS = [STORAGE_KEYS.profile, STORAGE_KEYS.profileMeta, STORAGE_KEYS.sites, MEDECIN_TRAITANT_KEY];

export async function readSettings(): Promise<Settings> {
  const got: Record<string, unknown> = await browser.storage.local.get(KEYS).catch(() => ({}));
  return {
    profile: stateOf({ raw: got[STORAGE_KEYS.profile] ?? null, meta: validateMeta(got[STORAGE_KEYS.profileMeta]) }),
    sites: validateSites(got[STORAGE_KEYS.sites]),
    medecinTraitant: markedId(got[MEDECIN_TRAITANT_KEY]),
  };
}

/** The marked GP's identity (validated as gp-identity.ts does; the name is for the options page). */
function markedId(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && gpIdentity(id) === id ? id : null;
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
