// The calculation core (docs/architecture.md, "The core"): pure functions, no DOM, no
// browser API, no clock. `estimate` never throws.
import { type Assumptions, DEFAULT_ASSUMPTIONS } from './assumptions';
import { estimateUnsafe } from './engine';
import type { Estimate, EstimateInput } from './types';
import { TARIFF_VERSION } from './tariffs';

export type * from './types';
export { NOTE_CODES, NOTE_PARAMS, type NoteCode } from './notes';
export {
  TABLE_START,
  TARIFF_VERSION,
  VERIFIED_THROUGH,
  PARAMETERS,
  getParameter,
  listTariffSources,
  responsableLimits,
  type Confidence,
  type DatedValue,
  type TariffParameter,
  type Unit,
} from './tariffs';
export { GENERIC_SPECIALIST_KEYS, isNotReimbursedSpecialty, NOT_REIMBURSED_SPECIALTIES, SPECIAL_KEYS } from './specialties';
export { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
/** The documented defaults for the reference's open questions (rules §4), for an about page. */
export const ASSUMPTIONS: Assumptions = DEFAULT_ASSUMPTIONS;

/**
 * What the patient will pay for a consultation, and why (rules §2). Never throws: invalid
 * input gives `status: "unknown"` with the reason as the only note. `assumptions`: the answers
 * to the reference's open questions (another set computes a variant, as OpenFisca's reforms do).
 */
export function estimate(input: EstimateInput, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Estimate {
  try {
    return estimateUnsafe(input, assumptions);
  } catch {
    // A bug, not an input problem: the property tests assert this note never appears.
    return { status: 'unknown', notes: [{ code: 'internalError' }], tariff: { version: TARIFF_VERSION, sources: [] } };
  }
}
