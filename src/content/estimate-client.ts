// The content script's side of the estimates: a cache per input, the inputs a pass still needs
// sent in one request (split at the background's per-message limit by requestInBatches), retries
// with backoff that a later change of the page renews, and a generation bumped on every profile
// change so that a reply computed for an older profile is dropped.
import type { Estimate, EstimateInput } from '../core/types';
import { mark } from './marks';
import { MAX_BATCH, requestEstimates, requestInBatches } from './estimates';

/** Retries of a failed estimate request (the background may be starting): 200, 400, 800 ms. */
const MAX_RETRIES = 3;

export interface EstimateClientOptions {
  /** Where estimates come from (the background; tests may pass the core directly). */
  send?: (inputs: EstimateInput[]) => Promise<Estimate[]>;
  /** Most inputs in one request (the background's limit; tests lower it). */
  maxBatch?: number;
  /** False once the page session stopped: no retry then. */
  running: () => boolean;
  /** New estimates are in (or a reply was dropped): the page should be looked at again. */
  onReply: () => void;
  /** A failed request's backoff is over: the pass that needs the estimates should run again. */
  onRetry: () => void;
  /** The last retry failed too: nothing more will happen until the page changes. */
  onGiveUp?: () => void;
}

export interface EstimateClient {
  /** The cached estimate, or undefined (the input is then recorded for the next request). */
  get(input: EstimateInput): Estimate | undefined;
  /** True when every input's estimate is cached; records the missing ones. */
  has(inputs: readonly EstimateInput[]): boolean;
  /** The profile changed: everything cached or asked for belongs to the old one. */
  renew(): void;
  /** A later change of the page gives failed requests a new round of retries. */
  renewRetries(): void;
  /** The page session stopped: nothing is waiting any more. */
  drop(): void;
  /** Asks the background for what the pass could not show yet, in one batch. */
  flush(): void;
  /** No request in flight, none waiting for its backoff, nothing recorded to ask. */
  idle(): boolean;
}

/** An input's cache key: what changes its estimate, for one profile (`generation`). */
function cacheKey(generation: number, input: EstimateInput): string {
  const fee = input.feeCents;
  return `${generation}|${input.date}|${input.sector}|${input.specialty}|${input.act}|${fee?.min}|${fee?.max}|${input.profile.medecinTraitant}|${input.isMedecinTraitant}`;
}

export function estimateClient(options: EstimateClientOptions): EstimateClient {
  const cache = new Map<string, Estimate>();
  /** Inputs needed by the current pass and not cached yet, by cache key. */
  const missing = new Map<string, EstimateInput>();
  // Split at the background's per-message limit: a page with thousands of fee rows must not
  // turn the badges off by making every request too large to be answered.
  const send = options.send ?? requestEstimates;
  const request = (inputs: EstimateInput[]) => requestInBatches(inputs, send, options.maxBatch ?? MAX_BATCH);
  /** Keys asked and not answered yet: not asked again meanwhile. Several requests may be in
   *  flight: a page read over several frames gets its first badges without waiting for the rest. */
  const asked = new Set<string>();
  let retries = 0;
  let inflight = 0; // requests sent and not answered, whatever their generation
  /** A failed request's backoff: no request before it ends, whatever passes run meanwhile. */
  let retryTimer: ReturnType<typeof setTimeout> | 0 = 0;
  /** Bumped on every profile change: replies for an older profile are dropped. */
  let generation = 0;

  const get = (input: EstimateInput): Estimate | undefined => {
    const key = cacheKey(generation, input);
    // An answered input is not asked again, even when its reply was unusable: no request loop.
    if (!cache.has(key) && !asked.has(key)) missing.set(key, input);
    return cache.get(key);
  };

  return {
    get,
    // Every input is looked at (not just up to the first missing one): each missing one is recorded.
    has: (inputs) => inputs.reduce((ok, input) => (get(input) !== undefined) && ok, true),
    renew() {
      generation++;
      retries = 0;
      cache.clear();
      missing.clear();
      asked.clear();
    },
    renewRetries() {
      retries = 0;
    },
    drop() {
      missing.clear();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = 0;
    },
    idle: () => inflight === 0 && !retryTimer && missing.size === 0,
    flush() {
      if (retryTimer || missing.size === 0) return;
      const batch = [...missing];
      missing.clear();
      for (const [key] of batch) asked.add(key);
      const gen = generation;
      mark('request');
      inflight++;
      const settled = () => {
        inflight--;
        if (gen === generation) for (const [key] of batch) asked.delete(key);
      };
      request(batch.map(([, input]) => input)).then(
        (results) => {
          settled();
          retries = 0;
          if (gen === generation && options.running()) batch.forEach(([key], i) => cache.set(key, results[i]!));
          options.onReply();
        },
        () => {
          settled();
          // The extension was reloaded (the context handler stops us) or its background is starting.
          if (retries++ < MAX_RETRIES && options.running()) {
            retryTimer = setTimeout(() => {
              retryTimer = 0;
              options.onRetry();
            }, 100 * 2 ** retries);
          } else options.onGiveUp?.();
        },
      );
    },
  };
}
