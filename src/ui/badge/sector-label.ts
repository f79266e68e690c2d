// What the page said about the sector when the core cannot use it (issue 15 point 6): a label
// read but not modelled ("Conventionné secteur 1 avec droit permanent à dépassement", a bare
// "Conventionné", "Établissement conventionné") keeps sector "unknown" for the core, and the
// badge names it instead of "Secteur non indiqué". Pure; the label is the reader's
// `sectorEvidence` (page text: rendered as text only).
import type { Sector } from '../../core/types';
import { parseSector } from '../../detect/parse-sector';

export type SectorLabelKind = 'dp' | 'contracted' | 'establishment';

/** The kind of label the page showed for an unknown sector, or null when it said nothing usable. */
export function sectorLabelKind(sector: Sector, evidence: string | undefined): SectorLabelKind | null {
  if (sector !== 'unknown' || !evidence) return null;
  const r = parseSector(evidence);
  if (!r || r.sector !== 'unknown') return null;
  switch (r.rule) {
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
