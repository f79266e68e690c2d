// Acts beyond the consultation (docs/acts.md): dental care, prostheses and their 100 % Santé
// baskets, orthodontics, what the Assurance Maladie does not pay, and doctors' technical acts
// (run through the doctors' rules with the act's bases in place of the consultation's). Same
// context, snapshot and formulas as the rest of the engine.
import { actBase, actBasket, actParameter, type ActDefinition, type Bounds, getAct } from './acts';
import { cite, type Ctx, fail, note, use } from './context';
import { type DoctorCase, doctorEnvelope, type DoctorEnvelope, type SectorCode, S3 } from './doctors-envelope';
import { amoGross, mutuellePart, notReimbursedAmounts, rateOf, reimbursedBase, rest, spanWith, type Amounts, type Span } from './formulas';
import type { SpecialtyInfo } from './specialties';
import { paramIndex } from './tariffs';
import type { EstimateFacts, Sector } from './types';

/** What the input asks for: one act, candidates spanned, or acts billed together. */
export interface ActRequest {
  /** One act, or the candidates the label leaves open (spanned). */
  candidates: readonly ActDefinition[];
  /** Billed with a consultation in the same row ("Consultation + ECG"). */
  withConsultation: boolean;
}

export interface ActResult {
  span: Span | null;
  feeUnknown: boolean;
  reimbursed: boolean;
  mutuelleLine: EstimateFacts['mutuelleLine'];
  parcours: EstimateFacts['parcours'];
  act: NonNullable<EstimateFacts['act']>;
}

/** The fee shown: both -1 when not shown. */
interface Fees {
  feeMin: number;
  feeMax: number;
}

const P = (id: string): number => paramIndex(id);

/**
 * Reads `act`, `actCandidates` and `acts` (DESIGN, "Acts beyond the consultation"); null when the
 * input is a consultation, a note code when an act is not in the table.
 */
export function readActRequest(act: unknown, candidates: unknown, acts: unknown): ActRequest | 'actUnknown' | null {
  if (acts !== undefined) {
    if (!Array.isArray(acts) || acts.length < 2 || acts.length > 4) return 'actUnknown';
    const others = acts.filter((a) => a !== 'consultation');
    // A consultation and one act billed with it: the combinations X-5 allows.
    if (others.length !== 1 || acts.length - others.length !== 1) return 'actUnknown';
    const def = typeof others[0] === 'string' ? getAct(others[0]) : undefined;
    if (!def || !def.withConsultation) return 'actUnknown';
    return { candidates: [def], withConsultation: true };
  }
  if (act === 'consultation' || act === 'teleconsultation') return null;
  const ids = candidates === undefined ? [act] : Array.isArray(candidates) ? [act, ...candidates] : null;
  if (!ids || ids.length > 12) return 'actUnknown';
  const defs: ActDefinition[] = [];
  for (const id of ids) {
    const def = typeof id === 'string' ? getAct(id) : undefined;
    if (!def) return 'actUnknown';
    if (!defs.includes(def)) defs.push(def);
  }
  return { candidates: defs, withConsultation: false };
}

/** Every act of the request is billed by this kind of practitioner. */
export function actsFitPractitioner(r: ActRequest, dentist: boolean): boolean {
  return r.candidates.every((d) => (d.by === 'dentiste') === dentist);
}

function mergeSpans(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  for (const k of Object.keys(a) as (keyof Span)[]) {
    if (b[k].min < a[k].min) a[k].min = b[k].min;
    if (b[k].max > a[k].max) a[k].max = b[k].max;
  }
  return a;
}

// --- Dentists -------------------------------------------------------------------------------

/** The dentists' AMO rate for this patient (AME, maternity, ALD give theirs). */
function dentalRate(c: Ctx): number {
  const p = c.profile;
  const s = c.snap;
  if (p.ame) {
    cite(c, P('R-10'));
    note(c, 'ame');
    return s.rateAme.value;
  }
  if (p.maternity) {
    cite(c, P('R-7'));
    note(c, 'maternity', 'ratePct', s.rateMaternity.value);
    return s.rateMaternity.value;
  }
  if (p.ald) {
    cite(c, P('R-5'));
    note(c, 'ald', 'ratePct', s.rateAld.value);
    return s.rateAld.value;
  }
  return use(c, s.dentistRate, 'DEN-2');
}

type DentalLine = 'dentalCare' | 'dentalProsthesis' | 'orthodontics';

const LINE_ASSUMED = {
  dentalCare: 'actLineAssumedDentalCare',
  dentalProsthesis: 'actLineAssumedProsthesis',
  orthodontics: 'actLineAssumedOrthodontics',
} as const;

/**
 * The level of a dental line: the contract's own line once the profile has it; until then the
 * doctors' DPTAM level, as for every other profession, with a note naming the line assumed. A
 * contrat responsable covers at least the ticket modérateur (CR-1).
 */
function dentalLevel(c: Ctx, line: DentalLine): number {
  const p = c.profile;
  const floor = c.snap.crFloorPct.value;
  const level = p.responsable && p.dptamPct < floor ? floor : p.dptamPct;
  if (p.hasMutuelle && !p.css && !p.ame) note(c, LINE_ASSUMED[line], 'levelPct', level);
  return level;
}

function dentalLine(c: Ctx, line: DentalLine, level: number): EstimateFacts['mutuelleLine'] {
  const p = c.profile;
  if (p.css) return { line: 'css' };
  if (p.ame || !p.hasMutuelle) return { line: 'none' };
  return { line, levelPct: level };
}

/** One dental case: AMO on the base, the mutuelle's part (`mutuelle` forced when the basket decides it). */
function dentalAmounts(c: Ctx, fee: number, base: number, rate: number, level: number, forced: number | null): Amounts {
  const p = c.profile;
  const brss = reimbursedBase(base, fee);
  const gross = amoGross(rate, brss);
  const tm = brss - gross;
  let mutuelle = 0;
  if (forced !== null) mutuelle = forced;
  else if (p.css) mutuelle = tm;
  else if (p.hasMutuelle && !p.ame) mutuelle = mutuellePart(fee, brss, gross, level, 0);
  if (mutuelle > fee - gross) mutuelle = fee - gross < 0 ? 0 : fee - gross;
  const r = rest(fee, gross, 0, mutuelle, tm, 0);
  const byLevel = p.hasMutuelle && !p.ame && !p.css ? rateOf(level, base) : base;
  return {
    fee, brss, amoRate: rate, amoGross: gross, participationForfaitaire: 0, franchise: 0, amo: gross, mutuelle,
    outOfPocket: r.outOfPocket, fullyCoveredUpTo: byLevel > base ? byLevel : base, majoration: 0,
    uncoveredTicketModerateur: r.uncoveredTm, uncoveredExcess: r.uncoveredExcess,
  };
}

/** The fees to run: the bounds shown, or the tariff when none is. */
function feeBounds(k: Fees, fallback: number): number[] {
  if (k.feeMin < 0) return [fallback];
  return k.feeMin === k.feeMax ? [k.feeMin] : [k.feeMin, k.feeMax];
}

/** The base(s) of a dental care act for this patient: the 3–24 cohort's +30 % (D-T4), a child's modifier N (D-S15). */
function careBases(c: Ctx, def: ActDefinition, b: Bounds): number[] {
  const bases = b.min === b.max ? [b.min] : [b.min, b.max];
  if (!def.youthBonus) return bases;
  const pct = actParameter('D-T4', c.day);
  const minAge = actParameter('D-T4/min-age', c.day);
  const maxAge = actParameter('D-T4/max-age', c.day);
  if (!pct || !minAge || !maxAge) return bases;
  const age = c.profile.age;
  // The cohort: aged 3–24 on 2024-02-25, kept for life. From a whole-years age, the years since
  // then leave one year either way uncertain.
  const years = Math.floor((c.day - 20240225) / 10000);
  const low = age - years - 1;
  const high = age - years;
  const inCohort = high >= minAge.value && low <= maxAge.value;
  if (!inCohort) return bases;
  cite(c, P('D-T4'));
  const raised = bases.map((x) => rateOf(100 + pct.value, x));
  if (age < 13) {
    cite(c, P('D-S15'));
    note(c, 'dentalChildModifier');
    return [...bases, ...raised];
  }
  const certain = low >= minAge.value && high <= maxAge.value;
  if (certain) {
    note(c, 'dentalYouthBonus', 'pct', pct.value);
    return raised;
  }
  note(c, 'dentalYouthUncertain', 'pct', pct.value);
  return [...bases, ...raised];
}

function dentalCare(c: Ctx, def: ActDefinition, b: Bounds, k: Fees, spans: Span[]): DentalLine {
  const rate = dentalRate(c);
  const level = dentalLevel(c, 'dentalCare');
  const bases = careBases(c, def, b);
  const top = Math.max(...bases);
  const two = def.id === 'HBJD001' ? actParameter('D-S2b', c.day) : null;
  let span: Span | null = null;
  for (const shown of feeBounds(k, top)) {
    // A fee within the possible bases is the tariff billed.
    const caseBases = shown >= Math.min(...bases) && shown <= top ? [shown] : bases;
    if (two && shown === two.value) {
      // 1.5 × HBJD001: most likely a détartrage billed over two sessions (D-S2b).
      cite(c, P('D-S2b'));
      note(c, 'detartrageTwoSessions', 'lowCents', b.min, 'highCents', two.value);
      caseBases.push(two.value);
    }
    for (const base of caseBases) {
      let fee = shown;
      if (c.profile.css && fee > base) {
        note(c, 'professionCssTarif', 'feeCents', base);
        fee = base;
      }
      span = spanWith(span, dentalAmounts(c, fee, base, rate, level, null));
    }
  }
  if (span) spans.push(span);
  return 'dentalCare';
}

function prosthesis(c: Ctx, def: ActDefinition, b: Bounds, k: Fees, spans: Span[], facts: ActResult['act']): boolean {
  const p = c.profile;
  const rate = dentalRate(c);
  const level = dentalLevel(c, 'dentalProsthesis');
  cite(c, P('X-1'));
  const basket = actBasket(def, c.day);
  const ceiling = basket?.ceiling ?? null;
  if (basket && !facts.basket) {
    facts.basket = basket.basket;
    if (ceiling) facts.ceilingCents = ceiling.min;
  }
  const bases = b.min === b.max ? [b.min] : [b.min, b.max];
  let feeUnknown = false;
  let fallback = Math.max(...bases);
  if (k.feeMin < 0) {
    feeUnknown = true;
    if (ceiling) fallback = ceiling.min;
  }
  let span: Span | null = null;
  const add = (fee: number, base: number, rac0: boolean): void => {
    const gross = amoGross(rate, reimbursedBase(base, fee));
    span = spanWith(span, dentalAmounts(c, fee, base, rate, level, rac0 ? fee - gross : null));
  };
  for (const fee of feeBounds(k, fallback)) {
    for (const base of bases) {
      if (p.css) {
        // The CSS pays dental prostheses up to its own maxima (arrêté of 23/02/2024), not modelled.
        note(c, 'dentalCssMaxima');
        add(fee, base, true);
        add(fee, base, false);
        continue;
      }
      const covered = p.hasMutuelle && !p.ame;
      if (basket?.basket === '100-sante' && covered) {
        cite(c, P('D-H0'));
        if (!p.responsable) {
          note(c, 'rac0NeedsResponsable', 'ceilingCents', ceiling ? ceiling.min : 0);
          add(fee, base, false);
        } else if (!ceiling) {
          note(c, 'ceilingNotFound');
          add(fee, base, true);
          add(fee, base, false);
        } else if (basket.confidence === 'L') {
          note(c, 'basketUncertain');
          add(fee, base, fee <= ceiling.max);
          add(fee, base, false);
        } else if (fee <= ceiling.min) {
          note(c, 'rac0WithinCeiling', 'ceilingCents', ceiling.min);
          add(fee, base, true);
        } else if (fee > ceiling.max) {
          note(c, 'rac0AboveCeiling', 'ceilingCents', ceiling.max);
          add(fee, base, false);
        } else {
          note(c, 'ceilingRange', 'lowCents', ceiling.min, 'highCents', ceiling.max);
          add(fee, base, true);
          add(fee, base, false);
        }
        continue;
      }
      if (basket?.basket === 'maitrise' && ceiling) {
        if (fee > ceiling.max) note(c, 'maitriseAboveCeiling', 'ceilingCents', ceiling.max);
        else note(c, 'maitriseCeiling', 'ceilingCents', ceiling.max);
      } else if (basket?.basket === 'libre') note(c, 'libreBasket');
      add(fee, base, false);
    }
  }
  if (span) spans.push(span);
  return feeUnknown;
}

/** Orthodontics started before 16: the semester's base at its own rate (D-N4); from 16 not reimbursed. */
function orthodontics(c: Ctx, def: ActDefinition, b: Bounds, k: Fees, spans: Span[]): boolean {
  const maxAge = actParameter(def.maxAge!, c.day);
  const rateV = actParameter(def.rate!, c.day);
  if (!maxAge || !rateV) {
    fail(c, 'actBaseNotSourced', 'act', def.id);
    return false;
  }
  cite(c, P(def.maxAge!));
  if (c.profile.age >= maxAge.value) {
    cite(c, P(def.rule!));
    note(c, 'orthodonticsFrom16', 'age', maxAge.value);
    return notReimbursedRow(c, k, spans);
  }
  cite(c, P(def.rate!));
  const level = dentalLevel(c, 'orthodontics');
  let span: Span | null = null;
  for (const fee of feeBounds(k, b.max)) span = spanWith(span, dentalAmounts(c, fee, b.max, rateV.value, level, null));
  if (span) spans.push(span);
  return true;
}

/** The fee is what the patient pays (null span: no fee shown). Returns false: not reimbursed. */
function notReimbursedRow(c: Ctx, k: Fees, spans: Span[]): false {
  note(c, 'actNotReimbursed');
  if (k.feeMin >= 0) spans.push(spanWith(spanWith(null, notReimbursedAmounts(k.feeMin)), notReimbursedAmounts(k.feeMax)));
  return false;
}

/** A dentist's act (or its candidates); null when one cannot be estimated (ctx.failure says why). */
export function dentalActRules(c: Ctx, r: ActRequest, sector: Sector, k: Fees): ActResult | null {
  if (c.profile.alsaceMoselle) return fail(c, 'professionAlsaceMoselle') && null;
  if (c.tele) return fail(c, 'professionTeleconsultation') && null;
  if (sector === '3') return fail(c, 'professionNonConventionne') && null;
  if (sector !== '1') note(c, 'professionSectorUnknown');
  cite(c, P('XP-1'));
  note(c, 'noParticipationForfaitaire');
  const spans: Span[] = [];
  const facts: ActResult['act'] = { id: r.candidates[0]!.id };
  if (r.candidates.length > 1) {
    facts.candidates = r.candidates.map((d) => d.id);
    note(c, 'actCandidates', 'count', r.candidates.length);
  }
  let reimbursed = false;
  let allReimbursed = true;
  let feeUnknown = false;
  let line: DentalLine | null = null;
  for (const def of r.candidates) {
    if (def.family === 'not-reimbursed') {
      cite(c, P(def.rule!));
      notReimbursedRow(c, k, spans);
      allReimbursed = false;
      continue;
    }
    const b = actBase(def, 'optam', c.day);
    if (!b) return fail(c, 'actBaseNotSourced', 'act', def.id) && null;
    cite(c, P(def.base!.optam[0]));
    if (def.base!.optam[1] && b.min !== b.max) {
      cite(c, P(def.base!.optam[1]));
      note(c, 'actBaseRange', 'lowCents', b.min, 'highCents', b.max);
    }
    if (b.confidence === 'L') note(c, 'lowConfidenceTariff', 'paramId', def.ref);
    if (def.family === 'dental-care') {
      line = dentalCare(c, def, b, k, spans);
      reimbursed = true;
    } else if (def.family === 'dental-prosthesis') {
      if (prosthesis(c, def, b, k, spans, facts)) feeUnknown = true;
      line = 'dentalProsthesis';
      reimbursed = true;
    } else if (def.family === 'orthodontics') {
      if (orthodontics(c, def, b, k, spans)) {
        reimbursed = true;
        line = 'orthodontics';
      } else allReimbursed = false;
    }
  }
  if (c.failure) return null;
  let span: Span | null = null;
  for (const s of spans) span = mergeSpans(span, s);
  if (c.profile.css) note(c, 'cssComplementary');
  const level = c.profile.hasMutuelle ? dentalLevelQuiet(c) : 0;
  return {
    span,
    feeUnknown,
    reimbursed: reimbursed && allReimbursed,
    mutuelleLine: reimbursed && line ? dentalLine(c, line, level) : { line: 'none' },
    parcours: { in: true, why: 'not-applicable' },
    act: facts,
  };
}

function dentalLevelQuiet(c: Ctx): number {
  const p = c.profile;
  const floor = c.snap.crFloorPct.value;
  return p.responsable && p.dptamPct < floor ? floor : p.dptamPct;
}

// --- Doctors ---------------------------------------------------------------------------------

/** The daily cap on participations forfaitaires with the same doctor. */
function pfCap(c: Ctx): number {
  const v = actParameter('X-4', c.day);
  if (v) cite(c, P('X-4'));
  return v ? v.value : 1;
}

/**
 * A doctor's technical act (or its candidates, or a consultation with the act billed with it):
 * the doctors' rules with the act's bases; null when it cannot be estimated.
 */
export function doctorActRules(
  c: Ctx,
  r: ActRequest,
  sectors: readonly SectorCode[],
  specs: readonly SpecialtyInfo[],
  unknownSpecialist: boolean,
  k: Fees,
): (ActResult & { env: DoctorEnvelope }) | null {
  if (sectors.includes(S3)) return fail(c, 'actSecteur3') && null;
  if (c.tele) return fail(c, 'invalidAct') && null;
  const facts: ActResult['act'] = { id: r.candidates[0]!.id };
  if (r.withConsultation) {
    facts.acts = ['consultation', r.candidates[0]!.id];
    cite(c, P('X-5'));
    note(c, 'actsCombined', 'count', 2);
  }
  if (r.candidates.length > 1) {
    facts.candidates = r.candidates.map((d) => d.id);
    note(c, 'actCandidates', 'count', r.candidates.length);
  }
  cite(c, P('X-7'));
  const pfCount = Math.min(r.withConsultation ? 2 : 1, pfCap(c));
  const dc: DoctorCase = { sectors, specs, unknownSpecialist, feeMin: k.feeMin, feeMax: k.feeMax };
  let env: DoctorEnvelope | null = null;
  for (const def of r.candidates) {
    if (!def.base) {
      if (def.unsourced === 'radiology-cut-2026') return fail(c, 'actRadiologyNotEstimated') && null;
      return fail(c, 'actBaseNotSourced', 'act', def.id) && null;
    }
    const s1 = actBase(def, 'optam', c.day);
    const no = actBase(def, 'non-optam', c.day);
    if (!s1 || !no) return fail(c, 'actBaseNotSourced', 'act', def.id) && null;
    for (const id of [...def.base.optam, ...(def.base.nonOptam ?? [])]) if (actParameter(id, c.day)) cite(c, P(id));
    if (def.extra) {
      // The dermatologists' FSD is billed with the excision (not modelled: the excision is never matched alone).
      return fail(c, 'actBaseNotSourced', 'act', def.id) && null;
    }
    if (s1.confidence === 'L') note(c, 'lowConfidenceTariff', 'paramId', def.ref);
    if (def.approximate) note(c, 'actBaseApproximate', 'lowCents', s1.min, 'highCents', s1.max);
    else if (s1.min !== s1.max) note(c, 'actBaseRange', 'lowCents', s1.min, 'highCents', s1.max);
    const bounds: [number, number][] = s1.min === s1.max && no.min === no.max ? [[s1.min, no.min]] : [[s1.min, no.min], [s1.max, no.max]];
    for (const [a, n] of bounds) {
      c.act = { s1: a, nonOptam: n, withConsultation: r.withConsultation, pfCount };
      const e = doctorEnvelope(c, dc);
      c.act = null;
      if (!e) return null;
      if (!env) env = e;
      else {
        env.span = mergeSpans(env.span, e.span)!;
        env.feeUnknown ||= e.feeUnknown;
      }
    }
  }
  if (!env) return null;
  return { env, span: env.span, feeUnknown: env.feeUnknown, reimbursed: true, mutuelleLine: undefined, parcours: env.parcours, act: facts };
}
