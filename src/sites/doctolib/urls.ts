// Doctolib's URL shapes (docs/sites.md §1.1): result lists, profiles, and the profile key.
import { isSiteHost } from '../../hosts';

/** First path segments that are not a specialty (so `/x/y/z` is not a profile). */
const RESERVED = new Set([
  'search', 'sessions', 'account', 'accounts', 'booking', 'appointments', 'patient', 'patients',
  'sante', 'faq', 'static', 'cdn', 'api', 'profiles', 'help', 'pro', 'doctors', 'online_booking',
  'patient-health-search', 'phs_proxy', 'availabilities', 'webpack', 'assets', 'images', 'legal',
  'cgu', 'privacy', 'conditions-generales', 'mentions-legales', 'connexion', 'inscription',
]);

export function matches(url: URL): boolean {
  return isSiteHost('doctolib', url.hostname);
}

export function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '');
}

/** `/search…`, `/<specialite>/<ville>`, `/<specialite>`: a result list. */
export function isSearchPath(url: URL): boolean {
  const seg = segments(url.pathname);
  if (seg[0] === 'search') return true;
  return seg.length >= 1 && seg.length <= 2 && !RESERVED.has(seg[0] ?? '');
}

/** `/<specialite>/<ville>/<slug>` (+ booking funnel paths under it). */
export function isProfilePath(url: URL): boolean {
  const seg = segments(url.pathname);
  return seg.length >= 3 && !RESERVED.has(seg[0] ?? '');
}

/** `doctolib:/<specialite>/<ville>/<slug>?pid=<pid>` for a profile link, else null. */
export function profileKey(href: string, base: URL): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (!isSiteHost('doctolib', u.hostname) && u.hostname !== base.hostname) return null;
  const seg = segments(u.pathname);
  if (seg.length < 3 || RESERVED.has(seg[0] ?? '')) return null;
  const pid = u.searchParams.get('pid');
  return `doctolib:/${seg.slice(0, 3).join('/')}${pid !== null && pid !== '' ? `?pid=${pid}` : ''}`;
}
