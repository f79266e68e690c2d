// The Chromium part of `npm run bench`: reading cost vs a bare TreeWalker pass, full
// annotation by the built extension (time, longest task, peak JS heap), incremental cost, and the
// settings-change latency. Prints nothing itself; returns the figures to scripts/bench.mjs.
// Pages are generated (tests/bench/synthetic.mjs) and served at real URLs through Playwright's
// routing, as in the e2e suite: no network at all, and every request is recorded. BENCH_DEBUG=1
// prints each traced run's main-thread timeline (tasks over 3 ms, the extension's calls, the marks).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { chromeArgs, chromeEnv, findChrome, INSTALL_HINT } from './chrome.mjs';
import { benchScript, searchPage } from '../tests/bench/synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEARCH = 'https://www.doctolib.fr/search?location=75012-paris&speciality=medecin';
/** A host the extension does not run on: the reading benchmark calls the readers itself. */
const NEUTRAL = 'https://bench.reste-a-charge.test/search';

export const median = (xs) => {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const max = (xs) => xs.reduce((m, x) => (x != null && x > m ? x : m), 0);
/** The traced window after an insertion, the same with and without the extension (ms). */
const WINDOW_MS = 2500;
/** Beyond this many cards the extension mounts badges near the viewport only (src/content/annotator.ts). */
const LONG_LIST = 100;

/**
 * Runs fn() with a Chromium trace of the page's renderer and attributes main-thread time: the
 * longest task, and the extension's own script time (FunctionCall events from chrome-extension://
 * URLs: its content script) per task and in total, and the rendering work (style, layout,
 * pre-paint, paint) that followed.
 */
export async function traced(page, fn, { pageUrl = null } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  let value;
  try {
    value = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  return { value, ...attribute(events, pageUrl ?? page.url()) };
}

/** Main-thread time in a trace: see traced(). */
export function attribute(events, url) {
  const X = events.filter((e) => e.ph === 'X' && e.dur > 0);
  // The page's main thread: where the page's own functions run.
  const pageUrl = url.split('#')[0];
  const mainKey = X.find((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith(pageUrl.split('?')[0]));
  const key = mainKey ? `${mainKey.pid}:${mainKey.tid}` : null;
  const onMain = X.filter((e) => `${e.pid}:${e.tid}` === key);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const ext = onMain
    .filter((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const e of ext) if (!top.length || e.ts >= top[top.length - 1].ts + top[top.length - 1].dur) top.push(e);
  let extLongest = 0;
  for (const t of tasks) {
    const inside = top.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).reduce((a, e) => a + e.dur, 0);
    extLongest = Math.max(extLongest, inside);
  }
  const RENDER = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
  const renderEvents = onMain.filter((e) => RENDER.includes(e.name));
  const render = renderEvents.reduce((a, e) => a + e.dur, 0);
  // Frames the extension weighs on: a frame (a task with style, layout or paint) after which or in
  // which its script ran since the previous frame, with that script and the frame's rendering (DOM
  // written in a message's or an observer's task is laid out in the next frame, not in that task).
  let extFrames = 0;
  let extFrameWorst = 0;
  let prevEnd = -Infinity;
  for (const t of tasks.slice().sort((a, b) => a.ts - b.ts)) {
    const inside = (e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
    const rendering = renderEvents.filter(inside).reduce((a, e) => a + e.dur, 0);
    if (rendering === 0) continue;
    const script = top.filter((e) => e.ts >= prevEnd && e.ts + e.dur <= t.ts + t.dur).reduce((a, e) => a + e.dur, 0);
    prevEnd = t.ts + t.dur;
    if (script === 0) continue;
    const cost = script + rendering;
    extFrameWorst = Math.max(extFrameWorst, cost);
    if (cost > 16000) extFrames++;
  }
  // User timing marks of the page (synthetic.mjs) and the content script's first run, on the trace clock.
  const marks = {};
  // The content script's own marks too (rac:…, test build only: src/content/marks.ts).
  for (const e of events) if (/^rac(-bench)?:/.test(String(e.name)) && marks[e.name] === undefined) marks[e.name] = e.ts;
  const scriptStart = events
    .filter((e) => `${e.pid}:${e.tid}` === key && ['EvaluateScript', 'v8.compile', 'v8.run', 'FunctionCall'].includes(e.name) && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(String(e.args?.data?.url ?? e.args?.fileName ?? '')))
    .reduce((m, e) => Math.min(m, e.ts), Infinity);
  const t0Debug = Number.isFinite(scriptStart) ? scriptStart : marks['rac-bench:insert'];
  if (process.env.BENCH_DEBUG && t0Debug != null) {
    const scriptStart = t0Debug;
    const rel = (ts) => ((ts - scriptStart) / 1000).toFixed(1);
    for (const e of onMain.filter((e) => e.ts >= scriptStart - 5000 && (e.name === 'RunTask' ? e.dur > 3000 : e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension')))) {
      console.error(`${rel(e.ts).padStart(8)} +${(e.dur / 1000).toFixed(1)} ${e.name} ${e.args?.data?.url ?? ''} ${e.args?.data?.functionName ?? ''}`);
    }
    for (const [k, v] of Object.entries(marks)) console.error(`${rel(v).padStart(8)} ${k}`);
  }
  const load = events.find((e) => e.name === 'MarkLoad' || (e.name === 'loadEventEnd' && e.cat?.includes('blink.user_timing')));
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && `${e.pid}:${e.tid}` === key);
  return {
    found: key != null,
    busyTotal: tasks.reduce((a, t) => a + t.dur, 0) / 1000,
    extFrames,
    extFrameWorst: extFrameWorst / 1000,
    marks,
    scriptStart: Number.isFinite(scriptStart) ? scriptStart : null,
    loadTs: load?.ts ?? null,
    dclTs: dcl?.ts ?? null,
    events: onMain,
    longestTask: tasks.reduce((m, t) => Math.max(m, t.dur), 0) / 1000,
    extLongest: extLongest / 1000,
    extTotal: top.reduce((a, e) => a + e.dur, 0) / 1000,
    renderTotal: render / 1000,
  };
}

/** src/sites (the readers and src/detect) as one minified IIFE (global RacDetect), as it is minified into the content script. */
async function detectBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'rac-bench-detect-'));
  try {
    const file = join(dir, 'detect.js');
    await build({
      input: join(ROOT, 'src/sites/index.ts'),
      output: { file, format: 'iife', name: 'RacDetect', minify: true },
      logLevel: 'silent',
    });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function launch(extensionDir) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'rac-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // Precise (unbucketed) performance.memory, and gc() in the page for a clean baseline.
    args: [...chromeArgs(extensionDir), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    env: chromeEnv(),
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
  });
  const routes = new Map();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0];
    const body = routes.get(url);
    if (body != null) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.abort('blockedbyclient');
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(sw.url()).host;
  let n = 0;
  return {
    context,
    sw,
    version: context.browser()?.version() ?? '',
    executablePath,
    /** Opens a fresh tab on `html` served at `url` (a unique query keeps each load distinct). */
    async open(url, html) {
      const { page, url: u } = await this.prepare(url, html);
      await page.goto(u);
      return page;
    },
    /** A new tab with `html` routed at a fresh `url`, not navigated yet (to trace its load). */
    async prepare(url, html) {
      const u = `${url}${url.includes('?') ? '&' : '?'}bench=${++n}`;
      routes.set(u, html);
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.errors = errors;
      return { page, url: u };
    },
    /**
     * Stops the extension's service worker, as Chrome does after 30 s idle (DevTools Protocol,
     * ServiceWorker.stopWorker): the next estimate request starts it cold. True when stopped.
     */
    async stopWorker() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const status = new Map();
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await new Promise((r) => setTimeout(r, 200));
      for (const [versionId, st] of status) if (st === 'running' || st === 'starting') await cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => {});
      let stopped = false;
      for (let i = 0; i < 40 && !stopped; i++) {
        await new Promise((r) => setTimeout(r, 50));
        stopped = status.size > 0 && [...status.values()].every((st) => st === 'stopped');
      }
      await cdp.detach().catch(() => {});
      await page.close();
      return stopped;
    },
    foreign() {
      const allowed = new Set([...routes.keys()].map((u) => new URL(u).host));
      return requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !u.startsWith('data:') && !allowed.has(new URL(u).host));
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The default profile and a profile that changes every badge's amount (no mutuelle). */
const PROFILE = {
  mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true },
  age: 30, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false,
};
const NO_MUTUELLE = { ...PROFILE, mutuelle: { kind: 'none' } };

/** A page with the probe card annotated: the content script is running. */
async function annotatedPage(b, cards = 1) {
  const page = await b.open(SEARCH, searchPage({ cards, script: benchScript() }));
  await page.waitForFunction((n) => window.__bench?.badges >= n, cards, { timeout: 15000 });
  return page;
}

/** The same insertion in a browser without the extension: the page's own longest task. */
async function pageAlone(sizes, runs) {
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const out = [];
  try {
    for (const n of sizes) {
      const longest = [];
      const counts = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.route('**/*', (r) => (r.request().url().startsWith(SEARCH) ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: searchPage({ cards: 1, script: benchScript() }) }) : r.abort()));
        await page.goto(`${SEARCH}&alone=${i}`);
        await page.waitForTimeout(100);
        const r = await page.evaluate((k) => window.__bench.alone(k), n);
        longest.push(r.longestTask);
        counts.push(r.longTasks);
        await page.close();
      }
      // One traced insertion: the page's own main-thread time in the window the extension's run uses.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/*', (r) => (r.request().url().startsWith(SEARCH) ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: searchPage({ cards: 1, script: benchScript() }) }) : r.abort()));
      await page.goto(`${SEARCH}&alone=traced`);
      await page.waitForTimeout(100);
      const trace = await traced(page, async () => {
        const t0 = Date.now();
        await page.evaluate((k) => window.__bench.alone(k), n);
        await page.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - t0)));
      });
      await page.close();
      out.push({ cards: n, longestTask: median(longest), longTasks: median(counts), busyTotal: trace.busyTotal, renderTotal: trace.renderTotal });
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function runChromium({ extensionDir, runs = 5, sizes = [100, 1000], log = () => {}, skip = new Set() }) {
  const out = { reading: [], annotation: [], incremental: [], settings: [], errors: [] };
  const b = await launch(extensionDir);
  out.chromium = b.version;
  out.executablePath = b.executablePath;
  try {
    // (b) Reading: detectListings(document) vs a bare TreeWalker over every text node.
    const bundle = await detectBundle();
    for (const n of skip.has('reading') ? [] : sizes) {
      log(`reading ${n} cards`);
      const page = await b.open(NEUTRAL, searchPage({ cards: n }));
      await page.addScriptTag({ content: bundle });
      const r = await page.evaluate(
        ({ runs, url }) => {
          const walk = () => {
            const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let nodes = 0;
            let chars = 0;
            while (w.nextNode()) {
              nodes++;
              chars += w.currentNode.data.length;
            }
            return { nodes, chars };
          };
          const u = new URL(url);
          const read = () => RacDetect.detectListings(document, u).length;
          const time = (f) => {
            const t0 = performance.now();
            const v = f();
            return [performance.now() - t0, v];
          };
          const [firstRead, listings] = time(read);
          const [firstWalk, stats] = time(walk);
          const walks = [];
          const reads = [];
          for (let i = 0; i < runs; i++) {
            // Alternate the order so that neither always runs on a warmer cache.
            if (i % 2) {
              walks.push(time(walk)[0]);
              reads.push(time(read)[0]);
            } else {
              reads.push(time(read)[0]);
              walks.push(time(walk)[0]);
            }
          }
          return { firstRead, firstWalk, listings, textNodes: stats.nodes, elements: document.getElementsByTagName('*').length, walks, reads };
        },
        { runs: Math.max(runs, 5) * 2 + 1, url: SEARCH },
      );
      const walk = median(r.walks);
      const read = median(r.reads);
      out.reading.push({ cards: n, listings: r.listings, textNodes: r.textNodes, elements: r.elements, walk, read, ratio: read / walk, reads: r.reads, walks: r.walks, firstRead: r.firstRead, firstWalk: r.firstWalk });
      await page.close();
    }

    // (c) Full annotation by the built extension: cards rendered in one insertion (as after the
    // search XHR) → every badge present; longest task; peak JS heap of the page's isolate. Then one
    // traced run that attributes the main thread's time to the extension's script vs the rest.
    if (!skip.has('annotation')) {
      log('the page alone (no extension): longest task of the insertion');
      out.pageAlone = await pageAlone(sizes, Math.min(runs, 3));
    }
    for (const n of skip.has('annotation') ? [] : sizes) {
      // A long list: done when every card on screen has its badge (the rest get theirs near the viewport).
      const screen = n > LONG_LIST;
      const results = [];
      const scrolls = [];
      for (let i = 0; i < runs; i++) {
        log(`annotation ${n} cards, run ${i + 1}/${runs}`);
        const page = await annotatedPage(b);
        // The probe card makes n cards on a short list (n + 1 would make 101: a long one).
        results.push(await page.evaluate(([k, sc]) => window.__bench.annotate(k, sc), [screen ? n : n - 1, screen]));
        if (screen) {
          await page.waitForTimeout(300);
          scrolls.push(await page.evaluate(() => window.__bench.scrollEnd()));
        }
        out.errors.push(...page.errors);
        await page.close();
      }
      log(`annotation ${n} cards, traced run`);
      const page = await annotatedPage(b);
      const trace = await traced(page, async () => {
        const t0 = Date.now();
        const r = await page.evaluate(([k, sc]) => window.__bench.annotate(k, sc), [screen ? n : n - 1, screen]);
        await page.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - t0)));
        return r;
      });
      out.errors.push(...page.errors);
      await page.close();
      out.annotation.push({
        cards: n,
        screen,
        scrollEnd: median(scrolls),
        scrollEndMax: max(scrolls),
        ms: median(results.map((r) => r.ms)),
        msAll: results.map((r) => r.ms),
        paintedMs: median(results.map((r) => r.paintedMs)),
        msMax: max(results.map((r) => r.ms)),
        timeouts: results.filter((r) => r.ms == null).length,
        longestTask: max(results.map((r) => r.longestTask)),
        longestTaskMedian: median(results.map((r) => r.longestTask)),
        longTasks: median(results.map((r) => r.longTasks)),
        heapPeak: median(results.map((r) => r.heapPeak)),
        heapDelta: median(results.map((r) => r.heapPeak - r.heapBase)),
        badges: results[0]?.badges,
        trace: { found: trace.found, longestTask: trace.longestTask, extLongest: trace.extLongest, extTotal: trace.extTotal, renderTotal: trace.renderTotal, busyTotal: trace.busyTotal, extFrames: trace.extFrames, extFrameWorst: trace.extFrameWorst },
      });
    }

    // (d) Incremental: append 20 cards to a page of 20 vs a page of 1 000 (already annotated).
    for (const base of skip.has('incremental') ? [] : [20, 1000]) {
      log(`incremental +20 on ${base}`);
      const page = await annotatedPage(b);
      await page.evaluate(([k, sc]) => window.__bench.insert(k, k, sc).done, [base, base > LONG_LIST]);
      await page.waitForTimeout(400);
      // Where the new cards appear: the end of the list, on screen (as after "voir plus").
      if (base > LONG_LIST) await page.evaluate(() => window.__bench.scrollEnd());
      const times = [];
      for (let i = 0; i < runs; i++) {
        const r = await page.evaluate(async (near) => {
          const { t1, done } = window.__bench.insert(20, near ? 'near' : 20);
          const end = await Promise.race([done, new Promise((res) => setTimeout(() => res(-1), 10000))]);
          return end < 0 ? null : end - t1;
        }, base > LONG_LIST);
        times.push(r);
        // Back to the base size: a 20-card page stays a short list whatever the number of runs.
        await page.evaluate(() => window.__bench.removeLast(20));
        await page.waitForTimeout(200);
      }
      const trace = await traced(page, () => page.evaluate(async (near) => {
        const { done } = window.__bench.insert(20, near ? 'near' : 20);
        await Promise.race([done, new Promise((res) => setTimeout(res, 10000))]);
        await new Promise((res) => setTimeout(res, 100));
      }, base > LONG_LIST));
      out.incremental.push({ base, ms: median(times), all: times, extTotal: trace.extTotal, extLongest: trace.extLongest, renderTotal: trace.renderTotal });
      out.errors.push(...page.errors);
      await page.close();
    }

    // (g), the content script's start, is measured by scripts/bench-start.mjs (several builds side by side).

    // (e) Settings change → every badge updated: chrome.storage.local written by the service
    // worker; latency from just before the write (SW clock) to the last badge attribute change
    // (page clock), both as performance.timeOrigin + now() (epoch ms, same machine).
    for (const n of skip.has('settings') ? [] : [100, 1000]) {
      log(`settings change, ${n} badges`);
      await b.sw.evaluate(() => chrome.storage.local.clear()); // the default profile, before the page opens
      const page = await annotatedPage(b, 0);
      await page.evaluate((k) => window.__bench.insert(k, k, k > 100).done, n);
      await page.waitForTimeout(400);
      const lat = [];
      const longest = [];
      for (let i = 0; i < runs; i++) {
        const profile = i % 2 === 0 ? NO_MUTUELLE : PROFILE;
        const count = await page.evaluate((sc) => window.__bench.armSettings(sc), n > LONG_LIST);
        const t0 = await b.sw.evaluate(async (p) => {
          const t = performance.timeOrigin + performance.now();
          await chrome.storage.local.set({ profile: p, profile$: { v: 1, savedAt: Date.now() } });
          return t;
        }, profile);
        const r = await page.evaluate(() => Promise.race([window.__bench.settingsDone, new Promise((res) => setTimeout(() => res(null), 10000))]));
        lat.push(r ? r.epoch - t0 : null);
        longest.push(r ? r.longestTask : null);
        if (!r) out.errors.push(`settings change: not every one of ${count} badges changed within 10 s: ${JSON.stringify(await page.evaluate(() => window.__bench.settingsStatus()))}`);
        await page.waitForTimeout(200);
      }
      out.settings.push({ badges: n, ms: median(lat), msMax: max(lat), longestTask: max(longest), all: lat });
      out.errors.push(...page.errors);
      await page.close();
    }
    // Back to the default profile for whoever uses this profile dir next (it is deleted anyway).
    await b.sw.evaluate(() => chrome.storage.local.clear());
    out.foreignRequests = b.foreign();
  } finally {
    await b.close();
  }
  return out;
}
