// A GP's parcours de soins, said by a word in front of the badge's amount (issue 17), in place of
// "Reste à charge" and never longer than it: the box's size comes from its shape class only
// (badge.css), so the page learns nothing from it. `ifMt`: no GP marked, the amount assumes this
// one is the médecin traitant; `notMt`: a GP is marked and this one is not, the amount is hors
// parcours. Read from the core's notes, so that it follows the estimate whatever computed it.
import type { Estimate } from '../../core/types';
import type { BadgeView } from './model';

export type ParcoursWord = NonNullable<BadgeView['parcours']>;

/** The summaries that have a parcours form (badge.ifMt.* / badge.notMt.*): exact…, range, from…. */
const WITH_WORD = /^(?:exact|range|from)/;

export function parcoursOf(estimate: Estimate): ParcoursWord | undefined {
  let word: ParcoursWord | undefined;
  for (const n of estimate.notes) {
    // "médecin" (GP or specialist unknown): the amount is not a GP's alone.
    if (n.code === 'specialtyUnknown') return undefined;
    if (n.code === 'gpAssumedMedecinTraitant') word = 'ifMt';
    else if (n.code === 'horsParcoursNotMedecinTraitant') word = 'notMt';
  }
  return word;
}

export function withParcours(view: BadgeView, estimate: Estimate): BadgeView {
  const parcours = WITH_WORD.test(view.kind) ? parcoursOf(estimate) : undefined;
  return parcours ? { ...view, parcours } : view;
}
