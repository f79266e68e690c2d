// Page readers — DESIGN "Contract: page readers".
//
// `detectListings(root, url)` picks the reader by hostname and returns the listings under `root`.
// It never throws, returns [] on hosts it does not support, on anti-bot and error pages, and is
// linear in the size of what it reads.
//
// Incremental use (MutationObserver): pass an added node as `root`. Search pages: when `root` is
// inside a card (a re-render of a card's inner part), the enclosing card is found with `closest`
// and re-read whole; when `root` holds cards, each is read. Profile pages: the practice blocks of
// the page are re-read and only those the root touches are returned. Generic pages: a few levels
// around `root` are re-read and only the containers the root touches are returned. The content
// script removes duplicates by `Listing.key`, and re-annotates a card whose key changed (Doctolib
// re-uses card nodes for other practitioners: the key always comes from the card's current
// content).
import type { Listing } from './types';
import type { Reader } from './reader';
import { doctolib } from './doctolib';
import { ameli } from './ameli';
import { maiia } from './maiia';
import { keldoc } from './keldoc';
import { docOf, isInsideSkipped, normalizeSpace } from './text';

export type { Listing, FeeRow, Site } from './types';
export type { Reader } from './reader';
export { parseSector, SECTOR_SIGNALS, KNOWN_SECTOR_LABELS, type SectorResult, type SectorRule } from './parse-sector';
export { parseFee, findFee, type ParsedFee } from './parse-fee';
export { normalizeSpecialty, matchSpecialty, SPECIALTY_RULES, type SpecialtyKey } from './specialty';
export { actFromFeeLabel } from './act';

/** The readers, in dispatch order. */
export const READERS: readonly Reader[] = [doctolib, ameli, maiia, keldoc];

/** Settings groups (DESIGN "Settings": `local:sites` keys). */
export type SiteGroup = 'doctolib.fr' | 'ameli.fr' | 'maiia.com' | 'keldoc.com';

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

function toUrl(url: URL | string): URL | null {
  try {
    return url instanceof URL ? url : new URL(String(url));
  } catch {
    return null;
  }
}

/** True when a reader handles this URL (https or http, supported hostname). */
export function isSupportedUrl(url: URL | string): boolean {
  const u = toUrl(url);
  if (u === null || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  return READERS.some((r) => r.matches(u));
}

/** The reader for a URL, or null. */
export function readerFor(url: URL): Reader | null {
  return READERS.find((r) => r.matches(url)) ?? null;
}

const BLOCKED_TITLE = /\b(?:403|429|forbidden|access denied|acc[eè]s refus[eé]|retry later|too many requests|request rejected|url is rejected|captcha|attention required|just a moment)\b/i;
const BLOCKED_TEXT = /^(?:retry later|the requested url (?:is|was) rejected|access denied|forbidden|too many requests|error 403|403 forbidden|429 too many requests)\b/i;

/**
 * Anti-bot interstitials and error pages (sites.md §1.6, §2.2): `<pre>Retry later</pre>`, 403/429
 * texts, "The requested URL is rejected". Cheap: the title, the first `pre`, the first heading.
 */
export function isBlockedPage(doc: Document | null): boolean {
  if (doc === null) return false;
  const title = normalizeSpace(doc.title ?? '');
  if (title !== '' && BLOCKED_TITLE.test(title)) return true;
  for (const sel of ['pre', 'h1', 'body > p']) {
    const el = doc.querySelector(sel);
    if (el === null) continue;
    const t = normalizeSpace((el.textContent ?? '').slice(0, 300));
    if (BLOCKED_TEXT.test(t)) return true;
  }
  return false;
}

/**
 * Listings under `root` for the page at `url`. Never throws; [] for unsupported hosts, anti-bot
 * or error pages, or a root inside a dialog/tooltip/hidden part. A listing's container is never
 * returned twice by one call.
 */
export function detectListings(root: ParentNode, url: URL): Listing[] {
  try {
    if (root == null || url == null) return [];
    const u = toUrl(url);
    if (u === null) return [];
    const reader = readerFor(u);
    if (reader === null) return [];
    const node = root as Node;
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return [];
    if (node.nodeType === 1 && isInsideSkipped(node)) return [];
    if (isBlockedPage(docOf(root))) return [];
    const listings = reader.read(root, u);
    const seen = new Set<Element>();
    const out: Listing[] = [];
    for (const l of listings) {
      const c = l.container ?? l.anchor;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(l);
    }
    return out;
  } catch {
    return [];
  }
}
