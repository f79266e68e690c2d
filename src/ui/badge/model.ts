// From an Estimate to what the badge shows: the testing-hook attribute (docs/architecture.md, "The
// badge in the page"), the one-line summary and the colour level. Pure (the texts from the i18n
// catalogue), so it is unit-tested directly.
import { i18n } from '#i18n';
import { isNotReimbursedSpecialty } from '../../core/professions-list';
import type { Estimate, Money, Sector } from '../../core/types';
import type { SectorRule } from '../../detect/parse-sector';
import { formatEuros, formatMoney } from '../format';
import { sectorLabelKind, type SectorLabelKind } from './sector-label';
import { type ParcoursWord, withParcours } from './parcours';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

export type BadgeLevel = 'low' | 'medium' | 'high' | 'unknown';

export interface BadgeInput {
  estimate: Estimate;
  sector: Sector;
  specialty: string;
  /** The page said "à partir de X": the estimate at X is a floor. */
  floor: boolean;
  /** The page shows no fee (search lists). */
  feeShown: boolean;
  /** How the reader classified the page's sector label (Listing.sectorRule). */
  sectorRule?: SectorRule;
}

export type SummaryKind =
  | 'nonMedical'
  | 'notReimbursed'
  | 'unknown'
  | 'exact'
  | 'exactConventional'
  | 'range'
  | 'from'
  | 'fromCovered'
  /** Secteur 3 with no fee shown: no amount (issue 15 point 5), what is true instead. */
  | 'secteur3NoFee';

/**
 * What the page shows of the practitioner's fee, which alone decides the size of the badge's box
 * (with `sectorUnknown`): the page's scripts can measure the box, so it must never depend on the
 * amount or on the user's profile.
 */
export type BadgeShape = 'fee' | 'range' | 'floor' | 'none' | 'nonMedical' | 'notReimbursed';

export function shapeOf(fee: { min: number; max: number | null } | null, specialty: string): BadgeShape {
  if (specialty === 'non-medical') return 'nonMedical';
  // A Mon soutien psy partner's own fees are outside the scheme: the same long text may appear.
  if (isNotReimbursedSpecialty(specialty) || (specialty === 'psychologue-msp' && fee != null)) return 'notReimbursed';
  if (fee == null) return 'none';
  if (fee.max == null) return 'floor';
  return fee.min === fee.max ? 'fee' : 'range';
}

export interface BadgeView {
  attr: string;
  level: BadgeLevel;
  kind: SummaryKind;
  /** A GP's parcours word in front of the amount (parcours.ts). */
  parcours?: ParcoursWord;
  amount?: Money;
  coveredUpTo?: Money;
  sectorUnknown: boolean;
  /** An unknown sector whose label the page did show (DP, bare "Conventionné"…): named instead. */
  sectorLabel?: SectorLabelKind;
}

/** Thresholds in cents: ≤ 3 € is about the participation forfaitaire; above 20 € is a real cost. */
export const LOW_MAX_CENTS = 300;
export const MEDIUM_MAX_CENTS = 2000;

export function levelOf(cents: number): BadgeLevel {
  if (cents <= LOW_MAX_CENTS) return 'low';
  if (cents <= MEDIUM_MAX_CENTS) return 'medium';
  return 'high';
}

export function badgeView(input: BadgeInput): BadgeView {
  const view = baseView(input);
  const label = sectorLabelKind(input.sector, input.sectorRule);
  return withParcours(label ? { ...view, sectorLabel: label } : view, input.estimate);
}

function baseView({ estimate, sector, specialty, floor, feeShown }: BadgeInput): BadgeView {
  const sectorUnknown = sector === 'unknown';
  const oop = estimate.outOfPocket;
  if (specialty === 'non-medical') return { attr: 'unknown', level: 'unknown', kind: 'nonMedical', sectorUnknown };
  if (estimate.facts?.reimbursed === false) {
    // "Non remboursé par l'Assurance Maladie" and the fee as the out-of-pocket (none when not shown).
    const attr = oop == null ? 'unknown' : oop.min === oop.max ? String(oop.min) : `${oop.min}-${oop.max}`;
    return { attr, level: oop == null ? 'unknown' : levelOf(oop.max), kind: 'notReimbursed', amount: oop, sectorUnknown: false };
  }
  if (estimate.status === 'unknown' || oop == null) {
    return { attr: 'unknown', level: 'unknown', kind: 'unknown', sectorUnknown };
  }
  if (sector === '3' && estimate.status === 'fee-unknown') {
    // "dès 50,63 €" would read like a computed figure: the fee is unknown and almost nothing is
    // reimbursed. The hook keeps the floor (test build only).
    return { attr: `${oop.min}+`, level: 'high', kind: 'secteur3NoFee', sectorUnknown };
  }
  if (floor || estimate.status === 'fee-unknown') {
    // "Couvert jusqu'à X" only when X is at least the tarif used: a non-conventionné doctor's
    // tarif d'autorité (1,22 €) would read as nonsense next to "dès 50 €".
    const c = estimate.status === 'fee-unknown' ? estimate.fullyCoveredUpTo : undefined;
    const covered = c && (!estimate.fee || c.min >= estimate.fee.min) ? c : undefined;
    return {
      attr: `${oop.min}+`,
      level: levelOf(oop.min),
      kind: covered ? 'fromCovered' : 'from',
      amount: { min: oop.min, max: oop.min },
      coveredUpTo: covered,
      sectorUnknown,
    };
  }
  if (oop.min === oop.max) {
    return {
      attr: String(oop.min),
      level: levelOf(oop.max),
      kind: feeShown ? 'exact' : 'exactConventional',
      amount: oop,
      sectorUnknown,
    };
  }
  return { attr: `${oop.min}-${oop.max}`, level: levelOf(oop.max), kind: 'range', amount: oop, sectorUnknown };
}

/** The badge's one line: the amount and what it is (with "secteur inconnu" first when so). */
export function summaryText(view: BadgeView): string {
  const joiner = t('badge.rangeJoiner');
  const amount = view.amount ? formatMoney(view.amount, joiner) : '';
  let text: string;
  switch (view.kind) {
    case 'nonMedical':
      return t('badge.nonMedical');
    case 'notReimbursed':
      return amount ? t('badge.notReimbursedAmount', { amount }) : t('badge.notReimbursed');
    case 'unknown':
      return view.sectorUnknown ? sectorPrefix(view) : t('badge.unknown');
    case 'secteur3NoFee':
      return t('badge.secteur3NoFee');
    case 'fromCovered':
      // With the parcours word in front, "couvert jusqu'à" would not fit: the breakdown has it.
      text = view.parcours
        ? t(`badge.${view.parcours}.from`, { amount })
        : t('badge.fromCovered', { amount, covered: formatEuros(view.coveredUpTo!.min) });
      break;
    default:
      text = t(view.parcours ? `badge.${view.parcours}.${view.kind}` : `badge.${view.kind}`, { amount });
  }
  return view.sectorUnknown ? `${sectorPrefix(view)} · ${text}` : text;
}

/** "Secteur non indiqué", or what the page said when it showed a label the core does not model. */
function sectorPrefix(view: BadgeView): string {
  return view.sectorLabel ? t(`badge.sectorLabel.${view.sectorLabel}`) : t('badge.sectorUnknown');
}
