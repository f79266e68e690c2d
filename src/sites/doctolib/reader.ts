// Doctolib (www.doctolib.fr): search result cards (cards.ts) and profile pages (profile.ts),
// docs/sites.md §1. URL shapes in urls.ts, markup and titles in labels.ts, what the self-check
// needs in check.ts.
//
// Checked against: tests/fixtures/doctolib/search-gastro-75012.html,
// search-all-sectors.html, search-legacy-2021.html, search-help-open.html,
// profile-single-fee.html, profile-several-acts.html, profile-ranges.html,
// profile-from-price.html, profile-two-practices.html, profile-teleconsultation.html,
// profile-osteopath.html, profile-help-open.html, antibot-retry-later.html, antibot-403.html
import type { Listing } from '../../detect/types';
import type { Reader } from '../../detect/reader';
import { findCards, readSearchCard } from './cards';
import { feeDialogOf, readProfile } from './profile';
import { isProfilePath, matches } from './urls';

export function read(root: ParentNode, url: URL): Listing[] {
  const out: Listing[] = [];
  for (const card of findCards(root, url)) {
    const l = readSearchCard(card, url);
    if (l !== null) out.push(l);
  }
  if (out.length === 0 && isProfilePath(url)) out.push(...readProfile(root, url));
  return out;
}

export const doctolib: Reader = {
  site: 'doctolib',
  matches,
  read,
  split: findCards,
  readsInside: (el) => feeDialogOf(el) !== null,
};
