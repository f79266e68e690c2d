// Page readers — docs/architecture.md, "Page readers".
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
import { runReader, toUrl } from './run';

export type { Listing, FeeRow, Site } from './types';
export type { Reader } from './reader';
export { parseSector, SECTOR_SIGNALS, KNOWN_SECTOR_LABELS, type SectorResult, type SectorRule } from './parse-sector';
export { parseFee, findFee, type ParsedFee } from './parse-fee';
export { normalizeSpecialty, matchSpecialty, SPECIALTY_RULES, type SpecialtyKey } from './specialty';
export { actFromFeeLabel } from './act';
export { siteGroupOf, type SiteGroup } from '../hosts';
export { isBlockedPage, runReader } from './run';

/** The readers, in dispatch order. */
export const READERS: readonly Reader[] = [doctolib, ameli, maiia, keldoc];

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

/**
 * Listings under `root` for the page at `url`. Never throws; [] for unsupported hosts, anti-bot
 * or error pages, or a root inside a dialog/tooltip/hidden part. A listing's container is never
 * returned twice by one call.
 */
export function detectListings(root: ParentNode, url: URL): Listing[] {
  const u = url == null ? null : toUrl(url);
  const reader = u === null ? null : readerFor(u);
  return reader === null ? [] : runReader(reader, root, u!);
}
