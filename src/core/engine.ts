// The calculation (docs/reimbursement.md §2, steps 1–6) for one fully determined case — one
// sector, one tariff family, one fee — and the envelope over the cases an input leaves open
// (unknown sector, GP or specialist, PSY-5, a fee range). Integer cents throughout.
import * as A from './assumptions';
import { parseDay } from './dates';
import { isBrssMutuelle, isObject, isOptionalBool, MAX_FEE_CENTS, PROFILE_FIELD_NAMES, PROFILE_FIELDS } from './limits';
import type { NOTE_PARAMS, NoteCode } from './notes';
import type { Family, SpecialtyInfo } from './specialties';
import { canonicalKey, NOT_SOURCED_SPECIALTIES, professionOf, specialtyInfo } from './specialties';
import { estimateProfession } from './professions';
import {
  addSource,
  getParameter,
  paramIndex,
  snapshotFor,
  sourcesFor,
  type SourceSet,
  TABLE_START,
  TARIFF_VERSION,
  VERIFIED_THROUGH,
  type Resolved,
  type Snapshot,
} from './tariffs';
import type { Estimate, EstimateInput, Money, Note } from './types';

const TABLE_START_DAY = parseDay(TABLE_START);
const VERIFIED_DAY = parseDay(VERIFIED_THROUGH);

/** Rate (percent) × amount (cents), to the nearest cent, halves up (assumption §4.13). */
export function rateOf(pct: number, cents: number): number {
  // The epsilon keeps an exact half computed as x.4999999 (non-integer levels) rounding up.
  return Math.round((pct * cents) / 100 + 1e-7);
}

// Sector codes inside the engine.
const S1 = 0;
const OPTAM = 1;
const NON_OPTAM = 2;
const S3 = 3;
type SectorCode = 0 | 1 | 2 | 3;

/** The validated profile the rules read (professions.ts reads a part of it). */
export interface Profile {
  age: number;
  mt: boolean;
  referred: boolean;
  ald: boolean;
  maternity: boolean;
  alsace: boolean;
  css: boolean;
  ame: boolean;
  hasMutuelle: boolean;
  lD: number;
  lN: number;
  responsable: boolean;
}

type Params = Record<string, string | number>;

/** Per-estimate state: validated input, notes and sources collected, the first failure. */
interface Ctx {
  day: number;
  snap: Snapshot;
  tele: boolean;
  p: Profile;
  /** EstimateInput.isMedecinTraitant: is the GP on the page the one the user marked? */
  gpMt: boolean | undefined;
  notes: Note[];
  /** Parameters used, for `tariff.sources`. */
  sources: SourceSet;
  fail: Note | null;
  /** Secteur 1 tariff of the last scenario run (the non-OPTAM base switch point). */
  lastS1: number;
  /**
   * "spécialiste" (which specialty unknown): the non-OPTAM base of the candidate specialty this
   * scenario stands for (null: the generic CS, SP-5). Rules §2 step 2, issue 15 point 4.
   */
  genericNonOptam: Resolved | null;
  /** A scenario used a candidate's non-OPTAM base (genericNonOptam): the note says so. */
  genericNonOptamUsed: boolean;
}

/** One scenario's money fields, the Estimate's (an array: the envelope spans it by index). */
type Amounts = [
  fee: number, brss: number, amoRate: number, amoGross: number, participationForfaitaire: number, amo: number,
  mutuelle: number, outOfPocket: number, fullyCoveredUpTo: number, majoration: number,
  uncoveredTicketModerateur: number, uncoveredExcess: number,
];
const N = 12;

/** `['a', 'b']` → `['a', value, 'b', value]`: a note's parameters as names and values in turn. */
type NameValues<T extends readonly string[]> = T extends readonly [infer K extends string, ...infer R extends readonly string[]]
  ? [K, string | number, ...NameValues<R>]
  : [];
/** The parameters a note code takes, checked at compile time against NOTE_PARAMS. */
type NoteArgs<C extends NoteCode> = NameValues<(typeof NOTE_PARAMS)[C]>;

/** Adds a note unless the same one is there (compared without allocating). */
function note<C extends NoteCode>(c: Ctx, code: C, ...params: NoteArgs<C>): void;
function note(c: Ctx, code: NoteCode, k1?: string, v1?: string | number, k2?: string, v2?: string | number): void {
  const list = c.notes;
  for (let i = 0; i < list.length; i++) {
    const n = list[i]!;
    if (n.code !== code) continue;
    const ps = n.params;
    if (k1 === undefined) {
      if (!ps) return;
    } else if (ps && ps[k1] === v1 && (k2 === undefined || ps[k2] === v2)) return;
  }
  if (k1 === undefined) {
    list.push({ code });
    return;
  }
  const params: Params = { [k1]: v1! };
  if (k2 !== undefined) params[k2] = v2!;
  list.push({ code, params });
}

function cite(c: Ctx, index: number): void {
  addSource(c.sources, index);
}

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

/** Records the first reason the estimate cannot be made; returns -1 for the caller to pass on. */
function fail<C extends NoteCode>(c: Ctx, code: C, ...params: NoteArgs<C>): -1;
function fail(c: Ctx, code: NoteCode, k1?: string, v1?: string | number): -1 {
  if (!c.fail) c.fail = k1 === undefined ? { code } : { code, params: { [k1]: v1! } };
  return -1;
}

/** A resolved value, cited; fails with `paramId` when no sourced value covers the day. */
function use(c: Ctx, r: Resolved, paramId: string): number {
  if (Number.isNaN(r.value)) return fail(c, 'tariffNotSourced', 'paramId', paramId);
  cite(c, r.index);
  return r.value;
}

const GP_TELE_FROM = getParameter('GP-8')!.values[0]!.from; // TCG's first day
// TC-1: the days a specialist's teleconsultation is billed at the face-to-face tariff (ameli 2018).
const TC_1 = getParameter('TC-1')!.values[0]!;
const TC_1_FROM = parseDay(TC_1.from);
const TC_1_UNTIL = parseDay(TC_1.until!);
const P_TC_1 = paramIndex('TC-1');

/** A specialist's teleconsultation on a day TC-1 covers: computed as the face-to-face consultation. */
function specialistTeleAsInPerson(c: Ctx): boolean {
  return c.day >= TC_1_FROM && c.day <= TC_1_UNTIL;
}

/**
 * Secteur 1 / OPTAM / tarif opposable tariff (rules §2 step 2), or -1 (ctx.fail set). `variant`:
 * the second scenario of a family whose tariff the sources leave open — PSY-5 (psychiatry, young
 * patient) or CAR-1/alt (cardiology).
 */
function s1Tariff(c: Ctx, family: Family, coordinated: boolean, variant: boolean): number {
  const young = variant;
  const s = c.snap;
  const age = c.p.age;
  if (c.tele && family !== 'gp') {
    if (!specialistTeleAsInPerson(c)) return fail(c, 'teleconsultationSpecialist', 'untilDate', TC_1.until!);
    cite(c, P_TC_1);
  } else if (c.tele) {
    if (Number.isNaN(s.gpTele.value)) return fail(c, 'teleconsultationNotReimbursed', 'fromDate', GP_TELE_FROM);
    if (age < 6 && !A.TELECONSULTATION_SAME_TARIFF_ALL_AGES) return fail(c, 'tariffNotSourced', 'paramId', 'GP-8');
    return use(c, s.gpTele, 'GP-8');
  }
  switch (family) {
    case 'gp':
      return age < 6 ? use(c, s.gpS1Under6, 'GP-5') : use(c, s.gpS1, 'GP-1');
    case 'generic':
      return coordinated ? use(c, s.spCoordinated, 'SP-1') : use(c, s.spBase, 'SP-4');
    case 'psy':
      if (young) return use(c, s.psyYoung, 'PSY-5');
      return coordinated ? use(c, s.psyCoordinated, 'PSY-1') : use(c, s.psyBase, 'PSY-2');
    case 'ped':
      // Under 16 only (older patients are moved to 'generic' before).
      if (age < 2) return use(c, s.pedUnder2, 'PED-1');
      return age < 6 ? use(c, s.ped2to5, 'PED-2') : use(c, s.ped6to15, 'PED-3');
    case 'gyn':
      return coordinated ? use(c, s.gynCoordinated, 'GYN-1') : use(c, s.gynBase, 'GYN-2');
    case 'ger': {
      const r = coordinated ? s.gerCoordinated : s.gerBase;
      if (Number.isNaN(r.value) && A.GERIATRICS_GENERIC_BEFORE_GER1) {
        return coordinated ? use(c, s.spCoordinated, 'SP-1') : use(c, s.spBase, 'SP-4');
      }
      return use(c, r, 'GER-1');
    }
    case 'mpr':
      return coordinated ? use(c, s.mprCoordinated, 'MPR-1') : use(c, s.mprBase, 'MPR-1/base');
    case 'car':
      // `variant`: the other printed value of the coordinated tariff (CAR-1/alt), when it exists.
      if (!coordinated) return use(c, s.carBase, 'CAR-1/CSC');
      return variant && !Number.isNaN(s.carCoordinatedAlt.value)
        ? use(c, s.carCoordinatedAlt, 'CAR-1/alt')
        : use(c, s.carCoordinated, 'CAR-1');
  }
}

/**
 * Base for a secteur 2 non-OPTAM doctor billing a dépassement (§2 step 2), or -1. `quiet`: do
 * not record a failure (used for fullyCoveredUpTo, which can do without it).
 */
function nonOptamBase(c: Ctx, family: Family, quiet: boolean, noBase = ''): number {
  const s = c.snap;
  if (c.tele && (family === 'gp' || !specialistTeleAsInPerson(c))) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'GP-9');
  if (noBase) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', noBase);
  switch (family) {
    case 'gp':
      return c.p.age < 6 ? use(c, s.gpNonOptamUnder6, 'GP-6') : use(c, s.gpNonOptam, 'GP-4');
    case 'gyn':
      cite(c, P_SP_6);
      return use(c, s.spNonOptam, 'SP-5');
    case 'generic':
      if (c.genericNonOptam) {
        if (!quiet) c.genericNonOptamUsed = true; // the base itself, not only fullyCoveredUpTo
        return use(c, c.genericNonOptam, c.genericNonOptam.id);
      }
      return use(c, s.spNonOptam, 'SP-5');
    case 'ger':
    case 'mpr': // code C for every secteur 2 non-OPTAM specialist since 2024-12-22 (SP-5)
      return use(c, s.spNonOptam, 'SP-5');
    case 'psy':
      return use(c, s.psyNonOptam, 'PSY-3');
    case 'car':
      if (!A.USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE) return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'CAR-2');
      return use(c, s.carNonOptam, 'CAR-2');
    case 'ped':
      return quiet ? -1 : fail(c, 'tariffNotSourced', 'paramId', 'PED-4');
  }
}

function ceilEuro(cents: number): number {
  return Math.ceil(cents / 100 - 1e-9) * 100;
}

function roundDaCap(cents: number): number {
  if (A.DA_CAP_ROUNDING === 'ceil') return ceilEuro(cents);
  return (A.DA_CAP_ROUNDING === 'round' ? Math.round(cents / 100) : Math.floor(cents / 100)) * 100;
}

/** Step 1: where the patient stands in the parcours de soins. */
interface Parcours {
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
  /** Old enough for the parcours rules. */
  inParcoursAge: boolean;
  /** The id of the missing non-OPTAM base when the specialty has none sourced (neurology), else ''. */
  noNonOptamBase: string;
}

/** The id cited when a specialty has no sourced non-OPTAM base of its own (neurology: docs §1). */
const NO_NON_OPTAM_BASE_ID = 'NEU-2';

/** Step 1 (rules §2): parcours de soins and coordination; null when it cannot be estimated. */
function parcours(c: Ctx, spec: SpecialtyInfo): Parcours | null {
  const p = c.p;
  let family = spec.family;
  if (family === 'ped' && p.age >= 16) {
    if (!A.PEDIATRICIAN_FROM_16_GENERIC) {
      fail(c, 'tariffNotSourced', 'paramId', 'PED-3');
      return null;
    }
    family = 'generic';
    note(c, 'pediatricianAdultTariff');
  }
  const isGp = family === 'gp';
  const inParcoursAge = p.age >= c.snap.parcoursMinAge.value; // 16
  const referred = p.referred && (p.mt || !A.REFERRAL_REQUIRES_MEDECIN_TRAITANT);
  const accesDirect =
    !isGp && (spec.accesDirect === 'always' || (spec.accesDirect === 'age16to25' && p.age >= 16 && p.age <= 25));
  const accesDirectOk = accesDirect && (p.mt || !A.ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT);
  // A GP the user marked (or did not) settles it; unmarked, the profile's declaration decides.
  const gpOut = c.gpMt !== undefined ? !c.gpMt : !(p.mt && A.GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED);
  const wouldBeOut = isGp ? gpOut : !referred && !accesDirectOk;
  const coordinated = !isGp && (referred || (accesDirectOk && A.COORDINATED_IN_ACCES_DIRECT));
  let out = wouldBeOut;
  if (!inParcoursAge) {
    out = false;
    if (wouldBeOut) {
      note(c, 'under16NoPenalty');
      cite(c, P_R_4);
    }
  } else if (p.ame && A.AME_IGNORES_PARCOURS) {
    out = false;
  }
  if (!isGp && p.referred && !referred) note(c, 'referralWithoutMedecinTraitant');
  const noNonOptamBase = spec.nonOptamBase === false ? NO_NON_OPTAM_BASE_ID : '';
  return { family, isGp, referred, accesDirect, accesDirectOk, coordinated, out, inParcoursAge, noNonOptamBase };
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
 * it (issue 15 point 3). Hors parcours the MCS cannot be billed: an adult keeps the DA rule (DA-1,
 * B6), a CSS patient the cut to the non-coordinated tariff (CSS-1).
 */
function coordinatedTariffWithoutDa(sector: SectorCode, pc: Parcours): boolean {
  return sector === S1 && !pc.coordinated && !pc.isGp && !pc.out;
}

/** The doctor must bill the tarif opposable (CSS, or AME when it allows no dépassement). */
function boundToOpposable(p: Profile): boolean {
  return p.css || (p.ame && !A.AME_ALLOWS_DEPASSEMENT);
}

/** Step 2 (rules §2): fee and base; null when it cannot be estimated (ctx.fail says why). */
function base(c: Ctx, sector: SectorCode, pc: Parcours, young: boolean, fee: number): Base | null {
  const s = c.snap;
  const p = c.p;
  let s1 = s1Tariff(c, pc.family, pc.coordinated, young);
  if (s1 < 0) return null;
  if (fee > s1 && coordinatedTariffWithoutDa(sector, pc)) {
    // A secteur 1 doctor may bill above the tariff only with a DA (adult hors parcours) or a DE.
    // For a patient in the parcours (no DA applies), a displayed fee up to the coordinated
    // tariff is that tariff, billed (issue 15 point 3): 31.50 shown by a secteur 1
    // dermatologist to a child not referred is CS 26.50 + MCS 5, not 5.00 of dépassement.
    const coordinatedTariff = s1Tariff(c, pc.family, true, young);
    if (coordinatedTariff < 0) return null;
    if (coordinatedTariff > s1) {
      s1 = fee < coordinatedTariff ? fee : coordinatedTariff;
      note(c, 'secteur1CoordinatedTariff', 'feeCents', s1);
    }
  }
  if (c.tele && pc.out && A.TELECONSULTATION_HORS_PARCOURS === 'unknown') {
    fail(c, 'teleconsultationHorsParcours');
    return null;
  }
  c.lastS1 = s1;
  const s1Codes = sector !== NON_OPTAM || !Number.isNaN(s.nonOptamS1Codes.value);
  if (sector === S3) {
    const ta = c.tele ? fail(c, 'tariffNotSourced', 'paramId', 'S3-1') : use(c, pc.isGp ? s.taGp : s.taSpecialist, 'S3-1');
    if (ta < 0) return null;
    const f = fee >= 0 ? fee : A.SECTEUR3_FLOOR_AT_SECTOR1_TARIFF ? s1 : ta;
    // The tarif d'autorité depends on the town: the computation takes the top (S3-1/S3-2), the
    // note gives the range quoted (S3-1/low, S3-2/low), issue 15 point 5.
    const low = pc.isGp ? s.taGpLow : s.taSpecialistLow;
    if (!Number.isNaN(low.value) && low.value < ta) {
      cite(c, low.index);
      note(c, 'secteur3TarifAutorite', 'lowCents', low.value, 'highCents', ta);
    } else note(c, 'secteur3TarifAutorite', 'lowCents', ta, 'highCents', ta);
    if (p.css) note(c, 'cssNonConventionne');
    return { s1, fee: f, br: ta, bre: ta < f ? ta : f, opposable: ta, nonOptam: -1, conventionne: false, s1Codes };
  }
  let nonOptam = -1;
  if (!s1Codes) {
    nonOptam = nonOptamBase(c, pc.family, false, pc.noNonOptamBase);
    if (nonOptam < 0) return null;
  }
  const to = s1Codes ? s1 : nonOptam;
  let f: number;
  let br: number;
  if (boundToOpposable(p)) {
    // CSS-1: the doctor must bill the tarif opposable.
    f = fee >= 0 && fee < to ? fee : to;
    br = to;
    if (fee > to) note(c, 'tarifOpposableRequired', 'feeCents', to);
    cite(c, p.css ? P_CSS_1 : P_R_10);
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
      if (nonOptam < 0) nonOptam = nonOptamBase(c, pc.family, false, pc.noNonOptamBase);
      if (nonOptam < 0) return null;
      br = nonOptam;
      note(c, 'nonOptamBase', 'brssCents', nonOptam);
    }
  }
  return { s1, fee: f, br, bre: br < f ? br : f, opposable: to, nonOptam, conventionne: true, s1Codes };
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

/** Step 3 (rules §2): the AMO rate and the hors-parcours majoration. */
function amoRate(c: Ctx, pc: Parcours, conventionne: boolean): Rate {
  const s = c.snap;
  const p = c.p;
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
  } else if (p.alsace) {
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
  let points = 0;
  if (pc.out) {
    points = s.horsParcoursPoints.value; // 40
    if (!p.ald && p.maternity && !A.MATERNITY_HORS_PARCOURS_MAJORATION) points = 0;
    if (!p.ald && !p.maternity && p.alsace && !A.ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION) points = 0;
  }
  const applied = inParcours - points;
  parcoursNotes(c, pc, points, applied);
  return { inParcours, points, applied };
}

/** The notes that explain the parcours' effect on the rate. */
function parcoursNotes(c: Ctx, pc: Parcours, points: number, applied: number): void {
  const p = c.p;
  if (points > 0) {
    cite(c, P_R_2);
    if (p.ald) cite(c, P_R_6);
    if (pc.accesDirect && !pc.accesDirectOk) {
      cite(c, P_R_3);
      note(c, 'accesDirectWithoutMedecinTraitant', 'ratePct', applied);
    } else if (!p.mt) note(c, 'horsParcoursNoMedecinTraitant', 'ratePct', applied);
    else if (pc.isGp) note(c, 'horsParcoursNotMedecinTraitant', 'ratePct', applied);
    else note(c, 'horsParcoursNotReferred', 'ratePct', applied);
  } else if (!pc.out && !pc.isGp && !pc.referred && pc.accesDirectOk && pc.inParcoursAge) {
    cite(c, P_R_3);
    note(c, 'accesDirectSpecifique');
  }
  if (pc.isGp && !pc.out && pc.inParcoursAge) {
    if (c.gpMt === true) note(c, 'gpIsMedecinTraitant');
    else if (c.gpMt === undefined && p.mt) note(c, 'gpAssumedMedecinTraitant');
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
function amo(rate: Rate, bre: number): Amo {
  const inParcours = rateOf(rate.inParcours, bre);
  let majoration = rate.points > 0 ? rateOf(rate.points, bre) : 0;
  const cap = A.HORS_PARCOURS_MAJORATION_CAP_CENTS;
  if (cap !== null && majoration > cap) majoration = cap;
  return { inParcours, majoration, gross: inParcours - majoration };
}

/** Step 4 (rules §2): the participation forfaitaire deducted from the AMO reimbursement. */
function participationForfaitaire(c: Ctx, amoGross: number, conventionne: boolean): number {
  const p = c.p;
  let pf = 0;
  if (!p.css && !p.ame && !p.maternity) {
    if (p.age < c.snap.pfMinAge.value) {
      cite(c, P_PF_6);
      note(c, 'pfExemptUnder18');
    } else if (!conventionne && A.SECTEUR3_PF === 'none') {
      note(c, 'pfNotChargedSecteur3');
    } else {
      pf = use(c, c.snap.pf, 'PF-1');
    }
  }
  if (pf > amoGross) {
    // §4.9: never a negative refund (secteur 3's tarif d'autorité, or a fee of a few cents).
    pf = amoGross;
    note(c, 'pfLimitedToRefund', 'pfCents', pf);
  }
  if (pf > 0) {
    cite(c, P_PF_7);
    note(c, 'participationForfaitaire', 'pfCents', pf);
  }
  return pf;
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
function mutuelle(c: Ctx, sector: SectorCode, pc: Parcours, young: boolean, b: Base, a: Amo): Mutuelle | null {
  const p = c.p;
  const tm = b.bre - a.inParcours;
  if (p.ame) return { tm, paid: 0, level: 0, deducted: a.inParcours }; // AME: no complementary
  if (p.css) {
    const paid = A.CSS_COVERS_MAJORATION ? b.bre - a.gross : tm;
    cite(c, P_R_9);
    note(c, 'cssComplementary');
    return { tm, paid: paid < 0 ? 0 : paid, level: 0, deducted: a.inParcours };
  }
  if (!p.hasMutuelle) return { tm, paid: 0, level: 0, deducted: a.inParcours };
  const useDptam = sector === OPTAM || (sector === S1 && A.SECTEUR1_DEPASSEMENT_LEVEL === 'dptam');
  const raw = useDptam ? p.lD : p.lN;
  const level = responsableLevel(c, raw, useDptam);
  const deducted = !p.responsable && A.NON_RESPONSABLE_COVERS_MAJORATION ? a.gross : a.inParcours;
  const da = daExclusion(c, pc, young, b);
  if (da < 0) return null;
  const byLevel = (pct: number): number => {
    const v = Math.min(b.fee - deducted - da, rateOf(pct, b.bre) - deducted);
    return v < 0 ? 0 : v;
  };
  const paid = byLevel(level);
  if (level !== raw && byLevel(raw) !== paid) {
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

/** Step 5, caps: a contrat responsable's level within its limits (CR-1 floor; CR-5, CR-6 non-DPTAM caps). */
function responsableLevel(c: Ctx, raw: number, useDptam: boolean): number {
  if (!c.p.responsable || !A.APPLY_RESPONSABLE_CAPS) return raw;
  const s = c.snap;
  let level = raw;
  if (!useDptam) {
    const max = s.crNonDptamMaxPct.value; // CR-5: 200
    const belowDptam = c.p.lD - s.crDptamGapPct.value; // CR-6: 20 points under DPTAM
    if (level > max) level = max;
    if (level > belowDptam) level = belowDptam;
  }
  const floor = s.crFloorPct.value; // CR-1: 100
  return level < floor ? floor : level;
}

/**
 * Step 5, caps (CR-4): the part of a hors-parcours specialist's dépassement a contrat
 * responsable may not cover (up to the DA amount); -1 when it cannot be estimated.
 */
function daExclusion(c: Ctx, pc: Parcours, young: boolean, b: Base): number {
  if (!pc.out || pc.isGp || !c.p.responsable || !A.APPLY_CR4_EXCLUSION || b.fee <= b.bre) return 0;
  const coord = s1Tariff(c, pc.family, true, young);
  const plain = s1Tariff(c, pc.family, false, young);
  if (coord < 0 || plain < 0) return -1;
  const daCap = roundDaCap((coord * c.snap.daCapPermille.value) / 1000) - plain;
  const da = b.fee - b.bre < daCap ? b.fee - b.bre : daCap;
  return da < 0 ? 0 : da;
}

/** The notes on a dépassement (what the patient pays above the base). */
function depassementNotes(c: Ctx, sector: SectorCode, pc: Parcours, b: Base): void {
  if (b.fee <= b.bre || !b.conventionne) return;
  if (sector === S1 && !(pc.out && !pc.isGp)) {
    cite(c, P_DE_1);
    note(c, 'secteur1Depassement');
  }
  if (c.p.ame) note(c, 'ameDepassement');
}

/** Step 6: the out-of-pocket and its parts. */
interface Rest {
  outOfPocket: number;
  /** The hors-parcours majoration the patient pays. */
  majoration: number;
  uncoveredTm: number;
  uncoveredExcess: number;
}

/** Step 6 (rules §2): the out-of-pocket and its parts. */
function rest(c: Ctx, fee: number, a: Amo, pf: number, m: Mutuelle): Rest {
  const outOfPocket = fee - (a.gross - pf) - m.paid;
  const uncoveredTm = m.tm > m.paid ? m.tm - m.paid : 0;
  // The majoration the patient pays: all of it, unless an alternative assumption lets the
  // complementary cover it (what it pays beyond the ticket modérateur goes there first).
  let majoration = a.majoration;
  if (m.deducted !== a.inParcours || (c.p.css && A.CSS_COVERS_MAJORATION)) {
    const covered = m.paid - m.tm;
    if (covered > 0) majoration = covered < a.majoration ? a.majoration - covered : 0;
  }
  const excess = outOfPocket - pf - majoration - uncoveredTm;
  return { outOfPocket, majoration, uncoveredTm, uncoveredExcess: excess < 0 ? 0 : excess };
}

/** fullyCoveredUpTo: the highest fee whose out-of-pocket is only PF + majoration. */
function fullyCoveredUpTo(c: Ctx, sector: SectorCode, pc: Parcours, young: boolean, b: Base, rate: Rate, level: number): number {
  if (b.conventionne && boundToOpposable(c.p) && A.CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE) return b.opposable;
  const daEx = daExcludedFor(c, pc.out, pc.isGp);
  let fcu: number;
  if (!b.conventionne || sector !== NON_OPTAM) {
    let br = b.br;
    if (b.conventionne && coordinatedTariffWithoutDa(sector, pc)) {
      // Up to the coordinated tariff, the fee is the tariff billed (point 3): that is the base.
      const co = s1Tariff(c, pc.family, true, young);
      if (co > br) br = co;
    }
    fcu = coverLimit(c, br, rate.inParcours, level, daEx);
  } else if (!b.s1Codes) {
    fcu = coverLimit(c, b.nonOptam, rate.inParcours, level, daEx);
  } else if (coverLimit(c, b.s1, rate.inParcours, level, daEx) < 0) {
    fcu = -1;
  } else {
    // Up to the tarif opposable the secteur 1 codes apply; above, the non-OPTAM base.
    const nb = b.nonOptam >= 0 ? b.nonOptam : nonOptamBase(c, pc.family, true, pc.noNonOptamBase);
    const lb = nb >= 0 ? coverLimit(c, nb, rate.inParcours, level, daEx) : -1;
    fcu = lb > b.s1 ? lb : b.s1;
  }
  return fcu < 0 ? 0 : fcu;
}

/**
 * One fully determined case: steps 2 to 6 of rules §2 in turn, after the specialty's parcours
 * (step 1, the same for every sector and fee). `fee` < 0 = not shown. Null when the case cannot
 * be estimated (ctx.fail says why).
 */
function scenario(c: Ctx, sector: SectorCode, pc: Parcours, young: boolean, fee: number): Amounts | null {
  const b = base(c, sector, pc, young, fee);
  if (!b) return null;
  const rate = amoRate(c, pc, b.conventionne);
  const a = amo(rate, b.bre);
  const pf = participationForfaitaire(c, a.gross, b.conventionne);
  const m = mutuelle(c, sector, pc, young, b, a);
  if (!m) return null;
  depassementNotes(c, sector, pc, b);
  const o = rest(c, b.fee, a, pf, m);
  const fcu = fullyCoveredUpTo(c, sector, pc, young, b, rate, m.level);
  return [
    b.fee, b.bre, rate.applied, a.gross, pf, a.gross - pf,
    m.paid, o.outOfPocket, fcu, o.majoration, o.uncoveredTm, o.uncoveredExcess,
  ];
}

/**
 * For fullyCoveredUpTo: the highest fee, on a given base, whose out-of-pocket is only the PF
 * and the majoration; -1 when even a fee equal to the base leaves part of the ticket
 * modérateur to the patient (no mutuelle, or a level under 100 %).
 */
function coverLimit(c: Ctx, base: number, tauIn: number, level: number, daExcluded: boolean): number {
  const p = c.p;
  let lim = p.css ? base : rateOf(tauIn, base); // the CSS tops up to 100 % of the base
  if (!p.ame && !p.css && p.hasMutuelle) {
    const byLevel = rateOf(level, base);
    if (byLevel > lim) lim = byLevel;
  }
  if (lim < base) return -1;
  // CR-4: any dépassement of a hors-parcours specialist is partly excluded.
  return daExcluded ? base : lim;
}

function daExcludedFor(c: Ctx, out: boolean, isGp: boolean): boolean {
  return out && !isGp && c.p.hasMutuelle && c.p.responsable && A.APPLY_CR4_EXCLUSION && !c.p.css && !c.p.ame;
}

// ------------------------------------------------------------------------------------------
// Input validation

const SECTORS = new Map<unknown, readonly SectorCode[]>([
  ['1', [S1]],
  ['2-optam', [OPTAM]],
  ['2', [NON_OPTAM]],
  ['3', [S3]],
  ['unknown', [S1, OPTAM, NON_OPTAM]],
]);

/** A profession other than doctors: no doctor's tariff family (estimateUnsafe dispatches). */
const NO_SPECS: readonly SpecialtyInfo[] = Object.freeze([]);
const GP_OR_SPECIALIST: readonly SpecialtyInfo[] = [specialtyInfo('generaliste')!, specialtyInfo('specialiste')!];

function unknownEstimate(reason: Note): Estimate {
  return { status: 'unknown', notes: [reason], tariff: { version: TARIFF_VERSION, sources: [] } };
}

function bad<C extends NoteCode>(code: C, ...params: NoteArgs<C>): Estimate;
function bad(code: NoteCode, k1?: string, v1?: string | number): Estimate {
  return unknownEstimate(k1 === undefined ? { code } : { code, params: { [k1]: v1! } });
}

function profileReason(field: string): Note {
  return { code: 'invalidProfile' satisfies NoteCode, params: { field } };
}

/** Validates the profile (the checks the settings repair with, limits.ts); a reason note when unusable. */
function readProfile(v: unknown): Profile | Note {
  if (!isObject(v)) return profileReason('profile');
  for (const field of PROFILE_FIELD_NAMES) if (!PROFILE_FIELDS[field](v[field])) return profileReason(field);
  const m = v.mutuelle;
  if (!isObject(m) || (m.kind !== 'none' && !isBrssMutuelle(m))) return profileReason('mutuelle');
  if (v.css && v.ame) return { code: 'contradictoryProfile' };
  const brss = m.kind === 'brss';
  return {
    age: Math.floor(v.age as number), // whole years
    mt: v.medecinTraitant as boolean,
    referred: v.referred as boolean,
    ald: v.ald as boolean,
    maternity: v.maternity as boolean,
    alsace: v.regime === 'alsace-moselle',
    css: v.css as boolean,
    ame: v.ame as boolean,
    hasMutuelle: brss,
    lD: brss ? (m.dptamPct as number) : 0,
    lN: brss ? (m.nonDptamPct as number) : 0,
    responsable: brss && (m.responsable as boolean),
  };
}

// ------------------------------------------------------------------------------------------
// The envelope over scenarios

// The lowest and highest of each money field over the scenarios, in Amounts' order.
const lo = new Float64Array(N);
const hi = new Float64Array(N);

function accumulate(a: Amounts, first: boolean): void {
  for (let i = 0; i < N; i++) {
    const v = a[i]!;
    if (first || v < lo[i]!) lo[i] = v;
    if (first || v > hi[i]!) hi[i] = v;
  }
}

/** Runs one scenario into the envelope (`first`: it starts it); false when it cannot be estimated. */
function spanScenario(c: Ctx, sector: SectorCode, pc: Parcours, young: boolean, fee: number, first: boolean): boolean {
  const a = scenario(c, sector, pc, young, fee);
  if (!a) return false;
  accumulate(a, first);
  return true;
}

/** The envelope's money fields, named as in Amounts. */
function spanned() {
  const m = (i: number): Money => ({ min: lo[i]!, max: hi[i]! });
  return {
    fee: m(0), brss: m(1), amoRate: m(2), amoGross: m(3), participationForfaitaire: m(4), amo: m(5), mutuelle: m(6),
    outOfPocket: m(7), fullyCoveredUpTo: m(8), majoration: m(9), uncoveredTicketModerateur: m(10), uncoveredExcess: m(11),
  };
}

/** A valid input, read: what the envelope runs its scenarios over. */
interface Case {
  day: number;
  sectors: readonly SectorCode[];
  specs: readonly SpecialtyInfo[];
  /** The specialty key as canonicalKey folds it. */
  folded: string;
  /** Fee shown, cents; both -1 when not shown. */
  feeMin: number;
  feeMax: number;
  profile: Profile;
}

/** Validates the input, profile included; an "unknown" estimate saying why when unusable. */
function readCase(input: EstimateInput): Case | Estimate {
  if (!isObject(input)) return bad('invalidInput');
  const day = parseDay(input.date);
  if (day < 0) return bad('invalidDate');
  if (day < TABLE_START_DAY) return bad('dateBeforeTable', 'firstDate', TABLE_START);
  if (day > VERIFIED_DAY && !A.USE_LATEST_VALUES_AFTER_VERIFIED) return bad('tariffNotVerified', 'verifiedDate', VERIFIED_THROUGH);
  const sectors = SECTORS.get(input.sector);
  if (!sectors) return bad('invalidSector');
  if (input.act !== 'consultation' && input.act !== 'teleconsultation') return bad('invalidAct');
  if (typeof input.specialty !== 'string') return bad('unknownSpecialty');
  const folded = canonicalKey(input.specialty);
  const specs = specialtiesOf(folded);
  if (!Array.isArray(specs)) return specs as Estimate;
  const feeIn = input.feeCents as unknown;
  let feeMin = -1;
  let feeMax = -1;
  if (feeIn !== null) {
    if (!isObject(feeIn)) return bad('invalidFee');
    const a = feeIn.min;
    const b = feeIn.max;
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a) {
      return bad('invalidFee');
    }
    if (b > MAX_FEE_CENTS) return bad('feeTooHigh', 'maxCents', MAX_FEE_CENTS);
    feeMin = a;
    feeMax = b;
  }
  if (!isOptionalBool(input.isMedecinTraitant)) return bad('invalidInput');
  const profile = readProfile(input.profile);
  if ('code' in profile) return unknownEstimate(profile);
  return { day, sectors, specs, folded, feeMin, feeMax, profile };
}

/** The tariff families a specialty key stands for (GP or specialist for "medecin"), or why none. */
function specialtiesOf(folded: string): readonly SpecialtyInfo[] | Estimate {
  if (folded === 'non-medical') return bad('nonMedical');
  if (professionOf(folded)) return NO_SPECS; // src/core/professions.ts
  if (folded === 'medecin') return GP_OR_SPECIALIST;
  const info = specialtyInfo(folded);
  if (info) return [info];
  const missing = Object.prototype.hasOwnProperty.call(NOT_SOURCED_SPECIALTIES, folded)
    ? NOT_SOURCED_SPECIALTIES[folded]
    : undefined;
  return missing ? bad('tariffNotSourced', 'paramId', missing) : bad('unknownSpecialty');
}

/** See index.ts. Throws only on a bug (index.ts wraps it). */
export function estimateUnsafe(input: EstimateInput): Estimate {
  const k = readCase(input);
  if (!('sectors' in k)) return k;
  const profession = k.specs === NO_SPECS ? professionOf(k.folded) : undefined;
  if (profession) {
    return estimateProfession(profession, {
      day: k.day, sector: input.sector, tele: input.act === 'teleconsultation', feeMin: k.feeMin, feeMax: k.feeMax, profile: k.profile,
    });
  }
  const c: Ctx = {
    day: k.day,
    snap: snapshotFor(k.day),
    tele: input.act === 'teleconsultation',
    p: k.profile,
    gpMt: input.isMedecinTraitant,
    notes: [],
    sources: { s0: 0, s1: 0, s2: 0 },
    fail: null,
    lastS1: 0,
    genericNonOptam: null,
    genericNonOptamUsed: false,
  };
  if (input.sector === 'unknown') note(c, 'sectorUnknown');
  if (k.specs.length > 1) note(c, 'specialtyUnknown');
  else if (k.folded === 'specialiste') note(c, 'genericSpecialistTariff');

  const env = envelope(c, k);
  if (!env) return unknownEstimate(c.fail!);
  let anyRange = false;
  for (let i = 0; i < N; i++) if (lo[i] !== hi[i]) anyRange = true;
  const status = env.feeUnknown
    ? 'fee-unknown'
    : input.sector === 'unknown' || k.specs.length > 1 || anyRange
      ? 'range'
      : 'exact';
  if (env.youngVariant && status !== 'exact') note(c, 'youngPatientPsychiatryRange', 'paramId', 'PSY-5');
  if (env.cardiologyVariant && status !== 'exact') {
    note(c, 'cardiologyTariffRange', 'lowCents', c.snap.carCoordinated.value, 'highCents', c.snap.carCoordinatedAlt.value);
  }
  if (env.genericNonOptam && c.genericNonOptamUsed) {
    // Issue 15 point 4: the candidates' bases, and those that have none sourced (PED-4, NEU-2).
    note(c, 'genericSpecialistNonOptamRange', 'lowCents', env.genericNonOptam.low, 'highCents', env.genericNonOptam.high);
  }
  if (k.feeMin < 0) note(c, status === 'fee-unknown' ? 'feeNotShownFloor' : 'feeNotShown');
  if (k.day > VERIFIED_DAY) note(c, 'tariffNotVerifiedAfter', 'verifiedDate', VERIFIED_THROUGH);

  return {
    status,
    ...spanned(),
    notes: c.notes,
    tariff: { version: TARIFF_VERSION, sources: sourcesFor(c.sources, k.day) },
  };
}

/** What the envelope learnt while running the scenarios (for the notes). */
interface Envelope {
  feeUnknown: boolean;
  youngVariant: boolean;
  cardiologyVariant: boolean;
  /** The span of the candidate non-OPTAM bases of an unknown specialty, when it was run. */
  genericNonOptam: { low: number; high: number } | null;
}

/**
 * The non-OPTAM bases a "spécialiste" of unknown specialty may have (issue 15 point 4): the
 * generic CS (SP-5: gynaecology, geriatrics, MPR and the generic keys too), psychiatry (PSY-3) and
 * cardiology (CAR-2). Paediatrics (PED-4) and neurology (NEU-2) have none sourced: the note says so.
 */
function genericNonOptamCandidates(s: Snapshot): (Resolved | null)[] {
  const out: (Resolved | null)[] = [null];
  if (!Number.isNaN(s.psyNonOptam.value)) out.push(s.psyNonOptam);
  if (A.USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE && !Number.isNaN(s.carNonOptam.value)) out.push(s.carNonOptam);
  return out;
}

/**
 * Runs every scenario the input leaves open into lo/hi; null when one cannot be estimated
 * (ctx.fail says why). `feeUnknown`: some scenario's fee is not bounded by a tariff.
 */
function envelope(c: Ctx, k: Case): Envelope | null {
  const p = c.p;
  let runs = 0;
  let feeUnknown = false;
  let youngVariant = false;
  let cardiologyVariant = false;
  let genericNonOptam: Envelope['genericNonOptam'] = null;
  const run = (sector: SectorCode, pc: Parcours, young: boolean, fee: number): boolean =>
    spanScenario(c, sector, pc, young, fee, runs++ === 0);
  const unknownSpecialist = k.folded === 'specialiste' || k.folded === 'medecin';
  for (const spec of k.specs) {
    const pc = parcours(c, spec);
    if (!pc) return null;
    let variants = 1;
    if (spec.youngPatientTariff && A.PSY5 === 'range' && p.age <= A.PSY5_MAX_AGE && !c.tele && !Number.isNaN(c.snap.psyYoung.value)) {
      variants = 2;
      youngVariant = true;
    } else if (pc.family === 'car' && !Number.isNaN(c.snap.carCoordinatedAlt.value)) {
      variants = 2; // CAR-1 51.00 or CAR-1/alt 52.50: the sources disagree
      cardiologyVariant = true;
    }
    for (let v = 0; v < variants; v++) {
      const young = v === 1;
      for (const sector of k.sectors) {
        const alts = sector === NON_OPTAM && unknownSpecialist && pc.family === 'generic' ? genericNonOptamCandidates(c.snap) : NO_ALTS;
        for (const alt of alts) {
          c.genericNonOptam = alt;
          if (alts.length > 1) {
            const base = alt ? alt.value : c.snap.spNonOptam.value;
            if (!genericNonOptam) genericNonOptam = { low: base, high: base };
            else if (base < genericNonOptam.low) genericNonOptam.low = base;
            else if (base > genericNonOptam.high) genericNonOptam.high = base;
          }
          const r = alt ? candidateScenarios(sector, pc, young) : sectorScenarios(sector, pc, young);
          c.genericNonOptam = null;
          if (r === null) return null;
          if (r) feeUnknown = true;
        }
      }
    }
  }
  return { feeUnknown, youngVariant, cardiologyVariant, genericNonOptam };

  /** The scenarios of one sector (fee bounds and the non-OPTAM switch point); null on failure, else whether the fee is unbounded. */
  function sectorScenarios(sector: SectorCode, pc: Parcours, young: boolean): boolean | null {
    if (k.feeMin < 0) {
      if (!run(sector, pc, young, -1)) return null;
      return sector !== S1 && !(boundToOpposable(p) && sector !== S3);
    }
    if (!run(sector, pc, young, k.feeMin)) return null;
    if (k.feeMax === k.feeMin) return false;
    // Out-of-pocket is non-decreasing in the fee except where a non-OPTAM doctor leaves
    // the tarif opposable (the base drops to the non-OPTAM base): evaluate both sides.
    const t = c.lastS1;
    if (sector === NON_OPTAM && t >= k.feeMin && t < k.feeMax) {
      if (!run(sector, pc, young, t) || !run(sector, pc, young, t + 1)) return null;
    }
    if (!run(sector, pc, young, k.feeMax)) return null;
    return false;
  }

  /**
   * An unknown specialty's other candidate non-OPTAM base (after the generic one, whose runs set
   * c.lastS1): with the secteur 1 codes (TO-1), a fee up to the tarif opposable gives the same
   * money whatever the candidate, and fullyCoveredUpTo is the same at every fee; so only the fees
   * above it need running, or one run when there are none. Same envelope, fewer runs.
   */
  function candidateScenarios(sector: SectorCode, pc: Parcours, young: boolean): boolean | null {
    const t = c.lastS1;
    if (k.feeMin < 0 || Number.isNaN(c.snap.nonOptamS1Codes.value)) return sectorScenarios(sector, pc, young);
    if (k.feeMax <= t) return run(sector, pc, young, k.feeMax) ? false : null;
    const above = k.feeMin > t ? k.feeMin : t + 1;
    if (!run(sector, pc, young, above)) return null;
    if (k.feeMax !== above && !run(sector, pc, young, k.feeMax)) return null;
    return false;
  }
}

const NO_ALTS: readonly (Resolved | null)[] = [null];
