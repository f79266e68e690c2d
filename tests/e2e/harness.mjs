// The e2e harness: the built extension in real Chromium (playwright-core + Debian's chromium),
// fixture pages served at the real sites' URLs with context.route, no network at all.
import { copyFileSync, readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs, chromeEnv, INSTALL_HINT } from '../../scripts/chrome.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, 'tests/e2e/out');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

export async function launch({ extensionDir, headless = true, executablePath = findChrome() }) {
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'rac-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: chromeArgs(extensionDir),
    env: chromeEnv(),
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
  });
  const routes = new Map(); // full URL (without hash) → { body, contentType }
  const requests = []; // every request the pages and the extension made
  context.on('request', (req) => requests.push(req.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0];
    const hit = routes.get(url);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
    // The extension's own pages and files (popup, options) load as usual; nothing else leaves.
    if (url.startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, sw, extensionId, routes, requests, close, executablePath };
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

/** The tools every scenario gets. */
export function toolkit(env) {
  mkdirSync(OUT, { recursive: true });
  const consoleErrors = [];
  const watchConsole = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  };
  const t = {
    context: env.context,
    extensionId: env.extensionId,
    sw: env.sw,
    assert,
    /** The catalogue the extension really uses here ('fr', 'en'), and its strings (messages.mjs). */
    lang: env.messages.lang,
    m: env.messages.m,
    rx: env.messages.rx,
    consoleErrors,
    async openFixture(fixture, url) {
      serve(env, fixture, url);
      const page = await env.context.newPage();
      watchConsole(page);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await env.context.newPage();
      watchConsole(page);
      await page.goto(`chrome-extension://${env.extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      return env.sw.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === u)?.id ?? null;
      }, url);
    },
    async setStorage(items) {
      await env.sw.evaluate((i) => chrome.storage.local.set(i), items);
    },
    async getStorage(keys) {
      return env.sw.evaluate((k) => chrome.storage.local.get(k), keys);
    },
    /** Every badge on the page: its attribute and, through the e2e build's open root, its text. */
    async badges(page) {
      return page.evaluate(() =>
        [...document.querySelectorAll('rac-badge')].map((el) => ({
          cents: el.getAttribute('data-out-of-pocket-cents'),
          text: el.shadowRoot?.querySelector('.text')?.textContent ?? null,
          after: el.previousElementSibling?.textContent?.trim().slice(0, 80) ?? null,
        })),
      );
    },
    /**
     * Saves to tests/e2e/out (git-ignored). `readme: true` marks a README picture: only
     * `npm run screenshots` (env.readmeScreenshots) copies it to tests/e2e/screenshots.
     */
    async screenshot(page, name, { readme = false, ...options } = {}) {
      const path = join(OUT, `${name}.png`);
      await page.screenshot({ path, ...options });
      if (readme && env.readmeScreenshots) {
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

/** Hosts that a request may reach: the routed fixtures' hosts and the extension itself. */
export function foreignRequests(env) {
  const allowedHosts = new Set([...env.routes.keys()].map((u) => new URL(u).host));
  return env.requests.filter((u) => {
    if (u.startsWith(`chrome-extension://${env.extensionId}/`)) return false;
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
    return !allowedHosts.has(new URL(u).host);
  });
}
