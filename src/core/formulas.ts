// One formula per quantity (rules §2 steps 4–6, other professions §2), shared by doctors and
// every other profession: the rules decide the inputs (base, rate, level, deductions), these
// functions turn them into money. Integer cents; every function is pure.
import type { Money } from './types';

/** Rate (percent) × amount (cents), to the nearest cent, halves up (assumption §4.13). */
export function rateOf(pct: number, cents: number): number {
  // The epsilon keeps an exact half computed as x.4999999 (non-integer levels) rounding up.
  return Math.round((pct * cents) / 100 + 1e-7);
}

/** The base actually reimbursed: the tariff's base, never more than what the patient pays. */
export function reimbursedBase(base: number, fee: number): number {
  return base < fee ? base : fee;
}

/** Assurance Maladie part before deductions: the rate applied to the reimbursed base. */
export function amoGross(ratePct: number, brss: number): number {
  return rateOf(ratePct, brss);
}

/** A participation forfaitaire or franchise taken from the AMO part: never more than that part. */
export function deduction(amount: number, amoGrossCents: number): number {
  return amount > amoGrossCents ? amoGrossCents : amount;
}

/**
 * The mutuelle part: its level of the base (halves up, as every rate) minus what it counts as the
 * AMO's share, within what remains of the fee once that share and any excluded dépassement are
 * taken off.
 */
export function mutuellePart(fee: number, brss: number, deducted: number, levelPct: number, excluded: number): number {
  const byLevel = rateOf(levelPct, brss) - deducted;
  const left = fee - deducted - excluded;
  const v = byLevel < left ? byLevel : left;
  return v < 0 ? 0 : v;
}

/** What the patient pays in the end, and its parts beyond the deductions. */
export interface Rest {
  outOfPocket: number;
  /** Ticket modérateur the mutuelle leaves. */
  uncoveredTm: number;
  /** Dépassement neither the AMO nor the mutuelle pays. */
  uncoveredExcess: number;
}

/**
 * Out-of-pocket = fee − (AMO gross − deductions) − mutuelle; what is neither a deduction, the
 * majoration nor the uncovered ticket modérateur is uncovered excess.
 */
export function rest(fee: number, amoGrossCents: number, deductions: number, mutuelle: number, tm: number, majoration: number): Rest {
  const outOfPocket = fee - (amoGrossCents - deductions) - mutuelle;
  const uncoveredTm = tm > mutuelle ? tm - mutuelle : 0;
  const excess = outOfPocket - deductions - majoration - uncoveredTm;
  return { outOfPocket, uncoveredTm, uncoveredExcess: excess < 0 ? 0 : excess };
}

/** One fully determined case's money, cents (amoRate: percent). */
export interface Amounts {
  fee: number;
  brss: number;
  amoRate: number;
  amoGross: number;
  participationForfaitaire: number;
  franchise: number;
  amo: number;
  mutuelle: number;
  outOfPocket: number;
  fullyCoveredUpTo: number;
  majoration: number;
  uncoveredTicketModerateur: number;
  uncoveredExcess: number;
}

/** The lowest and highest of each field over the cases an input leaves open. */
export type Span = { [K in keyof Amounts]: Money };

const one = (v: number): Money => ({ min: v, max: v });

export function startSpan(a: Amounts): Span {
  return {
    fee: one(a.fee),
    brss: one(a.brss),
    amoRate: one(a.amoRate),
    amoGross: one(a.amoGross),
    participationForfaitaire: one(a.participationForfaitaire),
    franchise: one(a.franchise),
    amo: one(a.amo),
    mutuelle: one(a.mutuelle),
    outOfPocket: one(a.outOfPocket),
    fullyCoveredUpTo: one(a.fullyCoveredUpTo),
    majoration: one(a.majoration),
    uncoveredTicketModerateur: one(a.uncoveredTicketModerateur),
    uncoveredExcess: one(a.uncoveredExcess),
  };
}

function widen(m: Money, v: number): void {
  if (v < m.min) m.min = v;
  if (v > m.max) m.max = v;
}

// Field by field rather than over AMOUNT_FIELDS: the estimate's hot path (bench-core).
export function widenSpan(span: Span, a: Amounts): void {
  widen(span.fee, a.fee);
  widen(span.brss, a.brss);
  widen(span.amoRate, a.amoRate);
  widen(span.amoGross, a.amoGross);
  widen(span.participationForfaitaire, a.participationForfaitaire);
  widen(span.franchise, a.franchise);
  widen(span.amo, a.amo);
  widen(span.mutuelle, a.mutuelle);
  widen(span.outOfPocket, a.outOfPocket);
  widen(span.fullyCoveredUpTo, a.fullyCoveredUpTo);
  widen(span.majoration, a.majoration);
  widen(span.uncoveredTicketModerateur, a.uncoveredTicketModerateur);
  widen(span.uncoveredExcess, a.uncoveredExcess);
}

/** Adds a case to a span (started on the first); returns the span. */
export function spanWith(span: Span | null, a: Amounts): Span {
  if (!span) return startSpan(a);
  widenSpan(span, a);
  return span;
}

const isRange = (m: Money): boolean => m.min !== m.max;

export function spanIsRange(s: Span): boolean {
  return (
    isRange(s.fee) || isRange(s.brss) || isRange(s.amoRate) || isRange(s.amoGross) || isRange(s.participationForfaitaire) ||
    isRange(s.franchise) || isRange(s.amo) || isRange(s.mutuelle) || isRange(s.outOfPocket) || isRange(s.fullyCoveredUpTo) ||
    isRange(s.majoration) || isRange(s.uncoveredTicketModerateur) || isRange(s.uncoveredExcess)
  );
}

/** What the patient pays when the Assurance Maladie pays nothing: the whole fee. */
export function notReimbursedAmounts(fee: number): Amounts {
  return {
    fee, brss: 0, amoRate: 0, amoGross: 0, participationForfaitaire: 0, franchise: 0, amo: 0, mutuelle: 0,
    outOfPocket: fee, fullyCoveredUpTo: 0, majoration: 0, uncoveredTicketModerateur: 0, uncoveredExcess: fee,
  };
}
