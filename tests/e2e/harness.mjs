// The e2e harness: the built extension in real Chromium (playwright-core + Debian's chromium) and
// real Firefox (tests/e2e/firefox.mjs), fixture pages served at the real sites' URLs, no network at
// all. Both browsers give the same `env` (pages, extension pages, a privileged `ext()` evaluation,
// the closed-root reader), and `toolkit(env)` gives scenarios one set of tools for both.
import { copyFileSync, readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs, chromeEnv, INSTALL_HINT } from '../../scripts/chrome.mjs';
import { readClosedTree } from '../../scripts/closed-tree.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, 'tests/e2e/out');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

export async function launch({ extensionDir, headless = true, executablePath = findChrome() }) {
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'rac-e2e-'));
  const routes = new Map(); // full URL (without hash) → { body, contentType }
  const requests = []; // every request the pages and the extension made
  // The browser on this profile directory: at launch, and again after restartBrowser().
  const start = async () => {
    const ctx = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless,
      args: chromeArgs(extensionDir),
      env: chromeEnv(),
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
    });
    ctx.on('request', (req) => requests.push(req.url()));
    await ctx.route('**/*', (route) => {
      const url = route.request().url().split('#')[0];
      const hit = routes.get(url);
      if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
      // The extension's own pages and files (popup, options) load as usual; nothing else leaves.
      if (url.startsWith('chrome-extension://')) return route.continue();
      return route.abort('blockedbyclient');
    });
    return ctx;
  };
  let context = await start();
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  const env = {
    browserName: 'chromium',
    // From the browser, not the extension: it still answers after runtime.reload() unloaded it.
    pageUrls: () => context.pages().map((p) => p.url()),
    version: context.browser()?.version() ?? '',
    context,
    sw,
    extensionId,
    origin: `chrome-extension://${extensionId}`,
    routes,
    requests,
    executablePath,
    newPage: () => context.newPage(),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** Runs `fn(arg)` in the service worker (`chrome.*` there). */
    ext: (fn, arg) => env.sw.evaluate(fn, arg),
    async reloadExtension() {
      await env.sw.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker goes away with it
    },
    /**
     * Quits the browser and starts it again on the same profile directory: the extension (same
     * id) and its storage stay, every tab is gone. Its worker starts on demand (liveWorker).
     */
    async restartBrowser() {
      await context.close().catch(() => {});
      context = await start();
      env.context = context;
      env.sw = context.serviceWorkers()[0] ?? env.sw;
      env.sw = await liveWorker(env);
    },
    async beforeScenario() {
      env.sw = await liveWorker(env);
    },
    async closedTree(page) {
      const cdp = await context.newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        return readClosedTree(root);
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    async closePages() {
      // Keep the first (blank) page so that the browser stays up between scenarios.
      for (const page of context.pages().slice(1)) await page.close().catch(() => {});
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return env;
}

/** Every tab's URL, from the extension's tabs API. */
export function tabUrls(env) {
  return env.ext(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map((t) => t.url ?? ''));
}

/**
 * The first-run page opens on install: wait for it (5 s at most), close it, and say how many
 * opened, so that the runner can check "once" before any scenario runs.
 */
export async function closeWelcome(env) {
  const welcomeTabs = () =>
    env.ext(async () => {
      const tabs = await (globalThis.browser ?? globalThis.chrome).tabs.query({});
      return tabs.filter((t) => /\/welcome\.html/.test(t.url ?? '')).map((t) => t.id);
    });
  for (let i = 0; i < 100 && (await welcomeTabs()).length === 0; i++) await new Promise((r) => setTimeout(r, 50)); // the welcome tab: poll interval
  await new Promise((r) => setTimeout(r, 300)); // a second one would have opened by now
  const ids = await welcomeTabs();
  if (ids.length > 0) await env.ext((list) => (globalThis.browser ?? globalThis.chrome).tabs.remove(list), ids);
  return ids.length;
}

/** The running service worker (a scenario may have reloaded the extension, which replaces it). */
export async function liveWorker(env) {
  for (const w of [env.sw, ...env.context.serviceWorkers().reverse()]) {
    const ok = await Promise.race([w.evaluate(() => 1).then(() => true, () => false), new Promise((r) => setTimeout(() => r(false), 1000))]);
    if (ok) return w;
  }
  // A worker starts on demand: an extension page sending a message wakes the new one.
  const waiting = env.context.waitForEvent('serviceworker', { timeout: 15000 });
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/popup.html`).catch(() => {});
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'rac:wake' }).catch(() => {})).catch(() => {});
  const worker = await waiting;
  await page.close();
  return worker;
}

/** Serves a fixture file at a real URL; returns the fixture's text. */
export function serve(env, fixture, url) {
  const body = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8');
  env.routes.set(url.split('#')[0], { body, contentType: 'text/html; charset=utf-8' });
  return body;
}

/** The tools every scenario gets, the same in both browsers. */
export function toolkit(env) {
  mkdirSync(OUT, { recursive: true });
  const consoleErrors = [];
  const firefoxPages = [];
  const consoleFrom = env.consoleMark?.() ?? 0;
  const watchConsole = (page) => {
    if (env.browserName === 'firefox') return void firefoxPages.push(page); // FxPage collects its own
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  };
  const open = async (url) => {
    const page = await env.newPage();
    watchConsole(page);
    await page.goto(url);
    return page;
  };
  const idleSeen = new WeakMap();
  const t = {
    /** 'chromium' or 'firefox'. */
    browser: env.browserName,
    extensionOrigin: env.origin,
    assert,
    /** The catalogue the extension really uses here ('fr', 'en'), and its strings (messages.mjs). */
    lang: env.messages.lang,
    m: env.messages.m,
    rx: env.messages.rx,
    /** Console errors and warnings of the pages, extension pages and content scripts so far. */
    consoleErrors() {
      return [...consoleErrors, ...firefoxPages.flatMap((p) => p.errors), ...(env.consoleSince?.(consoleFrom) ?? [])];
    },
    async openFixture(fixture, url) {
      serve(env, fixture, url);
      return open(url);
    },
    /** Serves `body` at a real URL (a page or a script of the site). */
    route(url, body, contentType = 'text/html; charset=utf-8') {
      env.routes.set(url.split('#')[0], { body, contentType });
    },
    /** Opens a page already routed with `route`. */
    open,
    /** A URL whose document never loads (a network error page): no content script there. */
    async openUnreachable(url) {
      env.routes.set(url.split('#')[0], null);
      const page = await env.newPage();
      if (env.browserName === 'chromium') await page.route(url, (route) => route.abort('internetdisconnected'));
      await page.goto(url).catch(() => {});
      return page;
    },
    /**
     * What the user sees in our closed shadow roots, read with the browser's automation protocol
     * (Chromium's DevTools Protocol, WebDriver BiDi in Firefox), which page scripts do not have:
     * each badge's summary and open panel, the Comparer's toggle and items. Works on the
     * production build, where the roots are closed and the page has no amount hook.
     */
    closedTree: (page) => env.closedTree(page),
    async openExtensionPage(path) {
      const page = await env.openExtensionPage(path);
      watchConsole(page);
      return page;
    },
    /** The id of the tab showing `pageOrUrl` (null while no tab has that URL). */
    async tabIdOf(pageOrUrl) {
      const url = typeof pageOrUrl === 'string' ? pageOrUrl : pageOrUrl.url();
      return env.ext(async (u) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === u)?.id ?? null;
      }, url);
    },
    /** The toolbar badge's text for a tab. */
    badgeTextOf(tabId) {
      return env.ext((id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
      }, tabId);
    },
    async setStorage(items) {
      await env.ext((i) => (globalThis.browser ?? globalThis.chrome).storage.local.set(i), items);
    },
    async clearStorage() {
      await env.ext(() => (globalThis.browser ?? globalThis.chrome).storage.local.clear());
    },
    async getStorage(keys) {
      return env.ext((k) => (globalThis.browser ?? globalThis.chrome).storage.local.get(k), keys);
    },
    /** URLs of every open tab. */
    pageUrls: () => env.pageUrls(),
    /** runtime.reload(): Chromium leaves the unpacked extension unloaded, Firefox reloads it. */
    reloadExtension: () => env.reloadExtension(),
    /**
     * Quits the browser and starts it again on the same profile: every tab is gone, the extension
     * and its storage stay. Routes stay too. A first-run page opened again (Firefox installs its
     * temporary add-on again) is closed.
     */
    async restartBrowser() {
      await env.restartBrowser();
      for (let i = 0; i < 10; i++) {
        const ids = await env.ext(async () => {
          const tabs = await (globalThis.browser ?? globalThis.chrome).tabs.query({});
          return tabs.filter((tab) => /\/welcome\.html/.test(tab.url ?? '')).map((tab) => tab.id);
        });
        if (ids.length > 0) return void (await env.ext((list) => (globalThis.browser ?? globalThis.chrome).tabs.remove(list), ids));
        await new Promise((r) => setTimeout(r, 100)); // after a restart: poll interval
      }
    },
    /**
     * The test build's idle signal (src/content/idle.ts): how many times the content script said
     * "pass complete, nothing pending" on this page so far. Take it before an action whose effect
     * arrives on its own (a settings change), and give it to `idle`.
     */
    idleMark: (page) => page.evaluate(() => parseInt(document.documentElement.getAttribute('data-rac-test-idle') ?? '', 10) || 0),
    /**
     * Waits for the content script's next idle signal after `after` (by default the last one this
     * helper saw on the page): from there on, "nothing more happens" can be checked at once. Fails
     * after `timeout` ms without one. Returns the signal's number.
     */
    async idle(page, after = idleSeen.get(page) ?? 0, timeout = 15000) {
      const n = await page.evaluate(([mark, ms]) => new Promise((resolve, reject) => {
        const root = document.documentElement;
        const now = () => {
          const v = root.getAttribute('data-rac-test-idle') ?? '';
          return v.includes('busy') ? 0 : parseInt(v, 10) || 0;
        };
        if (now() > mark) return resolve(now());
        const timer = setTimeout(() => {
          document.removeEventListener('rac-test-idle', on);
          reject(new Error(`no idle signal after #${mark} within ${ms} ms (attribute "${root.getAttribute('data-rac-test-idle')}")`));
        }, ms);
        function on() {
          if (now() <= mark) return;
          clearTimeout(timer);
          document.removeEventListener('rac-test-idle', on);
          resolve(now());
        }
        document.addEventListener('rac-test-idle', on);
      }), [after, timeout]);
      idleSeen.set(page, n);
      return n;
    },
    /**
     * True while the content script has work scheduled on the page (idle.ts). Right after a page
     * change made by an earlier `evaluate`, its MutationObserver has already run (a microtask of
     * that change, before any later task), so false here means "the extension ignored the change",
     * checked at once, not after a sleep.
     */
    busy: (page) => page.evaluate(() => (document.documentElement.getAttribute('data-rac-test-idle') ?? '').includes('busy')),
    /**
     * Polls `cond()` (from Node, every 50 ms) until it is truthy and returns its value; fails
     * after `timeout` ms. For what has no event to await (the toolbar badge, a page that replaced
     * requestAnimationFrame in its world); never a stand-in for "nothing happened".
     */
    async until(cond, what, timeout = 5000) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await cond();
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50)); // until(): poll interval
      }
    },
    /** Every badge on the page: its attribute and, through the e2e build's open root, its text. */
    async badges(page) {
      return page.evaluate(() =>
        [...document.querySelectorAll('rac-badge')].map((el) => ({
          cents: el.getAttribute('data-out-of-pocket-cents'),
          text: el.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? null,
          after: el.previousElementSibling?.textContent?.trim().slice(0, 80) ?? null,
        })),
      );
    },
    /**
     * Saves to tests/e2e/out (git-ignored). `readme: true` marks a README picture: only
     * `npm run screenshots` (env.readmeScreenshots) copies it to tests/e2e/screenshots, and only
     * from Chromium.
     */
    async screenshot(page, name, { readme = false, ...options } = {}) {
      const path = join(OUT, `${env.browserName === 'firefox' ? 'firefox-' : ''}${name}.png`);
      await page.screenshot({ path, ...options });
      if (readme && env.readmeScreenshots && env.browserName === 'chromium') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        copyFileSync(path, join(SCREENSHOTS, `${name}.png`));
      }
      return path;
    },
    /** axe-core's serious and critical violations on the page. */
    async axe(page) {
      // evaluate, not addScriptTag: extension pages' CSP (script-src 'self') refuses inline scripts.
      const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
      await page.evaluate(`${source}\n;window.axe = axe;`);
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        }));
      });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    },
  };
  return t;
}

/** Requests to hosts other than the routed fixtures' hosts and the extension itself. */
export function foreignRequests(env) {
  const allowedHosts = new Set([...env.routes.keys()].map((u) => new URL(u).host));
  return env.requests.filter((u) => {
    if (u.startsWith(`${env.origin}/`)) return false;
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
    return !allowedHosts.has(new URL(u).host);
  });
}

