// What the page said about the sector when the core cannot use it: a label read but not
// modelled ("Conventionné secteur 1 avec droit permanent à dépassement", a bare "Conventionné",
// "Établissement conventionné") keeps sector "unknown" for the core, and the badge names it
// instead of "Secteur non indiqué". Pure; the rule is the reader's classification of the label
// (Listing.sectorRule), never the page text parsed again.
import type { Sector } from '../../core/types';
import type { SectorRule } from '../../detect/parse-sector';

export type SectorLabelKind = 'dp' | 'contracted' | 'establishment';

/** The kind of label the page showed for an unknown sector, or null when it said nothing usable. */
export function sectorLabelKind(sector: Sector, rule: SectorRule | undefined): SectorLabelKind | null {
  if (sector !== 'unknown' || !rule) return null;
  switch (rule) {
    case 'droit-permanent':
      return 'dp';
    case 'contracted':
      return 'contracted';
    case 'organization-contracted':
      return 'establishment';
    default:
      return null; // conflicting or unspecified labels: "Secteur non indiqué"
  }
}
