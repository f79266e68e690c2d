// What a valid input is: the bounds and the field checks shared by the core (which rejects an
// invalid input), the settings (which repair each invalid field, src/settings/schema.ts) and the
// page readers (which drop an implausible fee). No dependency: the content scripts import it.
import type { CoverageProfile } from './types';

/** Beyond these the input is treated as garbage (the core answers status "unknown"). */
export const MAX_FEE_CENTS = 1_000_000; // 10 000 €
export const MAX_AGE = 130;
/** Highest level a tableau de garanties prints in practice; beyond it we assume a typo. */
export const MAX_LEVEL_PCT = 1000;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isPlainObject = (v: unknown): v is Record<string, unknown> => isObject(v) && !Array.isArray(v);
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
/** An optional flag of the input (EstimateInput.isMedecinTraitant): absent or a boolean. */
export const isOptionalBool = (v: unknown): v is boolean | undefined => v === undefined || typeof v === 'boolean';
const inRange = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
export const isAge = (v: unknown): v is number => inRange(v, MAX_AGE);
export const isLevel = (v: unknown): v is number => inRange(v, MAX_LEVEL_PCT);

/** The profile's fields besides the mutuelle, each with its check, in the order they are checked. */
export const PROFILE_FIELDS = {
  age: isAge,
  medecinTraitant: isBool,
  referred: isBool,
  ald: isBool,
  maternity: isBool,
  css: isBool,
  ame: isBool,
  regime: (v: unknown): v is CoverageProfile['regime'] => v === 'general' || v === 'alsace-moselle',
} as const satisfies { [K in Exclude<keyof CoverageProfile, 'mutuelle' | 'yearToDate'>]: (v: unknown) => boolean };

export type ProfileField = keyof typeof PROFILE_FIELDS;
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];

/** A complementary's levels: both percentages and the contrat responsable flag. */
export function isBrssMutuelle(m: Record<string, unknown>): boolean {
  return m.kind === 'brss' && isLevel(m.dptamPct) && isLevel(m.nonDptamPct) && isBool(m.responsable);
}
