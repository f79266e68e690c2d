// Pure logic behind the mutuelle form: presets, parsing of a typed level, and what a contrat
// responsable allows for non-OPTAM doctors (rules §1.8, CR-1, CR-5, CR-6).
import { MAX_LEVEL_PCT, MAX_AGE } from '../../settings';
import { responsableLimits } from '../../core';
import { localDay } from '../../core/dates';
import type { Mutuelle } from '../../core/types';

/** Levels printed on most tables of guarantees, in % BRSS (Sécu included). */
export const LEVEL_PRESETS = [100, 125, 150, 200, 250, 300, 400] as const;

export type LevelChoice = 'none' | 'custom' | (typeof LEVEL_PRESETS)[number];

export const isPreset = (pct: number): pct is (typeof LEVEL_PRESETS)[number] =>
  (LEVEL_PRESETS as readonly number[]).includes(pct);

/** The choice a stored mutuelle shows as (a level that is no preset shows as "custom"). */
export function choiceOf(m: Mutuelle): LevelChoice {
  if (m.kind === 'none') return 'none';
  return isPreset(m.dptamPct) ? m.dptamPct : 'custom';
}

export type Parsed = { ok: true; value: number } | { ok: false };

/**
 * A whole number typed by the user, within [min, max]. Spaces and a trailing "%" are allowed
 * ("180 %"); anything else ("abc", "-5", "12,5", "1001") is rejected.
 */
export function parseWhole(text: string, min: number, max: number): Parsed {
  const m = /^\s*(\d{1,7})\s*%?\s*$/.exec(text);
  if (!m) return { ok: false };
  const value = Number(m[1]);
  return value >= min && value <= max ? { ok: true, value } : { ok: false };
}

export const parseLevel = (text: string): Parsed => parseWhole(text, 0, MAX_LEVEL_PCT);
export const parseAge = (text: string): Parsed => parseWhole(text, 0, MAX_AGE);

/**
 * The non-OPTAM level a contrat responsable allows at most on `date` (the dated tariff table's
 * CR-1, CR-5, CR-6), used to pre-fill the field: min(level − gap, cap), at least the floor —
 * never above the OPTAM level itself. Today: 300 → 200, 150 → 130, 110 → 100, 100 → 100.
 */
export function responsableNonDptam(dptamPct: number, date = localDay(new Date())): number {
  const cr = responsableLimits(date);
  const capped = Math.min(dptamPct - cr.dptamGapPct, cr.nonDptamMaxPct);
  const allowed = Math.max(cr.floorPct, capped);
  // A day the table does not cover: no limit to pre-fill, the OPTAM level itself.
  return Number.isNaN(allowed) ? dptamPct : Math.min(dptamPct, allowed);
}
