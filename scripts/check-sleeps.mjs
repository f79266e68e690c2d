// The static step's check on waits in the tests: no `waitForTimeout`, no promise around a
// `setTimeout` (a sleep) and no function wrapping one, outside the allow-list below, each use with
// its reason. A sleep then a look passes on a slow machine without having checked anything, and
// fails on a loaded one: tests wait for an event (the test build's idle signal, a selector, a
// condition polled with a deadline) instead.
//   node scripts/check-sleeps.mjs          lists the hits, exits 1 on any not allowed
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What counts as a sleep, on one line of a test file. */
export const SLEEP_PATTERNS = [
  { id: 'waitForTimeout', re: /\bwaitForTimeout\s*\(/ },
  // A promise resolved by the timer itself: a sleep (a deadline raced against an event resolves
  // with a value, `setTimeout(() => r(false), ms)`, and is not one).
  { id: 'setTimeout promise', re: /new Promise\b[^\n]*\bsetTimeout\s*\(\s*(?:r|res|resolve)\s*,/ },
  { id: 'sleep wrapper', re: /\b(?:const|let|function)\s+\w*(?:sleep|delay|pause)\w*\b[^\n]*setTimeout/i },
  { id: 'sleep call', re: /(?<![\w.])sleep\s*\(/ },
];

/**
 * Each allowed use: the file, a piece of its line, and why a timed wait is right there. One entry
 * per use; an entry that matches nothing fails too (the list stays exact).
 */
export const ALLOW = [
  { file: 'tests/e2e/harness.mjs', line: '// until(): poll interval', reason: 'the poll interval of a condition checked with a deadline (fails at the timeout)' },
  { file: 'tests/e2e/harness.mjs', line: '// the welcome tab: poll interval', reason: 'polls for the first-run tab with a bound of 5 s' },
  { file: 'tests/e2e/harness.mjs', line: 'a second one would have opened by now', reason: 'the first-run check ("opened once"): no event says the background opened no second tab; a second tab arriving later fails the next scenario\'s tab checks' },
  { file: 'tests/e2e/harness.mjs', line: '// after a restart: poll interval', reason: 'polls for a first-run tab after a browser restart, 10 tries' },
  { file: 'tests/e2e/firefox.mjs', line: 'const sleep = (ms) =>', reason: 'the Firefox side\'s poll interval (FxLocator waits, waitForFunction), each with a deadline' },
  { file: 'tests/e2e/firefox.mjs', line: 'waitForTimeout(ms) {', reason: "FxPage's shim of Playwright's waitForTimeout, for the allowed uses in the scenarios" },
  { file: 'tests/e2e/firefox.mjs', line: 'return sleep(ms);', reason: "FxPage's shim of Playwright's waitForTimeout, for the allowed uses in the scenarios" },
  { file: 'tests/e2e/firefox.mjs', line: 'await sleep(1000); // the add-on reloads', reason: 'Firefox gives no event when a temporary add-on has reloaded from disk; the next step waits for its pages with a deadline' },
  { file: 'tests/e2e/firefox.mjs', line: 'await sleep(POLL_MS);', reason: 'FxLocator.element(): poll interval, deadline DEFAULT_TIMEOUT' },
  { file: 'tests/e2e/firefox.mjs', line: 'await sleep(POLL_MS);', reason: 'FxLocator.waitFor(): poll interval, deadline DEFAULT_TIMEOUT' },
  { file: 'tests/e2e/scenarios/42-medecin-traitant.mjs', line: "!root.querySelector('.panel'); i++) await new Promise", reason: 'in the page: polls (20 ms, 50 tries) for the panel Preact renders after the click' },
  { file: 'tests/e2e/scenarios/42-medecin-traitant.mjs', line: 'await page.waitForTimeout(400); // production build', reason: 'production build (no idle signal): the spy probes after the UI settled; an unsettled UI makes the profiles differ, a failure, never a pass' },
  ...[0, 1, 2].map(() => ({
    file: 'tests/e2e/scenarios/85-privacy-spy.mjs',
    line: '// production build: no idle signal',
    reason: 'production build (no idle signal): after a click, the panel or list opened for the spy; an unsettled UI makes the four profiles differ, a failure, never a pass',
  })),
  { file: 'tests/e2e/scenarios/85-privacy-spy.mjs', line: 'await new Promise((r) => setTimeout(r, 50)); // the violation event', reason: 'securitypolicyviolation is dispatched after the refused fetch settles; the assertion needs one such event, so a late one fails' },
  { file: 'tests/unit/popup/helpers.ts', line: 'setTimeout(r, ms));', reason: 'settle(): five macrotasks (0 ms) for Preact\'s scheduled renders and the storage fake; no timing' },
  { file: 'tests/unit/robustness/readers.property.test.ts', line: 'const yieldNow = ()', reason: 'yields to the event loop (0 ms) so that happy-dom\'s WeakRef targets can be collected (see the comment there)' },
  { file: 'tests/unit/ui/badge.test.tsx', line: 'const flush = ()', reason: 'one macrotask (0 ms) for Preact\'s scheduled re-render' },
  { file: 'tests/unit/ui/badge-mutuelle-line.test.tsx', line: 'const flush = ()', reason: 'one macrotask (0 ms) for Preact\'s scheduled re-render' },
  { file: 'tests/unit/ui/badge-sector-label.test.tsx', line: 'const flush = ()', reason: 'one macrotask (0 ms) for Preact\'s scheduled re-render' },
  ...[0, 1].map(() => ({
    file: 'tests/unit/settings/profile.test.ts',
    line: '// the fake storage delivers',
    reason: '"no callback": the fake storage delivers onChanged in a macrotask; 10 ms passes several; a late delivery fails the next assertion of the file',
  })),
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    // Fixture pages are the sites' scripts; the benches measure time on purpose.
    if (name === 'node_modules' || name === 'out' || name === 'fixtures' || name === 'bench') return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every sleep in `text`: { line (1-based), id, text }. */
export function findSleeps(text) {
  const hits = [];
  text.split('\n').forEach((line, i) => {
    const ids = SLEEP_PATTERNS.filter(({ re }) => re.test(line)).map(({ id }) => id);
    if (ids.length > 0) hits.push({ line: i + 1, id: ids.join(', '), text: line.trim() });
  });
  return hits;
}

export function checkSleeps(root = ROOT, allow = ALLOW) {
  const files = walk(join(root, 'tests')).filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));
  const bad = [];
  const allowed = [];
  const used = new Set();
  for (const f of files) {
    const rel = relative(root, f);
    for (const hit of findSleeps(readFileSync(f, 'utf8'))) {
      const entry = allow.find((a) => a.file === rel && !used.has(a) && hit.text.includes(a.line));
      if (entry) {
        used.add(entry);
        allowed.push(`${rel}:${hit.line} [${hit.id}] allowed: ${entry.reason}`);
      } else bad.push(`${rel}:${hit.line} [${hit.id}] ${hit.text}`);
    }
  }
  const stale = allow.filter((a) => !used.has(a)).map((a) => `allow-list entry matches nothing: ${a.file} "${a.line}"`);
  return { files: files.length, bad, allowed, stale };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = checkSleeps();
  for (const line of [...r.bad, ...r.stale]) console.log(`  ✗ ${line}`);
  for (const line of r.allowed) console.log(`  · ${line}`);
  console.log(`${r.files} test files: ${r.bad.length} sleeps not allowed, ${r.allowed.length} allowed, ${r.stale.length} stale entries`);
  process.exitCode = r.bad.length + r.stale.length > 0 ? 1 : 0;
}
