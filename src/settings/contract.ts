// The mutuelle contract's optional lines and the period's counters (the whole mutuelle, in
// docs/architecture.md), with their validation: no storage code, so the content scripts can
// bundle it. An absent line means "as today": the engine falls back to the doctors' OPTAM level.
import { isAge, isBool, isLevel, isPlainObject, MAX_FEE_CENTS } from '../core/limits';
import { parseDay } from '../core/dates';
import type { Allowance, Mutuelle, MutuelleLines, YearToDate } from '../core/types';

export type { Allowance, MutuelleLines, YearToDate };

export const LINE_KEYS = ['auxiliariesPct', 'psyMspPct', 'dentalCarePct', 'dentalProsthesisPct', 'orthodonticsPct'] as const;
export type LineKey = (typeof LINE_KEYS)[number];

export type BrssMutuelle = Extract<Mutuelle, { kind: 'brss' }>;
export type ProfileMutuelle = { kind: 'none' } | BrssMutuelle;


/** Professions the allowance can name (the unreimbursed specialty keys the readers give). */
export const ALLOWANCE_PROFESSIONS = ['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue'] as const;

export const MAX_SESSIONS = 366;
/** Mon soutien psy: 12 sessions a year, renewable (the form's upper bound leaves room for renewals). */
export const MAX_MSP_SESSIONS = 99;
const PROFESSION = /^[a-z][a-z-]{0,39}$/;

const isWhole = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isLimit = (v: unknown, max: number): v is number | null => v === null || isWhole(v, max);

function validateAllowance(raw: unknown): Allowance | null {
  if (!isPlainObject(raw) || !Array.isArray(raw.professions)) return null;
  const { perSessionCents, sessionsPerYear, perYearCents, maxAge } = raw;
  if (!isLimit(perSessionCents, MAX_FEE_CENTS) || !isLimit(perYearCents, MAX_FEE_CENTS) || !isLimit(sessionsPerYear, MAX_SESSIONS)) return null;
  const professions = [...new Set(raw.professions.filter((p): p is string => typeof p === 'string' && PROFESSION.test(p)))].slice(0, 20);
  const out: Allowance = { professions, perSessionCents, sessionsPerYear, perYearCents };
  if (maxAge !== undefined) {
    if (!isAge(maxAge)) return null;
    out.maxAge = Math.floor(maxAge);
  }
  return out;
}

/** The lines of a stored brss mutuelle: each valid one kept (levels rounded), each invalid one dropped. */
export function validateLines(raw: Record<string, unknown>): { lines: MutuelleLines; repaired: boolean } {
  const lines: MutuelleLines = {};
  let repaired = false;
  for (const key of LINE_KEYS) {
    const v = raw[key];
    if (v === undefined) continue;
    if (isLevel(v)) lines[key] = Math.round(v);
    else repaired = true;
  }
  if (raw.allowance !== undefined) {
    const a = validateAllowance(raw.allowance);
    if (a) lines.allowance = a;
    else repaired = true;
  }
  return { lines, repaired };
}

/** The counters, or null (with repaired) when the period's start cannot be read. */
export function validateYearToDate(raw: unknown): { yearToDate: YearToDate | null; repaired: boolean } {
  if (raw === undefined) return { yearToDate: null, repaired: false };
  if (!isPlainObject(raw) || typeof raw.periodStart !== 'string' || parseDay(raw.periodStart) < 0) {
    return { yearToDate: null, repaired: true };
  }
  const out: YearToDate = { periodStart: raw.periodStart };
  let repaired = false;
  const keep = <K extends keyof YearToDate>(key: K, ok: (v: unknown) => boolean) => {
    const v = raw[key];
    if (v === undefined) return;
    if (ok(v)) out[key] = v as YearToDate[K];
    else repaired = true;
  };
  keep('pfCapReached', isBool);
  keep('franchiseCapReached', isBool);
  keep('mspSessions', (v) => isWhole(v, MAX_MSP_SESSIONS));
  keep('allowanceUsedCents', (v) => isWhole(v, MAX_FEE_CENTS));
  keep('allowanceSessions', (v) => isWhole(v, MAX_SESSIONS));
  return { yearToDate: out, repaired };
}

/** Nothing counted: no reason to store the counters at all. */
export function isEmptyYearToDate(y: YearToDate): boolean {
  return !y.pfCapReached && !y.franchiseCapReached && !y.mspSessions && !y.allowanceUsedCents && !y.allowanceSessions;
}

/** The 1st of January of a day's year: the default start of the period. */
export function januaryFirst(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}

/** The day one year after a period's start (the first day it no longer covers). */
export function periodEnd(periodStart: string): string {
  const next = `${Number(periodStart.slice(0, 4)) + 1}${periodStart.slice(4)}`;
  // 29 February: the period ends on 1 March of the next year.
  return parseDay(next) < 0 ? `${next.slice(0, 4)}-03-01` : next;
}

/** True when the counters speak of the period a day of care falls in. */
export function inPeriod(periodStart: string, day: string): boolean {
  return periodStart <= day && day < periodEnd(periodStart);
}

/**
 * The start of the period a day falls in, for a period that starts every year on the same
 * day as `anchor` (1 January, or the contract's anniversary).
 */
export function currentPeriodStart(anchor: string, day: string): string {
  let start = `${day.slice(0, 4)}${anchor.slice(4)}`;
  if (parseDay(start) < 0) start = `${day.slice(0, 4)}-03-01`;
  if (start > day) start = `${Number(day.slice(0, 4)) - 1}${start.slice(4)}`;
  return parseDay(start) < 0 ? `${start.slice(0, 4)}-03-01` : start;
}

/** Stable text of any JSON-like value with sorted keys: equality of stored shapes. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}
