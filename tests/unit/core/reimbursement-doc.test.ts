// docs/reimbursement.md is kept in step with src/core: every parameter of the tariff table has
// its row there, and every switch of assumptions.ts is named with its default.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, PARAMETERS, TARIFF_VERSION, VERIFIED_THROUGH } from '../../../src/core';

// The act table's rows are documented in docs/acts.md.
const DOC = ['reimbursement.md', 'acts.md'].map((f) => readFileSync(resolve(__dirname, '../../../docs', f), 'utf8')).join('\n');

describe('docs/reimbursement.md', () => {
  it('has a row for every parameter id of src/core/tariffs.ts', () => {
    const missing = PARAMETERS.map((p) => p.id).filter((id) => !DOC.includes(`| ${id} |`));
    expect(missing, 'add these parameters to docs/reimbursement.md §1').toEqual([]);
  });

  it('states every dated value of the table', () => {
    for (const p of PARAMETERS) {
      const row = DOC.split('\n').find((l) => l.startsWith(`| ${p.id} |`)) ?? '';
      for (const v of p.values) expect(row, `${p.id} from ${v.from}`).toContain(`from ${v.from}`);
    }
  });

  it('names every switch of src/core/assumptions.ts', () => {
    const missing = Object.keys(ASSUMPTIONS).filter((name) => !DOC.includes(name));
    expect(missing, 'document these assumptions in docs/reimbursement.md §4').toEqual([]);
  });

  it("gives the table's version and the last day its values were checked", () => {
    expect(DOC).toContain(TARIFF_VERSION);
    expect(DOC).toContain(VERIFIED_THROUGH);
  });
});
