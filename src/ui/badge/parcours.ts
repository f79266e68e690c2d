// A GP's parcours de soins, said by a word in front of the badge's amount, in place of
// "Reste à charge" and never longer than it: the box's size comes from its shape class only
// (badge.css), so the page learns nothing from it. `ifMt`: no GP marked, the amount assumes this
// one is the médecin traitant; `notMt`: a GP is marked and this one is not, the amount is hors
// parcours. Read from the core's facts (Estimate.facts.parcours), so that it follows the estimate
// whatever computed it.
import type { Estimate } from '../../core/types';

export type ParcoursWord = 'ifMt' | 'notMt';

/** The summaries that have a parcours form (badge.ifMt.* / badge.notMt.*): exact…, range, from…. */
const WITH_WORD = /^(?:exact|range|from)/;

export function parcoursOf(estimate: Estimate): ParcoursWord | undefined {
  switch (estimate.facts?.parcours.why) {
    case 'assumed':
      return 'ifMt';
    case 'other-gp':
      return 'notMt';
    default:
      return undefined; // not a GP's amount alone, or nothing to say
  }
}

export function withParcours<V extends { kind: string; parcours?: ParcoursWord }>(view: V, estimate: Estimate): V {
  const parcours = WITH_WORD.test(view.kind) ? parcoursOf(estimate) : undefined;
  return parcours ? { ...view, parcours } : view;
}
