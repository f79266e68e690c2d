#!/usr/bin/env node
// npm run test:static — deterministic checks on the production builds (privacy,
// security, sizes) and on the source's shape:
//   1. builds `wxt build` (.output/chrome-mv3) and `wxt build -b firefox` (.output/firefox-mv2);
//   2. the content script of each site (every manifest content_scripts entry: the sum of its JS)
//      ≤ 36 KB gzip (a size is deterministic, unlike a timing);
//   3. no eval / new Function / string timers, no network API (fetch, XMLHttpRequest, WebSocket,
//      sendBeacon, EventSource, importScripts, WebTransport, RTCPeerConnection), no remote script
//      or style URL, no HTML sink, in any shipped JS/HTML/CSS. Every hit is printed with its
//      context; a hit passes only when an ALLOW entry below matches it, each with its reason;
//   4. the scanners flag known-bad snippets (a check that cannot fail is worthless);
//   5. our own source (src/, entrypoints/) has no HTML sink at all, which is what makes the
//      library HTML sinks allowed below unreachable;
//   6. manifests: permissions, host permissions and content-script matches are exactly the design's (docs/architecture.md)
//      list (Chrome MV3 and Firefox MV2), nothing optional, nothing exposed to pages; a CSP for the
//      extension pages that allows no network and no script but ours; no amount hook shipped;
//   7. `web-ext lint` on the Firefox build: zero errors (runs offline; warnings are printed);
//   8. the source's layers (scripts/check-layers.mjs: dependency-cruiser, no import cycle, no import
//      against docs/architecture.md's "may use") and no function over 80 lines
//      (scripts/check-function-size.mjs). These two run first, before the builds.
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
//   node scripts/check-static.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTENT_GZIP_BUDGET } from './bench-sizes.mjs';
import { checkSleeps, findSleeps } from './check-sleeps.mjs';
import { BUILDS as ONCE, buildOnce } from './build-once.mjs';
import { functionSizeProblems, MAX_FUNCTION_LINES } from './check-function-size.mjs';
import { layerProblems } from './check-layers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };

/** The permissions, exactly (docs/architecture.md, "Decisions"). */
export const EXPECTED_HOSTS = [
  'https://www.doctolib.fr/*',
  'https://annuairesante.ameli.fr/*',
  'https://annuaire.sante.ameli.fr/*',
  'https://www.maiia.com/*',
  'https://www.keldoc.com/*',
  'https://booking.keldoc.com/*',
];
export const EXPECTED_PERMISSIONS = ['storage'];
/**
 * Chrome MV3 only: "scripting", for the popup's on-demand page self-check (entrypoints/self-check.ts)
 * — injecting it when asked keeps it out of the content scripts' 36 KB gzip budget. Firefox MV2
 * injects with tabs.executeScript under the host permissions, so it needs nothing more.
 */
export const EXPECTED_PERMISSIONS_MV3 = [...EXPECTED_PERMISSIONS, 'scripting'];
/** Directives the extension pages' CSP must hold (and no source that would open the network). */
export const REQUIRED_CSP = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
};

// ---------------------------------------------------------------------------------------------
// What the scanners look for. `re` is global; each match is one hit.

const ID = (name) => new RegExp(`(?<![\\w$.-])${name}(?![\\w$])|(?<=[.\\[]["'\`]?)${name}(?![\\w$])`, 'g');
export const RULES = [
  // Code from strings.
  { id: 'eval', kind: 'code-from-string', re: /(?<![\w$])eval\s*\(|\[\s*["'`]eval["'`]\s*\]/g },
  { id: 'new Function', kind: 'code-from-string', re: /(?<![\w$.])(?:new\s+)?Function\s*\(/g },
  { id: 'string timer', kind: 'code-from-string', re: /(?<![\w$])set(?:Timeout|Interval)\s*\(\s*["'`]/g },
  // Network APIs.
  { id: 'fetch', kind: 'network', re: ID('fetch') },
  { id: 'XMLHttpRequest', kind: 'network', re: ID('XMLHttpRequest') },
  { id: 'WebSocket', kind: 'network', re: ID('WebSocket') },
  { id: 'sendBeacon', kind: 'network', re: ID('sendBeacon') },
  { id: 'EventSource', kind: 'network', re: ID('EventSource') },
  { id: 'importScripts', kind: 'network', re: ID('importScripts') },
  { id: 'WebTransport', kind: 'network', re: ID('WebTransport') },
  { id: 'RTCPeerConnection', kind: 'network', re: ID('RTCPeerConnection') },
  // Remote code or styles.
  { id: 'remote <script src>', kind: 'remote-code', re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi },
  { id: 'remote <link href>', kind: 'remote-code', re: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//gi },
  { id: 'remote import()', kind: 'remote-code', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { id: 'remote static import', kind: 'remote-code', re: /\b(?:from|import)\s*["'`](?:https?:)?\/\//g },
  { id: 'remote CSS url()/@import', kind: 'remote-code', re: /(?:url\(\s*["']?|@import\s+["'])(?:https?:)?\/\//gi },
  { id: 'script element created', kind: 'remote-code', re: /createElement(?:NS)?\s*\(\s*(?:["'`][^"'`]*["'`]\s*,\s*)?["'`]script["'`]/gi },
  // HTML sinks (hostile page text must never become markup).
  { id: 'innerHTML/outerHTML', kind: 'html-sink', re: /\.(?:inner|outer)HTML\s*=(?!=)/g },
  { id: 'insertAdjacentHTML', kind: 'html-sink', re: ID('insertAdjacentHTML') },
  { id: 'document.write', kind: 'html-sink', re: /\bdocument\.write(?:ln)?\s*\(/g },
  { id: 'createContextualFragment', kind: 'html-sink', re: ID('createContextualFragment') },
  { id: 'DOMParser', kind: 'html-sink', re: ID('DOMParser') },
];

/**
 * Hits that are allowed, each with its reason. `file` and `context` are matched against the
 * hit's file (relative to the build dir) and its ±80-character context.
 */
export const ALLOW = [
  {
    rule: 'innerHTML/outerHTML',
    file: /^(?:content-scripts|chunks)\/[\w-]+\.js$/,
    context: /__html[^;]{0,80}innerHTML=\w+\.__html/,
    reason:
      "Preact's `dangerouslySetInnerHTML` implementation (diff/props). Reached only when a component passes that " +
      'prop; the check "our source has no HTML sink" proves none does (src/, entrypoints/).',
  },
];

// ---------------------------------------------------------------------------------------------

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Every rule hit in a text: { rule, kind, index, context }. */
export function scanText(text, rules = RULES) {
  const hits = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const from = Math.max(0, m.index - 80);
      const context = text.slice(from, m.index + m[0].length + 80).replace(/\s+/g, ' ');
      hits.push({ rule: rule.id, kind: rule.kind, index: m.index, context });
    }
  }
  return hits;
}

function allowFor(hit, file) {
  return ALLOW.find((a) => a.rule === hit.rule && a.file.test(file) && a.context.test(hit.context)) ?? null;
}

/** Known-bad and known-good snippets: every bad one must be flagged by its rule, no good one by any. */
const CANARIES = {
  bad: [
    ['eval', 'x=eval("1+1")'],
    ['eval', 'window["eval"](s)'],
    ['new Function', 'const f=new Function("a","return a")'],
    ['new Function', 'g=Function("return this")()'],
    ['string timer', 'setTimeout("alert(1)",10)'],
    ['fetch', 'fetch("https://t.example/p",{method:"POST"})'],
    ['fetch', 'window.fetch(u)'],
    ['fetch', 'globalThis["fetch"](u)'],
    ['fetch', 'const f=self.fetch;f(u)'],
    ['XMLHttpRequest', 'const x=new XMLHttpRequest;x.open("GET",u)'],
    ['WebSocket', 'new WebSocket("wss://x.example")'],
    ['sendBeacon', 'navigator.sendBeacon("https://t.example",d)'],
    ['EventSource', 'new EventSource(u)'],
    ['importScripts', 'importScripts("https://cdn.example/x.js")'],
    ['remote <script src>', '<script src="https://cdn.example/lib.js"></script>'],
    ['remote <script src>', '<script type=module src=//cdn.example/lib.js></script>'],
    ['remote <link href>', '<link rel="stylesheet" href="https://fonts.example/css">'],
    ['remote import()', 'await import("https://esm.example/x.js")'],
    ['remote static import', 'import{a}from"https://esm.example/x.js"'],
    ['remote CSS url()/@import', '.a{background:url(https://t.example/pixel.gif)}'],
    ['remote CSS url()/@import', '@import "https://fonts.example/f.css";'],
    ['script element created', 'document.createElement("script")'],
    ['innerHTML/outerHTML', 'el.innerHTML=name'],
    ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend",s)'],
    ['document.write', 'document.write(s)'],
  ],
  good: [
    'isFunction(x)', 'typeof x=="function"', 'prefetch(x)', 'const evaluate=1;evaluate()', 'medieval(1)',
    'el.innerHTML==x', 'a.href="https://www.ameli.fr/x"', '"http://www.w3.org/2000/svg"', 'fetchPriority:1',
    'setTimeout(f,10)', '<script type="module" src="/chunks/popup.js"></script>', 'url(#grad)', 'refetch()',
    'el.textContent=s', 'createElement("span")',
  ],
};

function canaryFailures() {
  const failures = [];
  for (const [rule, snippet] of CANARIES.bad) {
    if (!scanText(snippet).some((h) => h.rule === rule)) failures.push(`not flagged by "${rule}": ${snippet}`);
  }
  for (const snippet of CANARIES.good) {
    const hits = scanText(snippet);
    if (hits.length > 0) failures.push(`false positive "${hits[0].rule}": ${snippet}`);
  }
  const strict = "default-src 'none'; script-src 'self'; connect-src 'none'; object-src 'none'";
  for (const bad of [
    "default-src 'none'; script-src 'self' https://cdn.example; connect-src 'none'; object-src 'none'",
    "default-src 'none'; script-src 'self'; connect-src *; object-src 'none'",
    "default-src 'none'; script-src 'self'; object-src 'none'",
    "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'none'; object-src 'none'",
    `${strict}; img-src https:`,
    undefined,
  ]) {
    if (cspProblems(bad).length === 0) failures.push(`CSP not flagged: ${bad}`);
  }
  if (cspProblems(strict).length > 0) failures.push(`CSP false positive: ${strict}`);
  return failures;
}

function sameSet(a, b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x)) && a.length === sa.size;
}

export function manifestProblems(m, browser) {
  const problems = [];
  const show = (x) => JSON.stringify(x);
  if (browser === 'chrome') {
    if (m.manifest_version !== 3) problems.push(`manifest_version ${m.manifest_version}, expected 3`);
    if (!sameSet(m.permissions ?? [], EXPECTED_PERMISSIONS_MV3)) problems.push(`permissions ${show(m.permissions)}, expected ${show(EXPECTED_PERMISSIONS_MV3)}`);
    if (!sameSet(m.host_permissions ?? [], EXPECTED_HOSTS)) problems.push(`host_permissions ${show(m.host_permissions)}, expected ${show(EXPECTED_HOSTS)}`);
  } else {
    if (m.manifest_version !== 2) problems.push(`manifest_version ${m.manifest_version}, expected 2 (firefox-mv2)`);
    const expected = [...EXPECTED_PERMISSIONS, ...EXPECTED_HOSTS];
    if (!sameSet(m.permissions ?? [], expected)) problems.push(`permissions ${show(m.permissions)}, expected ${show(expected)}`);
    if (m.host_permissions !== undefined) problems.push(`host_permissions in an MV2 manifest: ${show(m.host_permissions)}`);
  }
  problems.push(...cspProblems(browser === 'chrome' ? m.content_security_policy?.extension_pages : m.content_security_policy));
  if (browser === 'chrome' && m.content_security_policy && Object.keys(m.content_security_policy).join() !== 'extension_pages') {
    problems.push(`content_security_policy has more than extension_pages: ${show(m.content_security_policy)}`);
  }
  for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'update_url', 'declarative_net_request', 'oauth2']) {
    if (m[key] !== undefined) problems.push(`unexpected "${key}": ${show(m[key]).slice(0, 200)}`);
  }
  const scripts = m.content_scripts ?? [];
  if (scripts.length === 0) problems.push('no content_scripts');
  const covered = [];
  for (const [i, cs] of scripts.entries()) {
    for (const p of cs.matches ?? []) if (!EXPECTED_HOSTS.includes(p)) problems.push(`content_scripts[${i}] matches ${show(p)}, not one of the six hosts`);
    covered.push(...(cs.matches ?? []));
    if (cs.all_frames) problems.push(`content_scripts[${i}] runs in all frames`);
    if (cs.world === 'MAIN') problems.push(`content_scripts[${i}] runs in the page's MAIN world`);
    if (cs.match_about_blank || cs.match_origin_as_fallback) problems.push(`content_scripts[${i}] also runs in about:blank/data frames`);
  }
  if (!sameSet(covered, EXPECTED_HOSTS)) problems.push(`content_scripts matches (all entries) ${show(covered)}, expected each of ${show(EXPECTED_HOSTS)} exactly once`);
  const everything = JSON.stringify(m);
  for (const bad of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'doctolib.de', 'doctolib.it', 'http://']) {
    if (everything.includes(bad)) problems.push(`contains "${bad}"`);
  }
  return problems;
}

/** The extension pages' CSP: each REQUIRED_CSP directive exactly, and no source that reaches out. */
export function cspProblems(csp) {
  if (typeof csp !== 'string') return [`no content_security_policy for the extension pages: ${JSON.stringify(csp)}`];
  const problems = [];
  const directives = new Map(
    csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
  );
  for (const [name, values] of Object.entries(REQUIRED_CSP)) {
    const got = directives.get(name);
    if (!got || got.join(' ') !== values.join(' ')) problems.push(`CSP ${name} is ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(values)}`);
  }
  for (const [name, values] of directives) {
    for (const v of values) {
      if (!/^'(?:self|none)'$/.test(v)) problems.push(`CSP ${name} allows ${v}`);
    }
  }
  return problems;
}

/** Every match pattern written in src/hosts.ts (SITE_MATCHES; HOST_PERMISSIONS is derived from it). */
function hostsTsList() {
  const src = readFileSync(join(ROOT, 'src/hosts.ts'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return [...src.matchAll(/['"`]((?:https?|\*):\/\/[^'"`]+)['"`]/g)].map((x) => x[1]);
}

const SOURCE_SINKS = [
  { id: 'dangerouslySetInnerHTML', re: /dangerouslySetInnerHTML/g },
  ...RULES.filter((r) => r.kind === 'html-sink' || r.kind === 'code-from-string'),
];

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const results = [];
  const check = (name, ok, details = []) => {
    results.push({ name, ok, details });
    console.log(`${ok ? '  ✓' : '  ✗'} ${name}`);
    for (const d of details) console.log(`      ${d}`);
  };
  const started = Date.now();

  // The source's shape: layers and function sizes (no build needed).
  const layers = layerProblems();
  check(
    `layers (dependency-cruiser, ${layers.modules} modules, type-only imports included): no import cycle, no import against docs/architecture.md's "may use"`,
    layers.problems.length === 0,
    [...layers.problems, ...layers.known.map((k) => `temporary exception (removed by the core refactor): cycle ${k.join(' ↔ ')}`)],
  );
  const sizes = functionSizeProblems();
  check(
    `no function over ${MAX_FUNCTION_LINES} lines in src/ and entrypoints/ (${sizes.functions} functions, each with its closures)`,
    sizes.problems.length === 0,
    [...sizes.problems, ...sizes.allowed.map((a) => `temporary exception (removed by the core refactor): ${a}`)],
  );

  if (!args.includes('--no-build')) {
    // Shared with the e2e runner (scripts/build-once.mjs): not made again when its inputs did not change.
    for (const [label, key] of [['chrome-mv3', 'chrome:production'], ['firefox-mv2', 'firefox:production']]) {
      try {
        const { built } = buildOnce(key, { stdio: ['ignore', 'pipe', 'pipe'] });
        check(`production build ${label} (${ONCE[key].command}${built ? '' : ', up to date'})`, true);
      } catch (err) {
        check(`production build ${label} (${ONCE[key].command})`, false, [String(err.stderr || err.stdout || err.message).slice(-2000)]);
      }
    }
  }
  for (const [browser, dir] of Object.entries(BUILDS)) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      check(`${browser}: build output present (${relative(ROOT, dir)})`, false, ['run without --no-build']);
      return finish(results, started);
    }
  }

  // Scanners can fail: every bad snippet is flagged, no good one.
  const canaries = canaryFailures();
  check(`scanners flag ${CANARIES.bad.length} known-bad snippets and none of ${CANARIES.good.length} known-good ones`, canaries.length === 0, canaries);

  // Size budget: what each booking page loads (every content_scripts entry's JS, summed).
  for (const [browser, dir] of Object.entries(BUILDS)) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const entries = m.content_scripts ?? [];
    if (entries.length === 0) check(`${browser}: content scripts to measure`, false, ['no content_scripts in the manifest']);
    for (const cs of entries) {
      const files = cs.js ?? [];
      let raw = 0;
      let gz = 0;
      for (const f of files) {
        const buf = readFileSync(join(dir, f));
        raw += buf.length;
        gz += gzipSync(buf, { level: 9 }).length;
      }
      const ok = gz <= CONTENT_GZIP_BUDGET;
      check(
        `${browser}: ${files.join(' + ')} ${(gz / 1000).toFixed(1)} KB gzip ≤ ${CONTENT_GZIP_BUDGET / 1000} KB (raw ${(raw / 1000).toFixed(1)} KB; ${(cs.matches ?? []).join(', ')})`,
        ok,
        ok ? [] : [`over budget by ${((gz - CONTENT_GZIP_BUDGET) / 1000).toFixed(1)} KB; see the biggest modules with \`node scripts/bench-sizes.mjs --modules ${files[0]}\``],
      );
    }
  }

  // Bundle scan.
  const allowUsed = new Set();
  for (const [browser, dir] of Object.entries(BUILDS)) {
    const files = walk(dir).filter((f) => /\.(?:m?js|html|css)$/.test(f));
    const byKind = new Map();
    const allowed = [];
    for (const f of files) {
      const rel = relative(dir, f);
      for (const hit of scanText(readFileSync(f, 'utf8'))) {
        const allow = allowFor(hit, rel);
        if (allow) {
          allowUsed.add(allow);
          allowed.push(`allowed ${hit.rule} in ${rel}: ${allow.reason}`);
          continue;
        }
        if (!byKind.has(hit.kind)) byKind.set(hit.kind, []);
        byKind.get(hit.kind).push(`${rel} @${hit.index} [${hit.rule}]: …${hit.context}…`);
      }
    }
    const labels = {
      'code-from-string': 'no eval / new Function / string timers',
      network: 'no network API (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource, importScripts, WebTransport, RTCPeerConnection)',
      'remote-code': 'no remote script/style URL, no script element created',
      'html-sink': 'no HTML sink (innerHTML, insertAdjacentHTML, document.write, DOMParser…)',
    };
    for (const [kind, label] of Object.entries(labels)) {
      const bad = byKind.get(kind) ?? [];
      const ok = allowed.filter((a) => RULES.find((r) => a.startsWith(`allowed ${r.id} `))?.kind === kind);
      check(`${browser}: ${label} in ${files.length} shipped files`, bad.length === 0, [...bad, ...ok]);
    }
  }
  for (const a of ALLOW) {
    if (!allowUsed.has(a)) console.log(`      note: allow-list entry for "${a.rule}" matched nothing any more; remove it from scripts/check-static.mjs`);
  }

  // The amount hook and the idle signal (src/content/idle.ts) exist in the test build only:
  // nothing in a shipped bundle can write them.
  for (const [what, needle] of [['amount hook', 'data-out-of-pocket-cents'], ['idle signal', 'rac-test-idle']]) {
    const hookHits = Object.entries(BUILDS).flatMap(([browser, dir]) =>
      walk(dir).filter((f) => /\.(?:m?js|html)$/.test(f) && readFileSync(f, 'utf8').includes(needle)).map((f) => `${browser}: ${relative(dir, f)}`));
    check(`no ${what} (${needle}) in the shipped bundles`, hookHits.length === 0, hookHits);
  }

  // Waits in the tests: no sleep outside scripts/check-sleeps.mjs's allow-list, each use with its reason.
  const sleeps = checkSleeps();
  const planted = findSleeps('await page.waitForTimeout(300);\nawait new Promise((r) => setTimeout(r, 50));\nconst sleep = (ms) => new Promise((r) => setTimeout(r, ms));').length === 3;
  check(`tests (${sleeps.files} files): no waitForTimeout, setTimeout promise or sleep wrapper outside the allow-list (${sleeps.allowed.length} uses allowed, each with its reason)`,
    sleeps.bad.length + sleeps.stale.length === 0 && planted, [...sleeps.bad, ...sleeps.stale, ...(planted ? [] : ['the scanner missed a planted sleep'])]);

  // Our own source: no HTML sink and no code from strings at all.
  const sourceFiles = ['src', 'entrypoints'].flatMap((d) => walk(join(ROOT, d))).filter((f) => /\.(?:[cm]?[jt]sx?|html)$/.test(f));
  const sourceHits = [];
  for (const f of sourceFiles) {
    for (const hit of scanText(readFileSync(f, 'utf8'), SOURCE_SINKS)) {
      sourceHits.push(`${relative(ROOT, f)} [${hit.rule}]: …${hit.context}…`);
    }
  }
  check(`source (src/, entrypoints/: ${sourceFiles.length} files) has no HTML sink, dangerouslySetInnerHTML, eval or new Function`, sourceHits.length === 0, sourceHits);

  // Manifests.
  const hostsTs = hostsTsList();
  check('src/hosts.ts lists exactly the six hosts, each once', hostsTs !== null && sameSet(hostsTs, EXPECTED_HOSTS), [
    `src/hosts.ts: ${JSON.stringify(hostsTs)}`,
  ].slice(0, hostsTs !== null && sameSet(hostsTs, EXPECTED_HOSTS) ? 0 : 1));
  for (const [browser, dir] of Object.entries(BUILDS)) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const problems = manifestProblems(m, browser);
    check(`${browser}: manifest permissions ["storage"] (+ "scripting" in Chrome MV3, for the on-demand self-check) + the six hosts, content scripts on exactly those hosts, nothing else`, problems.length === 0, problems);
  }

  // web-ext lint on the Firefox build.
  const lint = spawnSync(
    'npx',
    ['--no-install', 'web-ext', 'lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let report = null;
  try {
    const text = lint.stdout;
    report = JSON.parse(text.slice(text.indexOf('{')));
  } catch {
    // reported below
  }
  if (report === null) {
    check('firefox: web-ext lint ran', false, [`exit ${lint.status}`, (lint.stderr || lint.stdout || '').slice(-1500)]);
  } else {
    const errors = report.errors ?? [];
    const details = [
      ...errors.map((e) => `error ${e.code}: ${e.message} (${e.file ?? ''}${e.line ? `:${e.line}` : ''})`),
      ...(report.warnings ?? []).map((w) => `warning ${w.code}: ${w.message} (${w.file ?? ''}${w.line ? `:${w.line}` : ''})`),
      ...(report.notices ?? []).map((w) => `notice ${w.code}: ${w.message}`),
    ];
    check(
      `firefox: web-ext lint — ${errors.length} errors, ${report.summary?.warnings ?? 0} warnings, ${report.summary?.notices ?? 0} notices`,
      errors.length === 0,
      details,
    );
  }
  return finish(results, started);
}

function finish(results, started) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\nstatic checks: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
