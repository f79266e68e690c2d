// Keldoc (www.keldoc.com, booking.keldoc.com) — docs/sites.md §4. Visible strings and DOM were not
// found (only the search API's `convention_type_name`, null in the one sample): the generic text
// reader (generic.ts) only. vaccination-covid.keldoc.com (a 2021 front) is not a host we run on.
//
// URL shapes in urls.ts, what the self-check needs in check.ts.
//
// Checked against: tests/fixtures/keldoc/search-keldoc.html, keldoc/profile-keldoc.html.
import type { Listing } from '../../detect/types';
import type { Reader } from '../../detect/reader';
import { readGeneric } from '../../detect/generic';
import { matches } from './urls';

export function read(root: ParentNode, url: URL): Listing[] {
  return readGeneric(root, url, 'keldoc');
}

export const keldoc: Reader = {
  site: 'keldoc',
  matches,
  read,
};

