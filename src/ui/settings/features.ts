// What the calculation core applies, so that the forms never offer a setting the estimates
// ignore: the mutuelle's lines beyond the doctors' and the period's counters are shown once the
// core uses them (docs/architecture.md, "The whole mutuelle").
export const CORE_APPLIES_LINES = false;
