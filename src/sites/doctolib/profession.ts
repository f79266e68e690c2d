// Professions other than doctors on Doctolib (docs/architecture.md, "Other professions"): the
// specialty key from the URL slug first (`/dentiste/paris/dr-x`), the label second; the sector of
// a profession from its "Conventionné" label — `"1"` for these professions only (a doctor's bare
// "Conventionné" stays unknown). Slugs as in docs/sites.md §1; display labels are matched by
// specialty.ts.
import { isNotReimbursedSpecialty } from '../../core/professions-list';
import type { SectorResult } from '../../detect/parse-sector';
import { matchSpecialty } from '../../detect/specialty';
import type { Listing } from '../../detect/types';

/** Doctolib's URL slug → the core's profession key. */
const SLUGS: Readonly<Record<string, string>> = {
  dentiste: 'dentiste',
  psychologue: 'psychologue',
  'masseur-kinesitherapeute': 'masseur-kinesitherapeute',
  'sage-femme': 'sage-femme',
  'pedicure-podologue': 'pedicure-podologue',
  orthophoniste: 'orthophoniste',
  osteopathe: 'osteopathe',
  chiropracteur: 'chiropracteur',
  dieteticien: 'dieteticien',
};

const PROFESSION_KEYS = new Set(Object.values(SLUGS));

/** The profession a slug or label names, or null (a doctor, or a profession the core does not know). */
export function professionKey(slug: string | undefined, label: string | undefined): string | null {
  const bySlug = slug !== undefined && Object.prototype.hasOwnProperty.call(SLUGS, slug) ? SLUGS[slug]! : null;
  if (bySlug !== null) return bySlug;
  const rule = matchSpecialty(label ?? '');
  return rule !== null && PROFESSION_KEYS.has(rule.key) ? rule.key : null;
}

/**
 * The listing with its profession's key and sector; unchanged for doctors. A psychologist is a
 * Mon soutien psy partner when conventionné ("Conventionné avec l'Assurance Maladie"), outside
 * the scheme when the page says so (non conventionné, "non remboursée"), else not estimated (a
 * partner whose label is missing must not read "Non remboursé").
 */
export function withProfession(listing: Listing, slug: string | undefined, sector: SectorResult | null): Listing {
  const key = professionKey(slug, listing.specialtyLabel);
  if (key === null) return listing;
  const saidNotReimbursed = listing.specialty === 'non-medical' && listing.info !== undefined && listing.info.length > 0;
  let value = listing.sector;
  if (sector !== null && (sector.rule === 'contracted' || sector.rule === 'organization-contracted')) value = '1';
  let specialty = key;
  if (key === 'psychologue') {
    if (value === '1') specialty = 'psychologue-msp';
    else if (value !== '3' && !saidNotReimbursed) specialty = 'non-medical';
  } else if (saidNotReimbursed && !isNotReimbursedSpecialty(key)) {
    specialty = 'non-medical';
  }
  return { ...listing, specialty, sector: value };
}
