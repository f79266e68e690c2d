// Waiting for the annotator's idle signal (src/content/idle.ts, test build and vitest only)
// instead of sleeping: shared by the annotator's unit tests.
import { IDLE_ATTR, IDLE_EVENT } from '../../../src/content/idle';
import type { Annotator } from '../../../src/content/annotator';

/** The idle signal's number now (src/content/idle.ts), 0 while the annotator has work scheduled. */
const idleNow = () => {
  const v = document.documentElement.getAttribute(IDLE_ATTR) ?? '';
  return v.includes('busy') ? 0 : parseInt(v, 10) || 0;
};
let seen = 0;
/**
 * Resolves at the annotator's next idle signal after the last one seen: its pass is complete, no
 * estimate request is in flight, no DOM write waits. What the page shows then is all it will show
 * until something changes, so the checks that follow need no sleep. Every call follows a change
 * that makes the annotator work (start, a page change, a profile change, cards coming near).
 */
export function settle(timeout = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (idleNow() <= seen) return;
      seen = idleNow();
      document.removeEventListener(IDLE_EVENT, done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      document.removeEventListener(IDLE_EVENT, done);
      reject(new Error(`no idle signal after #${seen} within ${timeout} ms`));
    }, timeout);
    document.addEventListener(IDLE_EVENT, done);
    done();
  });
}
/** Stops the annotator; its stop is an idle signal of its own, not one a later settle() waits for. */
export function stop(a: Annotator | null): void {
  a?.stop();
  seen = idleNow();
}
