import type { Listing, Site } from './types';

/**
 * One reader per site (refined-github style): the URLs it runs on (src/hosts.ts) and the pure
 * read; each reader's file names the pages it was checked against (tests/fixtures/…, listed for
 * the tests in tests/unit/detect/reader-fixtures.ts).
 */
export interface Reader {
  site: Site;
  matches(url: URL): boolean;
  /** Pure: never throws is the caller's guarantee (index.ts wraps it), but readers try too. */
  read(root: ParentNode, url: URL): Listing[];
  /** Optional: the parts of `root` that `read` handles independently (search cards), cheaply. */
  split?(root: ParentNode, url: URL): Element[];
}
