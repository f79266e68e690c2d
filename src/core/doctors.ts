// Doctors' rules (docs/reimbursement.md §2, steps 1–6) for one fully determined case — one sector,
// one tariff family, one fee — over the shared formulas (formulas.ts). The envelope over the
// cases an input leaves open is in doctors-envelope.ts.
import { cite, type Ctx, fail, note, use } from './context';
import { amoGross, deduction, mutuellePart, notReimbursedAmounts, rateOf, reimbursedBase, rest, type Amounts } from './formulas';
import { forfait24AmoGross } from './acts';
import { parseDay } from './dates';
import { citeTeleHorsParcours, specialistTeleNonOptam, specialistTeleTariff } from './teleconsultation';
import type { Family, SpecialtyInfo } from './specialties';
import { getParameter, paramIndex, type Resolved } from './tariffs';
import type { ParcoursWhy } from './types';

// Sector codes inside the engine.
export const S1 = 0;
export const OPTAM = 1;
export const NON_OPTAM = 2;
export const S3 = 3;
export type SectorCode = 0 | 1 | 2 | 3;

// Indexes of the parameters cited by id (rules applied rather than values looked up).
const P_CR_1 = paramIndex('CR-1');
const P_CR_3 = paramIndex('CR-3');
const P_CR_4 = paramIndex('CR-4');
const P_CR_5 = paramIndex('CR-5');
const P_CR_6 = paramIndex('CR-6');
const P_CSS_1 = paramIndex('CSS-1');
const P_DA_1 = paramIndex('DA-1');
const P_DE_1 = paramIndex('DE-1');
const P_OP_1 = paramIndex('OP-1');
const P_PF_6 = paramIndex('PF-6');
const P_PF_7 = paramIndex('PF-7');
const P_R_1 = paramIndex('R-1');
const P_R_10 = paramIndex('R-10');
const P_R_2 = paramIndex('R-2');
const P_R_3 = paramIndex('R-3');
const P_R_4 = paramIndex('R-4');
const P_R_5 = paramIndex('R-5');
const P_R_6 = paramIndex('R-6');
const P_R_7 = paramIndex('R-7');
const P_R_8 = paramIndex('R-8');
const P_R_9 = paramIndex('R-9');
const P_S3_3 = paramIndex('S3-3');
const P_SP_6 = paramIndex('SP-6');
const P_TO_1 = paramIndex('TO-1');
const P_X_3 = paramIndex('X-3');

const GP_TELE_FROM = getParameter('GP-8')!.values[0]!.from; // TCG's first day
// TC-1: the days a specialist's teleconsultation is billed at the face-to-face tariff (ameli 2018).
const TC_1 = getParameter('TC-1')!.values[0]!;
const TC_1_FROM = parseDay(TC_1.from);
const TC_1_UNTIL = parseDay(TC_1.until!);
const P_TC_1 = paramIndex('TC-1');

/** Step 1: where the patient stands in the parcours de soins. */
export interface Parcours {
  /** The tariff family applied (a pediatrician seeing a patient of 16 or more: 'generic'). */
  family: Family;
  isGp: boolean;
  /** Referred by a médecin traitant (a referral without one counts only if the rules allow). */
  referred: boolean;
  /** The specialty is in accès direct for this patient, and that access is honoured. */
  accesDirect: boolean;
  accesDirectOk: boolean;
  /** Specialist consultation billed at the coordinated tariff. */
  coordinated: boolean;
  /** Hors parcours: the AMO rate loses the majoration points. */
  out: boolean;
  /** Why the patient is in or out (Estimate.facts.parcours). */
  why: ParcoursWhy;
  /** Old enough for the parcours rules. */
  inParcoursAge: boolean;
  /** The id of the missing non-OPTAM base when the specialty has none sourced (neurology), else ''. */
  noNonOptamBase: string;
}

/** One fully determined case besides its fee. */
export interface Scenario {
  sector: SectorCode;
  parcours: Parcours;
  /**
   * The family's alternative tariff, where the sources leave two open: PSY-5 (psychiatry, young
   * patient) or CAR-1/alt (cardiology's other printed coordinated tariff).
   */
  alternativeTariff: boolean;
  /**
   * "spécialiste" of unknown specialty, secteur 2 non-OPTAM: the non-OPTAM base of the candidate
   * specialty this case stands for (null: the generic CS, SP-5). Rules §2 step 2.
   */
  candidateNonOptam: Resolved | null;
}

/** A specialist's teleconsultation on a day TC-1 covers: computed as the face-to-face consultation. */
function specialistTeleAsInPerson(c: Ctx): boolean {
  return c.day >= TC_1_FROM && c.day <= TC_1_UNTIL;
}

/** A teleconsultation's tariff, or -1 (ctx.failure set); undefined for a consultation in person. */
function teleTariff(c: Ctx, family: Family, coordinated: boolean, alternative: boolean): number | undefined {
  if (!c.tele) return undefined;
  if (family !== 'gp') {
    // Since 2023-11-01: TCS, frozen at the in-person tariff of 2023-10-31 (teleconsultation.ts).
    if (c.day > TC_1_UNTIL) return specialistTeleTariff(c, family, coordinated, alternative);
    if (!specialistTeleAsInPerson(c)) return fail(c, 'teleconsultationSpecialist', 'untilDate', TC_1.until!);
    cite(c, P_TC_1);
    return undefined;
  }
  const s = c.snap;
  if (Number.isNaN(s.gpTele.value)) return fail(c, 'teleconsultationNotReimbursed', 'fromDate', GP_TELE_FROM);
  if (c.profile.age < 6 && !c.assume.TELECONSULTATION_SAME_TARIFF_ALL_AGES) return fail(c, 'tariffNotSourced', 'paramId', 'GP-8');
  return use(c, s.gpTele, 'GP-8');
}

/**
 * Secteur 1 / OPTAM / tarif opposable tariff (rules §2 step 2), or -1 (ctx.failure set).
 * `alternative`: the family's alternative tariff (Scenario.alternativeTariff).
 */
export function s1Tariff(c: Ctx, family: Family, coordinated: boolean, alternative: boolean): number {
  const act = c.act;
  if (!act) return consultationTariff(c, family, coordinated, alternative);
  if (!act.withConsultation) return act.s1;
  const t = consultationTariff(c, family, coordinated, alternative);
  return t < 0 ? t : t + act.s1;
}

function consultationTariff(c: Ctx, family: Family, coordinated: boolean, alternative: boolean): number {
  const tele = teleTariff(c, family, coordinated, alternative);
  if (tele !== undefined) return tele;
  const s = c.snap;
  const age = c.profile.age;
  switch (family) {
    case 'gp':
      return age < 6 ? use(c, s.gpS1Under6, 'GP-5') : use(c, s.gpS1, 'GP-1');
    case 'generic':
      return coordinated ? use(c, s.spCoordinated, 'SP-1') : use(c, s.spBase, 'SP-4');
    case 'psy':
      if (alternative) return use(c, s.psyYoung, 'PSY-5');
      return coordinated ? use(c, s.psyCoordinated, 'PSY-1') : use(c, s.psyBase, 'PSY-2');
    case 'ped':
      // Under 16 only (older patients are moved to 'generic' before).
      if (age < 2) return use(c, s.pedUnder2, 'PED-1');
      return age < 6 ? use(c, s.ped2to5, 'PED-2') : use(c, s.ped6to15, 'PED-3');
    case 'gyn':
      return coordinated ? use(c, s.gynCoordinated, 'GYN-1') : use(c, s.gynBase, 'GYN-2');
    case 'ger': {
      const r = coordinated ? s.gerCoordinated : s.gerBase;
      if (Number.isNaN(r.value) && c.assume.GERIATRICS_GENERIC_BEFORE_GER1) {
        return coordinated ? use(c, s.spCoordinated, 'SP-1') : use(c, s.spBase, 'SP-4');
      }
      return use(c, r, 'GER-1');
    }
    case 'mpr':
      return coordinated ? use(c, s.mprCoordinated, 'MPR-1') : use(c, s.mprBase, 'MPR-1/base');
    case 'car':
      if (!coordinated) return use(c, s.carBase, 'CAR-1/CSC');
      return alternative && !Number.isNaN(s.carCoordinatedAlt.value)
        ? use(c, s.carCoordinatedAlt, 'CAR-1/alt')
        : use(c, s.carCoordinated, 'CAR-1');
  }
}

/**
 * Base for a secteur 2 non-OPTAM doctor billing a dépassement (§2 step 2), or -1. `quiet`: do
 * not record a failure (used for fullyCoveredUpTo, which can do without it).
 */
function nonOptamBase(c: Ctx, sc: Scenario, quiet: boolean): number {
  const act = c.act;
  if (!act) return consultationNonOptamBase(c, sc, quiet);
  if (!act.withConsultation) return act.nonOptam;
  const t = consultationNonOptamBase(c, sc, quiet);
  return t < 0 ? t : t + act.nonOptam;
}

function consultationNonOptamBase(c: Ctx, sc: Scenario, quiet: boolean): number {
  const s = c.snap;
  const family = sc.parcours.family;
  const noBase = sc.parcours.noNonOptamBase;
  if (c.tele && family !== 'gp' && c.day > TC_1_UNTIL) return specialistTeleNonOptam(c, family, quiet);
  if (c.tele && (family === 'gp' || !specialistTeleAsInPerson(c))) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'GP-9');
  if (noBase) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', noBase);
  switch (family) {
    case 'gp':
      return c.profile.age < 6 ? use(c, s.gpNonOptamUnder6, 'GP-6') : use(c, s.gpNonOptam, 'GP-4');
    case 'gyn':
      cite(c, P_SP_6);
      return use(c, s.spNonOptam, 'SP-5');
    case 'generic': {
      const candidate = sc.candidateNonOptam;
      if (!candidate) return use(c, s.spNonOptam, 'SP-5');
      if (!quiet) c.usedCandidateNonOptamBase = true; // the base itself, not only fullyCoveredUpTo
      return use(c, candidate, candidate.id);
    }
    case 'ger':
    case 'mpr': // code C for every secteur 2 non-OPTAM specialist since 2024-12-22 (SP-5)
      return use(c, s.spNonOptam, 'SP-5');
    case 'psy':
      return use(c, s.psyNonOptam, 'PSY-3');
    case 'car':
      if (!c.assume.USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'CAR-2');
      return use(c, s.carNonOptam, 'CAR-2');
    case 'ped':
      return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'PED-4');
  }
}

function ceilEuro(cents: number): number {
  return Math.ceil(cents / 100 - 1e-9) * 100;
}

function roundDaCap(c: Ctx, cents: number): number {
  const rounding = c.assume.DA_CAP_ROUNDING;
  if (rounding === 'ceil') return ceilEuro(cents);
  return (rounding === 'round' ? Math.round(cents / 100) : Math.floor(cents / 100)) * 100;
}

/** The id cited when a specialty has no sourced non-OPTAM base of its own (neurology: docs §1). */
const NO_NON_OPTAM_BASE_ID = 'NEU-2';

/** Why a patient of parcours age is in or out of the parcours for this doctor. */
function parcoursWhy(c: Ctx, isGp: boolean, out: boolean, referred: boolean, accesDirectOk: boolean): ParcoursWhy {
  const p = c.profile;
  if (isGp) {
    if (!out) return c.gpMarked === true ? 'medecin-traitant-marked' : 'assumed';
    return p.hasMedecinTraitant ? 'other-gp' : 'no-medecin-traitant';
  }
  if (referred) return 'referred';
  return accesDirectOk ? 'acces-direct' : 'not-referred';
}

/** Step 1 (rules §2): parcours de soins and coordination; null when it cannot be estimated. */
export function parcours(c: Ctx, spec: SpecialtyInfo): Parcours | null {
  const p = c.profile;
  const a = c.assume;
  let family = spec.family;
  if (family === 'ped' && p.age >= 16) {
    if (!a.PEDIATRICIAN_FROM_16_GENERIC) {
      fail(c, 'tariffNotSourced', 'paramId', 'PED-3');
      return null;
    }
    family = 'generic';
    note(c, 'pediatricianAdultTariff');
  }
  const isGp = family === 'gp';
  const inParcoursAge = p.age >= c.snap.parcoursMinAge.value; // 16
  const referred = p.referred && (p.hasMedecinTraitant || !a.REFERRAL_REQUIRES_MEDECIN_TRAITANT);
  const accesDirect =
    !isGp && (spec.accesDirect === 'always' || (spec.accesDirect === 'age16to25' && p.age >= 16 && p.age <= 25));
  const accesDirectOk = accesDirect && (p.hasMedecinTraitant || !a.ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT);
  // A GP the user marked (or did not) settles it; unmarked, the profile's declaration decides.
  const gpOut = c.gpMarked !== undefined ? !c.gpMarked : !(p.hasMedecinTraitant && a.GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED);
  const wouldBeOut = isGp ? gpOut : !referred && !accesDirectOk;
  const coordinated = !isGp && (referred || (accesDirectOk && a.COORDINATED_IN_ACCES_DIRECT));
  let out = wouldBeOut;
  let why = parcoursWhy(c, isGp, wouldBeOut, referred, accesDirectOk);
  if (!inParcoursAge) {
    out = false;
    why = 'under-16';
    if (wouldBeOut) {
      note(c, 'under16NoPenalty');
      cite(c, P_R_4);
    }
  } else if (p.ame && a.AME_IGNORES_PARCOURS) {
    out = false;
    why = 'not-applicable';
  }
  if (!isGp && p.referred && !referred) note(c, 'referralWithoutMedecinTraitant');
  const noNonOptamBase = spec.nonOptamBase === false ? NO_NON_OPTAM_BASE_ID : '';
  return { family, isGp, referred, accesDirect, accesDirectOk, coordinated, out, why, inParcoursAge, noNonOptamBase };
}

/** Step 2: what the patient pays the doctor and the base the AMO works from. */
interface Base {
  /** Secteur 1 / OPTAM tariff for this case. */
  s1: number;
  /** What the patient pays the doctor. */
  fee: number;
  /** Base de remboursement before min(BR, fee). */
  br: number;
  /** The base actually reimbursed: min(BR, fee) (the AMO never pays more than the cost). */
  bre: number;
  /** This doctor's tarif opposable. */
  opposable: number;
  /** Non-OPTAM base when computed, else -1. */
  nonOptam: number;
  conventionne: boolean;
  /** The doctor bills with the secteur 1 codes (false: a non-OPTAM doctor on the non-OPTAM codes only). */
  s1Codes: boolean;
}

/**
 * A secteur 1 specialist's fee above the non-coordinated tariff, for a patient in the parcours
 * (under 16, AME, accès direct… — no DA applies to them), is the coordinated tariff billed, up to
 * it. Hors parcours the MCS cannot be billed: an adult keeps the DA rule (DA-1, B6), a CSS
 * patient the cut to the non-coordinated tariff (CSS-1).
 */
function coordinatedTariffWithoutDa(sector: SectorCode, pc: Parcours): boolean {
  return sector === S1 && !pc.coordinated && !pc.isGp && !pc.out;
}

/** The doctor must bill the tarif opposable (CSS, or AME when it allows no dépassement). */
function boundToOpposable(c: Ctx): boolean {
  const p = c.profile;
  return p.css || (p.ame && !c.assume.AME_ALLOWS_DEPASSEMENT);
}

/**
 * The secteur 1 tariff of a case: a fee shown above the non-coordinated tariff, for a patient to
 * whom no DA applies, is the coordinated tariff billed (31.50 shown by a secteur 1 dermatologist
 * to a child not referred is CS 26.50 + MCS 5, not 5.00 of dépassement). -1 on failure.
 */
function caseTariff(c: Ctx, sc: Scenario, fee: number): number {
  const pc = sc.parcours;
  const s1 = s1Tariff(c, pc.family, pc.coordinated, sc.alternativeTariff);
  if (s1 < 0 || !(fee > s1 && coordinatedTariffWithoutDa(sc.sector, pc))) return s1;
  const coordinatedTariff = s1Tariff(c, pc.family, true, sc.alternativeTariff);
  if (coordinatedTariff < 0) return -1;
  if (coordinatedTariff <= s1) return s1;
  const billed = fee < coordinatedTariff ? fee : coordinatedTariff;
  note(c, 'secteur1CoordinatedTariff', 'feeCents', billed);
  return billed;
}

/** Step 2, secteur 3: the tarif d'autorité is the base; null on failure. */
function secteur3Base(c: Ctx, pc: Parcours, s1: number, fee: number): Base | null {
  const s = c.snap;
  const ta = c.tele ? fail(c, 'tariffNotSourced', 'paramId', 'S3-1') : use(c, pc.isGp ? s.taGp : s.taSpecialist, 'S3-1');
  if (ta < 0) return null;
  const f = fee >= 0 ? fee : c.assume.SECTEUR3_FLOOR_AT_SECTOR1_TARIFF ? s1 : ta;
  // The tarif d'autorité depends on the town: the computation takes the top (S3-1/S3-2), the
  // note gives the range quoted (S3-1/low, S3-2/low).
  const low = pc.isGp ? s.taGpLow : s.taSpecialistLow;
  if (!Number.isNaN(low.value) && low.value < ta) {
    cite(c, low.index);
    note(c, 'secteur3TarifAutorite', 'lowCents', low.value, 'highCents', ta);
  } else note(c, 'secteur3TarifAutorite', 'lowCents', ta, 'highCents', ta);
  if (c.profile.css) note(c, 'cssNonConventionne');
  return { s1, fee: f, br: ta, bre: reimbursedBase(ta, f), opposable: ta, nonOptam: -1, conventionne: false, s1Codes: true };
}

/** Step 2 (rules §2): fee and base; null when it cannot be estimated (ctx.failure says why). */
function base(c: Ctx, sc: Scenario, fee: number): Base | null {
  const pc = sc.parcours;
  const sector = sc.sector;
  const s1 = caseTariff(c, sc, fee);
  if (s1 < 0) return null;
  if (c.tele && pc.out && c.assume.TELECONSULTATION_HORS_PARCOURS === 'unknown') {
    fail(c, 'teleconsultationHorsParcours');
    return null;
  }
  if (sector === S3) return secteur3Base(c, pc, s1, fee);
  const s1Codes = sector !== NON_OPTAM || !Number.isNaN(c.snap.nonOptamS1Codes.value);
  let nonOptam = -1;
  if (!s1Codes) {
    nonOptam = nonOptamBase(c, sc, false);
    if (nonOptam < 0) return null;
  }
  const to = s1Codes ? s1 : nonOptam;
  let f: number;
  let br: number;
  if (boundToOpposable(c)) {
    // CSS-1: the doctor must bill the tarif opposable.
    f = fee >= 0 && fee < to ? fee : to;
    br = to;
    if (fee > to) note(c, 'tarifOpposableRequired', 'feeCents', to);
    cite(c, c.profile.css ? P_CSS_1 : P_R_10);
  } else {
    f = fee >= 0 ? fee : to;
    if (sector !== NON_OPTAM) {
      br = s1;
      if (sector === OPTAM) cite(c, P_OP_1);
    } else if (s1Codes && f <= s1) {
      br = s1;
      cite(c, P_TO_1);
      if (fee >= 0) note(c, 'nonOptamAtTarifOpposable');
    } else {
      if (nonOptam < 0) nonOptam = nonOptamBase(c, sc, false);
      if (nonOptam < 0) return null;
      br = nonOptam;
      note(c, 'nonOptamBase', 'brssCents', nonOptam);
    }
  }
  return { s1, fee: f, br, bre: reimbursedBase(br, f), opposable: to, nonOptam, conventionne: true, s1Codes };
}

/** Step 3: the AMO rate. */
interface Rate {
  /** The rate in parcours (percent). */
  inParcours: number;
  /** Hors-parcours majoration points taken off it. */
  points: number;
  /** The rate applied: inParcours − points. */
  applied: number;
}

/** Step 3: the rate in parcours for this patient (AME, ALD, maternity, Alsace-Moselle, general). */
function rateInParcours(c: Ctx, conventionne: boolean): number {
  const s = c.snap;
  const p = c.profile;
  let inParcours: number;
  if (p.ame) {
    inParcours = s.rateAme.value;
    cite(c, P_R_10);
    note(c, 'ame');
  } else if (p.ald) {
    inParcours = s.rateAld.value;
    cite(c, P_R_5);
    note(c, 'ald', 'ratePct', inParcours);
  } else if (p.maternity) {
    inParcours = s.rateMaternity.value;
  } else if (p.alsaceMoselle) {
    inParcours = s.rateAlsace.value;
    cite(c, P_R_8);
    note(c, 'alsaceMoselle', 'ratePct', inParcours);
  } else {
    inParcours = conventionne ? s.rateBase.value : s.rateS3.value;
    cite(c, conventionne ? P_R_1 : P_S3_3);
  }
  if (p.maternity && !p.ame) {
    cite(c, P_R_7);
    note(c, 'maternity', 'ratePct', s.rateMaternity.value);
  }
  return inParcours;
}

/** Step 3 (rules §2): the AMO rate and the hors-parcours majoration. */
function amoRate(c: Ctx, pc: Parcours, conventionne: boolean): Rate {
  const p = c.profile;
  const inParcours = rateInParcours(c, conventionne);
  let points = 0;
  if (pc.out) {
    points = c.snap.horsParcoursPoints.value; // 40
    if (!p.ald && p.maternity && !c.assume.MATERNITY_HORS_PARCOURS_MAJORATION) points = 0;
    if (!p.ald && !p.maternity && p.alsaceMoselle && !c.assume.ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION) points = 0;
  }
  const applied = inParcours - points;
  parcoursNotes(c, pc, points, applied);
  return { inParcours, points, applied };
}

/** The notes that explain the parcours' effect on the rate. */
function parcoursNotes(c: Ctx, pc: Parcours, points: number, applied: number): void {
  const p = c.profile;
  if (points > 0) {
    cite(c, P_R_2);
    if (p.ald) cite(c, P_R_6);
    if (pc.accesDirect && !pc.accesDirectOk) {
      cite(c, P_R_3);
      note(c, 'accesDirectWithoutMedecinTraitant', 'ratePct', applied);
    } else if (!p.hasMedecinTraitant) note(c, 'horsParcoursNoMedecinTraitant', 'ratePct', applied);
    else if (pc.isGp) note(c, 'horsParcoursNotMedecinTraitant', 'ratePct', applied);
    else note(c, 'horsParcoursNotReferred', 'ratePct', applied);
  } else if (!pc.out && !pc.isGp && !pc.referred && pc.accesDirectOk && pc.inParcoursAge) {
    cite(c, P_R_3);
    note(c, 'accesDirectSpecifique');
  }
  if (pc.isGp && !pc.out && pc.inParcoursAge) {
    if (c.gpMarked === true) note(c, 'gpIsMedecinTraitant');
    else if (c.gpMarked === undefined && p.hasMedecinTraitant) note(c, 'gpAssumedMedecinTraitant');
  }
}

/** Step 4: the AMO reimbursement before the participation forfaitaire. */
interface Amo {
  /** As if in parcours: what mutuelles deduct. */
  inParcours: number;
  /** The hors-parcours majoration (capped). */
  majoration: number;
  /** inParcours − majoration. */
  gross: number;
}

/** Step 4 (rules §2): the AMO reimbursement on the reimbursed base. */
function amo(c: Ctx, rate: Rate, bre: number): Amo {
  let inParcours = amoGross(rate.inParcours, bre);
  if (c.act) {
    // Technical acts reaching the threshold: the forfait replaces the ticket modérateur.
    const p = c.profile;
    const pav = forfait24AmoGross(c.day, bre, p.ald || p.maternity || p.css || p.ame || p.alsaceMoselle);
    if (pav >= 0 && pav > inParcours) {
      cite(c, P_X_3);
      note(c, 'forfait24', 'forfaitCents', bre - pav);
      inParcours = pav;
    }
  }
  let majoration = rate.points > 0 ? rateOf(rate.points, bre) : 0;
  const cap = c.assume.HORS_PARCOURS_MAJORATION_CAP_CENTS;
  if (cap !== null && majoration > cap) majoration = cap;
  return { inParcours, majoration, gross: inParcours - majoration };
}

/** Step 4 (rules §2): the participation forfaitaire deducted from the AMO reimbursement. */
function participationForfaitaire(c: Ctx, amoGrossCents: number, conventionne: boolean): number {
  const p = c.profile;
  let pf = 0;
  if (!p.css && !p.ame && !p.maternity) {
    if (p.age < c.snap.pfMinAge.value) {
      cite(c, P_PF_6);
      note(c, 'pfExemptUnder18');
    } else if (!conventionne && c.assume.SECTEUR3_PF === 'none') {
      note(c, 'pfNotChargedSecteur3');
    } else if (p.pfCapReached) {
      // The user's yearToDate: the yearly ceiling is reached, nothing more is withheld this period.
      c.counters.add('pfCap');
      note(c, 'pfCapReached');
    } else {
      pf = use(c, c.snap.pf, 'PF-1');
      // Technical acts: one per act (the act rules apply the daily cap).
      if (c.act && c.act.pfCount > 1) pf *= c.act.pfCount;
    }
  }
  const deducted = deduction(pf, amoGrossCents);
  // §4.9: never a negative refund (secteur 3's tarif d'autorité, or a fee of a few cents).
  if (deducted < pf) note(c, 'pfLimitedToRefund', 'pfCents', deducted);
  if (deducted > 0) {
    cite(c, P_PF_7);
    note(c, 'participationForfaitaire', 'pfCents', deducted);
  }
  return deducted;
}

/** The mutuelle's line for a doctor in this sector (Estimate.facts.mutuelleLine). */
export function doctorLineUsesDptam(c: Ctx, sector: SectorCode): boolean {
  return sector === OPTAM || (sector === S1 && c.assume.SECTEUR1_DEPASSEMENT_LEVEL === 'dptam');
}

/** Step 5, caps: a contrat responsable's level within its limits (CR-1 floor; CR-5, CR-6 non-DPTAM caps). */
export function responsableLevel(c: Ctx, raw: number, useDptam: boolean): number {
  if (!c.profile.responsable || !c.assume.APPLY_RESPONSABLE_CAPS) return raw;
  const s = c.snap;
  let level = raw;
  if (!useDptam) {
    const max = s.crNonDptamMaxPct.value; // CR-5: 200
    const belowDptam = c.profile.dptamPct - s.crDptamGapPct.value; // CR-6: 20 points under DPTAM
    if (level > max) level = max;
    if (level > belowDptam) level = belowDptam;
  }
  const floor = s.crFloorPct.value; // CR-1: 100
  return level < floor ? floor : level;
}

/** Step 5: the complementary reimbursement. */
interface Mutuelle {
  /** Ticket modérateur: bre − AMO in parcours. */
  tm: number;
  /** What the complementary pays. */
  paid: number;
  /** Effective level (percent of the BR, Sécu included), for fullyCoveredUpTo; 0 without one. */
  level: number;
  /** What the complementary deducts as the AMO's share (the AMO in parcours, or gross). */
  deducted: number;
}

/** Step 5 (rules §2): the complementary reimbursement; null when it cannot be estimated. */
function mutuelle(c: Ctx, sc: Scenario, b: Base, a: Amo): Mutuelle | null {
  const p = c.profile;
  const tm = b.bre - a.inParcours;
  if (p.ame) return { tm, paid: 0, level: 0, deducted: a.inParcours }; // AME: no complementary
  if (p.css) {
    const paid = c.assume.CSS_COVERS_MAJORATION ? b.bre - a.gross : tm;
    cite(c, P_R_9);
    note(c, 'cssComplementary');
    return { tm, paid: paid < 0 ? 0 : paid, level: 0, deducted: a.inParcours };
  }
  if (!p.hasMutuelle) return { tm, paid: 0, level: 0, deducted: a.inParcours };
  const useDptam = doctorLineUsesDptam(c, sc.sector);
  const raw = useDptam ? p.dptamPct : p.nonDptamPct;
  const level = responsableLevel(c, raw, useDptam);
  const deducted = !p.responsable && c.assume.NON_RESPONSABLE_COVERS_MAJORATION ? a.gross : a.inParcours;
  const da = daExclusion(c, sc, b);
  if (da < 0) return null;
  const paid = mutuellePart(b.fee, b.bre, deducted, level, da);
  if (level !== raw && mutuellePart(b.fee, b.bre, deducted, raw, da) !== paid) {
    if (level < raw) {
      cite(c, P_CR_5);
      cite(c, P_CR_6);
      note(c, 'responsableNonDptamCap', 'requestedPct', raw, 'appliedPct', level);
    } else {
      cite(c, P_CR_1);
      note(c, 'responsableFloor', 'requestedPct', raw, 'appliedPct', level);
    }
  }
  if (da > 0) {
    cite(c, P_CR_4);
    cite(c, P_DA_1);
    note(c, 'responsableExcludesDa');
  }
  if (a.majoration > 0 && deducted === a.inParcours) {
    cite(c, P_CR_3);
    note(c, 'majorationNotCovered');
  }
  return { tm, paid, level, deducted };
}

/**
 * Step 5, caps (CR-4): the part of a hors-parcours specialist's dépassement a contrat
 * responsable may not cover (up to the DA amount); -1 when it cannot be estimated.
 */
function daExclusion(c: Ctx, sc: Scenario, b: Base): number {
  const pc = sc.parcours;
  if (!pc.out || pc.isGp || !c.profile.responsable || !c.assume.APPLY_CR4_EXCLUSION || b.fee <= b.bre) return 0;
  const coord = s1Tariff(c, pc.family, true, sc.alternativeTariff);
  const plain = s1Tariff(c, pc.family, false, sc.alternativeTariff);
  if (coord < 0 || plain < 0) return -1;
  const daCap = roundDaCap(c, (coord * c.snap.daCapPermille.value) / 1000) - plain;
  const da = b.fee - b.bre < daCap ? b.fee - b.bre : daCap;
  return da < 0 ? 0 : da;
}

/** The notes on a dépassement (what the patient pays above the base). */
function depassementNotes(c: Ctx, sc: Scenario, b: Base): void {
  if (b.fee <= b.bre || !b.conventionne) return;
  const pc = sc.parcours;
  if (sc.sector === S1 && !(pc.out && !pc.isGp)) {
    cite(c, P_DE_1);
    note(c, 'secteur1Depassement');
  }
  if (c.profile.ame) note(c, 'ameDepassement');
}

/** Step 6: the hors-parcours majoration the patient pays. */
function majorationPaid(c: Ctx, a: Amo, m: Mutuelle): number {
  // All of it, unless an alternative assumption lets the complementary cover it (what it pays
  // beyond the ticket modérateur goes there first).
  if (m.deducted !== a.inParcours || (c.profile.css && c.assume.CSS_COVERS_MAJORATION)) {
    const covered = m.paid - m.tm;
    if (covered > 0) return covered < a.majoration ? a.majoration - covered : 0;
  }
  return a.majoration;
}

/**
 * For fullyCoveredUpTo: the highest fee, on a given base, whose out-of-pocket is only the PF
 * and the majoration; -1 when even a fee equal to the base leaves part of the ticket
 * modérateur to the patient (no mutuelle, or a level under 100 %).
 */
function coverLimit(c: Ctx, base: number, tauIn: number, level: number, daExcluded: boolean): number {
  const p = c.profile;
  let lim = p.css ? base : rateOf(tauIn, base); // the CSS tops up to 100 % of the base
  if (!p.ame && !p.css && p.hasMutuelle) {
    const byLevel = rateOf(level, base);
    if (byLevel > lim) lim = byLevel;
  }
  if (lim < base) return -1;
  // CR-4: any dépassement of a hors-parcours specialist is partly excluded.
  return daExcluded ? base : lim;
}

function daExcludedFor(c: Ctx, pc: Parcours): boolean {
  const p = c.profile;
  return pc.out && !pc.isGp && p.hasMutuelle && p.responsable && c.assume.APPLY_CR4_EXCLUSION && !p.css && !p.ame;
}

/** fullyCoveredUpTo: the highest fee whose out-of-pocket is only PF + majoration. */
function fullyCoveredUpTo(c: Ctx, sc: Scenario, b: Base, rate: Rate, level: number): number {
  if (b.conventionne && boundToOpposable(c) && c.assume.CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE) return b.opposable;
  const pc = sc.parcours;
  const daEx = daExcludedFor(c, pc);
  let fcu: number;
  if (!b.conventionne || sc.sector !== NON_OPTAM) {
    let br = b.br;
    if (b.conventionne && coordinatedTariffWithoutDa(sc.sector, pc)) {
      // Up to the coordinated tariff, the fee is the tariff billed: that is the base.
      const co = s1Tariff(c, pc.family, true, sc.alternativeTariff);
      if (co > br) br = co;
    }
    fcu = coverLimit(c, br, rate.inParcours, level, daEx);
  } else if (!b.s1Codes) {
    fcu = coverLimit(c, b.nonOptam, rate.inParcours, level, daEx);
  } else if (coverLimit(c, b.s1, rate.inParcours, level, daEx) < 0) {
    fcu = -1;
  } else {
    // Up to the tarif opposable the secteur 1 codes apply; above, the non-OPTAM base.
    const nb = b.nonOptam >= 0 ? b.nonOptam : nonOptamBase(c, sc, true);
    const lb = nb >= 0 ? coverLimit(c, nb, rate.inParcours, level, daEx) : -1;
    fcu = lb > b.s1 ? lb : b.s1;
  }
  return fcu < 0 ? 0 : fcu;
}

/**
 * One fully determined case: steps 2 to 6 of rules §2 in turn, after the specialty's parcours
 * (step 1, the same for every sector and fee). `fee` < 0 = not shown. Null when the case cannot
 * be estimated (ctx.failure says why).
 */
export function doctorAmounts(c: Ctx, sc: Scenario, fee: number): Amounts | null {
  if (c.tele && sc.parcours.out && c.assume.TELECONSULTATION_HORS_PARCOURS === 'not-reimbursed') {
    if (fee < 0) {
      fail(c, 'teleconsultationHorsParcours');
      return null;
    }
    citeTeleHorsParcours(c);
    return notReimbursedAmounts(fee);
  }
  const b = base(c, sc, fee);
  if (!b) return null;
  const rate = amoRate(c, sc.parcours, b.conventionne);
  const a = amo(c, rate, b.bre);
  const pf = participationForfaitaire(c, a.gross, b.conventionne);
  const m = mutuelle(c, sc, b, a);
  if (!m) return null;
  depassementNotes(c, sc, b);
  const majoration = majorationPaid(c, a, m);
  const r = rest(b.fee, a.gross, pf, m.paid, m.tm, majoration);
  return {
    fee: b.fee,
    brss: b.bre,
    amoRate: rate.applied,
    amoGross: a.gross,
    participationForfaitaire: pf,
    franchise: 0,
    amo: a.gross - pf,
    mutuelle: m.paid,
    outOfPocket: r.outOfPocket,
    fullyCoveredUpTo: fullyCoveredUpTo(c, sc, b, rate, m.level),
    majoration,
    uncoveredTicketModerateur: r.uncoveredTm,
    uncoveredExcess: r.uncoveredExcess,
  };
}
