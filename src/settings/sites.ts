// Per-site switches (DESIGN "Settings"): keys are site groups, values are overrides only;
// a group missing from the map is on (uBlock Origin / Dark Reader: a default plus overrides).
import { storage } from '#imports';
import { withSettingsLock } from './lock';

export const SITE_GROUPS = ['doctolib.fr', 'ameli.fr', 'maiia.com', 'keldoc.com'] as const;
export type SiteGroup = (typeof SITE_GROUPS)[number];
export type SiteSwitches = Partial<Record<SiteGroup, boolean>>;

export const sitesItem = storage.defineItem<SiteSwitches>('local:sites', {
  fallback: {},
  version: 1,
});

export function validateSites(raw: unknown): SiteSwitches {
  const out: SiteSwitches = {};
  if (typeof raw !== 'object' || raw == null) return out;
  for (const group of SITE_GROUPS) {
    const v = (raw as Record<string, unknown>)[group];
    if (typeof v === 'boolean') out[group] = v;
  }
  return out;
}

export const isSiteEnabled = (sites: SiteSwitches, group: SiteGroup): boolean => sites[group] !== false;

export async function readSites(): Promise<SiteSwitches> {
  return validateSites(await sitesItem.getValue().catch(() => ({})));
}

export function watchSites(cb: (sites: SiteSwitches) => void): () => void {
  return sitesItem.watch((v) => cb(validateSites(v)));
}

export function setSiteEnabled(group: SiteGroup, enabled: boolean): Promise<SiteSwitches> {
  return withSettingsLock('sites', async () => {
    const next = { ...(await readSites()), [group]: enabled };
    await sitesItem.setValue(next);
    return next;
  });
}
