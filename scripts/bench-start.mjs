// The start of the content script on a 20-card Doctolib list (npm run bench, figure g), and a
// heavy page change under load (figure h), each measured on one or more builds side by side:
// the runs alternate between the builds, so that a "before" and a "now" meet the same load.
//   (g) Chromium, from one trace per page load: the content script's first evaluation, the page's
//       DOMContentLoaded and its marks (tests/bench/synthetic.mjs) → first and last badge, worker
//       warm and cold; on a test build the content script's own marks (src/content/marks.ts) give
//       the breakdown of the wait. Firefox: DOMContentLoaded → first and last badge (page clock;
//       its MV2 background page does not stop, so warm only).
//   (h) The 50 000-element noise page of the e2e robustness scenario, a 25 000-element re-render
//       while a busy process keeps one core loaded: the longest task, the extension's script
//       inside it, and the page's frames and timer ticks in 1.5 s, against the site switched off.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, traced } from './bench-chromium.mjs';
import { benchScript, searchPage } from '../tests/bench/synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEARCH = 'https://www.doctolib.fr/search?location=75012-paris&speciality=medecin';
const NOISE = 'https://www.doctolib.fr/search?location=75012-paris&speciality=robustness-noise';

/** Median and interquartile range (linear interpolation), over the finite values. */
export function spread(xs) {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: null, q1: null, q3: null };
  const q = (p) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
  };
  return { n: s.length, median: q(0.5), q1: q(0.25), q3: q(0.75) };
}

/** "131 ms (IQR 120–140, n 7)" */
export function fmtSpread(st, unit = ' ms') {
  if (!st || st.median == null) return '—';
  const r = (x) => Math.round(x).toLocaleString('en-US');
  return `${r(st.median)}${unit} (IQR ${r(st.q1)}–${r(st.q3)}, n ${st.n})`;
}

const ms = (a, b) => (a == null || b == null ? null : (b - a) / 1000);

/** The content script's moments (src/content/marks.ts), in the order they happen. */
const STEPS = ['rac:start', 'rac:settings', 'rac:parsed', 'rac:request', 'rac:reply', 'rac:badges'];

/** One traced load of a 20-card page: times relative to the script's start and to DOMContentLoaded. */
async function startOnce(b, cold) {
  let stopped = null;
  if (cold) stopped = await b.stopWorker();
  else {
    // Warm: the worker has just answered a page's estimates.
    const warm = await b.open(SEARCH, searchPage({ cards: 1, script: benchScript() }));
    await warm.waitForFunction(() => window.__bench?.badges >= 1, null, { timeout: 15000 });
    await warm.close();
  }
  const { page, url } = await b.prepare(SEARCH, searchPage({ cards: 20, script: benchScript() }));
  const t = await traced(page, async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.badges >= 20, null, { timeout: 15000 });
    await page.waitForTimeout(50);
  }, { pageUrl: url });
  const errors = page.errors;
  await page.close();
  const m = t.marks;
  const first = m['rac-bench:first-badge'];
  const last = m['rac-bench:all-badges'];
  // The content script's evaluation (compile + run of its top level) and its script time before the last badge.
  const isOurs = (e) => /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(String(e.args?.data?.url ?? e.args?.fileName ?? ''));
  const evaluation = t.events.filter((e) => e.name === 'EvaluateScript' && isOurs(e)).reduce((a, e) => a + e.dur, 0) / 1000;
  const script = t.events.filter((e) => e.name === 'FunctionCall' && isOurs(e) && (last == null || e.ts <= last)).reduce((a, e) => a + e.dur, 0) / 1000;
  const steps = {};
  for (const s of STEPS) steps[s] = ms(t.dclTs, m[s]);
  return {
    stopped,
    errors,
    fromStart: { first: ms(t.scriptStart, first), last: ms(t.scriptStart, last) },
    fromDcl: { first: ms(t.dclTs, first), last: ms(t.dclTs, last) },
    // Where the script started relative to DOMContentLoaded (negative: before it, document_start).
    startVsDcl: ms(t.dclTs, t.scriptStart),
    evaluation,
    script,
    steps,
  };
}

/**
 * (g) in Chromium: `builds` [{ label, dir }] (unpacked Chrome builds), `runs` loads per build and
 * per worker state, alternating between the builds.
 */
export async function startupChromium({ builds, runs = 7, log = () => {} }) {
  const browsers = [];
  try {
    for (const build of builds) browsers.push(await launch(build.dir));
    const raw = builds.map(() => ({ warm: [], cold: [] }));
    for (let i = 0; i < runs; i++) {
      for (const cold of [false, true]) {
        for (let k = 0; k < builds.length; k++) {
          log(`start, 20 cards, ${builds[k].label}, ${cold ? 'cold' : 'warm'} worker, run ${i + 1}/${runs}`);
          raw[k][cold ? 'cold' : 'warm'].push(await startOnce(browsers[k], cold).catch((e) => ({ error: String(e) })));
        }
      }
    }
    return builds.map((build, k) => ({
      label: build.label,
      chromium: browsers[k].version,
      ...Object.fromEntries(['warm', 'cold'].map((w) => {
        const rs = raw[k][w].filter((r) => !r.error);
        const st = (f) => spread(rs.map(f));
        return [w, {
          runs: rs.length,
          failed: raw[k][w].length - rs.length,
          notStopped: rs.filter((r) => r.stopped === false).length,
          first: st((r) => r.fromStart.first),
          last: st((r) => r.fromStart.last),
          dclFirst: st((r) => r.fromDcl.first),
          dclLast: st((r) => r.fromDcl.last),
          startVsDcl: st((r) => r.startVsDcl),
          evaluation: st((r) => r.evaluation),
          script: st((r) => r.script),
          steps: Object.fromEntries(STEPS.map((s) => [s, st((r) => r.steps[s])])),
          errors: rs.flatMap((r) => r.errors),
        }];
      })),
    }));
  } finally {
    for (const b of browsers) await b.close();
  }
}

/** (g) in Firefox: DOMContentLoaded → first and last badge on the page's clock, per build. */
export async function startupFirefox({ builds, runs = 7, log = () => {} }) {
  const { launchFirefox } = await import('../tests/e2e/firefox.mjs');
  const { locateFirefox } = await import('./firefox.mjs');
  const fx = locateFirefox();
  if (!fx.path) return { problem: fx.problem };
  const envs = [];
  const out = builds.map((b) => ({ label: b.label, first: [], last: [] }));
  let version = null;
  let n = 0;
  try {
    for (const build of builds) envs.push(await launchFirefox({ extensionDir: build.dir, executablePath: fx.path }));
    version = envs[0]?.version;
    // The add-on's background starts with the browser: a first page lets it settle.
    for (const env of envs) {
      const u = `${SEARCH}&fxwarm=${++n}`;
      env.routes.set(u, { body: searchPage({ cards: 1, script: benchScript() }), contentType: 'text/html; charset=utf-8' });
      const page = await env.newPage();
      await page.p.goto(u);
      await page.p.waitForFunction(() => window.__bench?.badges >= 1, { timeout: 15000, polling: 50 }).catch(() => {});
      await page.close();
    }
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < builds.length; k++) {
        log(`start, 20 cards, Firefox, ${builds[k].label}, run ${i + 1}/${runs}`);
        const env = envs[k];
        const u = `${SEARCH}&fx=${++n}`;
        env.routes.set(u, { body: searchPage({ cards: 20, script: benchScript() }), contentType: 'text/html; charset=utf-8' });
        const page = await env.newPage();
        await page.p.goto(u);
        const r = await page.p
          .waitForFunction(() => {
            if (!(window.__bench?.badges >= 20)) return false;
            const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
            const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null;
            return { first: at('rac-bench:first-badge') - dcl, last: at('rac-bench:all-badges') - dcl };
          }, { timeout: 15000, polling: 20 })
          .then((h) => h.jsonValue())
          .catch(() => null);
        out[k].first.push(r?.first ?? null);
        out[k].last.push(r?.last ?? null);
        await page.close();
      }
    }
  } finally {
    for (const env of envs) await env.close();
  }
  return { version, builds: out.map((o) => ({ label: o.label, first: spread(o.first), last: spread(o.last), failed: o.last.filter((x) => x == null).length })) };
}

/** A process that keeps one core busy until killed (the load of the starvation measure). */
function busyCore() {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

/**
 * (h) The noise page's 25 000-element re-render, traced, with one core kept busy: per build, the
 * extension on vs the site switched off (same browser, same page).
 */
export async function noiseChromium({ builds, runs = 5, log = () => {} }) {
  const html = readFileSync(join(ROOT, 'tests/fixtures/robustness/noise-50k.htm'), 'utf8');
  const out = [];
  const browsers = [];
  const busy = busyCore();
  try {
    for (const build of builds) browsers.push(await launch(build.dir));
    const raw = builds.map(() => ({ on: [], off: [] }));
    for (let i = 0; i < runs; i++) {
      for (const on of [true, false]) {
        for (let k = 0; k < builds.length; k++) {
          log(`noise page re-render, ${builds[k].label}, extension ${on ? 'on' : 'off'}, run ${i + 1}/${runs}`);
          const b = browsers[k];
          await b.sw.evaluate((v) => chrome.storage.local.set({ sites: { 'doctolib.fr': v } }), on);
          const { page, url } = await b.prepare(NOISE, html);
          await page.goto(url);
          if (on) await page.waitForFunction(() => document.querySelectorAll('rac-badge').length >= 5, null, { timeout: 20000 }).catch(() => {});
          await page.waitForTimeout(300);
          const t = await traced(page, () => page.evaluate(async () => {
            const f0 = window.__frames;
            const k0 = window.__ticks;
            window.__fixture.burst();
            await new Promise((r) => setTimeout(r, 1500));
            return { frames: window.__frames - f0, ticks: window.__ticks - k0 };
          }), { pageUrl: url });
          // The longest task, and the extension's script time inside it.
          const tasks = t.events.filter((e) => e.name === 'RunTask');
          const ext = t.events.filter((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
          let longest = null;
          for (const task of tasks) if (!longest || task.dur > longest.dur) longest = task;
          const inTask = (task) => ext.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).reduce((a, e) => a + e.dur, 0) / 1000;
          const extMax = tasks.reduce((m, task) => Math.max(m, inTask(task)), 0);
          raw[k][on ? 'on' : 'off'].push({ ...t.value, longestTask: longest ? longest.dur / 1000 : null, extInLongest: longest ? inTask(longest) : null, extMax });
          await page.close();
        }
      }
    }
    for (const [k, build] of builds.entries()) {
      const pick = (w, f) => spread(raw[k][w].map(f));
      out.push({
        label: build.label,
        on: { frames: pick('on', (r) => r.frames), ticks: pick('on', (r) => r.ticks), longestTask: pick('on', (r) => r.longestTask), extInLongest: pick('on', (r) => r.extInLongest), extMax: pick('on', (r) => r.extMax) },
        off: { frames: pick('off', (r) => r.frames), ticks: pick('off', (r) => r.ticks), longestTask: pick('off', (r) => r.longestTask) },
      });
    }
  } finally {
    busy.kill();
    for (const b of browsers) await b.close();
  }
  return out;
}

/**
 * The rows of figures g and h for scripts/bench.mjs's table: [measure, value per build…, target, verdict].
 */
export function startRows({ chromium = [], chromiumTest = [], firefox = null, noise = [] }, verdict) {
  const rows = [];
  const col = (list, f) => list.map((x) => f(x));
  const target = { warm: 60, cold: 150 };
  for (const w of ['warm', 'cold']) {
    if (chromium.length === 0) break;
    const now = chromium[chromium.length - 1][w];
    rows.push([`(g) 20 cards, Chromium, ${w} worker: DOMContentLoaded → last badge (production build)`, ...col(chromium, (c) => fmtSpread(c[w].dclLast)), `≤ ${target[w]} ms`, verdict(now.dclLast.median != null && now.dclLast.median <= target[w])]);
    rows.push([`(g) 20 cards, Chromium, ${w} worker: DOMContentLoaded → first badge`, ...col(chromium, (c) => fmtSpread(c[w].dclFirst)), '', '']);
    rows.push([`(g) 20 cards, Chromium, ${w} worker: content script start → first / last badge`, ...col(chromium, (c) => `${fmtSpread(c[w].first)} / ${fmtSpread(c[w].last)}`), '', '']);
    rows.push([`(g) 20 cards, Chromium, ${w} worker: content script start, relative to DOMContentLoaded`, ...col(chromium, (c) => fmtSpread(c[w].startVsDcl)), '', '']);
    if (w === 'cold') rows.push(['(g) cold runs where the worker was NOT confirmed stopped', ...col(chromium, (c) => String(c.cold.notStopped)), '0', '']);
  }
  for (const w of ['warm', 'cold']) {
    if (chromiumTest.length === 0) break;
    rows.push([`(g) test build, ${w}: DOMContentLoaded → last badge`, ...col(chromiumTest, (c) => fmtSpread(c[w].dclLast)), '', '']);
    rows.push([`(g) test build, ${w}: content script evaluation / its script time until the last badge`, ...col(chromiumTest, (c) => `${fmtSpread(c[w].evaluation)} / ${fmtSpread(c[w].script)}`), '', '']);
    for (const s of STEPS) rows.push([`(g) test build, ${w}: mark ${s}, ms after DOMContentLoaded`, ...col(chromiumTest, (c) => fmtSpread(c[w].steps[s])), '', '']);
  }
  if (firefox?.builds) {
    const now = firefox.builds[firefox.builds.length - 1];
    rows.push([`(g) 20 cards, Firefox ${firefox.version}: DOMContentLoaded → last badge`, ...firefox.builds.map((b) => fmtSpread(b.last)), '≤ 60 ms', verdict(now.last.median != null && now.last.median <= 60)]);
    rows.push([`(g) 20 cards, Firefox: DOMContentLoaded → first badge`, ...firefox.builds.map((b) => fmtSpread(b.first)), '', '']);
  }
  if (noise.length > 0) {
    const now = noise[noise.length - 1];
    rows.push(['(h) noise page, 25 000-element re-render, one core busy: extension script in any one task (max)', ...noise.map((x) => fmtSpread(x.on.extMax)), '≤ 50 ms', verdict(now.on.extMax.median != null && now.on.extMax.median <= 50)]);
    rows.push(['(h) … longest task, extension on (its script inside it) / site off', ...noise.map((x) => `${fmtSpread(x.on.longestTask)} (${fmtSpread(x.on.extInLongest)}) / ${fmtSpread(x.off.longestTask)}`), '', '']);
    rows.push(['(h) … frames in 1.5 s, on / off', ...noise.map((x) => `${fmtSpread(x.on.frames, '')} / ${fmtSpread(x.off.frames, '')}`), '', '']);
    rows.push(['(h) … page timer ticks in 1.5 s, on / off', ...noise.map((x) => `${fmtSpread(x.on.ticks, '')} / ${fmtSpread(x.off.ticks, '')}`), '', '']);
  }
  return rows;
}

// Run alone: node scripts/bench-start.mjs [--runs N] [--before DIR] [--only g,firefox,h]
// DIR: another checkout's .output (its chrome-mv3, chrome-mv3-e2e, firefox-mv2), measured beside this one.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const os = await import('node:os');
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const runs = Number(opt('--runs', 7));
  const before = opt('--before', null);
  const only = new Set(opt('--only', 'g,test,firefox,h').split(','));
  const outs = [...(before ? [['before', before]] : []), ['now', join(ROOT, '.output')]];
  const log = (s) => process.stderr.write(`  … ${s}\n`);
  const load0 = os.loadavg();
  const res = {};
  if (only.has('g')) res.chromium = await startupChromium({ builds: outs.map(([label, d]) => ({ label, dir: join(d, 'chrome-mv3') })), runs, log });
  if (only.has('test')) res.chromiumTest = await startupChromium({ builds: outs.map(([label, d]) => ({ label, dir: join(d, 'chrome-mv3-e2e') })), runs, log });
  if (only.has('firefox')) res.firefox = await startupFirefox({ builds: outs.map(([label, d]) => ({ label, dir: join(d, 'firefox-mv2') })), runs, log });
  if (only.has('h')) res.noise = await noiseChromium({ builds: outs.map(([label, d]) => ({ label, dir: join(d, 'chrome-mv3') })), runs: Math.max(3, Math.round(runs / 2)), log });
  const verdict = (ok) => (ok ? 'met' : 'missed');
  console.log(`load average at start ${load0.map((x) => x.toFixed(2)).join(' / ')}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}; ${new Date().toISOString()}`);
  console.log(`| measure | ${outs.map(([l]) => l).join(' | ')} | target | |\n|---|${outs.map(() => '---|').join('')}---|---|`);
  for (const r of startRows(res, verdict)) console.log(`| ${r.join(' | ')} |`);
  if (process.env.BENCH_JSON) (await import('node:fs')).writeFileSync(process.env.BENCH_JSON, JSON.stringify(res, null, 2));
}
