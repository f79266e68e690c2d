// Which settings group a hostname belongs to (docs/architecture.md, "Settings": `local:sites` keys). Kept apart
// from the readers so that the popup and the content scripts' glue do not bundle them.
import type { SiteGroup } from '../settings/schema';

/** Settings groups (docs/architecture.md, "Settings": `local:sites` keys), defined once with the settings. */
export type { SiteGroup };

const GROUPS: Readonly<Record<string, SiteGroup>> = {
  'www.doctolib.fr': 'doctolib.fr',
  'doctolib.fr': 'doctolib.fr',
  'annuairesante.ameli.fr': 'ameli.fr',
  'annuaire.sante.ameli.fr': 'ameli.fr',
  'www.maiia.com': 'maiia.com',
  'maiia.com': 'maiia.com',
  'www.keldoc.com': 'keldoc.com',
  'booking.keldoc.com': 'keldoc.com',
  'keldoc.com': 'keldoc.com',
};

/**
 * The settings group of a hostname, or null when the extension does not run there
 * (doctolib.de/.it, pro./partners.doctolib.fr, other ameli hosts…).
 */
export function siteGroupOf(hostname: string): SiteGroup | null {
  if (typeof hostname !== 'string') return null;
  return GROUPS[hostname.toLowerCase().replace(/\.$/, '')] ?? null;
}
