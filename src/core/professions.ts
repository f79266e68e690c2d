// Professions other than doctors (docs/reimbursement.md §5): dentists, Mon soutien psy
// psychologists, masseurs-kinésithérapeutes, sages-femmes, pédicures-podologues, and the
// professions the Assurance Maladie never reimburses. Their rules differ from doctors' (no
// parcours de soins, no sectors 2, no participation forfaitaire; the franchise médicale on
// auxiliaires médicaux, the dental rate, Mon soutien psy's fixed fee, the kiné's prescription,
// pregnancy for midwives) but run on the same context, snapshot and formulas as doctors'.
import { cite, type Ctx, fail, hasNote, note, use } from './context';
import { amoGross, deduction, mutuellePart, rateOf, notReimbursedAmounts, reimbursedBase, rest, spanWith, type Amounts, type Span } from './formulas';
import type { Profession } from './specialties';
import { paramIndex, type Resolved } from './tariffs';
import type { EstimateFacts, Sector } from './types';

/** A profession's valid input, read. */
export interface ProfessionCase {
  sector: Sector;
  /** Fee shown, cents; both -1 when not shown. */
  feeMin: number;
  feeMax: number;
}

/** What a profession's rules decided; null span: not reimbursed and no fee shown. */
export interface ProfessionResult {
  span: Span | null;
  feeUnknown: boolean;
  reimbursed: boolean;
  mutuelleLine: NonNullable<EstimateFacts['mutuelleLine']>;
}

const P = (id: string) => paramIndex(id);
const P_XP_1 = P('XP-1');
const P_R_5 = P('R-5');
const P_R_10 = P('R-10');

/** The act's base, rate and franchise for one case. */
interface Tariff {
  base: number;
  rate: number;
  franchise: number;
}

/** Steps 4–6 of the formula (other professions §2) for one case, with the shared formulas. */
function professionAmounts(c: Ctx, fee: number, t: Tariff, levelPct: number): Amounts {
  // the line's level also says up to which fee the act is fully covered
  const p = c.profile;
  const brss = reimbursedBase(t.base, fee);
  const gross = amoGross(t.rate, brss);
  const franchise = deduction(t.franchise, gross);
  const tm = brss - gross;
  let mutuelle = 0;
  let fully = t.base;
  if (p.css) {
    mutuelle = tm; // the CSS tops up to 100 % of the base; no dépassement (fee = base)
  } else if (p.hasMutuelle && !p.ame) {
    mutuelle = mutuellePart(fee, brss, gross, levelPct, 0);
    const byLevel = rateOf(levelPct, t.base);
    if (byLevel > fully) fully = byLevel;
  }
  const r = rest(fee, gross, franchise, mutuelle, tm, 0);
  return {
    fee, brss, amoRate: t.rate, amoGross: gross, participationForfaitaire: 0, franchise, amo: gross - franchise, mutuelle,
    outOfPocket: r.outOfPocket, fullyCoveredUpTo: fully, majoration: 0, uncoveredTicketModerateur: r.uncoveredTm,
    uncoveredExcess: r.uncoveredExcess,
  };
}

type Line = 'auxiliaries' | 'psyMsp' | 'dentalCare' | 'doctorsDptam';

/**
 * The level a profession's mutuelle part uses: its line of the contract (auxiliaires médicaux,
 * Mon soutien psy, dental care; the DPTAM doctors' level where the contract gives none, and for
 * midwives), a contrat responsable covering at least the ticket modérateur on every reimbursed
 * act (CR-1, R871-2 1°).
 */
function professionLevel(c: Ctx, line: Line): number {
  const p = c.profile;
  const level = line === 'auxiliaries' ? p.auxiliariesPct : line === 'psyMsp' ? p.psyMspPct : line === 'dentalCare' ? p.dentalCarePct : p.dptamPct;
  const floor = c.snap.crFloorPct.value;
  return p.responsable && level < floor ? floor : level;
}

function lineFor(c: Ctx, line: Line): ProfessionResult['mutuelleLine'] {
  const p = c.profile;
  if (p.css) return { line: 'css' };
  if (p.ame || !p.hasMutuelle) return { line: 'none' };
  return { line, levelPct: professionLevel(c, line) };
}

/** The professions the Assurance Maladie never reimburses: the fee is the out-of-pocket. */
function notReimbursed(c: Ctx, k: ProfessionCase, ruleId: string): ProfessionResult {
  cite(c, P(ruleId));
  note(c, 'notReimbursed');
  const span = k.feeMin < 0 ? null : spanWith(spanWith(null, notReimbursedAmounts(k.feeMin)), notReimbursedAmounts(k.feeMax));
  return { span, feeUnknown: false, reimbursed: false, mutuelleLine: { line: 'none' } };
}

/** The franchise on an auxiliaire médical's act (FR-1/FR-2, exemptions FR-5), with its note. */
function franchiseFor(c: Ctx): number {
  const p = c.profile;
  const amount = use(c, c.snap.franchise, 'FR-1');
  const minAge = use(c, c.snap.franchiseMinAge, 'FR-5');
  if (p.age < minAge || p.maternity || p.css || p.ame) {
    note(c, 'franchiseExempt');
    return 0;
  }
  if (p.franchiseCapReached) {
    c.counters.add('franchiseCap');
    note(c, 'franchiseCapReached');
    return 0;
  }
  note(c, 'franchise', 'franchiseCents', amount);
  return amount;
}

/** The AMO rate for this patient: AME, maternity (where it applies) and ALD give their rate. */
function rateFor(c: Ctx, baseRate: number, maternityRate: Resolved | null): number {
  const p = c.profile;
  const s = c.snap;
  if (p.ame) {
    cite(c, P_R_10);
    note(c, 'ame');
    return s.rateAme.value;
  }
  if (p.maternity && maternityRate) {
    cite(c, maternityRate.index);
    note(c, 'maternity', 'ratePct', maternityRate.value);
    return maternityRate.value;
  }
  if (p.ald) {
    cite(c, P_R_5);
    note(c, 'ald', 'ratePct', s.rateAld.value);
    return s.rateAld.value;
  }
  return baseRate;
}

/** The standard act's possible bases (low to high), rate and franchise; null when not sourced. */
interface ActTariff {
  bases: number[];
  baseRate: number;
  franchise: number;
  line: 'auxiliaries' | 'dentalCare' | 'doctorsDptam';
}

function dentistTariff(c: Ctx): ActTariff | null {
  const s = c.snap;
  const base = use(c, s.dentistBase, 'DEN-1');
  const baseRate = use(c, s.dentistRate, 'DEN-2');
  if (base < 0 || baseRate < 0) return null;
  cite(c, P('DEN-4'));
  cite(c, P_XP_1);
  note(c, 'noParticipationForfaitaire');
  return { bases: [base], baseRate, franchise: 0, line: 'dentalCare' };
}

function physioTariff(c: Ctx, k: ProfessionCase): ActTariff | null {
  const s = c.snap;
  if (Number.isNaN(s.physioSessionMin.value) || Number.isNaN(s.physioSessionMax.value)) return failed(c, 'KIN-3');
  cite(c, s.physioSession.index);
  // A range of coefficients since KIN-4: the session's exact coefficient is not on the page.
  const bases = s.physioSessionMin.id === s.physioSessionMax.id
    ? [use(c, s.physioSessionMin, 'KIN-3')]
    : [use(c, s.physioSessionMin, 'KIN-3'), use(c, s.physioSessionMax, 'KIN-3')];
  if (bases.length > 1) note(c, 'physioSessionRange', 'minCents', bases[0]!, 'maxCents', bases[1]!);
  const baseRate = use(c, s.physioRate, 'KIN-8');
  cite(c, P('KIN-9'));
  cite(c, P('KIN-11'));
  cite(c, P_XP_1);
  const franchise = franchiseFor(c);
  note(c, 'physioPrescription', 'feeCents', k.feeMax >= 0 ? k.feeMax : bases[bases.length - 1]!);
  return { bases, baseRate, franchise, line: 'auxiliaries' };
}

function midwifeTariff(c: Ctx): ActTariff | null {
  const s = c.snap;
  const base = use(c, s.midwifeBase, 'SF-1');
  if (base < 0) return null;
  const baseRate = use(c, s.midwifeRate, 'SF-4');
  cite(c, P('SF-5'));
  note(c, 'noParticipationForfaitaire');
  if (c.profile.maternity) cite(c, s.midwifeMaternityRate.index);
  // Sages-femmes use the doctors' DPTAM level until a source says otherwise.
  return { bases: [base], baseRate, franchise: 0, line: 'doctorsDptam' };
}

function podologyTariff(c: Ctx): ActTariff | null {
  const s = c.snap;
  const base = use(c, s.podologyBase, 'POD-1');
  if (base < 0) return null;
  const baseRate = use(c, s.podologyRate, 'POD-2');
  cite(c, P('POD-3'));
  return { bases: [base], baseRate, franchise: franchiseFor(c), line: 'auxiliaries' };
}

function failed(c: Ctx, paramId: string): null {
  fail(c, 'tariffNotSourced', 'paramId', paramId);
  return null;
}

/** The cases of a dentist's, kiné's, midwife's or podologist's act over the fee shown. */
function actCases(c: Ctx, k: ProfessionCase, t: ActTariff, rate: number): { list: Amounts[]; top: number } {
  const conventionne = k.sector === '1';
  const level = professionLevel(c, t.line);
  const list: Amounts[] = [];
  const fees = k.feeMin < 0 ? [-1] : k.feeMin === k.feeMax ? [k.feeMin] : [k.feeMin, k.feeMax];
  const top = t.bases[t.bases.length - 1]!;
  for (const shown of fees) {
    // A fee within the possible bases is the tarif: one base (a kiné's act is not named).
    const caseBases = shown >= 0 && shown <= top ? [top] : t.bases;
    for (const base of caseBases) {
      let fee = shown < 0 ? base : shown;
      if (c.profile.css && fee > base) {
        if (!hasNote(c, 'professionCssTarif')) note(c, 'professionCssTarif', 'feeCents', base);
        fee = base;
      }
      list.push(professionAmounts(c, fee, { base, rate, franchise: t.franchise }, level));
      if (!conventionne && shown >= 0) list.push(notReimbursedAmounts(shown)); // non-conventionné bound
    }
  }
  return { list, top };
}

/** Dentist, kiné, midwife, podologist: the standard act at its base(s) and rate. */
function standardAct(c: Ctx, profession: Profession, k: ProfessionCase): ProfessionResult | null {
  const t =
    profession === 'dentist' ? dentistTariff(c)
    : profession === 'physio' ? physioTariff(c, k)
    : profession === 'midwife' ? midwifeTariff(c)
    : podologyTariff(c);
  if (!t) return null;
  const p = c.profile;
  const s = c.snap;
  const rate = rateFor(c, t.baseRate, profession === 'midwife' ? s.midwifeMaternityRate : s.rateMaternity);
  const conventionne = k.sector === '1';
  if (!conventionne) note(c, 'professionSectorUnknown');
  if (p.css) note(c, 'cssComplementary');
  const { list, top } = actCases(c, k, t, rate);
  let feeUnknown = k.feeMin < 0 && !conventionne;
  if (k.feeMin >= 0 && k.feeMax > top && p.hasMutuelle && !p.css && !p.ame) note(c, 'professionMutuelleLevel', 'levelPct', professionLevel(c, t.line));
  if (profession === 'midwife' && !p.maternity && rate !== s.midwifeMaternityRate.value) {
    // The maternity flag starts at the 6th month; prenatal visits are at 100 % from the first.
    const prenatal: Tariff = { base: t.bases[0]!, rate: s.midwifeMaternityRate.value, franchise: 0 };
    let least = Infinity;
    for (const a of list) least = Math.min(least, professionAmounts(c, a.fee, prenatal, professionLevel(c, t.line)).outOfPocket);
    note(c, 'midwifePregnancy', 'outOfPocketCents', least);
    cite(c, s.midwifeMaternityRate.index);
  }
  if (profession === 'podologist') {
    // Only a diabetic-foot session (grade 2 or 3) is reimbursed; the booking does not say which.
    note(c, 'podologyDiabeticFoot');
    if (k.feeMin >= 0) list.push(notReimbursedAmounts(k.feeMax));
    else feeUnknown = true;
  }
  let span: Span | null = null;
  for (const a of list) span = spanWith(span, a);
  return { span, feeUnknown, reimbursed: true, mutuelleLine: lineFor(c, t.line) };
}

/** Mon soutien psy: a fixed session fee, no dépassement, no PF/franchise. */
function monSoutienPsy(c: Ctx, k: ProfessionCase): ProfessionResult | null {
  const s = c.snap;
  if (Number.isNaN(s.mspFollowUp.value) || Number.isNaN(s.mspEvaluation.value)) return failed(c, 'PSY-MSP-1');
  const tariffs = s.mspFollowUp.id === s.mspEvaluation.id
    ? [use(c, s.mspEvaluation, 'PSY-MSP-1')]
    : [use(c, s.mspFollowUp, 'PSY-MSP-1'), use(c, s.mspEvaluation, 'PSY-MSP-1')];
  const baseRate = use(c, s.mspRate, 'PSY-MSP-3');
  cite(c, P('PSY-MSP-6'));
  cite(c, P('PSY-MSP-8'));
  note(c, 'noParticipationForfaitaire');
  if (tariffs.length > 1) note(c, 'mspSessionKind', 'minCents', tariffs[0]!, 'maxCents', tariffs[1]!);
  const rate = rateFor(c, baseRate, s.rateMaternity);
  if (c.profile.css) note(c, 'cssComplementary');
  const top = tariffs[tariffs.length - 1]!;
  const fees = k.feeMin < 0 ? tariffs : k.feeMin === k.feeMax ? [k.feeMin] : [k.feeMin, k.feeMax];
  let span: Span | null = null;
  let reimbursed = true;
  for (const fee of fees) {
    if (fee > top) {
      // Dépassements are forbidden: a higher fee is a session outside the scheme (PSY-0).
      note(c, 'mspAboveTariff', 'brssCents', top);
      cite(c, P('PSY-0'));
      reimbursed = false;
      span = spanWith(span, notReimbursedAmounts(fee));
    } else {
      span = spanWith(span, professionAmounts(c, fee, { base: top, rate, franchise: 0 }, professionLevel(c, 'psyMsp')));
    }
  }
  return { span, feeUnknown: false, reimbursed, mutuelleLine: reimbursed ? lineFor(c, 'psyMsp') : { line: 'none' } };
}

/**
 * The rules of a profession (specialties.ts PROFESSIONS) for a valid input; null when it cannot
 * be estimated (ctx.failure says why).
 */
export function professionRules(c: Ctx, profession: Profession, k: ProfessionCase): ProfessionResult | null {
  if (profession === 'not-reimbursed') return notReimbursed(c, k, 'NR-1');
  if (profession === 'psychologist-outside') return notReimbursed(c, k, 'PSY-0');
  if (profession === 'dietitian') return notReimbursed(c, k, 'NR-2');
  if (profession === 'speech-therapist') return failed(c, 'ORT-1');
  if (c.profile.alsaceMoselle) {
    fail(c, 'professionAlsaceMoselle');
    return null;
  }
  if (c.tele && profession !== 'msp') {
    fail(c, 'professionTeleconsultation');
    return null;
  }
  if (profession === 'msp') return monSoutienPsy(c, k);
  if (k.sector === '3') {
    fail(c, 'professionNonConventionne');
    return null;
  }
  return standardAct(c, profession, k);
}
