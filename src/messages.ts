// The messages between the content scripts, the popup and the background, and their checks:
// whatever arrives is `unknown` until one of these says otherwise. Only our own scripts and pages
// can message us (no externally_connectable), but a check costs little and a bad reply must not
// break a page.
import { isObject } from './core/limits';
import type { Estimate, EstimateInput } from './core/types';
import type { ShownSource } from './domain/sources';

/** Content script → background: estimates for these inputs (the reply: one Estimate per input). */
export const ESTIMATE_MESSAGE = 'rac:estimate';
/**
 * The most inputs one message carries: the background answers nothing to a larger one, and
 * requestInBatches (src/content/estimates.ts) splits a larger ask.
 */
export const MAX_BATCH = 2000;

export interface EstimateRequest {
  type: typeof ESTIMATE_MESSAGE;
  inputs: EstimateInput[];
}

/**
 * One estimate as the background sends it: the core's Estimate plus the sources a patient is shown
 * (src/domain/sources.ts, chosen there: the content script does not carry the publishers' table).
 */
export type EstimateReply = Estimate & { shownSources?: readonly ShownSource[] };

export function isEstimateRequest(m: unknown): m is EstimateRequest {
  return isObject(m) && m.type === ESTIMATE_MESSAGE && Array.isArray(m.inputs) && m.inputs.length <= MAX_BATCH;
}

// --- Médecin traitant ---

/**
 * Popup → content script: the GPs annotated in the tab, for "C'est mon médecin traitant" (the
 * reply: a GpListAnswer). Marking happens in the popup only: nothing of it is in the page.
 */
export const LIST_GPS_MESSAGE = 'rac:list-gps';

export interface GpListing {
  /** The identity the marked GP is matched by (src/settings/gp-identity.ts). */
  id: string;
  name: string;
}

export interface GpListAnswer {
  gps: GpListing[];
}

/** The most GPs one answer lists (a long results page). */
export const MAX_GPS = 100;

export function isListGps(m: unknown): m is { type: typeof LIST_GPS_MESSAGE } {
  return isObject(m) && m.type === LIST_GPS_MESSAGE;
}

/** The content script's answer to LIST_GPS_MESSAGE, or null when it is not one. */
export function gpListOf(answer: unknown): GpListing[] | null {
  if (!isObject(answer) || !Array.isArray(answer.gps)) return null;
  const out: GpListing[] = [];
  for (const g of answer.gps.slice(0, MAX_GPS)) {
    if (isObject(g) && typeof g.id === 'string' && typeof g.name === 'string') out.push({ id: g.id, name: g.name });
  }
  return out;
}

/** Content script → background and popup: how many practitioners it annotated in its tab. */
export const COUNT_MESSAGE = 'rac:count';

export interface CountMessage {
  type: typeof COUNT_MESSAGE;
  count: number;
}

export function isCountMessage(m: unknown): m is CountMessage {
  return isObject(m) && m.type === COUNT_MESSAGE && Number.isInteger(m.count);
}

/** Popup → content script: the count now, and whether the site is on (the reply: a CountAnswer). */
export const GET_COUNT_MESSAGE = 'rac:get-count';

export interface CountAnswer {
  count: number;
  enabled?: boolean;
}

export function isGetCount(m: unknown): m is { type: typeof GET_COUNT_MESSAGE } {
  return isObject(m) && m.type === GET_COUNT_MESSAGE;
}

/** The content script's answer to GET_COUNT_MESSAGE, or null when it is not one. */
export function countAnswerOf(answer: unknown): CountAnswer | null {
  if (!isObject(answer)) return null;
  const { count, enabled } = answer;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return typeof enabled === 'boolean' ? { count, enabled } : { count };
}

// ---------------------------------------------------------------------------------------------
// Self-check: the popup injects `self-check.js` into the tab on demand (the content
// scripts do not carry it) and gets back what the page shows against what the reader read.

/** The injected script's file (entrypoints/self-check.ts). */
export const SELF_CHECK_FILE = '/self-check.js';

/** `ok`: listings read; `empty`: a page with no results; `not-understood`: signals the reader missed; `language`: a page in a language the readers do not read; `blocked`: an anti-bot or error page. */
export type SelfCheckVerdict = 'ok' | 'empty' | 'not-understood' | 'language' | 'blocked';

export interface SignalCount {
  /** Signals seen on the page. */
  total: number;
  /** Of them, inside what the reader read (a listing's container, a fee row). */
  covered: number;
}

/** The self-check of one page, with no page text in it (src/detect/self-check.ts). */
export interface SelfCheckResult {
  v: 1;
  site: string;
  /** `search`, `profile` or `other`. */
  page: string;
  /** The URL's route shape: no path value of the page's own, query names only. */
  route: string;
  /** The page's primary language subtag ('' when it says none). */
  lang: string;
  verdict: SelfCheckVerdict;
  listings: number;
  fees: number;
  signals: { sectorLabels: SignalCount; feeAmounts: SignalCount; profileLinks: SignalCount };
  /** What the signals imply the reader should have read at least. */
  expected: { listings: number; fees: number };
  /** The reader's rules that apply to this page type, with how many elements match each. */
  rules: { id: string; count: number }[];
  skeleton: string[];
  skeletonTruncated: boolean;
}

const VERDICTS: readonly string[] = ['ok', 'empty', 'not-understood', 'language', 'blocked'];
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isSignal = (v: unknown): v is SignalCount => isObject(v) && isCount(v.total) && isCount(v.covered);
const isShortString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;

/** What the injected script returned, when it is a self-check result (else null). */
export function selfCheckResultOf(v: unknown): SelfCheckResult | null {
  if (!isObject(v) || v.v !== 1 || typeof v.verdict !== 'string' || !VERDICTS.includes(v.verdict)) return null;
  const { signals, expected, rules, skeleton } = v;
  if (!isShortString(v.site, 40) || !isShortString(v.page, 40) || !isShortString(v.route) || !isShortString(v.lang, 40)) return null;
  if (!isCount(v.listings) || !isCount(v.fees) || typeof v.skeletonTruncated !== 'boolean') return null;
  if (!isObject(signals) || !isSignal(signals.sectorLabels) || !isSignal(signals.feeAmounts) || !isSignal(signals.profileLinks)) return null;
  if (!isObject(expected) || !isCount(expected.listings) || !isCount(expected.fees)) return null;
  if (!Array.isArray(rules) || rules.length > 100 || !rules.every((r) => isObject(r) && isShortString(r.id, 200) && isCount(r.count))) return null;
  if (!Array.isArray(skeleton) || skeleton.length > 1000 || !skeleton.every((l) => isShortString(l, 2000))) return null;
  return v as unknown as SelfCheckResult;
}
