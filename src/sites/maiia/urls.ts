// Maiia's URL shapes (docs/sites.md §3): `/{specialite}/{cp-ville}/{slug}[?centerid=…]`.
import { isSiteHost } from '../../hosts';
import { threeSegmentProfileKey } from '../../detect/profile-link';

export function matches(url: URL): boolean {
  return isSiteHost('maiia', url.hostname);
}

/** `maiia:/<specialite>/<cp-ville>/<slug>` for a link to a practitioner's page on the same host, else null. */
export function profileLinkKey(href: string, base: URL): string | null {
  return threeSegmentProfileKey(href, base, 'maiia', /^\d{5}-/);
}
