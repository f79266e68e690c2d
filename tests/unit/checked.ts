// A property that returns early on a generated case that says nothing about it checks fewer cases
// than it runs, maybe none: it counts the cases it really checked, and the test fails when fewer
// than the share it states did (a generator or a rule change that makes it vacuous shows).
import { expect } from 'vitest';

export function checkedCases(runs: number) {
  let checked = 0;
  return {
    runs,
    /** This case got to the assertions. */
    hit(): void {
      checked++;
    },
    /** At least `share` (0–1) of the runs got to the assertions. */
    atLeast(share: number): void {
      expect(checked, `${checked} of ${runs} generated cases checked, fewer than ${Math.round(share * 100)} %`).toBeGreaterThanOrEqual(Math.ceil(share * runs));
    },
    get count(): number {
      return checked;
    },
  };
}
