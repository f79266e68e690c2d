#!/usr/bin/env node
// npm run bench:starvation — does the extension starve the page it works on? A measurement, not a
// test (the e2e keeps liveness only: tests/e2e/scenarios/90-robustness.mjs): the page's own frames
// and 20 ms timer ticks while the shipped build (.output/chrome-mv3) works on two hostile pages,
// with the extension switched on and off for the site, runs interleaved (off, on, off, on…) so
// that a change of machine load hits both sides alike. Prints medians and the on/off ratios; the
// load average is printed with them because the machine is shared.
//   (1) noise-50k.htm: the 4 s after the page re-rendered 25 000 elements (from the end of its own task);
//   (2) mutating-page.htm: 5 s of a clock every frame, text inside cards, +2 cards every 250 ms.
//   node scripts/bench-starvation.mjs [--runs N] [--no-build]
import os from 'node:os';
import { join } from 'node:path';
import { launch, serve, ROOT } from '../tests/e2e/harness.mjs';
import { buildOnce } from './build-once.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = Math.max(1, Number(at >= 0 ? args[at + 1] : 3) || 3);
const BASE = 'https://www.doctolib.fr/search?location=75012-paris&speciality=';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The page's frames and timer ticks over one burst of work, with the extension on or off. */
const CASES = {
  'noise 50 000 elements, 25 000-element re-render (4 s)': {
    fixture: 'robustness/noise-50k.htm',
    url: `${BASE}robustness-noise`,
    measure: (page) =>
      page.evaluate(async () => {
        // From the end of the page's own synchronous re-render: what follows is the extension's.
        window.__fixture.burst();
        const f0 = window.__frames;
        const k0 = window.__ticks;
        await new Promise((r) => setTimeout(r, 4000));
        return { frames: window.__frames - f0, ticks: window.__ticks - k0 };
      }),
  },
  'mutating page (5 s)': {
    fixture: 'robustness/mutating-page.htm',
    url: `${BASE}robustness-mutating`,
    measure: (page) => page.evaluate(() => window.__fixture.run(5000)).then(({ frames, ticks }) => ({ frames, ticks })),
  },
};

export async function starvation({ runs = RUNS, log = (s) => process.stderr.write(`  … ${s}\n`) } = {}) {
  const env = await launch({ extensionDir: join(ROOT, '.output/chrome-mv3') });
  const out = {};
  let n = 0;
  try {
    for (const [name, c] of Object.entries(CASES)) {
      const sides = { off: [], on: [] };
      for (let i = 0; i < runs; i++) {
        for (const side of ['off', 'on']) {
          log(`${name}, extension ${side}, run ${i + 1}/${runs}`);
          await env.ext((on) => chrome.storage.local.set({ sites: { 'doctolib.fr': on } }), side === 'on');
          const url = `${c.url}&bench=${++n}`;
          serve(env, c.fixture, url);
          const page = await env.newPage();
          await page.goto(url);
          if (side === 'on') await page.waitForFunction(() => document.querySelectorAll('rac-badge').length >= 5, null, { timeout: 20000 });
          sides[side].push(await c.measure(page));
          await page.close();
        }
      }
      out[name] = sides;
    }
  } finally {
    await env.close();
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  if (!args.includes('--no-build')) buildOnce('chrome:production');
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const result = await starvation();
  console.log(`Starvation (shipped build, Chromium; ${RUNS} interleaved runs per side; load average at start ${load}, ${os.cpus().length} CPUs)`);
  console.log('| page | frames off | frames on | on/off | ticks off | ticks on | on/off |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, { off, on }] of Object.entries(result)) {
    const f = [median(off.map((r) => r.frames)), median(on.map((r) => r.frames))];
    const k = [median(off.map((r) => r.ticks)), median(on.map((r) => r.ticks))];
    console.log(`| ${name} | ${f[0]} | ${f[1]} | ${(f[1] / f[0]).toFixed(2)} | ${k[0]} | ${k[1]} | ${(k[1] / k[0]).toFixed(2)} |`);
  }
}
