// The sites the extension reads, one line each: a site is its folder (reader, URL shapes, labels
// and section titles, what the self-check needs to know of it) plus its line here. Its hosts are
// in src/hosts.ts (the permissions, checked statically) and its content script in entrypoints/.
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
import type { Listing } from '../detect/types';
import type { Reader, SiteModule } from '../detect/reader';
import { runReader, toUrl } from '../detect/run';
import { site as doctolib } from './doctolib';
import { site as ameli } from './ameli';
import { site as maiia } from './maiia';
import { site as keldoc } from './keldoc';

export * from '../detect';

/** The sites, in dispatch order. */
export const SITE_TABLE: readonly SiteModule[] = [doctolib, ameli, maiia, keldoc];

/** The readers, in dispatch order. */
export const READERS: readonly Reader[] = SITE_TABLE.map((s) => s.reader);

/** The site whose reader handles this URL, or null. */
export function siteFor(url: URL): SiteModule | null {
  return SITE_TABLE.find((s) => s.reader.matches(url)) ?? null;
}

/** True when a reader handles this URL (https or http, supported hostname). */
export function isSupportedUrl(url: URL | string): boolean {
  const u = toUrl(url);
  if (u === null || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  return siteFor(u) !== null;
}

/** The reader for a URL, or null. */
export function readerFor(url: URL): Reader | null {
  return siteFor(url)?.reader ?? null;
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
