// The e2e harness's Firefox side: the built Firefox add-on in real Firefox ESR (Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi), fixture pages served at the real
// sites' URLs by request interception, no network. Scenarios are written against Playwright's page
// API (the Chromium side); `FxPage` and `FxLocator` give them the part of that API they use, over
// puppeteer, so that every scenario runs unchanged in both browsers.
//
// Firefox's pitfalls, each handled here:
// - BiDi navigates to moz-extension:// pages only with -remote-allow-system-access, and
//   page.goto() never resolves there: extension pages open with BiDi browsingContext.navigate;
// - the moz-extension:// UUID is random per profile: pinned with extensions.webextensions.uuids;
// - MV2 has no service worker to evaluate in: a helper extension page (popup.html) drives storage,
//   tabs and the toolbar badge;
// - background tabs throttle timers and stop rAF: every page gets its own window, and waits poll
//   by interval, not by animation frame;
// - console calls of extension pages and content scripts only reach Firefox's stdout
//   (devtools.console.stdout.content), read from there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { tabUrls } from './harness.mjs';

/** Pinned moz-extension://<UUID>/ so that extension URLs are known before the add-on loads. */
const UUID = '0e2e0e2e-0000-4000-8000-00000000ac0e';
const POLL_MS = 50;
const DEFAULT_TIMEOUT = 10_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Firefox's own start-up noise on a machine without network: not ours.
const NOISE = /RSLoader|Remote Settings|nimbus|RenderCompositorSWGL|\[GFX|WebDriver BiDi|RemoteAgent|headless mode|addons\.xpi|normandy|telemetry|services\.settings/i;

/** `executablePath`: the Firefox the preflight found (scripts/browsers.mjs). */
export async function launchFirefox({ extensionDir, executablePath, headless = true }) {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const addonId = manifest.browser_specific_settings.gecko.id;
  // Our own profile directory, so that restartBrowser() can start Firefox again on it.
  const userDataDir = mkdtempSync(join(tmpdir(), 'rac-e2e-fx-'));
  const stdout = [];
  const start = async () => {
    const b = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        // The temporary add-on is dropped when Firefox quits and installed again by restartBrowser:
        // keep its storage and UUID as a normally installed add-on's (ESR 153 measured keeping the
        // storage without this too; the pref makes it explicit).
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
        // The extension's UI follows Firefox's UI language: French where the langpack is installed.
        'intl.locale.requested': 'fr',
        'intl.accept_languages': 'fr-FR, fr',
        'devtools.console.stdout.content': true,
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        // A page's long script (50 000 elements of noise) must not be stopped by the slow-script guard.
        'dom.max_script_run_time': 0,
        'browser.backup.enabled': false,
        'browser.backup.scheduled.enabled': false,
        'dom.max_chrome_script_run_time': 0,
      },
    });
    b.process()?.stdout?.on('data', (d) => stdout.push(String(d)));
    b.process()?.stderr?.on('data', (d) => stdout.push(String(d)));
    await b.installExtension(extensionDir);
    return b;
  };
  let browser = await start();
  const origin = `moz-extension://${UUID}`;
  const routes = new Map();
  const requests = [];
  const pages = new Set();
  let helper = null;

  const env = {
    browserName: 'firefox',
    // From the tabs API: puppeteer's page.url() misses navigations to extension pages.
    pageUrls: () => tabUrls(env),
    executablePath,
    version: (await browser.version()).replace(/^firefox\//i, ''),
    extensionId: UUID,
    origin,
    routes,
    requests,
    /** A web page in its own window, every request answered from `routes` or refused. */
    async newPage() {
      const p = await browser.newPage({ type: 'window' });
      await p.setViewport({ width: 1280, height: 900 }); // as the Chromium side
      await p.setRequestInterception(true);
      p.on('request', (req) => {
        const url = req.url().split('#')[0];
        if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return req.continue();
        requests.push(url);
        const hit = routes.get(url);
        if (hit) return req.respond({ status: 200, contentType: hit.contentType, body: hit.body });
        return req.abort(hit === null ? 'internetdisconnected' : 'blockedbyclient');
      });
      const page = new FxPage(p, env);
      pages.add(page);
      return page;
    },
    /** An extension page in its own window (no request interception: the CSP forbids the network there). */
    async openExtensionPage(path) {
      const p = await browser.newPage({ type: 'window' });
      const page = new FxPage(p, env);
      pages.add(page);
      await page.goto(`${origin}/${path}`);
      return page;
    },
    /** Runs `fn(arg)` in an extension page, with the extension APIs as `browser`. */
    async ext(fn, arg) {
      if (!helper || helper.p.isClosed()) helper = await env.openExtensionPage('popup.html');
      return helper.p.evaluate(fn, arg);
    },
    async reloadExtension() {
      await env.ext(() => { setTimeout(() => browser.runtime.reload(), 0); }).catch(() => {});
      helper = null;
      await sleep(1000); // the add-on reloads from disk; its pages close
    },
    closedTree,
    /** Console errors and warnings Firefox printed since `from` (see consoleMark). */
    consoleSince(from) {
      return stdout.join('').slice(from).split('\n')
        .filter((l) => /^(console\.(error|warn)|JavaScript (error|warning))/.test(l) && !NOISE.test(l))
        // Firefox's own modules (resource://, chrome://) are not ours nor the page's; and with the
        // slow-script guard off (dom.max_script_run_time 0), "terminated by timeout" only comes
        // from a window being closed while its scripts run (every scenario closes its pages).
        .filter((l) => !/^JavaScript (error|warning): (resource|chrome):\/\//.test(l) && !/Script terminated by timeout/.test(l));
    },
    consoleMark: () => stdout.join('').length,
    /** Closes every page but the helper. */
    async closePages() {
      for (const page of pages) if (page !== helper) await page.close().catch(() => {});
      pages.clear();
      if (helper) pages.add(helper);
    },
    /**
     * Quits Firefox and starts it again on the same profile: the add-on is installed again (a
     * temporary add-on does not survive a restart), with the same id, UUID and storage.
     */
    async restartBrowser() {
      await browser.close().catch(() => {});
      pages.clear();
      helper = null;
      browser = await start();
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return env;
}

/**
 * What the user sees in our closed shadow roots, through WebDriver BiDi's serialization of the
 * DOM with `includeShadowTree: "all"` (closed roots included), which page scripts do not have.
 * Same shape as the Chromium side's CDP reader: { badges: [{ text, panel, shadowMode }], compare }.
 */
async function closedTree(page) {
  const { result } = await page.p.browser().connection.send('script.callFunction', {
    functionDeclaration: String(() => [...document.querySelectorAll('rac-badge, rac-compare')]),
    awaitPromise: false,
    target: { context: page.p.mainFrame()._id },
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  const nodes = result.result?.value ?? [];
  const kids = (n) => [...(n.value?.shadowRoot ? [n.value.shadowRoot] : []), ...(n.value?.children ?? [])];
  const cls = (n) => (n.value?.attributes?.class ?? '').split(/\s+/);
  const find = (n, pred, out = []) => {
    if (pred(n)) out.push(n);
    for (const k of kids(n)) find(k, pred, out);
    return out;
  };
  const text = (n) => (n?.value?.nodeType === 3 ? n.value.nodeValue ?? '' : kids(n ?? {}).map(text).join(''));
  const first = (n, c) => find(n, (x) => cls(x).includes(c))[0];
  const shadowOf = (host) => kids(host).find((c) => c.value?.shadowRoot)?.value.shadowRoot ?? null;
  const modeOf = (root) => root?.value?.mode ?? null;
  const badges = nodes.filter((n) => n.value?.localName === 'rac-badge').map((host) => {
    const root = shadowOf(host);
    const panel = root && first(root, 'panel');
    return { text: root ? text(first(root, 'text')) : null, panel: panel ? text(panel) : null, shadowMode: modeOf(root) };
  });
  const cHost = nodes.find((n) => n.value?.localName === 'rac-compare');
  const cRoot = cHost && shadowOf(cHost);
  const compare = cRoot
    ? {
        toggle: text(first(cRoot, 'toggle')),
        items: find(cRoot, (n) => cls(n).includes('item')).map((i) => ({ name: text(first(i, 'name')), amount: text(first(i, 'amount')) })),
        shadowMode: modeOf(cRoot),
      }
    : null;
  return { badges, compare };
}

/** The part of Playwright's Page the scenarios use, over a puppeteer (BiDi) page. */
export class FxPage {
  constructor(p, env) {
    this.p = p;
    this.env = env;
    this.currentUrl = 'about:blank';
    // Playwright's key names where puppeteer's BiDi input has others.
    const key = (k) => (k === 'Space' ? ' ' : k);
    this.keyboard = {
      press: (k, o) => p.keyboard.press(key(k), o),
      type: (text, o) => p.keyboard.type(text, o),
      down: (k) => p.keyboard.down(key(k)),
      up: (k) => p.keyboard.up(key(k)),
    };
    this.mouse = p.mouse;
    this.errors = [];
    p.on('console', (m) => {
      const type = m.type();
      if (type === 'error' || type === 'warn' || type === 'warning') this.errors.push(`${type === 'warn' ? 'warning' : type}: ${m.text()}`);
    });
    p.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
  }
  url() {
    return this.currentUrl;
  }
  async goto(url) {
    this.currentUrl = url;
    if (url.startsWith('moz-extension://')) {
      // page.goto() never resolves for extension pages over BiDi.
      await this.p.browser().connection.send('browsingContext.navigate', { context: this.p.mainFrame()._id, url, wait: 'complete' });
      return null;
    }
    return this.p.goto(url);
  }
  evaluate(fn, arg) {
    return this.p.evaluate(fn, arg);
  }
  async waitForFunction(fn, arg, options = {}) {
    return this.p.waitForFunction(fn, { timeout: options.timeout ?? DEFAULT_TIMEOUT, polling: POLL_MS }, arg);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  waitForSelector(selector, options = {}) {
    return this.locator(selector).first().waitFor(options);
  }
  locator(selector) {
    return new FxLocator(this, [{ css: selector }]);
  }
  getByRole(role, options = {}) {
    return new FxLocator(this, [{ role, name: pattern(options.name, options.exact) }]);
  }
  getByLabel(text, options = {}) {
    return new FxLocator(this, [{ label: pattern(text, options.exact) }]);
  }
  textContent(selector) {
    return this.locator(selector).first().textContent();
  }
  inputValue(selector) {
    return this.locator(selector).first().inputValue();
  }
  click(selector, options) {
    return this.locator(selector).first().click(options);
  }
  title() {
    return this.p.title();
  }
  async setViewportSize({ width, height }) {
    await this.p.setViewport({ width, height });
  }
  /** Firefox ESR's WebDriver BiDi has no media emulation: scenarios check `t.browser` first. */
  async emulateMedia() {
    throw new Error('emulateMedia: Firefox ESR over WebDriver BiDi cannot emulate prefers-color-scheme');
  }
  screenshot(options) {
    return this.p.screenshot(options);
  }
  async close() {
    await this.p.close().catch(() => {});
  }
}

/** A name to match: a RegExp, or a string (case-insensitive substring; whole and exact with `exact`). */
function pattern(p, exact = false) {
  if (p == null) return null;
  return p instanceof RegExp ? { source: p.source, flags: p.flags } : { text: String(p), exact };
}

/** A lazy query, re-run on every use (as Playwright's locators are). */
export class FxLocator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }
  locator(selector) {
    return new FxLocator(this.page, [...this.steps, { css: selector }]);
  }
  first() {
    return new FxLocator(this.page, [...this.steps, { nth: 0 }]);
  }
  last() {
    return new FxLocator(this.page, [...this.steps, { nth: -1 }]);
  }
  nth(i) {
    return new FxLocator(this.page, [...this.steps, { nth: i }]);
  }
  /** JSHandle of the matching elements, in document order (shadow roots pierced). */
  all() {
    return this.page.p.evaluateHandle(queryInPage, this.steps);
  }
  async count() {
    const h = await this.all();
    try {
      return await h.evaluate((els) => els.length);
    } finally {
      await h.dispose();
    }
  }
  /** The first match, waited for (Playwright's auto-wait). */
  async element(timeout = DEFAULT_TIMEOUT) {
    const end = Date.now() + timeout;
    for (;;) {
      const h = await this.all();
      const el = await h.evaluateHandle((els) => els[0] ?? null);
      await h.dispose();
      if (await el.evaluate((e) => e !== null)) return el;
      await el.dispose();
      if (Date.now() > end) throw new Error(`FxLocator: nothing matches ${JSON.stringify(this.steps)} after ${timeout} ms`);
      await sleep(POLL_MS);
    }
  }
  async on(fn, ...args) {
    const el = await this.element();
    try {
      return await el.evaluate(fn, ...args);
    } finally {
      await el.dispose();
    }
  }
  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const h = await this.all();
      const ok = await h.evaluate((els, s) => {
        const visible = (e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        };
        if (s === 'attached') return els.length > 0;
        if (s === 'detached') return els.length === 0;
        if (s === 'hidden') return els.length === 0 || !visible(els[0]);
        return els.length > 0 && visible(els[0]);
      }, state);
      await h.dispose();
      if (ok) return;
      if (Date.now() > end) throw new Error(`FxLocator: ${JSON.stringify(this.steps)} not ${state} after ${timeout} ms`);
      await sleep(POLL_MS);
    }
  }
  evaluate(fn, arg) {
    return this.on(fn, arg);
  }
  async evaluateAll(fn, arg) {
    const h = await this.all();
    try {
      return await h.evaluate(fn, arg);
    } finally {
      await h.dispose();
    }
  }
  getAttribute(name) {
    return this.on((e, n) => e.getAttribute(n), name);
  }
  textContent() {
    return this.on((e) => e.textContent);
  }
  innerText() {
    return this.on((e) => e.innerText);
  }
  inputValue() {
    return this.on((e) => e.value);
  }
  allTextContents() {
    return this.evaluateAll((els) => els.map((e) => e.textContent));
  }
  async isVisible() {
    const h = await this.all();
    try {
      return await h.evaluate((els) => {
        const e = els[0];
        if (!e) return false;
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      });
    } finally {
      await h.dispose();
    }
  }
  isDisabled() {
    return this.on((e) => !!e.disabled || !!e.closest('fieldset[disabled]') || e.getAttribute('aria-disabled') === 'true');
  }
  focus() {
    return this.on((e) => e.focus());
  }
  boundingBox() {
    return this.on((e) => {
      const b = e.getBoundingClientRect();
      return { x: b.x + scrollX, y: b.y + scrollY, width: b.width, height: b.height };
    });
  }
  /** A real click (BiDi input) at the element's centre, or at `position` inside it. */
  async click(options = {}) {
    const r = await this.on((e) => {
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const b = e.getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height, vw: innerWidth, vh: innerHeight };
    });
    const clamp = (v, max) => Math.min(Math.max(v, 0), max - 1);
    const x = options.position ? Math.max(r.x, 0) + options.position.x : r.x + r.w / 2;
    const y = options.position ? Math.max(r.y, 0) + options.position.y : r.y + r.h / 2;
    await this.page.mouse.click(clamp(x, r.vw), clamp(y, r.vh));
  }
  async check() {
    if (!(await this.on((e) => e.checked === true || e.getAttribute('aria-checked') === 'true'))) await this.click();
  }
  /** Replaces the field's value by typing, as a user would (input events for each key). */
  async fill(value) {
    await this.on((e) => {
      e.focus();
      e.select?.();
    });
    await this.page.keyboard.press('Backspace');
    if (value !== '') await this.page.keyboard.type(value);
  }
}

/**
 * Runs in the page: the elements a locator's steps match, in document order, piercing open shadow
 * roots at every descendant step (as Playwright's CSS engine does). Steps: { css } (with
 * Playwright's `:has-text("…")`), { role, name }, { label }, { nth }.
 */
function queryInPage(steps) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const deep = (root) => {
    const out = [];
    const walk = (n) => {
      for (const c of n.children ?? []) {
        out.push(c);
        if (c.shadowRoot) walk(c.shadowRoot);
        walk(c);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };
  const matchText = (p, s) => {
    if (p == null) return true;
    const t = norm(s);
    if (p.source != null) return new RegExp(p.source, p.flags).test(t);
    return p.exact ? t === norm(p.text) : t.toLowerCase().includes(norm(p.text).toLowerCase());
  };
  // "a b > c + d:has-text('x'), e" → [[{ css, hasText }, comb, { css, hasText }, …], …]
  const parse = (sel) => {
    const groups = [[]];
    let buf = '';
    let depth = 0;
    let quote = null;
    let comb = null;
    const push = () => {
      const s = buf.trim();
      buf = '';
      if (!s) return;
      const m = /:has-text\((['"])(.*?)\1\)/.exec(s);
      const g = groups.at(-1);
      if (g.length > 0) g.push(comb ?? ' ');
      comb = null;
      g.push({ css: (m ? s.replace(m[0], '') : s) || '*', hasText: m ? m[2] : null });
    };
    for (const ch of sel) {
      if (quote) {
        buf += ch;
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
        buf += ch;
      } else if (ch === '(' || ch === '[') {
        depth++;
        buf += ch;
      } else if (ch === ')' || ch === ']') {
        depth--;
        buf += ch;
      } else if (depth === 0 && ch === ',') {
        push();
        comb = null;
        groups.push([]);
      } else if (depth === 0 && /[\s>+~]/.test(ch)) {
        push();
        if (ch.trim()) comb = ch;
      } else buf += ch;
    }
    push();
    return groups;
  };
  const fits = (el, c) => el.matches(c.css) && (c.hasText == null || norm(el.textContent).toLowerCase().includes(norm(c.hasText).toLowerCase()));
  const cssFrom = (ctxs, sel) => {
    const found = new Set();
    for (const group of parse(sel)) {
      let current = ctxs;
      for (let i = 0; i < group.length; i += 2) {
        const c = group[i];
        const comb = i === 0 ? ' ' : group[i - 1];
        const next = new Set();
        for (const ctx of current) {
          const candidates =
            comb === ' ' ? deep(ctx)
            : comb === '>' ? [...(ctx.shadowRoot?.children ?? []), ...(ctx.children ?? [])]
            : comb === '+' ? [ctx.nextElementSibling].filter(Boolean)
            : (() => { const out = []; for (let s = ctx.nextElementSibling; s; s = s.nextElementSibling) out.push(s); return out; })();
          for (const el of candidates) if (fits(el, c)) next.add(el);
        }
        current = [...next];
      }
      for (const el of current) found.add(el);
    }
    return [...found];
  };
  const roleOf = (e) => {
    const explicit = e.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    const t = e.localName;
    if (t === 'button') return 'button';
    if (t === 'a' && e.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(t)) return 'heading';
    if (t === 'input') {
      const type = (e.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'radio') return 'radio';
      if (type === 'checkbox') return 'checkbox';
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'number') return 'spinbutton';
      return 'textbox';
    }
    if (t === 'textarea') return 'textbox';
    if (t === 'select') return 'combobox';
    return null;
  };
  const labelText = (e) => {
    const byId = (e.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => e.getRootNode().getElementById?.(id)?.textContent ?? '').join(' ');
    if (byId.trim()) return byId;
    if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
    if (e.labels?.length) return [...e.labels].map((l) => l.textContent).join(' ');
    return null;
  };
  const nameOf = (e) => labelText(e) ?? e.textContent ?? '';
  const order = (els) => {
    const all = deep(document);
    const index = new Map(all.map((e, i) => [e, i]));
    return [...new Set(els)].sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
  };
  let current = [document];
  for (const step of steps) {
    if (step.nth != null) {
      const el = step.nth < 0 ? current.at(step.nth) : current[step.nth];
      current = el ? [el] : [];
    } else if (step.css != null) {
      current = order(cssFrom(current, step.css));
    } else if (step.role != null) {
      current = order(current.flatMap(deep).filter((e) => roleOf(e) === step.role && matchText(step.name, nameOf(e))));
    } else if (step.label != null) {
      current = order(current.flatMap(deep).filter((e) => {
        const l = labelText(e);
        return l != null && /^(input|select|textarea|button)$/.test(e.localName) && matchText(step.label, l);
      }));
    }
  }
  return current;
}
