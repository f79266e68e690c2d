// Professions other than doctors (docs/reimbursement.md §5): dentists, Mon soutien psy
// psychologists, masseurs-kinésithérapeutes, sages-femmes, pédicures-podologues, and the
// professions the Assurance Maladie never reimburses. Their rules are simpler than doctors' (no
// parcours de soins, no sectors 2, no participation forfaitaire) but differ in their own ways:
// the franchise médicale on auxiliaires médicaux, the dental rate, Mon soutien psy's fixed fee,
// the kiné's prescription, pregnancy for midwives. Pure, integer cents; engine.ts validates the
// input and dispatches here at one point.
import { parseDay } from './dates';
import type { Profile } from './engine';
import type { NOTE_PARAMS, NoteCode } from './notes';
import type { Profession } from './specialties';
import { getParameter, sourcesOf, TARIFF_VERSION, VERIFIED_THROUGH } from './tariffs';
import type { Estimate, Money, Note, Sector } from './types';

const VERIFIED_DAY = parseDay(VERIFIED_THROUGH);

/**
 * The validated profile, as engine.ts reads it (the fields used here). `lD` is the level entered
 * for OPTAM doctors (the contract's nominal level), used for these professions too.
 */
export type ProfessionProfile = Pick<Profile, 'age' | 'ald' | 'maternity' | 'alsace' | 'css' | 'ame' | 'hasMutuelle' | 'lD' | 'responsable'>;

export interface ProfessionCase {
  day: number;
  sector: Sector;
  tele: boolean;
  /** Fee shown, cents; both -1 when not shown. */
  feeMin: number;
  feeMax: number;
  profile: ProfessionProfile;
}

/** Percent × cents to the nearest cent, halves up (the engine's rounding, rules §4.13). */
function rateOf(pct: number, cents: number): number {
  return Math.round((pct * cents) / 100 + 1e-7);
}

/** A parameter's value on a day (NaN when no value covers it). */
function valueOn(id: string, day: number): number {
  const p = getParameter(id);
  if (!p) return NaN;
  for (const v of p.values) {
    if (day >= parseDay(v.from) && (v.until == null || day <= parseDay(v.until))) return v.value;
  }
  return NaN;
}

type NameValues<T extends readonly string[]> = T extends readonly [infer K extends string, ...infer R extends readonly string[]]
  ? [K, string | number, ...NameValues<R>]
  : [];

class Ctx {
  notes: Note[] = [];
  ids: string[] = [];
  constructor(readonly day: number) {}
  note<C extends NoteCode>(code: C, ...params: NameValues<(typeof NOTE_PARAMS)[C]>): void {
    if (this.notes.some((n) => n.code === code)) return;
    if (params.length === 0) {
      this.notes.push({ code });
      return;
    }
    const ps: Record<string, string | number> = {};
    for (let i = 0; i + 1 < params.length; i += 2) ps[params[i] as string] = params[i + 1] as string | number;
    this.notes.push({ code, params: ps });
  }
  /** A parameter's value, cited; NaN when not sourced on the day. */
  use(id: string): number {
    const v = valueOn(id, this.day);
    if (!Number.isNaN(v) && !this.ids.includes(id)) this.ids.push(id);
    return v;
  }
  cite(id: string): void {
    if (!this.ids.includes(id)) this.ids.push(id);
  }
  sources(): string[] {
    const out: string[] = [];
    for (const id of this.ids) for (const u of sourcesOf(id, this.day)) if (!out.includes(u)) out.push(u);
    return out;
  }
}

function unknown(code: NoteCode, params?: Record<string, string | number>): Estimate {
  return { status: 'unknown', notes: [params ? { code, params } : { code }], tariff: { version: TARIFF_VERSION, sources: [] } };
}

/** One fully determined case's money, cents. */
interface Amounts {
  fee: number;
  brss: number;
  amoRate: number;
  amoGross: number;
  franchise: number;
  amo: number;
  mutuelle: number;
  outOfPocket: number;
  fullyCoveredUpTo: number;
  uncoveredTicketModerateur: number;
  uncoveredExcess: number;
}

interface Scenario {
  fee: number;
  /** Base of the act (the tarif opposable). */
  base: number;
  /** Rate outside ALD / maternity. */
  baseRate: number;
  /** The rate applied (100 for ALD, maternity, AME). */
  rate: number;
  franchise: number;
}

/** Steps 4–6 of the reference's formula (other-professions §2) for one case. */
function amounts(p: ProfessionProfile, s: Scenario): Amounts {
  const fee = s.fee;
  const brss = Math.min(s.base, fee);
  const amoGross = rateOf(s.rate, brss);
  const franchise = Math.min(s.franchise, amoGross);
  const amo = amoGross - franchise;
  const tm = brss - amoGross;
  let mutuelle = 0;
  let fully = s.base;
  if (p.css) {
    mutuelle = tm; // the CSS tops up to 100 % of the base; no dépassement (fee = base)
  } else if (p.hasMutuelle && !p.ame) {
    const level = rateOf(p.lD, brss) - amoGross;
    mutuelle = Math.max(0, Math.min(fee - amoGross, Math.max(level, p.responsable ? tm : 0)));
    fully = Math.max(p.responsable ? s.base : 0, rateOf(p.lD, s.base));
    if (fully < s.base) fully = s.base;
  }
  const outOfPocket = fee - amo - mutuelle;
  const coveredTm = Math.min(mutuelle, tm);
  return {
    fee,
    brss,
    amoRate: s.rate,
    amoGross,
    franchise,
    amo,
    mutuelle,
    outOfPocket,
    fullyCoveredUpTo: fully,
    uncoveredTicketModerateur: tm - coveredTm,
    uncoveredExcess: fee - brss - (mutuelle - coveredTm),
  };
}

const FIELDS = [
  'fee', 'brss', 'amoRate', 'amoGross', 'franchise', 'amo', 'mutuelle', 'outOfPocket', 'fullyCoveredUpTo',
  'uncoveredTicketModerateur', 'uncoveredExcess',
] as const;

/** The envelope of several cases, as the Estimate's money fields. */
function envelope(list: readonly Amounts[]): Record<(typeof FIELDS)[number], Money> {
  const out = {} as Record<(typeof FIELDS)[number], Money>;
  for (const f of FIELDS) {
    let min = Infinity;
    let max = -Infinity;
    for (const a of list) {
      if (a[f] < min) min = a[f];
      if (a[f] > max) max = a[f];
    }
    out[f] = { min, max };
  }
  return out;
}

/** What the patient pays when the Assurance Maladie pays nothing (fee shown), cents. */
function notReimbursedAmounts(fee: number): Amounts {
  return {
    fee, brss: 0, amoRate: 0, amoGross: 0, franchise: 0, amo: 0, mutuelle: 0, outOfPocket: fee, fullyCoveredUpTo: 0,
    uncoveredTicketModerateur: 0, uncoveredExcess: fee,
  };
}

function finish(c: Ctx, k: ProfessionCase, list: readonly Amounts[], feeUnknown: boolean, forceRange = false): Estimate {
  const env = envelope(list);
  let anyRange = forceRange;
  for (const f of FIELDS) if (env[f].min !== env[f].max) anyRange = true;
  const status = feeUnknown ? 'fee-unknown' : anyRange ? 'range' : 'exact';
  if (k.feeMin < 0) c.note(status === 'fee-unknown' ? 'feeNotShownFloor' : 'feeNotShown');
  if (k.day > VERIFIED_DAY) c.note('tariffNotVerifiedAfter', 'verifiedDate', VERIFIED_THROUGH);
  const { franchise, ...money } = env;
  return {
    status,
    ...money,
    participationForfaitaire: { min: 0, max: 0 },
    majoration: { min: 0, max: 0 },
    franchise,
    notes: c.notes,
    tariff: { version: TARIFF_VERSION, sources: c.sources() },
  };
}

/** The professions the Assurance Maladie never reimburses: the fee is the out-of-pocket. */
function notReimbursed(c: Ctx, k: ProfessionCase, ruleId: string): Estimate {
  c.cite(ruleId);
  c.note('notReimbursed');
  if (k.feeMin < 0) {
    return { status: 'unknown', amo: { min: 0, max: 0 }, mutuelle: { min: 0, max: 0 }, notes: c.notes, tariff: { version: TARIFF_VERSION, sources: c.sources() } };
  }
  const list = [notReimbursedAmounts(k.feeMin), notReimbursedAmounts(k.feeMax)];
  return finish(c, k, list, false);
}

/** The franchise on an auxiliaire médical's act (FR-1/FR-2, exemptions FR-5), with its note. */
function franchiseFor(c: Ctx, p: ProfessionProfile): number {
  const amount = c.use(c.day < parseDay('2024-03-31') ? 'FR-1' : 'FR-2');
  const minAge = c.use('FR-5');
  if (p.age < minAge || p.maternity || p.css || p.ame) {
    c.note('franchiseExempt');
    return 0;
  }
  c.note('franchise', 'franchiseCents', amount);
  return amount;
}

/** The AMO rate for this patient: ALD, maternity and AME give 100 %. */
function rateFor(c: Ctx, p: ProfessionProfile, baseRate: number, maternityApplies: boolean): number {
  if (p.ame) {
    c.note('ame');
    return 100;
  }
  if (p.maternity && maternityApplies) {
    c.note('maternity', 'ratePct', 100);
    return 100;
  }
  if (p.ald) {
    c.note('ald', 'ratePct', 100);
    return 100;
  }
  return baseRate;
}

/**
 * The estimate for a profession key (specialties.ts PROFESSIONS). The input is already valid
 * (engine.ts readCase); never throws for such input.
 */
export function estimateProfession(profession: Profession, k: ProfessionCase): Estimate {
  const c = new Ctx(k.day);
  const p = k.profile;
  if (profession === 'not-reimbursed') return notReimbursed(c, k, 'NR-1');
  if (profession === 'psychologist-outside') return notReimbursed(c, k, 'PSY-0');
  if (profession === 'dietitian') return notReimbursed(c, k, 'NR-2');
  if (profession === 'speech-therapist') return unknown('tariffNotSourced', { paramId: 'ORT-1' });
  if (p.alsace) return unknown('professionAlsaceMoselle');
  if (k.tele && profession !== 'msp') return unknown('professionTeleconsultation');
  if (profession === 'msp') return msp(c, k);
  if (k.sector === '3') return unknown('professionNonConventionne');

  // Dentist, kiné, midwife, podologist: the base(s) of the standard act and the rate.
  let bases: number[];
  let baseRate: number;
  let franchise = 0;
  let maternityApplies = true;
  switch (profession) {
    case 'dentist': {
      const base = c.use('DEN-1');
      if (Number.isNaN(base)) return unknown('tariffNotSourced', { paramId: 'DEN-1' });
      bases = [base];
      baseRate = c.use(k.day < parseDay('2023-10-15') ? 'DEN-2' : 'DEN-3');
      if (Number.isNaN(baseRate)) return unknown('tariffNotSourced', { paramId: 'DEN-2' });
      c.cite('DEN-4');
      c.cite('XP-1');
      c.note('noParticipationForfaitaire');
      break;
    }
    case 'physio': {
      const ids = k.day < parseDay('2024-02-22') ? ['KIN-3'] : k.day < parseDay('2026-01-01') ? ['KIN-4/min', 'KIN-4/max'] : ['KIN-5/min', 'KIN-5/max'];
      bases = ids.map((id) => c.use(id));
      if (bases.some(Number.isNaN)) return unknown('tariffNotSourced', { paramId: 'KIN-3' });
      c.cite(ids.length > 1 ? ids[0]!.slice(0, 5) : ids[0]!);
      if (bases.length > 1) c.note('physioSessionRange', 'minCents', bases[0]!, 'maxCents', bases[1]!);
      baseRate = c.use('KIN-8');
      c.cite('KIN-9');
      c.cite('KIN-11');
      c.cite('XP-1');
      franchise = franchiseFor(c, p);
      c.note('physioPrescription', 'feeCents', k.feeMax >= 0 ? k.feeMax : bases[bases.length - 1]!);
      break;
    }
    case 'midwife': {
      const base = c.use(k.day < parseDay('2024-02-22') ? 'SF-1' : 'SF-2');
      if (Number.isNaN(base)) return unknown('tariffNotSourced', { paramId: 'SF-1' });
      bases = [base];
      baseRate = c.use('SF-4');
      c.cite('SF-5');
      c.note('noParticipationForfaitaire');
      if (p.maternity) c.cite('SF-4/maternity');
      break;
    }
    case 'podologist': {
      const base = c.use(k.day < parseDay('2024-03-07') ? 'POD-1' : 'POD-1/2024');
      if (Number.isNaN(base)) return unknown('tariffNotSourced', { paramId: 'POD-1' });
      bases = [base];
      baseRate = c.use('POD-2');
      c.cite('POD-3');
      franchise = franchiseFor(c, p);
      maternityApplies = true;
      break;
    }
  }
  const rate = rateFor(c, p, baseRate, maternityApplies);
  const conventionne = k.sector === '1';
  if (!conventionne) {
    c.note('professionSectorUnknown');
  }
  if (p.css) c.note('cssComplementary');

  const list: Amounts[] = [];
  let feeUnknown = false;
  const fees = k.feeMin < 0 ? [-1] : k.feeMin === k.feeMax ? [k.feeMin] : [k.feeMin, k.feeMax];
  const top = bases[bases.length - 1]!;
  for (const shown of fees) {
    // A fee within the possible bases is the tarif: one base (a kiné's act is not named).
    const caseBases = shown >= 0 && shown <= top ? [top] : bases;
    for (const base of caseBases) {
      let fee = shown < 0 ? base : shown;
      if (p.css && fee > base) {
        c.note('professionCssTarif', 'feeCents', base);
        fee = base;
      }
      list.push(amounts(p, { fee, base, baseRate, rate, franchise }));
      if (!conventionne && shown >= 0) list.push(notReimbursedAmounts(shown)); // non-conventionné bound
    }
  }
  if (k.feeMin < 0 && !conventionne) feeUnknown = true;
  if (k.feeMin >= 0 && k.feeMax > top && p.hasMutuelle && !p.css && !p.ame) c.note('professionMutuelleLevel', 'levelPct', p.lD);

  if (profession === 'midwife' && !p.maternity && rate !== 100) {
    // The maternity flag starts at the 6th month; prenatal visits are at 100 % from the first.
    const alt = list.map((a) => amounts(p, { fee: a.fee, base: bases[0]!, baseRate, rate: 100, franchise: 0 }).outOfPocket);
    c.note('midwifePregnancy', 'outOfPocketCents', Math.min(...alt));
    c.cite('SF-4/maternity');
  }
  if (profession === 'podologist') {
    // Only a diabetic-foot session (grade 2 or 3) is reimbursed; the booking does not say which.
    c.note('podologyDiabeticFoot');
    if (k.feeMin >= 0) list.push(notReimbursedAmounts(k.feeMax));
    else feeUnknown = true;
  }
  return finish(c, k, list, feeUnknown);
}

/** Mon soutien psy: a fixed session fee, 60 %, no dépassement, no PF/franchise. */
function msp(c: Ctx, k: ProfessionCase): Estimate {
  const p = k.profile;
  if (p.alsace) return unknown('professionAlsaceMoselle');
  const tariffs = k.day < parseDay('2024-06-29') ? [c.use('PSY-MSP-1/follow-up'), c.use('PSY-MSP-1')] : [c.use('PSY-MSP-2')];
  if (tariffs.some(Number.isNaN)) return unknown('tariffNotSourced', { paramId: 'PSY-MSP-1' });
  const baseRate = c.use('PSY-MSP-3');
  c.cite('PSY-MSP-6');
  c.cite('PSY-MSP-8');
  c.note('noParticipationForfaitaire');
  if (tariffs.length > 1) c.note('mspSessionKind', 'minCents', tariffs[0]!, 'maxCents', tariffs[1]!);
  const rate = rateFor(c, p, baseRate, true);
  if (p.css) c.note('cssComplementary');
  const top = tariffs[tariffs.length - 1]!;
  const list: Amounts[] = [];
  const fees = k.feeMin < 0 ? tariffs : k.feeMin === k.feeMax ? [k.feeMin] : [k.feeMin, k.feeMax];
  for (const fee of fees) {
    if (fee > top) {
      // Dépassements are forbidden: a higher fee is a session outside the scheme (PSY-0).
      c.note('mspAboveTariff', 'brssCents', top);
      c.cite('PSY-0');
      list.push(notReimbursedAmounts(fee));
    } else {
      list.push(amounts(p, { fee, base: top, baseRate, rate, franchise: 0 }));
    }
  }
  return finish(c, k, list, false);
}
