// Keldoc's URL shapes (docs/sites.md §4): `/{kind}/{ville-cp}/{slug}[/{cabinet}]`.
import { isSiteHost } from '../../hosts';
import { threeSegmentProfileKey } from '../../detect/profile-link';

export function matches(url: URL): boolean {
  return isSiteHost('keldoc', url.hostname);
}

/** `keldoc:/<kind>/<ville-cp>/<slug>` for a link to a practitioner's page on the same host, else null. */
export function profileLinkKey(href: string, base: URL): string | null {
  return threeSegmentProfileKey(href, base, 'keldoc', /-\d{5}$/);
}
