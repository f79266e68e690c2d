// The layer rules (.dependency-cruiser.cjs, run by `npm run test:static`) catch what they are for:
// bad imports planted in a temporary copy of src/ and entrypoints/ (the tracked files are never
// touched) each fail with the rule that forbids them.
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without types
import { cruise, layerProblems, TEMPORARY_KNOWN_CYCLES } from '../../../scripts/check-layers.mjs';

const ROOT = resolve(__dirname, '../../..');
let copy = '';

/** A copy of what dependency-cruiser reads: the sources, the TypeScript config and the packages. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rac-layers-'));
  for (const p of ['src', 'entrypoints', '.wxt', 'tsconfig.json', 'PRIVACY.md']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}


describe('layer rules (dependency-cruiser)', () => {
  beforeAll(() => {
    copy = copyProject();
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('pass on the copy as it is, and a known cycle that no longer exists fails until removed', () => {
    const result = cruise(copy);
    expect(layerProblems({ result }).problems).toEqual([]);
    const gone = [['src/core/dates.ts', 'src/core/limits.ts']];
    expect(layerProblems({ result, knownCycles: [...TEMPORARY_KNOWN_CYCLES, ...gone] }).problems).toEqual([expect.stringContaining('src/core/dates.ts ↔ src/core/limits.ts is gone')]);
  }, 120_000);

  it('fail on a planted cycle (type-only imports) and on imports against the layers', () => {
    const at = (p: string) => join(copy, p);
    writeFileSync(at('src/content/planted-a.ts'), "import type { B } from './planted-b';\nexport interface A { b?: B }\n");
    writeFileSync(at('src/content/planted-b.ts'), "import type { A } from './planted-a';\nexport interface B { a?: A }\n");
    appendFileSync(at('src/core/dates.ts'), "\nimport { formatEuros } from '../ui/format';\nvoid formatEuros;\n");
    appendFileSync(at('src/detect/common.ts'), "\nimport { browser } from 'wxt/browser';\nvoid browser;\n");
    appendFileSync(at('src/messages.ts'), "\nimport type { ComparePanel } from './ui/compare/ComparePanel';\nexport type Planted = typeof ComparePanel;\n");
    appendFileSync(at('entrypoints/background.ts'), "\nimport { formatMoney } from '../src/ui/format';\nvoid formatMoney;\n");
    appendFileSync(at('src/settings/schema.ts'), "\nimport '../ui/format';\n");
    appendFileSync(at('entrypoints/popup/tab.ts'), "\nimport '../options/main';\n");
    const { problems } = layerProblems({ result: cruise(copy) });
    const expected = [
      /^no-circular: src\/content\/planted-[ab]\.ts → src\/content\/planted-[ab]\.ts → src\/content\/planted-[ab]\.ts/,
      /^core-is-pure: src\/core\/dates\.ts → src\/ui\/format\.ts/,
      /^detect-is-pure: src\/detect\/common\.ts → node_modules\/wxt\//,
      /^messages-use-core-and-domain-only: src\/messages\.ts → src\/ui\/compare\/ComparePanel\.tsx/,
      /^background-without-ui: entrypoints\/background\.ts → src\/ui\/format\.ts/,
      /^settings-below-ui: src\/settings\/schema\.ts → src\/ui\/format\.ts/,
      /^entrypoints-apart: entrypoints\/popup\/tab\.ts → entrypoints\/options\/main\.tsx/,
    ];
    for (const re of expected) expect(problems, String(re)).toContainEqual(expect.stringMatching(re));
  }, 120_000);
});
