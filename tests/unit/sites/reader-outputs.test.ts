// The readers' outputs on every fixture, compared with the outputs recorded in
// reader-outputs.json. The file was written by the readers as they were before the site
// knowledge moved to src/sites/<site>/; any change a refactoring makes to what a reader returns
// (a listing, a key, a sector, a fee row, the element a badge goes after) shows here.
// Rewrite the record only on purpose: RAC_WRITE_READER_OUTPUTS=1 npx vitest run tests/unit/sites/reader-outputs.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectListings, siteFor } from '../../../src/sites';
import { selfCheck } from '../../../src/detect/self-check';
import type { Listing } from '../../../src/detect/types';
import { allFixtures, load } from '../detect/fixtures';

const RECORD = resolve(__dirname, 'reader-outputs.json');

/** An element as its path of tag names and sibling indexes from the document element. */
function pathOf(el: Element | undefined): string | null {
  if (el === undefined) return null;
  const parts: string[] = [];
  for (let e: Element | null = el; e !== null; e = e.parentElement) {
    const parent: Element | null = e.parentElement;
    const i = parent === null ? 0 : Array.from(parent.children).indexOf(e);
    parts.unshift(`${e.localName}[${i}]`);
  }
  return parts.join('>');
}

function serialise(l: Listing): unknown {
  return {
    key: l.key,
    site: l.site,
    name: l.name ?? null,
    specialtyLabel: l.specialtyLabel ?? null,
    specialty: l.specialty,
    sector: l.sector,
    sectorEvidence: l.sectorEvidence,
    info: l.info ?? null,
    anchor: pathOf(l.anchor),
    container: pathOf(l.container),
    fees: l.fees.map((f) => ({ label: f.label, min: f.min, max: f.max, anchor: pathOf(f.anchor) })),
  };
}

/** What the readers return on a fixture: the whole page, then each listing's container alone (incremental reads). */
function outputsOf(name: string): unknown {
  const { doc, url } = load(name);
  const whole = detectListings(doc, url);
  const check = selfCheck(doc, url.href, siteFor(url));
  return {
    whole: whole.map(serialise),
    byContainer: whole.map((l) => detectListings(l.container ?? l.anchor, url).map((x) => x.key)),
    // The self-check's verdict and counts (not its rules' ids, which name the markup).
    selfCheck: check === null ? null : { verdict: check.verdict, page: check.page, signals: check.signals, expected: check.expected },
  };
}

const names = allFixtures();

describe('reader outputs on every fixture', () => {
  if (process.env['RAC_WRITE_READER_OUTPUTS'] === '1') {
    it('records the outputs', () => {
      const record = Object.fromEntries(names.map((n) => [n, outputsOf(n)]));
      writeFileSync(RECORD, `${JSON.stringify(record, null, 1)}\n`);
    }, 120_000);
    return;
  }
  const record = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, unknown>) : {};

  it('has a record for every fixture and no other', () => {
    expect(Object.keys(record).sort()).toEqual(names);
  });

  for (const name of names) {
    it(`${name}: same listings as recorded`, () => {
      expect(outputsOf(name)).toEqual(record[name]);
    }, 30_000);
  }
});
