import type { Listing, Site } from './types';
import type { SectionTitles } from './titles';

/**
 * One reader per site (src/sites/<site>/reader.ts): the URLs it runs on (src/hosts.ts) and the
 * pure read; each reader's file names the pages it was checked against (tests/fixtures/…, listed
 * for the tests in tests/unit/detect/reader-fixtures.ts).
 */
export interface Reader {
  site: Site;
  matches(url: URL): boolean;
  /** Pure: never throws is the caller's guarantee (index.ts wraps it), but readers try too. */
  read(root: ParentNode, url: URL): Listing[];
  /** Optional: the parts of `root` that `read` handles independently (search cards), cheaply. */
  split?(root: ParentNode, url: URL): Element[];
  /** Optional: a part never read otherwise (a dialog) that this reader reads (its site's fee dialog). */
  readsInside?(el: Element): boolean;
}

/**
 * A piece of markup (`selector`) or a section title (`title`, on folded text) a reader relies on:
 * the self-check (src/detect/self-check.ts) says which of them a page still has. Each site lists
 * them in its `check.ts`; only the on-demand self-check imports it, so the content scripts do not
 * carry it.
 */
export interface ReaderRule {
  id: string;
  selector?: string;
  title?: RegExp;
  /** The page type the rule serves (it is not missed on the other ones). */
  page?: 'search' | 'profile';
}

/** A page's type, by its URL: what the self-check expects of it. */
export type PageKind = 'search' | 'profile' | 'other';

/**
 * What the self-check (self-check.ts) needs to know of a site, from the site's folder
 * (src/sites/<site>/check.ts): only the on-demand self-check imports it.
 */
export interface SiteCheck {
  /** The markup and titles the reader relies on: the report says how many elements match each. */
  rules: readonly ReaderRule[];
  /** The site's section titles (the self-check also looks for the generic ones, titles.ts). */
  titles: SectionTitles;
  pageKind(url: URL): PageKind;
  /** The identity of a link to a profile (same profile, same key), or null when it is not one. */
  profileLinkKey(href: string, base: URL): string | null;
  /** The page types where the reader reads fees. */
  readsFees: readonly PageKind[];
  /** The reader lists every result card, with a sector line or without (else: with one only). */
  listsEveryCard: boolean;
  /** The names of the route's path segments by position (`:specialty`, `:city`…), for the report's route shape. */
  routeSegments: readonly string[];
  /** The site's fixed words on buttons and links ("Prendre rendez-vous"), named as such in the report's skeleton (folded). */
  fixedTexts?: RegExp;
}

/** One site: its reader and what the self-check needs to know of it (src/sites/<site>/index.ts). */
export interface SiteModule {
  reader: Reader;
  check: SiteCheck;
}
