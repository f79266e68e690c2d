// What the calculation core applies, so that the forms never offer a setting the estimates
// ignore (docs/architecture.md, "The whole mutuelle"). The core applies the auxiliaries, Mon
// soutien psy and dental-care lines and the two yearly ceilings; dental prostheses and
// orthodontics are priced with the act table, the allowance and the session counters are not
// applied yet: their fields stay hidden until they are.
import type { LineKey } from '../../settings';

export interface FormFeatures {
  lines: readonly LineKey[];
  allowance: boolean;
  mspSessions: boolean;
}

export const CORE_APPLIES_LINES = true;

export const APPLIED: FormFeatures = {
  lines: ['auxiliariesPct', 'psyMspPct', 'dentalCarePct'],
  allowance: false,
  mspSessions: false,
};

/** Every field the forms have (tests of the fields the core does not apply yet). */
export const ALL_FEATURES: FormFeatures = {
  lines: ['auxiliariesPct', 'psyMspPct', 'dentalCarePct', 'dentalProsthesisPct', 'orthodonticsPct'],
  allowance: true,
  mspSessions: true,
};
