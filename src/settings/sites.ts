// Per-site switches (docs/architecture.md, "Settings"): keys are site groups, values are overrides only;
// a group missing from the map is on (uBlock Origin / Dark Reader: a default plus overrides).
import { storage } from '#imports';
import { withSettingsLock } from './lock';
import { SITE_DEFAULT_ENABLED, validateSites, type SiteGroup, type SiteSwitches } from './schema';

/** v1 is the first stored version; a shape change bumps it and adds `migrations[2]`. */
export const SITES_VERSION = 1;

export const sitesItem = storage.defineItem<SiteSwitches>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
  migrations: {},
});

export async function readSites(): Promise<SiteSwitches> {
  return validateSites(await sitesItem.getValue().catch(() => ({})));
}

export function watchSites(cb: (sites: SiteSwitches) => void): () => void {
  return sitesItem.watch((v) => cb(validateSites(v)));
}

/** Atomic read-modify-write under the settings lock; stores the override only when it differs. */
export function setSiteEnabled(group: SiteGroup, enabled: boolean): Promise<SiteSwitches> {
  return withSettingsLock('sites', async () => {
    const next: SiteSwitches = { ...(await readSites()) };
    if (enabled === SITE_DEFAULT_ENABLED) delete next[group];
    else next[group] = enabled;
    if (Object.keys(next).length === 0) await sitesItem.removeValue();
    else await sitesItem.setValue(next);
    return next;
  });
}

/** Every site back on. */
export function resetSites(): Promise<void> {
  return withSettingsLock('sites', () => sitesItem.removeValue({ removeMeta: true }));
}
