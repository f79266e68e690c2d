// The test build's idle signal: the content script says when a pass is complete (nothing left to
// read, no estimate request in flight, no DOM write waiting), so that a test checks "nothing more
// happens" at a known point instead of after a sleep. A DOM attribute and event, because the test
// (page world, or the harness) and the content script (isolated world) share only the DOM.
// Compiled out of the shipped build like the amount hook (scripts/check-static.mjs proves it).
import { TEST_BUILD } from '../ui/shadow-mode';

/**
 * On <html>: the number of idle signals so far, followed by " busy" while work is scheduled (a test
 * takes the number before an action and waits for a larger one without " busy" after it).
 */
export const IDLE_ATTR = 'data-rac-test-idle';
/** Dispatched on `document` after the attribute got its new number. */
export const IDLE_EVENT = 'rac-test-idle';

let signals = 0;

// From the attribute too: a content script injected again (extension reload) keeps counting up.
const count = (): number => Math.max(signals, parseInt(document.documentElement.getAttribute('data-rac-test-idle') ?? '', 10) || 0);

/** Work was scheduled: a test waiting for idle must wait for the pass that does it. */
export function markBusy(): void {
  if (TEST_BUILD && document.documentElement) document.documentElement.setAttribute('data-rac-test-idle', `${count()} busy`);
}

/** A pass is complete and nothing is pending. */
export function markIdle(): void {
  if (!TEST_BUILD || !document.documentElement) return;
  signals = count() + 1;
  document.documentElement.setAttribute('data-rac-test-idle', String(signals));
  document.dispatchEvent(new Event('rac-test-idle'));
}
