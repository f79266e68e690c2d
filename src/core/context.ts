// What every rule of the engine reads and writes for one estimate: the validated profile, the
// day's tariff snapshot, the assumptions, and what the estimate collects (notes, cited
// parameters, the first reason it cannot be made). One context per call: nothing outlives it.
import type { Assumptions } from './assumptions';
import type { NOTE_PARAMS, NoteCode } from './notes';
import { addSource, emptySourceSet, snapshotFor, type Resolved, type Snapshot, type SourceSet } from './tariffs';
import type { CounterName, Note } from './types';

/** The validated profile the rules read. */
export interface Profile {
  age: number;
  hasMedecinTraitant: boolean;
  referred: boolean;
  ald: boolean;
  maternity: boolean;
  alsaceMoselle: boolean;
  css: boolean;
  ame: boolean;
  hasMutuelle: boolean;
  /** The contract's level for DPTAM doctors, percent of the BR (0 without a mutuelle). */
  dptamPct: number;
  /** The contract's level for the other doctors, percent of the BR (0 without a mutuelle). */
  nonDptamPct: number;
  responsable: boolean;
  /** The other lines' levels (percent of the BR), each the DPTAM level where the contract gives none. */
  auxiliariesPct: number;
  psyMspPct: number;
  dentalCarePct: number;
  /** yearToDate counters that hold on the day of care (their period contains it). */
  pfCapReached: boolean;
  franchiseCapReached: boolean;
}

export interface Ctx {
  readonly day: number;
  readonly snap: Snapshot;
  readonly assume: Assumptions;
  readonly tele: boolean;
  readonly profile: Profile;
  /** EstimateInput.isMedecinTraitant: is the GP on the page the one the user marked? */
  readonly gpMarked: boolean | undefined;
  readonly notes: Note[];
  /** Parameters used, for `tariff.sources`. */
  readonly sources: SourceSet;
  /** The first reason the estimate cannot be made. */
  failure: Note | null;
  /** A scenario's base was a candidate specialty's non-OPTAM base (the note says so). */
  usedCandidateNonOptamBase: boolean;
  /** A doctor's technical act (src/core/act-rules.ts): its bases replace or add to the consultation's. */
  act: DoctorAct | null;
  /** The yearToDate counters that changed the amount (Estimate.facts.countersApplied). */
  readonly counters: Set<CounterName>;
}

/** The bases of a doctor's act for the doctors' rules: what the consultation tariffs become. */
export interface DoctorAct {
  /** Secteur 1 / OPTAM grid, cents. */
  s1: number;
  /** Secteur 2 non-OPTAM grid, cents. */
  nonOptam: number;
  /** Billed with a consultation in the same row: its tariff is added to the act's. */
  withConsultation: boolean;
  /** Participations forfaitaires: one per act, within the daily cap. */
  pfCount: number;
}

export function newCtx(
  day: number,
  assume: Assumptions,
  tele: boolean,
  profile: Profile,
  gpMarked: boolean | undefined,
): Ctx {
  return {
    day,
    snap: snapshotFor(day),
    assume,
    tele,
    profile,
    gpMarked,
    notes: [],
    sources: emptySourceSet(),
    failure: null,
    usedCandidateNonOptamBase: false,
    act: null,
    counters: new Set(),
  };
}

/** `['a', 'b']` → `['a', value, 'b', value]`: a note's parameters as names and values in turn. */
type NameValues<T extends readonly string[]> = T extends readonly [infer K extends string, ...infer R extends readonly string[]]
  ? [K, string | number, ...NameValues<R>]
  : [];
/** The parameters a note code takes, checked at compile time against NOTE_PARAMS. */
export type NoteArgs<C extends NoteCode> = NameValues<(typeof NOTE_PARAMS)[C]>;

/** Adds a note unless the same one (code and parameters) is there; compared without allocating. */
export function note<C extends NoteCode>(c: Ctx, code: C, ...params: NoteArgs<C>): void;
export function note(c: Ctx, code: NoteCode, k1?: string, v1?: string | number, k2?: string, v2?: string | number): void {
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
  const params: Record<string, string | number> = { [k1]: v1! };
  if (k2 !== undefined) params[k2] = v2!;
  list.push({ code, params });
}

export function hasNote(c: Ctx, code: NoteCode): boolean {
  for (const n of c.notes) if (n.code === code) return true;
  return false;
}

export function cite(c: Ctx, index: number): void {
  addSource(c.sources, index);
}

/** Records the first reason the estimate cannot be made; returns -1 for the caller to pass on. */
export function fail<C extends NoteCode>(c: Ctx, code: C, ...params: NoteArgs<C>): -1;
export function fail(c: Ctx, code: NoteCode, k1?: string, v1?: string | number): -1 {
  if (!c.failure) c.failure = k1 === undefined ? { code } : { code, params: { [k1]: v1! } };
  return -1;
}

/** A resolved value, cited; fails with `paramId` when no sourced value covers the day. */
export function use(c: Ctx, r: Resolved, paramId: string): number {
  if (Number.isNaN(r.value)) return fail(c, 'tariffNotSourced', 'paramId', paramId);
  cite(c, r.index);
  return r.value;
}
