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

/**
 * A piece of markup (`selector`) or a section title (`title`, on folded text) a reader relies on:
 * the self-check (src/detect/self-check.ts) says which of them a page still has. Readers export
 * their list as `RULES`; only the on-demand self-check imports it, so the content scripts do not
 * carry it.
 */
export interface ReaderRule {
  id: string;
  selector?: string;
  title?: RegExp;
  /** The page type the rule serves (it is not missed on the other ones). */
  page?: 'search' | 'profile';
}
