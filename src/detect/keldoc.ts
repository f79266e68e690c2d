// Keldoc (www.keldoc.com, booking.keldoc.com) — docs/sites.md §4. Visible strings and DOM were not
// found (only the search API's `convention_type_name`, null in the one sample): the generic text
// reader (generic.ts) only. vaccination-covid.keldoc.com (a 2021 front) is not a host we run on.
//
// Checked against: tests/fixtures/keldoc/search-keldoc.html, keldoc/profile-keldoc.html.
import type { Listing } from './types';
import type { Reader, ReaderRule } from './reader';
import { isSiteHost } from '../hosts';
import { readGeneric } from './generic';


export function matches(url: URL): boolean {
  return isSiteHost('keldoc', url.hostname);
}

export function read(root: ParentNode, url: URL): Listing[] {
  return readGeneric(root, url, 'keldoc');
}

export const keldoc: Reader = {
  site: 'keldoc',
  matches,
  read,
};

/** What this reader relies on, for the self-check (src/detect/self-check.ts). */
export const RULES: readonly ReaderRule[] = [
  { id: 'name h1–h5 / [itemprop=name]', selector: 'h1, h2, h3, h4, h5, [itemprop="name"]' },
];
