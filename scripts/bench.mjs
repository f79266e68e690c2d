#!/usr/bin/env node
// npm run bench — the speed, memory and size figures, printed as a table (no assertions; targets are shown as met or
// missed) and written as markdown to tests/bench/out/latest.md with the machine described.
//   (a) estimate() throughput in Node (scripts/bench-core.mjs, median of the runs);
//   (b) reading a synthetic Doctolib search page of 100 / 1 000 cards in Chromium vs a bare
//       TreeWalker pass over all text nodes of the same page (target ≤ 10×);
//   (c) full annotation by the built extension (read + estimate + mount badges): time to every
//       badge, longest task (target: none over 50 ms), peak JS heap;
//   (d) incremental: +20 cards on a 1 000-card page vs on a 20-card page (ratio ≈ 1);
//   (e) settings change → every badge updated, 100 badges (target < 100 ms), and 1 000;
//   (f) sizes of every bundle, raw and gzip -9 (content script budget ≤ 36 KB gzip);
//   (g) content script start → first and last badge on a 20-card page, worker warm and cold, with
//       the test build's breakdown of the wait, and Firefox beside Chromium (scripts/bench-start.mjs);
//   (h) the robustness scenario's 50 000-element noise page re-rendering 25 000 elements while one
//       core is kept busy: the extension's share of any task (scripts/bench-start.mjs).
// The targets: reading ≤ 10× a TreeWalker; 1 000 cards: first screen of badges ≤ 100 ms
// after insertion, no frame where the extension's script and the rendering in its task exceed
// 16 ms, main-thread time ≤ 2× the page alone; settings change: visible badges ≤ 100 ms.
// Timed figures are medians of --runs runs (default 7) with their interquartile range. The machine
// is shared: the load average at start and end is printed with the figures. Another build (an older
// commit's .output, for a "before" column) is measured with --output DIR --no-build;
// `node scripts/bench-start.mjs --before DIR` measures g and h on both, runs alternating.
//   node scripts/bench.mjs [--runs N] [--no-build] [--output DIR] [--modules]
//     [--skip core,chromium,reading,annotation,incremental,settings,startup,firefox,noise,sizes]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runChromium } from './bench-chromium.mjs';
import { bundleSizes, contentModules, CONTENT_GZIP_BUDGET } from './bench-sizes.mjs';
import { fmtSpread, noiseChromium, spread, startRows, startupChromium, startupFirefox } from './bench-start.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/bench/out');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('--runs', 7)) || 7);
const SKIP = new Set(opt('--skip', '').split(',').filter(Boolean));
/** The builds measured: this checkout's, or another's (`--output DIR`, e.g. an older commit's .output, with --no-build). */
const OUTPUT = opt('--output', join(ROOT, '.output'));
const log = (s) => process.stderr.write(`  … ${s}\n`);

const started = Date.now();
const load0 = os.loadavg();

if (!args.includes('--no-build') && (!SKIP.has('sizes') || !SKIP.has('chromium'))) {
  // The production build for everything; the test build (its amount hook) for the settings change,
  // which watches every badge's amount change: a shipped build has no such hook in the page.
  for (const [label, extra] of [['production, .output/chrome-mv3', []], ['test build, .output/chrome-mv3-e2e', ['--mode', 'e2e']], ['Firefox, .output/firefox-mv2', ['-b', 'firefox']]]) {
    log(`wxt build (${label})`);
    const r = spawnSync('npx', ['--no-install', 'wxt', 'build', ...extra], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) {
      console.error(r.stderr || r.stdout);
      process.exit(1);
    }
  }
}

// (a) estimate() in Node: bench-core.mjs (owned by the core), run RUNS times, median per case.
const core = new Map();
let coreNode = process.version;
if (!SKIP.has('core')) {
  for (let i = 0; i < RUNS; i++) {
    log(`estimate() throughput, run ${i + 1}/${RUNS}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-core.mjs'), '0.4'], { cwd: ROOT, encoding: 'utf8' });
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?)\s{2,}([\d,]+) estimates\/s/.exec(line);
      if (m) core.set(m[1].trim(), [...(core.get(m[1].trim()) ?? []), Number(m[2].replaceAll(',', ''))]);
      const v = /^node (v[\d.]+)/.exec(line);
      if (v) coreNode = v[1];
    }
    if (r.status !== 0) console.error(r.stderr);
  }
}

// (b)–(e) in Chromium.
let chromium = null;
if (!SKIP.has('chromium')) {
  chromium = await runChromium({ extensionDir: join(OUTPUT, 'chrome-mv3'), runs: RUNS, log, skip: new Set([...SKIP, 'settings']) });
  if (!SKIP.has('settings')) {
    const onlySettings = new Set([...SKIP, 'reading', 'annotation', 'incremental', 'startup']);
    const test = await runChromium({ extensionDir: join(OUTPUT, 'chrome-mv3-e2e'), runs: RUNS, log, skip: onlySettings });
    chromium.settings = test.settings;
    chromium.errors.push(...test.errors);
    chromium.foreignRequests.push(...test.foreignRequests);
  }
}

// (g) the content script's start (Chromium production and test builds, Firefox) and (h) the noise
// page's heavy re-render under load: scripts/bench-start.mjs.
const start = {};
if (!SKIP.has('chromium') && !SKIP.has('startup')) {
  start.chromium = await startupChromium({ builds: [{ label: 'production', dir: join(OUTPUT, 'chrome-mv3') }], runs: RUNS, log });
  start.chromiumTest = await startupChromium({ builds: [{ label: 'test build', dir: join(OUTPUT, 'chrome-mv3-e2e') }], runs: RUNS, log });
}
if (!SKIP.has('firefox') && !SKIP.has('startup')) start.firefox = await startupFirefox({ builds: [{ label: 'production', dir: join(OUTPUT, 'firefox-mv2') }], runs: RUNS, log });
if (!SKIP.has('chromium') && !SKIP.has('noise')) start.noise = await noiseChromium({ builds: [{ label: 'production', dir: join(OUTPUT, 'chrome-mv3') }], runs: Math.max(3, Math.ceil(RUNS / 2)), log });

// (f) sizes.
const sizes = SKIP.has('sizes') ? [] : bundleSizes();
const modules = args.includes('--modules') ? await contentModules() : null;

// ---------------------------------------------------------------------------------------------
// Report

const f1 = (x, d = 1) => (x == null ? '—' : x.toFixed(d));
const int = (x) => (x == null ? '—' : Math.round(x).toLocaleString('en-US'));
const mb = (x) => (x == null ? '—' : (x / 1e6).toFixed(1));
const kb = (x) => (x / 1000).toFixed(1);
const verdict = (ok) => (ok == null ? '' : ok ? 'met' : '**missed**');

function cpuModel() {
  try {
    const text = readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^model name\s*:\s*(.+)$/m.exec(text);
    return m ? m[1].trim() : os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}
function osName() {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

const rows = []; // [measure, value, target, verdict]
if (core.size > 0) {
  for (const [label, xs] of core) rows.push([`(a) estimate() in Node — ${label}`, `${int(median(xs))} /s`, label.startsWith('mixed') ? '≥ 100 000 /s' : '', label.startsWith('mixed') ? verdict(median(xs) >= 1e5) : '']);
}
if (chromium) {
  for (const r of chromium.reading) {
    rows.push([`(b) read ${int(r.cards)} cards (${int(r.textNodes)} text nodes): detectListings vs TreeWalker`, `${f1(r.read, 2)} ms (IQR ${f1(spread(r.reads).q1, 2)}–${f1(spread(r.reads).q3, 2)}) vs ${f1(r.walk, 2)} ms (IQR ${f1(spread(r.walks).q1, 2)}–${f1(spread(r.walks).q3, 2)}) = **${f1(r.ratio, 2)}×** (first call ${f1(r.firstRead)} ms)`, '≤ 10×', verdict(r.ratio <= 10)]);
  }
  for (const r of chromium.annotation) {
    const alone = chromium.pageAlone?.find((a) => a.cards === r.cards);
    const t = r.trace ?? {};
    if (r.screen) {
      rows.push([`(c) annotate ${int(r.cards)} cards: insertion → first screen of badges`, `**${fmtSpread(spread(r.msAll))}** (max ${f1(r.msMax, 0)}; the page's own first frame with the cards: ${f1(r.paintedMs, 0)} ms)${r.timeouts ? `, ${r.timeouts} timed out` : ''}`, '≤ 100 ms', verdict(r.ms != null && r.ms <= 100)]);
      rows.push([`(c) annotate ${int(r.cards)} cards: scroll to the end → badges on screen`, `${f1(r.scrollEnd, 0)} ms (max ${f1(r.scrollEndMax, 0)})`, '', '']);
      if (t.found) {
        rows.push([`(c) annotate ${int(r.cards)} cards: frames where extension script since the previous frame + the frame's rendering > 16 ms (traced)`, `**${t.extFrames}** (worst ${f1(t.extFrameWorst, 0)} ms)`, 'none', verdict(t.extFrames === 0)]);
        const ratio = alone?.busyTotal ? t.busyTotal / alone.busyTotal : null;
        rows.push([`(c) annotate ${int(r.cards)} cards: main-thread time in the ${int(2500)} ms after insertion, with vs page alone (traced)`, `${f1(t.busyTotal, 0)} ms vs ${f1(alone?.busyTotal, 0)} ms = **${f1(ratio, 2)}×**`, '≤ 2×', ratio == null ? '' : verdict(ratio <= 2)]);
      }
    } else {
      rows.push([`(c) annotate ${int(r.cards)} cards: insertion → all badges`, `${fmtSpread(spread(r.msAll))} (max ${f1(r.msMax, 0)}; the page's own first frame with the cards: ${f1(r.paintedMs, 0)} ms)${r.timeouts ? `, ${r.timeouts} timed out` : ''}`, '', '']);
    }
    rows.push([`(c) annotate ${int(r.cards)} cards: longest task, page + extension (worst of ${RUNS})`, `${f1(r.longestTask, 0)} ms (median ${f1(r.longestTaskMedian, 0)}; ${f1(r.longTasks, 0)} tasks > 50 ms per run); page alone, no extension: ${f1(alone?.longestTask, 0)} ms, ${f1(alone?.longTasks, 0)} tasks > 50 ms`, 'none > 50 ms', verdict(r.longestTask <= 50)]);
    rows.push([`(c) annotate ${int(r.cards)} cards: extension script, longest in one task (traced run)`, t.found ? `**${f1(t.extLongest, 0)} ms** (extension script in total ${f1(t.extTotal, 0)} ms; style/layout/paint ${f1(t.renderTotal, 0)} ms)` : 'trace not attributed', '≤ 50 ms', t.found ? verdict(t.extLongest <= 50) : '']);
    rows.push([`(c) annotate ${int(r.cards)} cards: peak JS heap (page + content script)`, `${mb(r.heapPeak)} MB (+${mb(r.heapDelta)} MB over the page before)`, '', '']);
  }
  const [small, big] = chromium.incremental;
  if (small && big) {
    const ratio = big.ms / small.ms;
    const ext = (x) => `extension script ${f1(x.extTotal, 0)} ms, style/layout/paint ${f1(x.renderTotal, 0)} ms in a traced run`;
    rows.push(['(d) +20 cards → 20 badges, on a 20-card page', `${fmtSpread(spread(small.all))} (${ext(small)})`, '', '']);
    rows.push(['(d) +20 cards → 20 badges, on a 1 000-card page', `${fmtSpread(spread(big.all))} = **${f1(ratio, 2)}×** the 20-card page (${ext(big)})`, '≈ 1× (≤ 1.5×)', verdict(ratio <= 1.5)]);
  }
  for (const s of chromium.settings) {
    const long = s.badges > 100;
    rows.push([`(e) settings change → ${long ? `the visible badges of a ${int(s.badges)}-card page` : `all ${int(s.badges)} badges`} updated (test build)`, `${long ? '**' : ''}${fmtSpread(spread(s.all))}${long ? '**' : ''} (max ${f1(s.msMax, 0)}; longest task ${f1(s.longestTask, 0)} ms)`, long ? '≤ 100 ms, no task > 50 ms' : '< 100 ms', verdict(s.ms != null && s.ms <= 100 && (!long || s.longestTask <= 50))]);
  }
}
for (const [measure, value, target, v] of startRows(start, verdict)) rows.push([measure, value, target, v]);
for (const s of sizes) {
  const budget = s.file.startsWith('content-scripts/') && s.file.endsWith('.js');
  const gz = budget ? `**${kb(s.gzip)} KB gzip**` : `${kb(s.gzip)} KB gzip`;
  rows.push([`(f) size ${s.file}`, `${kb(s.raw)} KB, ${gz}`, budget ? `≤ ${kb(CONTENT_GZIP_BUDGET)} KB gzip` : '', budget ? verdict(s.gzip <= CONTENT_GZIP_BUDGET) : '']);
}
if (sizes.length > 0) {
  const js = sizes.filter((s) => s.file.endsWith('.js'));
  rows.push(['(f) size, all JS', `${kb(js.reduce((a, s) => a + s.raw, 0))} KB, ${kb(js.reduce((a, s) => a + s.gzip, 0))} KB gzip`, '', '']);
}

const machine = [
  `CPU: ${cpuModel()}, ${os.cpus().length} logical cores (shared machine), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  `OS: ${osName()}; Node ${coreNode}; ${chromium ? `Chromium ${chromium.chromium} (${chromium.executablePath}), headless` : 'Chromium not run'}`,
  `Load average at start: ${load0.map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min); at end: ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`,
  `Runs: ${RUNS} per timed figure, median and interquartile range shown; extension: production build (${OUTPUT}/chrome-mv3), default profile; (e) on the test build (.output/chrome-mv3-e2e), whose amount hook lets the bench see each badge change`,
  `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; total time ${((Date.now() - started) / 1000).toFixed(0)} s`,
];

// Console: a plain table.
const strip = (s) => s.replace(/\*\*/g, '');
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => strip(r[1]).length));
console.log(`\nReste à charge — npm run bench\n${machine.map((m) => `  ${m}`).join('\n')}\n`);
for (const [a, b, c, d] of rows) console.log(`${a.padEnd(w0)}  ${strip(b).padEnd(w1)}  ${c}${d ? ` → ${strip(d)}` : ''}`);
if (chromium) {
  console.log(`\nrequests to hosts other than the generated pages and the extension: ${chromium.foreignRequests.length}`);
  const errs = [...new Set(chromium.errors)];
  console.log(`console errors/warnings in the bench pages: ${errs.length}${errs.length ? `\n  ${errs.slice(0, 10).join('\n  ')}` : ''}`);
}
if (modules) {
  console.log(`\n${modules.script} by module group (rendered bytes before minification, total ${kb(modules.total)} KB):`);
  for (const g of modules.groups.slice(0, 14)) console.log(`  ${g.group.padEnd(40)} ${kb(g.rendered).padStart(7)} KB ${((100 * g.rendered) / modules.total).toFixed(0).padStart(3)} %`);
}

// Markdown.
mkdirSync(OUT, { recursive: true });
const md = [
  '## Measured (npm run bench)',
  '',
  ...machine.map((m) => `- ${m}`),
  '',
  '| measure | result | target | |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`),
  '',
  chromium ? `Requests to other hosts during the Chromium runs: ${chromium.foreignRequests.length}. Console errors or warnings in the bench pages: ${new Set(chromium.errors).size}.` : '',
  modules ? `\n${modules.script} by module group (rendered bytes before minification): ${modules.groups.slice(0, 8).map((g) => `${g.group} ${kb(g.rendered)} KB`).join(', ')}.` : '',
  '',
].join('\n');
writeFileSync(join(OUT, 'latest.md'), md);
writeFileSync(join(OUT, 'latest.json'), JSON.stringify({ machine, rows, core: Object.fromEntries(core), chromium, start, sizes, modules }, null, 2));
console.log(`\nwritten: tests/bench/out/latest.md (and latest.json)`);
