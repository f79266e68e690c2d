// Which site group a tab's URL belongs to (docs/architecture.md, "Settings": the switch keys), and the hosts
// each group covers (src/hosts.ts).
import { SITES, SITE_HOSTS as HOSTS_BY_SITE, siteGroupOf, type SiteGroup, type SiteId } from '../../hosts';

export const SITE_HOSTS: Readonly<Record<SiteGroup, readonly string[]>> = Object.fromEntries<readonly string[]>(
  (Object.keys(SITES) as SiteId[]).map((id) => [SITES[id].group, HOSTS_BY_SITE[id]]),
) as Record<SiteGroup, readonly string[]>;

/**
 * The group of a tab's URL; null for anything else, including a URL the browser hid from us
 * (no "tabs" permission: only the booking sites' URLs are visible) and hosts the extension has
 * no permission for.
 */
export function siteGroupOfUrl(url: string | undefined): SiteGroup | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    const group = siteGroupOf(u.hostname);
    return group && SITE_HOSTS[group].includes(u.hostname.toLowerCase()) ? group : null;
  } catch {
    return null;
  }
}

/** The options page names each group; the key of its message under `options.sites`. */
export const SITE_NAME_KEY = {
  'doctolib.fr': 'options.sites.doctolib',
  'ameli.fr': 'options.sites.ameli',
  'maiia.com': 'options.sites.maiia',
  'keldoc.com': 'options.sites.keldoc',
} as const satisfies Record<SiteGroup, string>;
