// The content script's side of the estimates: a cache per input, the inputs a pass still needs
// sent in one request (split at the background's per-message limit by requestInBatches), retries
// with backoff that a later change of the page renews, and a generation bumped on every profile
// change so that a reply computed for an older profile is dropped.
import type { Estimate, EstimateInput } from '../core/types';
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
}

export class EstimateClient {
  private readonly cache = new Map<string, Estimate>();
  /** Inputs needed by the current pass and not cached yet, by cache key. */
  private readonly missing = new Map<string, EstimateInput>();
  private readonly request: (inputs: EstimateInput[]) => Promise<Estimate[]>;
  private inFlight = false;
  private retries = 0;
  /** Bumped on every profile change: replies for an older profile are dropped. */
  private generation = 0;

  constructor(private readonly options: EstimateClientOptions) {
    // Split at the background's per-message limit: a page with thousands of fee rows must not
    // turn the badges off by making every request too large to be answered.
    const send = options.send ?? requestEstimates;
    this.request = (inputs) => requestInBatches(inputs, send, options.maxBatch ?? MAX_BATCH);
  }

  /** The cached estimate, or undefined (the input is then recorded for the next request). */
  get(input: EstimateInput): Estimate | undefined {
    const key = this.keyOf(input);
    const est = this.cache.get(key);
    if (!est) this.missing.set(key, input);
    return est;
  }

  /** True when every input's estimate is cached; records the missing ones. */
  has(inputs: readonly EstimateInput[]): boolean {
    let ok = true;
    for (const input of inputs) if (!this.get(input)) ok = false;
    return ok;
  }

  /** The profile changed: everything cached or asked for belongs to the old one. */
  renew(): void {
    this.generation++;
    this.retries = 0;
    this.cache.clear();
    this.missing.clear();
  }

  /** A later change of the page gives failed requests a new round of retries. */
  renewRetries(): void {
    this.retries = 0;
  }

  /** The page session stopped: nothing is waiting any more. */
  drop(): void {
    this.missing.clear();
  }

  /** Asks the background for what the pass could not show yet, in one batch. */
  flush(): void {
    if (this.inFlight || this.missing.size === 0) return;
    const batch = [...this.missing];
    this.missing.clear();
    const generation = this.generation;
    this.inFlight = true;
    this.request(batch.map(([, input]) => input)).then(
      (results) => {
        this.inFlight = false;
        this.retries = 0;
        if (generation === this.generation && this.options.running()) {
          batch.forEach(([key], i) => this.cache.set(key, results[i]!));
        }
        this.options.onReply();
      },
      () => {
        this.inFlight = false;
        // The extension was reloaded (the context handler stops us) or its background is starting.
        if (this.retries++ < MAX_RETRIES && this.options.running()) {
          setTimeout(this.options.onRetry, 100 * 2 ** this.retries);
        }
      },
    );
  }

  private keyOf(input: EstimateInput): string {
    const fee = input.feeCents;
    return `${this.generation}|${input.date}|${input.sector}|${input.specialty}|${input.act}|${fee?.min}|${fee?.max}|${input.profile.medecinTraitant}`;
  }
}
