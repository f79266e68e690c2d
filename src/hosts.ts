// The booking sites the extension runs on, once: each site's hosts and its settings group
// (docs/architecture.md, "Settings": `local:sites` keys). The host permissions, the content-script matches, the
// settings' site groups, the popup's hostname → group mapping and each reader's `matches` all
// derive from this table (docs/architecture.md, "Decisions"). Never <all_urls>; doctolib.de /
// doctolib.it share Doctolib's markup but not French reimbursement rules; pro./partners. hosts
// are not patient pages; bare doctolib.fr / maiia.com / keldoc.com only redirect to www.
// The match patterns are written out whole: scripts/check-static.mjs reads them here.
export const SITES = {
  doctolib: { group: 'doctolib.fr', matches: ['https://www.doctolib.fr/*'] },
  ameli: { group: 'ameli.fr', matches: ['https://annuairesante.ameli.fr/*', 'https://annuaire.sante.ameli.fr/*'] },
  maiia: { group: 'maiia.com', matches: ['https://www.maiia.com/*'] },
  keldoc: { group: 'keldoc.com', matches: ['https://www.keldoc.com/*', 'https://booking.keldoc.com/*'] },
} as const;

export type SiteId = keyof typeof SITES;
/** Settings groups (docs/architecture.md, "Settings": `local:sites` keys). */
export type SiteGroup = (typeof SITES)[SiteId]['group'];

const IDS = Object.keys(SITES) as SiteId[];

/** The settings groups, in the table's order (the options page lists them so). */
export const SITE_GROUPS: readonly SiteGroup[] = IDS.map((id) => SITES[id].group);

/** Content-script matches per site. */
export const SITE_MATCHES = Object.fromEntries(IDS.map((id) => [id, [...SITES[id].matches]])) as Record<SiteId, string[]>;

export const HOST_PERMISSIONS: string[] = Object.values(SITE_MATCHES).flat();

/** Each site's hostnames, from its match patterns. */
export const SITE_HOSTS = Object.fromEntries(
  IDS.map((id) => [id, SITES[id].matches.map((p) => p.slice('https://'.length, -'/*'.length))]),
) as Record<SiteId, string[]>;

/** True when `hostname` is one of the site's hosts (case and a trailing dot ignored). */
export function isSiteHost(id: SiteId, hostname: string): boolean {
  return SITE_HOSTS[id].includes(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * The settings group of a hostname, or null when the extension does not run there
 * (doctolib.de/.it, pro./partners.doctolib.fr, other ameli hosts, bare doctolib.fr…).
 */
export function siteGroupOf(hostname: string): SiteGroup | null {
  if (typeof hostname !== 'string') return null;
  const id = IDS.find((i) => isSiteHost(i, hostname));
  return id ? SITES[id].group : null;
}
