// What the self-check (src/detect/self-check.ts) needs to know of Keldoc.
import type { ReaderRule, SiteCheck } from '../../detect/reader';
import { GENERIC_TITLES } from '../../detect/titles';
import { GENERIC_NAME_SELECTOR, pageKindByDepth } from '../../detect/generic';
import { profileLinkKey } from './urls';

/** What this reader relies on: the self-check's report says how many elements match each. */
export const RULES: readonly ReaderRule[] = [
  { id: 'name h1–h5 / [itemprop=name]', selector: GENERIC_NAME_SELECTOR },
];

export const check: SiteCheck = {
  rules: RULES,
  // Keldoc's visible strings were not found (docs/sites.md §4): the generic titles.
  titles: GENERIC_TITLES,
  pageKind: pageKindByDepth,
  profileLinkKey,
  readsFees: ['search', 'profile', 'other'],
  // The generic reader lists the cards that show a sector label only.
  listsEveryCard: false,
  routeSegments: [':specialty', ':city-zip', ':slug'],
};
