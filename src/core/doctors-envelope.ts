// The envelope over the cases a doctor's input leaves open (unknown sector, GP or specialist,
// PSY-5 or cardiology's two printed tariffs, a fee range, an unknown specialty's candidate
// non-OPTAM bases): every case is computed by doctors.ts and spanned here.
import type { Ctx } from './context';
import {
  doctorAmounts,
  doctorLineUsesDptam,
  NON_OPTAM,
  OPTAM,
  parcours,
  responsableLevel,
  S1,
  S3,
  s1Tariff,
  type Parcours,
  type Scenario,
  type SectorCode,
} from './doctors';
import { spanWith, type Span } from './formulas';
import type { SpecialtyInfo } from './specialties';
import type { Resolved, Snapshot } from './tariffs';
import type { EstimateFacts } from './types';

export { NON_OPTAM, OPTAM, S1, S3, type SectorCode };

/** A doctor's valid input, read. */
export interface DoctorCase {
  sectors: readonly SectorCode[];
  specs: readonly SpecialtyInfo[];
  /** "spécialiste" or "médecin": which specialty is unknown. */
  unknownSpecialist: boolean;
  /** Fee shown, cents; both -1 when not shown. */
  feeMin: number;
  feeMax: number;
}

/** What the envelope learnt while running the cases (for the status, the notes and the facts). */
export interface DoctorEnvelope {
  span: Span;
  /** Some case's fee is not bounded by a tariff. */
  feeUnknown: boolean;
  psychiatryYoungVariant: boolean;
  cardiologyVariant: boolean;
  /** The span of the candidate non-OPTAM bases of an unknown specialty, when it was run. */
  candidateNonOptamSpan: { low: number; high: number } | null;
  parcours: EstimateFacts['parcours'];
}

/** The cases spanned so far. */
interface Spanned {
  span: Span | null;
}

function runCase(c: Ctx, acc: Spanned, sc: Scenario, fee: number): boolean {
  const a = doctorAmounts(c, sc, fee);
  if (!a) return false;
  acc.span = spanWith(acc.span, a);
  return true;
}

/**
 * The cases of one sector (fee bounds and the non-OPTAM switch point); null on failure, else
 * whether the fee is unbounded.
 */
function sectorCases(c: Ctx, k: DoctorCase, acc: Spanned, sc: Scenario): boolean | null {
  if (k.feeMin < 0) {
    if (!runCase(c, acc, sc, -1)) return null;
    const p = c.profile;
    const bound = p.css || (p.ame && !c.assume.AME_ALLOWS_DEPASSEMENT);
    return sc.sector !== S1 && !(bound && sc.sector !== S3);
  }
  if (!runCase(c, acc, sc, k.feeMin)) return null;
  if (k.feeMax === k.feeMin) return false;
  // Out-of-pocket is non-decreasing in the fee except where a non-OPTAM doctor leaves the tarif
  // opposable (the base drops to the non-OPTAM base): evaluate both sides.
  if (sc.sector === NON_OPTAM) {
    const t = switchPoint(c, sc);
    if (t >= k.feeMin && t < k.feeMax && (!runCase(c, acc, sc, t) || !runCase(c, acc, sc, t + 1))) return null;
  }
  if (!runCase(c, acc, sc, k.feeMax)) return null;
  return false;
}

/** The tarif opposable a non-OPTAM doctor may bill with the secteur 1 codes (TO-1). */
function switchPoint(c: Ctx, sc: Scenario): number {
  return s1Tariff(c, sc.parcours.family, sc.parcours.coordinated, sc.alternativeTariff);
}

/**
 * An unknown specialty's other candidate non-OPTAM base (after the generic one): with the
 * secteur 1 codes (TO-1), a fee up to the tarif opposable gives the same money whatever the
 * candidate, and fullyCoveredUpTo is the same at every fee; so only the fees above it need
 * running, or one run when there are none. Same envelope, fewer runs.
 */
function candidateCases(c: Ctx, k: DoctorCase, acc: Spanned, sc: Scenario): boolean | null {
  if (k.feeMin < 0 || Number.isNaN(c.snap.nonOptamS1Codes.value)) return sectorCases(c, k, acc, sc);
  const t = switchPoint(c, sc);
  if (k.feeMax <= t) return runCase(c, acc, sc, k.feeMax) ? false : null;
  const above = k.feeMin > t ? k.feeMin : t + 1;
  if (!runCase(c, acc, sc, above)) return null;
  if (k.feeMax !== above && !runCase(c, acc, sc, k.feeMax)) return null;
  return false;
}

/**
 * The non-OPTAM bases a "spécialiste" of unknown specialty may have: the generic CS (SP-5:
 * gynaecology, geriatrics, MPR and the generic keys too), psychiatry (PSY-3) and cardiology
 * (CAR-2). Paediatrics (PED-4) and neurology (NEU-2) have none sourced: the note says so.
 */
function candidateNonOptamBases(c: Ctx, s: Snapshot): (Resolved | null)[] {
  const out: (Resolved | null)[] = [null];
  if (!Number.isNaN(s.psyNonOptam.value)) out.push(s.psyNonOptam);
  if (c.assume.USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE && !Number.isNaN(s.carNonOptam.value)) out.push(s.carNonOptam);
  return out;
}

const GENERIC_ONLY: readonly (Resolved | null)[] = [null];

/** How the family's tariff varies for this patient: PSY-5, CAR-1/alt, or not at all. */
function tariffVariants(c: Ctx, spec: SpecialtyInfo, pc: Parcours): 'psy5' | 'cardiology' | null {
  const a = c.assume;
  if (spec.youngPatientTariff && a.PSY5 === 'range' && c.profile.age <= a.PSY5_MAX_AGE && !c.tele && !Number.isNaN(c.snap.psyYoung.value)) {
    return 'psy5';
  }
  // CAR-1 51.00 or CAR-1/alt 52.50: the sources disagree.
  if (pc.family === 'car' && !Number.isNaN(c.snap.carCoordinatedAlt.value)) return 'cardiology';
  return null;
}

/** Several candidates' parcours: the same when they agree, else "not applicable" (in only if all are). */
function combineParcours(list: readonly Parcours[]): EstimateFacts['parcours'] {
  const first = list[0]!;
  let allIn = true;
  let same = true;
  for (const pc of list) {
    if (pc.out) allIn = false;
    if (pc.why !== first.why) same = false;
  }
  return { in: allIn, why: same ? first.why : 'not-applicable' };
}

/** The envelope's running record while its cases are computed. */
interface Running extends Spanned {
  feeUnknown: boolean;
  candidateNonOptamSpan: DoctorEnvelope['candidateNonOptamSpan'];
}

/** The cases of one sector for one parcours and tariff variant, over the candidate non-OPTAM bases. */
function sectorWithCandidates(c: Ctx, k: DoctorCase, run: Running, sector: SectorCode, pc: Parcours, alternativeTariff: boolean): boolean {
  const candidates =
    sector === NON_OPTAM && k.unknownSpecialist && pc.family === 'generic' ? candidateNonOptamBases(c, c.snap) : GENERIC_ONLY;
  for (const candidate of candidates) {
    if (candidates.length > 1) {
      const b = candidate ? candidate.value : c.snap.spNonOptam.value;
      const span = run.candidateNonOptamSpan;
      if (!span) run.candidateNonOptamSpan = { low: b, high: b };
      else if (b < span.low) span.low = b;
      else if (b > span.high) span.high = b;
    }
    const sc: Scenario = { sector, parcours: pc, alternativeTariff, candidateNonOptam: candidate };
    const r = candidate ? candidateCases(c, k, run, sc) : sectorCases(c, k, run, sc);
    if (r === null) return false;
    if (r) run.feeUnknown = true;
  }
  return true;
}

/** Runs every case the input leaves open; null when one cannot be estimated (ctx.failure says why). */
export function doctorEnvelope(c: Ctx, k: DoctorCase): DoctorEnvelope | null {
  const run: Running = { span: null, feeUnknown: false, candidateNonOptamSpan: null };
  let psychiatryYoungVariant = false;
  let cardiologyVariant = false;
  const parcoursList: Parcours[] = [];
  for (const spec of k.specs) {
    const pc = parcours(c, spec);
    if (!pc) return null;
    parcoursList.push(pc);
    const variants = tariffVariants(c, spec, pc);
    if (variants === 'psy5') psychiatryYoungVariant = true;
    else if (variants === 'cardiology') cardiologyVariant = true;
    for (let v = 0; v < (variants ? 2 : 1); v++) {
      for (const sector of k.sectors) {
        if (!sectorWithCandidates(c, k, run, sector, pc, v === 1)) return null;
      }
    }
  }
  return {
    span: run.span!,
    feeUnknown: run.feeUnknown,
    psychiatryYoungVariant,
    cardiologyVariant,
    candidateNonOptamSpan: run.candidateNonOptamSpan,
    parcours: combineParcours(parcoursList),
  };
}

/** The mutuelle line and level a doctor's case uses in a sector. */
function doctorLine(c: Ctx, sector: SectorCode): NonNullable<EstimateFacts['mutuelleLine']> {
  const p = c.profile;
  if (p.css) return { line: 'css' };
  if (p.ame || !p.hasMutuelle) return { line: 'none' };
  const useDptam = doctorLineUsesDptam(c, sector);
  const levelPct = responsableLevel(c, useDptam ? p.dptamPct : p.nonDptamPct, useDptam);
  return { line: useDptam ? 'doctorsDptam' : 'doctorsNonDptam', levelPct };
}

/** The line every sector of the input uses, or undefined when they differ (an unknown sector). */
export function doctorMutuelleLine(c: Ctx, sectors: readonly SectorCode[]): EstimateFacts['mutuelleLine'] {
  const first = doctorLine(c, sectors[0]!);
  for (let i = 1; i < sectors.length; i++) {
    const other = doctorLine(c, sectors[i]!);
    if (other.line !== first.line || other.levelPct !== first.levelPct) return undefined;
  }
  return first;
}
