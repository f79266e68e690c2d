// Maiia's URL shapes (docs/sites.md §3): `/{specialite}/{cp-ville}/{slug}[?centerid=…]`.
import { isSiteHost } from '../../hosts';

export function matches(url: URL): boolean {
  return isSiteHost('maiia', url.hostname);
}

/** `maiia:/<specialite>/<cp-ville>/<slug>` for a link to a practitioner's page on the same host, else null. */
export function profileLinkKey(href: string, base: URL): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.host !== base.host) return null;
  const seg = u.pathname.split('/').filter((s) => s !== '');
  return seg.length >= 3 && /^\d{5}-/.test(seg[1] ?? '') ? `maiia:/${seg.slice(0, 3).join('/')}` : null;
}
