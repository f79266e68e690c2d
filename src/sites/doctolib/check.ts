// What the self-check (src/detect/self-check.ts) needs to know of Doctolib.
import type { ReaderRule, SiteCheck } from '../../detect/reader';
import { isProfilePath, isSearchPath, profileKey } from './urls';
import {
  ACTION_TEXT, AVAILABILITIES, CARD_SELECTOR, FEE_ROW, FEE_TAG, EURO_ICON, FEE_TITLE, LOCATION_ICON, ORG_ICON, PRACTICE_TITLE, RESULTS_SELECTOR, TITLES,
} from './labels';

/** What this reader relies on: the self-check's report says how many elements match each. */
export const RULES: readonly ReaderRule[] = [
  { id: 'results list [data-test-id=hcp-results]', selector: RESULTS_SELECTOR, page: 'search' },
  { id: 'card [data-design-system-component=Card]', selector: '[data-design-system-component="Card"]', page: 'search' },
  { id: 'card (2021) .dl-search-result', selector: '.dl-search-result', page: 'search' },
  { id: 'card heading h2/h3', selector: `:is(${CARD_SELECTOR}) :is(h2, h3)`, page: 'search' },
  { id: 'sector row icon euro-sign', selector: EURO_ICON, page: 'search' },
  { id: 'address row icon location-dot', selector: LOCATION_ICON, page: 'search' },
  { id: 'organisation icon', selector: ORG_ICON, page: 'search' },
  { id: 'availabilities [data-test-id=availabilities-container]', selector: AVAILABILITIES, page: 'search' },
  { id: 'title "Tarifs et remboursement(s)" / "Secteur de conventionnement"', title: PRACTICE_TITLE, page: 'profile' },
  { id: 'title "Tarif(s)…" / "Détail des honoraires"', title: FEE_TITLE, page: 'profile' },
  { id: 'fee row .dl-profile-fee', selector: FEE_ROW, page: 'profile' },
  { id: 'fee tag .dl-profile-fee-tag', selector: FEE_TAG, page: 'profile' },
];

export const check: SiteCheck = {
  rules: RULES,
  titles: TITLES,
  pageKind: (url) => (isSearchPath(url) ? 'search' : isProfilePath(url) ? 'profile' : 'other'),
  profileLinkKey: profileKey,
  readsFees: ['profile'],
  listsEveryCard: true,
  routeSegments: [':specialty', ':city', ':slug'],
  fixedTexts: ACTION_TEXT,
};
