// Profile links of the sites whose practitioner pages are `/{a}/{city}/{slug}…` on their own host
// (Maiia, Keldoc): the key names the page, whatever follows the slug.

/** `<site>:/<a>/<city>/<slug>` when `href` is such a link on `base`'s host and its city segment matches, else null. */
export function threeSegmentProfileKey(href: string, base: URL, site: string, city: RegExp): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.host !== base.host) return null;
  const seg = u.pathname.split('/').filter((s) => s !== '');
  return seg.length >= 3 && city.test(seg[1] ?? '') ? `${site}:/${seg.slice(0, 3).join('/')}` : null;
}
