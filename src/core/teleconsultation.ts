// A specialist's teleconsultation since 2023-11-01 (docs/acts.md §1, TCS-*): billed TCS at the
// coordinated in-person tariff of 2023-10-31, frozen since; TC (23 €) for a secteur 2 non-OPTAM
// doctor billing a dépassement. Where the sources give the specialty's amount (generic,
// psychiatry and neurology, gynaecology) it is used; for the others it is inferred, so the
// estimate spans the generic TCS and the specialty's in-person tariff of 2023-10-31.
import { actParameter } from './acts';
import { cite, type Ctx, fail, note } from './context';
import { parseDay } from './dates';
import type { Family } from './specialties';
import { paramIndex, snapshotFor } from './tariffs';

/** The day the in-person tariffs were frozen for TCS. */
const FROZEN_DAY = parseDay('2023-10-31');

function param(c: Ctx, id: string): number {
  const v = actParameter(id, c.day);
  if (!v) return fail(c, 'tariffNotSourced', 'paramId', id);
  cite(c, paramIndex(id));
  if (v.confidence === 'L') note(c, 'lowConfidenceTariff', 'paramId', id);
  return v.value;
}

/** The family's coordinated in-person tariff of 2023-10-31 (adult; the paediatric one by age), or NaN. */
function frozenInPerson(c: Ctx, family: Family): number {
  const s = snapshotFor(FROZEN_DAY);
  const age = c.profile.age;
  switch (family) {
    case 'car':
      return s.carCoordinated.value;
    case 'ger':
      return s.gerCoordinated.value;
    case 'mpr':
      return s.mprCoordinated.value;
    case 'ped':
      return age < 2 ? s.pedUnder2.value : age < 6 ? s.ped2to5.value : s.ped6to15.value;
    default:
      return NaN;
  }
}

/** Whether a family's TCS amount is inferred (a range) rather than printed by a source. */
export function teleTariffInferred(family: Family): boolean {
  return family === 'car' || family === 'ger' || family === 'mpr' || family === 'ped';
}

/**
 * The TCS a specialist bills for this patient (secteur 1 / OPTAM grid), or -1 (ctx.failure set).
 * `high`: the inferred range's upper bound (the envelope runs both).
 */
export function specialistTeleTariff(c: Ctx, family: Family, coordinated: boolean, high: boolean): number {
  switch (family) {
    case 'generic':
      return param(c, coordinated ? 'TCS-1' : 'TCS-2');
    case 'psy':
      return coordinated ? param(c, 'TCS-3') : fail(c, 'tariffNotSourced', 'paramId', 'TCS-3');
    case 'gyn':
      return coordinated ? param(c, 'TCS-4') : fail(c, 'tariffNotSourced', 'paramId', 'TCS-4');
    case 'gp':
      return fail(c, 'tariffNotSourced', 'paramId', 'GP-8');
    default: {
      if (!coordinated && family !== 'ped') return fail(c, 'tariffNotSourced', 'paramId', 'TCS-1');
      const low = param(c, 'TCS-1');
      const frozen = frozenInPerson(c, family);
      if (low < 0) return low;
      if (Number.isNaN(frozen)) return fail(c, 'tariffNotSourced', 'paramId', 'TCS-1');
      const lo = Math.min(low, frozen);
      const hi = Math.max(low, frozen);
      note(c, 'teleconsultationTariffInferred', 'lowCents', lo, 'highCents', hi);
      return high ? hi : lo;
    }
  }
}

/**
 * TC: a secteur 2 non-OPTAM specialist billing a dépassement (psychiatry's own TC is not sourced).
 * `quiet`: no failure recorded, no citation (fullyCoveredUpTo's look-ahead); -1 when none.
 */
export function specialistTeleNonOptam(c: Ctx, family: Family, quiet: boolean): number {
  if (quiet) {
    const v = family === 'psy' ? null : actParameter('TCS-5', c.day);
    return v ? v.value : -1;
  }
  if (family === 'psy') return fail(c, 'tariffNotSourced', 'paramId', 'TCS-5');
  return param(c, 'TCS-5');
}

/** TCS-6: outside the parcours a teleconsultation is not reimbursed (the exceptions are the parcours' own). */
export function citeTeleHorsParcours(c: Ctx): void {
  cite(c, paramIndex('TCS-6'));
  cite(c, paramIndex('TCS-7'));
  note(c, 'teleconsultationHorsParcoursNotReimbursed');
}
