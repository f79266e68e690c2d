// Which site group a tab's URL belongs to (docs/architecture.md, "Settings": the switch keys), and the hosts
// each group covers: the host permissions (src/hosts.ts) grouped by the page readers' mapping.
import { siteGroupOf } from '../../detect/sites';
import { HOST_PERMISSIONS } from '../../hosts';
import { SITE_GROUPS, type SiteGroup } from '../../settings';

export const SITE_HOSTS: Readonly<Record<SiteGroup, readonly string[]>> = (() => {
  const out = Object.fromEntries(SITE_GROUPS.map((g) => [g, [] as string[]])) as Record<SiteGroup, string[]>;
  for (const pattern of HOST_PERMISSIONS) {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
    const group = host ? siteGroupOf(host) : null;
    if (host && group) out[group].push(host);
  }
  return out;
})();

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
