// The content script asks the background for estimates instead of bundling the calculation core
// and its tariff table: the script that runs on every booking page stays small (36 KB gzip at
// most, checked by npm run test:static), and the table is loaded once per browser, not once per tab. Everything stays on
// the device: this is a message to the extension's own background, not a network request.
import { browser } from 'wxt/browser';
import type { Estimate, EstimateInput } from '../core/types';
import { ESTIMATE_MESSAGE, MAX_BATCH, type EstimateRequest } from '../messages';

export { MAX_BATCH };

export async function requestEstimates(inputs: EstimateInput[]): Promise<Estimate[]> {
  const reply: unknown = await browser.runtime.sendMessage({ type: ESTIMATE_MESSAGE, inputs } satisfies EstimateRequest);
  if (!Array.isArray(reply) || reply.length !== inputs.length) throw new Error('bad estimate reply');
  return reply as Estimate[];
}

/** Sends `inputs` in messages of at most `max` inputs (concurrently) and joins the replies in order. */
export async function requestInBatches(
  inputs: EstimateInput[],
  send: (inputs: EstimateInput[]) => Promise<Estimate[]>,
  max = MAX_BATCH,
): Promise<Estimate[]> {
  if (inputs.length <= max) return send(inputs);
  const chunks: EstimateInput[][] = [];
  for (let i = 0; i < inputs.length; i += max) chunks.push(inputs.slice(i, i + max));
  const replies = await Promise.all(chunks.map(send));
  return replies.flat();
}
