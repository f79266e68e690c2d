#!/usr/bin/env node
// Where the reading time goes: CPU profile (CDP Profiler) of detectListings on the synthetic
// 1 000-card Doctolib search page in Chromium, src/sites bundled unminified so that functions keep
// their names. Prints the top functions by self time and by total time. A diagnosis tool for
// issue 7's reading target (npm run bench prints the figure itself).
//   node scripts/bench-profile.mjs [cards=1000] [repeats=10]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { findChrome, INSTALL_HINT } from './chrome.mjs';
import { searchPage } from '../tests/bench/synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const cards = Number(process.argv[2]) || 1000;
const repeats = Number(process.argv[3]) || 10;
const dir = mkdtempSync(join(tmpdir(), 'rac-profile-'));
const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const file = join(dir, 'detect.js');
  await build({ input: join(ROOT, 'src/sites/index.ts'), output: { file, format: 'iife', name: 'RacDetect', sourcemap: false }, logLevel: 'silent' });
  const page = await browser.newPage();
  await page.route('**/*', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: searchPage({ cards }) }));
  await page.goto('https://bench.reste-a-charge.test/search');
  await page.addScriptTag({ content: readFileSync(file, 'utf8') });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate(() => RacDetect.detectListings(document, new URL('https://www.doctolib.fr/search?x=1'))); // warm-up
  await cdp.send('Profiler.start');
  const ms = await page.evaluate((n) => {
    const u = new URL('https://www.doctolib.fr/search?x=1');
    const t0 = performance.now();
    for (let i = 0; i < n; i++) RacDetect.detectListings(document, u);
    return (performance.now() - t0) / n;
  }, repeats);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const name = (n) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = name(byId.get(cur));
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  });
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 20)).map(([k, v]) => `  ${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  console.log(`detectListings on ${cards} cards: ${ms.toFixed(1)} ms per call (${repeats} calls profiled)\n\nself time:\n${show(self)}\n\ntotal time:\n${show(total)}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
