// The 80-line limit (scripts/check-function-size.mjs, run by `npm run test:static`): a function is
// measured whole, its closures included, and one line over fails the check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without types
import { functionSizeProblems, functionSizes, MAX_FUNCTION_LINES } from '../../../scripts/check-function-size.mjs';

/** A factory of `lines` lines: a 10-line closure, then statements of its own. */
function factory(name: string, lines: number): string {
  const closure = ['  const step = () => {', ...Array.from({ length: 8 }, (_, i) => `    n += ${i};`), '  };'];
  const own = Array.from({ length: lines - 14 }, (_, i) => `  n -= ${i};`);
  return [`export function ${name}() {`, '  let n = 0;', ...closure, ...own, '  return { step, get: () => n };', '}', ''].join('\n');
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A project with these files (path → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rac-fnsize-'));
  dirs.push(root);
  mkdirSync(join(root, 'entrypoints'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

describe('function size check', () => {
  it('counts a closure factory whole, from the line its name is on', () => {
    const sizes = functionSizes(factory('make', 81), 'make.ts');
    expect(sizes.find((f: { name: string }) => f.name === 'make')).toMatchObject({ line: 1, lines: 81 });
    const arrow = functionSizes('const a = 1;\nexport const go = async (x: number) => {\n  return x;\n};\n', 'go.ts');
    expect(arrow).toEqual([{ name: 'go', line: 2, lines: 3 }]);
    const component = functionSizes('export function View() {\n  return (\n    <div>\n      <p />\n    </div>\n  );\n}\n', 'View.tsx');
    expect(component).toEqual([{ name: 'View', line: 1, lines: 7 }]);
  });

  it(`fails on a function of ${MAX_FUNCTION_LINES + 1} lines, passes at ${MAX_FUNCTION_LINES}, in src/ and entrypoints/`, () => {
    const ok = project({ 'src/content/a.ts': factory('fits', MAX_FUNCTION_LINES) });
    expect(functionSizeProblems({ root: ok, allowed: new Map() }).problems).toEqual([]);
    const bad = project({
      'src/content/a.ts': factory('fits', MAX_FUNCTION_LINES),
      'src/ui/b.tsx': `\n${factory('tooLong', MAX_FUNCTION_LINES + 1)}`,
      'entrypoints/c.ts': factory('alsoTooLong', 120),
    });
    expect(functionSizeProblems({ root: bad, allowed: new Map() }).problems).toEqual([
      expect.stringMatching(/^src\/ui\/b\.tsx:2 tooLong is 81 lines/),
      expect.stringMatching(/^entrypoints\/c\.ts:1 alsoTooLong is 120 lines/),
    ]);
  });

  it('an allowance covers one function up to its length, and fails once that function is short', () => {
    const root = project({ 'src/core/e.ts': factory('estimateLong', 105) });
    expect(functionSizeProblems({ root, allowed: new Map([['src/core/e.ts:estimateLong', 105]]) }).problems).toEqual([]);
    expect(functionSizeProblems({ root, allowed: new Map([['src/core/e.ts:estimateLong', 100]]) }).problems).toEqual([
      expect.stringMatching(/estimateLong is 105 lines .*allowed 100/),
      expect.stringMatching(/src\/core\/e\.ts:estimateLong is no longer over 80 lines/),
    ]);
    const fixed = project({ 'src/core/e.ts': factory('estimateLong', 60) });
    expect(functionSizeProblems({ root: fixed, allowed: new Map([['src/core/e.ts:estimateLong', 105]]) }).problems).toEqual([
      expect.stringMatching(/remove it from TEMPORARY_CORE_OFFENDERS/),
    ]);
  });
});
