// The engine: reads and validates the input, runs the rules of the practitioner's kind (doctors:
// doctors.ts over the envelope of doctors-envelope.ts; other professions: professions.ts), all on
// one context, one dated snapshot and the shared formulas (formulas.ts), and assembles the
// Estimate: money, status, notes, facts and sources. Integer cents throughout.
import { type ActRequest, type ActResult, actsFitPractitioner, dentalActRules, doctorActRules, readActRequest } from './act-rules';
import { type Assumptions, DEFAULT_ASSUMPTIONS } from './assumptions';
import { type Ctx, newCtx, note, type NoteArgs, type Profile } from './context';
import { parseDay } from './dates';
import { type DoctorCase, doctorEnvelope, doctorMutuelleLine, NON_OPTAM, OPTAM, S1, S3, type SectorCode } from './doctors-envelope';
import { spanIsRange, type Span } from './formulas';
import { isBrssMutuelle, isLevel, isObject, isOptionalBool, MAX_FEE_CENTS, PROFILE_FIELD_NAMES, PROFILE_FIELDS } from './limits';
import type { NoteCode } from './notes';
import { professionRules } from './professions';
import type { Profession, SpecialtyInfo } from './specialties';
import { canonicalKey, NOT_SOURCED_SPECIALTIES, professionOf, specialtyInfo } from './specialties';
import { sourcesFor, TABLE_START, TARIFF_VERSION, VERIFIED_THROUGH } from './tariffs';
import type { Estimate, EstimateFacts, EstimateInput, EstimateStatus, Note } from './types';

const TABLE_START_DAY = parseDay(TABLE_START);
const VERIFIED_DAY = parseDay(VERIFIED_THROUGH);

const SECTORS = new Map<unknown, readonly SectorCode[]>([
  ['1', [S1]],
  ['2-optam', [OPTAM]],
  ['2', [NON_OPTAM]],
  ['3', [S3]],
  ['unknown', [S1, OPTAM, NON_OPTAM]],
]);

const GP_OR_SPECIALIST: readonly SpecialtyInfo[] = [specialtyInfo('generaliste')!, specialtyInfo('specialiste')!];

function unknownEstimate(reason: Note): Estimate {
  return { status: 'unknown', notes: [reason], tariff: { version: TARIFF_VERSION, sources: [] } };
}

function bad<C extends NoteCode>(code: C, ...params: NoteArgs<C>): Estimate;
function bad(code: NoteCode, k1?: string, v1?: string | number): Estimate {
  return unknownEstimate(k1 === undefined ? { code } : { code, params: { [k1]: v1! } });
}

function profileReason(field: string): Note {
  return { code: 'invalidProfile', params: { field } };
}

/** Validates the profile (the checks the settings repair with, limits.ts); a reason note when unusable. */
/** A line's level where the contract gives one, else the DPTAM doctors' (what every line used before lines existed). */
function lineLevel(m: Record<string, unknown>, key: string, dptamPct: number): number {
  return isLevel(m[key]) ? (m[key] as number) : dptamPct;
}

/** The yearToDate counters, when the day of care is in their period [periodStart, + 1 year). */
function countersOn(raw: unknown, day: number): { pfCapReached: boolean; franchiseCapReached: boolean } {
  const start = isObject(raw) ? parseDay(raw.periodStart) : -1;
  if (start < 0 || day < start || day >= start + 10000) return { pfCapReached: false, franchiseCapReached: false };
  const y = raw as Record<string, unknown>;
  return { pfCapReached: y.pfCapReached === true, franchiseCapReached: y.franchiseCapReached === true };
}

function readProfile(v: unknown, day: number): Profile | Note {
  if (!isObject(v)) return profileReason('profile');
  for (const field of PROFILE_FIELD_NAMES) if (!PROFILE_FIELDS[field](v[field])) return profileReason(field);
  const m = v.mutuelle;
  if (!isObject(m) || (m.kind !== 'none' && !isBrssMutuelle(m))) return profileReason('mutuelle');
  if (v.css && v.ame) return { code: 'contradictoryProfile' };
  const brss = m.kind === 'brss';
  const dptamPct = brss ? (m.dptamPct as number) : 0;
  return {
    age: Math.floor(v.age as number), // whole years
    hasMedecinTraitant: v.medecinTraitant as boolean,
    referred: v.referred as boolean,
    ald: v.ald as boolean,
    maternity: v.maternity as boolean,
    alsaceMoselle: v.regime === 'alsace-moselle',
    css: v.css as boolean,
    ame: v.ame as boolean,
    hasMutuelle: brss,
    dptamPct,
    nonDptamPct: brss ? (m.nonDptamPct as number) : 0,
    responsable: brss && (m.responsable as boolean),
    auxiliariesPct: brss ? lineLevel(m, 'auxiliariesPct', dptamPct) : 0,
    psyMspPct: brss ? lineLevel(m, 'psyMspPct', dptamPct) : 0,
    dentalCarePct: brss ? lineLevel(m, 'dentalCarePct', dptamPct) : 0,
    ...countersOn(v.yearToDate, day),
  };
}

/** Who the input is about: a doctor's tariff families, or another profession. */
type Practitioner = { specs: readonly SpecialtyInfo[] } | { profession: Profession };

/** The tariff families a specialty key stands for (GP or specialist for "medecin"), or why none. */
function practitionerOf(folded: string): Practitioner | Estimate {
  if (folded === 'non-medical') return bad('nonMedical');
  const profession = professionOf(folded);
  if (profession) return { profession };
  if (folded === 'medecin') return { specs: GP_OR_SPECIALIST };
  const info = specialtyInfo(folded);
  if (info) return { specs: [info] };
  const missing = Object.prototype.hasOwnProperty.call(NOT_SOURCED_SPECIALTIES, folded)
    ? NOT_SOURCED_SPECIALTIES[folded]
    : undefined;
  return missing ? bad('tariffNotSourced', 'paramId', missing) : bad('unknownSpecialty');
}

/** A valid input, read. */
interface Case {
  day: number;
  sectors: readonly SectorCode[];
  practitioner: Practitioner;
  /** The specialty key as canonicalKey folds it. */
  folded: string;
  /** Fee shown, cents; both -1 when not shown. */
  feeMin: number;
  feeMax: number;
  profile: Profile;
  /** An act beyond the consultation (act-rules.ts), or null for a consultation. */
  act: ActRequest | null;
}

/** The fee shown, as [min, max] cents ([-1, -1] when not shown), or an "unknown" estimate. */
function readFee(feeIn: unknown): [number, number] | Estimate {
  if (feeIn === null) return [-1, -1];
  if (!isObject(feeIn)) return bad('invalidFee');
  const a = feeIn.min;
  const b = feeIn.max;
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a) {
    return bad('invalidFee');
  }
  if (b > MAX_FEE_CENTS) return bad('feeTooHigh', 'maxCents', MAX_FEE_CENTS);
  return [a, b];
}

/** Validates the input, profile included; an "unknown" estimate saying why when unusable. */
function readCase(input: EstimateInput, assume: Assumptions): Case | Estimate {
  if (!isObject(input)) return bad('invalidInput');
  const day = parseDay(input.date);
  if (day < 0) return bad('invalidDate');
  if (day < TABLE_START_DAY) return bad('dateBeforeTable', 'firstDate', TABLE_START);
  if (day > VERIFIED_DAY && !assume.USE_LATEST_VALUES_AFTER_VERIFIED) return bad('tariffNotVerified', 'verifiedDate', VERIFIED_THROUGH);
  const sectors = SECTORS.get(input.sector);
  if (!sectors) return bad('invalidSector');
  const act = readActRequest(input.act, input.actCandidates, input.acts);
  if (act === 'actUnknown') return bad('actUnknown');
  if (typeof input.specialty !== 'string') return bad('unknownSpecialty');
  const folded = canonicalKey(input.specialty);
  const practitioner = practitionerOf(folded);
  if ('status' in practitioner) return practitioner;
  const fee = readFee(input.feeCents as unknown);
  if (!Array.isArray(fee)) return fee;
  if (!isOptionalBool(input.isMedecinTraitant)) return bad('invalidInput');
  const profile = readProfile(input.profile, day);
  if ('code' in profile) return unknownEstimate(profile);
  return { day, sectors, practitioner, folded, feeMin: fee[0], feeMax: fee[1], profile, act };
}

/** An estimate with the money fields of a span (the franchise only for professions, which have one). */
function withMoney(status: EstimateStatus, span: Span, withFranchise: boolean, facts: EstimateFacts, notes: Note[], tariff: Estimate['tariff']): Estimate {
  const e: Estimate = {
    status,
    fee: span.fee,
    brss: span.brss,
    amoRate: span.amoRate,
    amo: span.amo,
    participationForfaitaire: span.participationForfaitaire,
    mutuelle: span.mutuelle,
    outOfPocket: span.outOfPocket,
    fullyCoveredUpTo: span.fullyCoveredUpTo,
    amoGross: span.amoGross,
    majoration: span.majoration,
    uncoveredExcess: span.uncoveredExcess,
    uncoveredTicketModerateur: span.uncoveredTicketModerateur,
    facts,
    notes,
    tariff,
  };
  if (withFranchise) e.franchise = span.franchise;
  return e;
}

/** The notes every estimate closes with: no fee shown, a day past the verified date. */
function closingNotes(c: Ctx, k: Case, status: EstimateStatus): void {
  if (k.feeMin < 0) note(c, status === 'fee-unknown' ? 'feeNotShownFloor' : 'feeNotShown');
  if (k.day > VERIFIED_DAY) note(c, 'tariffNotVerifiedAfter', 'verifiedDate', VERIFIED_THROUGH);
}

function facts(c: Ctx, parcours: EstimateFacts['parcours'], reimbursed: boolean, line: EstimateFacts['mutuelleLine'], span: Span | null): EstimateFacts {
  const f: EstimateFacts = { parcours, reimbursed, franchiseCents: span ? span.franchise.max : 0, countersApplied: [...c.counters] };
  if (line) f.mutuelleLine = line;
  return f;
}

function doctorEstimate(c: Ctx, k: Case, input: EstimateInput, specs: readonly SpecialtyInfo[]): Estimate {
  if (input.sector === 'unknown') note(c, 'sectorUnknown');
  if (specs.length > 1) note(c, 'specialtyUnknown');
  else if (k.folded === 'specialiste') note(c, 'genericSpecialistTariff');
  const dc: DoctorCase = {
    sectors: k.sectors, specs, unknownSpecialist: k.folded === 'specialiste' || k.folded === 'medecin', feeMin: k.feeMin, feeMax: k.feeMax,
  };
  const env = doctorEnvelope(c, dc);
  if (!env) return unknownEstimate(c.failure!);
  const status: EstimateStatus = env.feeUnknown
    ? 'fee-unknown'
    : input.sector === 'unknown' || specs.length > 1 || spanIsRange(env.span)
      ? 'range'
      : 'exact';
  if (env.psychiatryYoungVariant && status !== 'exact') note(c, 'youngPatientPsychiatryRange', 'paramId', 'PSY-5');
  if (env.cardiologyVariant && status !== 'exact') {
    note(c, 'cardiologyTariffRange', 'lowCents', c.snap.carCoordinated.value, 'highCents', c.snap.carCoordinatedAlt.value);
  }
  const candidates = env.candidateNonOptamSpan;
  if (candidates && c.usedCandidateNonOptamBase) {
    // The candidates' bases, and those that have none sourced (PED-4, NEU-2).
    note(c, 'genericSpecialistNonOptamRange', 'lowCents', candidates.low, 'highCents', candidates.high);
  }
  closingNotes(c, k, status);
  const f = facts(c, env.parcours, true, doctorMutuelleLine(c, k.sectors), env.span);
  return withMoney(status, env.span, false, f, c.notes, { version: TARIFF_VERSION, sources: sourcesFor(c.sources, k.day) });
}

const NO_PARCOURS: EstimateFacts['parcours'] = { in: true, why: 'not-applicable' };

function professionEstimate(c: Ctx, k: Case, input: EstimateInput, profession: Profession): Estimate {
  const r = professionRules(c, profession, { sector: input.sector, feeMin: k.feeMin, feeMax: k.feeMax });
  if (!r) return unknownEstimate(c.failure!);
  const tariff = { version: TARIFF_VERSION, sources: sourcesFor(c.sources, k.day) };
  const f = facts(c, { ...NO_PARCOURS }, r.reimbursed, r.mutuelleLine, r.span);
  if (!r.span) {
    // Not reimbursed, no fee shown: nothing to add up, but the AMO and the mutuelle pay nothing.
    return { status: 'unknown', amo: { min: 0, max: 0 }, mutuelle: { min: 0, max: 0 }, facts: f, notes: c.notes, tariff };
  }
  const status: EstimateStatus = r.feeUnknown ? 'fee-unknown' : spanIsRange(r.span) ? 'range' : 'exact';
  closingNotes(c, k, status);
  return withMoney(status, r.span, true, f, c.notes, tariff);
}

/** An act beyond the consultation: the dentists' or the doctors' act rules. */
function actEstimate(c: Ctx, k: Case, input: EstimateInput, r: ActRequest): Estimate {
  const who = k.practitioner;
  const dentist = 'profession' in who && who.profession === 'dentist';
  if ((!dentist && !('specs' in who)) || !actsFitPractitioner(r, dentist)) return bad('actNotThisProfession');
  let res: ActResult | null;
  let line: EstimateFacts['mutuelleLine'];
  if (dentist) {
    res = dentalActRules(c, r, input.sector, k);
    line = res?.mutuelleLine;
  } else {
    const specs = (who as { specs: readonly SpecialtyInfo[] }).specs;
    if (input.sector === 'unknown') note(c, 'sectorUnknown');
    if (specs.length > 1) note(c, 'specialtyUnknown');
    res = doctorActRules(c, r, k.sectors, specs, k.folded === 'specialiste' || k.folded === 'medecin', k);
    line = doctorMutuelleLine(c, k.sectors);
  }
  if (!res) return unknownEstimate(c.failure!);
  const tariff = { version: TARIFF_VERSION, sources: sourcesFor(c.sources, k.day) };
  const f = facts(c, res.parcours, res.reimbursed, line, res.span);
  f.act = res.act;
  if (!res.span) return { status: 'unknown', amo: { min: 0, max: 0 }, mutuelle: { min: 0, max: 0 }, facts: f, notes: c.notes, tariff };
  const status: EstimateStatus = res.feeUnknown
    ? 'fee-unknown'
    : (!dentist && input.sector === 'unknown') || spanIsRange(res.span)
      ? 'range'
      : 'exact';
  closingNotes(c, k, status);
  return withMoney(status, res.span, false, f, c.notes, tariff);
}

/** See index.ts. Throws only on a bug (index.ts wraps it). */
export function estimateUnsafe(input: EstimateInput, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Estimate {
  const k = readCase(input, assumptions);
  if ('status' in k) return k;
  const c = newCtx(k.day, assumptions, input.act === 'teleconsultation', k.profile, input.isMedecinTraitant);
  if (k.act) return actEstimate(c, k, input, k.act);
  const who = k.practitioner;
  return 'profession' in who ? professionEstimate(c, k, input, who.profession) : doctorEstimate(c, k, input, who.specs);
}
