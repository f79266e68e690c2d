#!/usr/bin/env node
// Mutation testing of the critical checks: plants each fault below in the source (or in a test's
// generator), runs the tests meant to catch it, and says whether at least one failed; the file is
// restored after each, whatever happens. A fault no test catches is a check that cannot fail.
//   node scripts/mutate.mjs            the faults caught by unit and static checks (a few minutes)
//   node scripts/mutate.mjs --e2e      also those only a real browser catches (Chromium)
//   node scripts/mutate.mjs <name>     the faults whose name contains <name>
// Exits 1 when a planted fault is not caught (or no longer applies: the code it targets moved).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = (...files) => ['npx', '--no-install', 'vitest', 'run', ...files];
const e2e = (filter) => ['node', 'tests/e2e/run.mjs', '--chromium', filter];

export const FAULTS = [
  {
    name: 'idle signal shipped in the production build',
    file: 'src/content/idle.ts',
    find: 'if (!TEST_BUILD || !document.documentElement) return;',
    put: 'if (!document.documentElement) return;',
    run: ['node', 'scripts/check-static.mjs'],
  },
  {
    name: 'idle signalled while an estimate request is in flight',
    file: 'src/content/estimate-client.ts',
    find: 'idle: () => inflight === 0 && !retryTimer && missing.size === 0,',
    put: 'idle: () => true,',
    run: vitest('tests/unit/content/annotator.test.ts'),
  },
  {
    name: 'one estimate request per card instead of one per pass',
    file: 'src/content/estimate-client.ts',
    find: 'requestInBatches(inputs, send, options.maxBatch ?? MAX_BATCH)',
    put: 'requestInBatches(inputs, send, 1)',
    run: vitest('tests/unit/content/annotator.test.ts'),
  },
  {
    name: 'an unusable estimate reply asked for again at every frame',
    file: 'src/content/estimate-client.ts',
    find: 'if (!cache.has(key) && !asked.has(key)) missing.set(key, input);',
    put: 'if (!est && !asked.has(key)) missing.set(key, input);',
    run: vitest('tests/unit/content/annotator.test.ts'),
  },
  {
    name: 'a property made vacuous (its generator never reaches the assertions)',
    file: 'tests/unit/core/properties.test.ts',
    find: "if (input.specialty === 'medecin' || input.profile.css) return;",
    put: 'if (input.profile) return;',
    run: vitest('tests/unit/core/properties.test.ts'),
  },
  {
    name: 'a robustness property made vacuous (its "listed once" check reached by no generated page)',
    file: 'tests/unit/robustness/readers.property.test.ts',
    find: "          if (p.kind === 'doctolibSearch') {",
    put: "          if (p.kind === 'doctolibSearch' && p.cards.length > 1000) {",
    run: vitest('tests/unit/robustness/readers.property.test.ts'),
    env: { RAC_FUZZ_RUNS: '300' },
  },
  {
    name: 'options page blank until storage answers',
    file: 'entrypoints/options/App.tsx',
    find: '  const { sites, setEnabled } = useSites();\n',
    put: '  const { sites, setEnabled } = useSites();\n  if (!state) return <div class="options" />;\n',
    run: vitest('tests/unit/popup/options-frame.test.tsx'),
  },
  {
    name: 'a sleep in a scenario',
    file: 'tests/e2e/scenarios/10-profile.mjs',
    find: '      await t.idle(page); // the pass is complete',
    put: '      await page.waitForTimeout(200); // the pass is complete',
    run: ['node', 'scripts/check-sleeps.mjs'],
  },
  {
    name: 'the annotator keeps observing the page once switched off',
    file: 'src/content/annotator.ts',
    find: '    this.observer?.disconnect();\n    this.observer = null;\n',
    put: '',
    run: e2e('per-site switch'),
    e2e: true,
  },
  {
    name: 'a second pass adds a badge the first did not (an extra badge after the pass)',
    file: 'src/content/annotator.ts',
    find: '    this.idleCheck();\n  }',
    put: "    if (!document.querySelector('rac-badge[data-extra]') && this.badges.size() > 0) { const x = document.createElement('rac-badge'); x.setAttribute('data-extra', ''); document.querySelector('rac-badge')!.after(x); }\n    this.idleCheck();\n  }",
    run: e2e('profile page: badge per fee row'),
    e2e: true,
  },
  {
    name: 'the page starved while the extension works (a 6 s busy pass after a re-render)',
    file: 'src/content/annotator.ts',
    find: '    const deadline = performance.now() + SLICE_MS;\n',
    put: "    const deadline = performance.now() + SLICE_MS;\n    if (this.dirty.size > 0 && document.getElementById('noise-bottom')?.childElementCount) { const end = Date.now() + 6000; while (Date.now() < end); }\n",
    run: e2e('50 000 elements'),
    e2e: true,
  },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

async function main() {
  const args = process.argv.slice(2);
  const withE2e = args.includes('--e2e');
  const filter = args.find((a) => !a.startsWith('--'));
  const chosen = FAULTS.filter((f) => (withE2e || !f.e2e) && (!filter || f.name.includes(filter)));
  let restore = null;
  process.on('SIGINT', () => {
    restore?.();
    process.exit(130);
  });

  const results = [];
  for (const f of chosen) {
    const path = join(ROOT, f.file);
    const original = readFileSync(path, 'utf8');
    const at = original.indexOf(f.find);
    if (at < 0 || original.indexOf(f.find, at + 1) >= 0) {
      results.push({ f, verdict: 'NOT PLANTED (the code it targets changed: update the fault)', ok: false });
      continue;
    }
    restore = () => writeFileSync(path, original);
    const t0 = Date.now();
    try {
      writeFileSync(path, original.slice(0, at) + f.put + original.slice(at + f.find.length));
      process.stderr.write(`  … ${f.name}: ${f.run.join(' ')}\n`);
      const r = spawnSync(f.run[0], f.run.slice(1), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...f.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      const out = `${r.stdout}\n${r.stderr}`;
      const failing = out.split('\n').filter((l) => /(?:✗|×|FAIL|AssertionError|Error:)/.test(l)).slice(0, 2).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim());
      const caught = r.status !== 0;
      results.push({ f, ok: caught, verdict: caught ? `caught (${((Date.now() - t0) / 1000).toFixed(0)} s): ${failing.join(' | ').slice(0, 200)}` : 'NOT CAUGHT: every test passed' });
    } finally {
      restore();
      restore = null;
    }
  }
  for (const { f, ok, verdict } of results) console.log(`${ok ? '✓' : '✗'} ${f.name} [${f.file}] — ${verdict}`);
  const missed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - missed} of ${results.length} planted faults caught`);
  process.exitCode = missed > 0 ? 1 : 0;
}
