// What the self-check (src/detect/self-check.ts) needs to know of the annuaire santé ameli.
import type { ReaderRule, SiteCheck } from '../../detect/reader';
import { ficheId, isFichePath, isListPath } from './urls';
import { CONVENTION, FEE_TYPE, FICHE_NAME, ITEM, NAME_LINK, SPECIALTY } from './labels';

/** What this reader relies on: the self-check's report says how many elements match each. */
export const RULES: readonly ReaderRule[] = [
  { id: 'item div.item-professionnel', selector: ITEM, page: 'search' },
  { id: 'name link h2 a[href*=fiche-detaillee]', selector: `${ITEM} ${NAME_LINK}`, page: 'search' },
  { id: 'fee type .type_honoraires', selector: `${ITEM} ${FEE_TYPE}`, page: 'search' },
  { id: 'convention .convention', selector: `${ITEM} ${CONVENTION}`, page: 'search' },
  { id: 'specialty .specialite', selector: SPECIALTY },
  { id: 'fiche name .nom_pictos h1 / h1', selector: `${FICHE_NAME}, h1`, page: 'profile' },
];

export const check: SiteCheck = {
  rules: RULES,
  // The annuaire's list has no section titles; its fiche's are unknown (docs/sites.md §2).
  titles: { fees: [], practice: [], sector: [] },
  pageKind: (url) => (isFichePath(url) ? 'profile' : isListPath(url) ? 'search' : 'other'),
  profileLinkKey: (href, base) => {
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      return null;
    }
    if (u.host !== base.host) return null;
    const id = ficheId(u.pathname);
    return id !== null ? `ameli:${id}` : null;
  },
  // The fiche mixes prices and bases de remboursement: read none, on purpose.
  readsFees: [],
  listsEveryCard: true,
  routeSegments: [],
};
