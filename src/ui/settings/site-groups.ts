// Which site group a tab's URL belongs to (DESIGN "Settings": the switch keys). The hosts are
// exactly the host permissions (src/hosts.ts).
// TODO(one line): use `siteGroupOf` from src/detect once the page readers export it.
import { SITE_GROUPS, type SiteGroup } from '../../settings';

export const SITE_HOSTS: Readonly<Record<SiteGroup, readonly string[]>> = {
  'doctolib.fr': ['www.doctolib.fr'],
  'ameli.fr': ['annuairesante.ameli.fr', 'annuaire.sante.ameli.fr'],
  'maiia.com': ['www.maiia.com'],
  'keldoc.com': ['www.keldoc.com', 'booking.keldoc.com'],
};

export function siteGroupOfHost(hostname: string): SiteGroup | null {
  const host = hostname.toLowerCase();
  for (const group of SITE_GROUPS) if (SITE_HOSTS[group].includes(host)) return group;
  return null;
}

/** The group of a tab's URL; null for anything else, including a URL the browser hid from us. */
export function siteGroupOfUrl(url: string | undefined): SiteGroup | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? siteGroupOfHost(u.hostname) : null;
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
