// Keldoc (www.keldoc.com, booking.keldoc.com) — docs/sites.md §4. Visible strings and DOM were not
// found (only the search API's `convention_type_name`, null in the one sample): the generic text
// reader (generic.ts) only. vaccination-covid.keldoc.com (a 2021 front) is not a host we run on.
//
// Checked against: tests/fixtures/keldoc/search-keldoc.html, keldoc/profile-keldoc.html.
import type { Listing } from './types';
import type { Reader } from './reader';
import { readGeneric } from './generic';

const HOSTS = new Set(['www.keldoc.com', 'booking.keldoc.com', 'keldoc.com']);

export function matches(url: URL): boolean {
  return HOSTS.has(url.hostname);
}

export function read(root: ParentNode, url: URL): Listing[] {
  return readGeneric(root, url, 'keldoc');
}

export const keldoc: Reader = {
  site: 'keldoc',
  matches,
  read,
};

/** The fixtures this reader was checked against (tests/fixtures/…); tests only, not bundled. */
export const fixtures: readonly string[] = ['keldoc/search-keldoc.html', 'keldoc/profile-keldoc.html'];
