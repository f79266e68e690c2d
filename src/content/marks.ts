// Named moments of the content script's start, for the bench's trace (scripts/bench-start.mjs):
// user-timing marks in the test build only; a shipped build compiles this to nothing.
import { TEST_BUILD } from '../ui/shadow-mode';

const seen = new Set<string>();

/** Marks `rac:<name>` the first time it happens on this page. */
export function mark(name: string): void {
  if (!TEST_BUILD || seen.has(name)) return;
  seen.add(name);
  try {
    performance.mark(`rac:${name}`);
  } catch {
    // a page may have replaced performance.mark in its world; ours is the isolated one, but never throw
  }
}
