// Contract types of the page readers (docs/architecture.md, "Page readers: Listing").
import type { Sector } from '../core/types';
import type { SectorRule } from './parse-sector';

export type Site = 'doctolib' | 'ameli' | 'maiia' | 'keldoc' | 'generic';

export interface FeeRow {
  label: string;
  /** Cents. */
  min: number;
  /** Cents; equals `min` for a single price, `null` for "à partir de X". */
  max: number | null;
  /** The fee row, where a per-fee badge goes. */
  anchor?: Element;
}

export interface Listing {
  /** Element after which the listing's badge is placed, inside the practitioner's card or header. */
  anchor: Element;
  name?: string;
  specialtyLabel?: string;
  specialty: string;
  sector: Sector;
  /** The text that decided the sector ('' when none was found). */
  sectorEvidence: string;
  /** How the reader classified that text (absent when no label was read). */
  sectorRule?: SectorRule;
  fees: FeeRow[];
  site: Site;
  /** Stable identity of practitioner + practice (nodes are re-used for other practitioners). */
  key: string;
  /** Information shown by the site that does not change the estimate (Carte Vitale, tiers payant). */
  info?: string[];
  /** The card/section element that holds the whole listing. */
  container?: Element;
}
