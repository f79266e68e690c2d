// The preflight before the real-browser steps (the e2e runner, `npm start`): which browsers are
// here, one actionable line for each one that is not, and whether the step may go on.
//
// Rules:
// - a missing browser prints one line (what to install, or which *_PATH variable to set) and its
//   e2e suite is skipped, saying so;
// - the step fails when no browser at all is usable, or when RAC_REQUIRE_BROWSERS (a comma list,
//   e.g. "chromium"; .ci/run sets it) names one that is missing or unknown;
// - CI=true alone never makes a browser required.
//
// Adding a browser = one more entry in BROWSERS with its `locate` (and its harness in tests/e2e);
// RAC_REQUIRE_BROWSERS can then name it.
import { locateChromium } from './chrome.mjs';
import { locateFirefox } from './firefox.mjs';

/**
 * @typedef {{ path: string, version: string | null } | { problem: string }} Located
 * @typedef {{ name: string, label: string, locate: (env: NodeJS.ProcessEnv) => Located }} Browser
 */

/** @type {readonly Browser[]} */
export const BROWSERS = [
  { name: 'chromium', label: 'Chromium', locate: locateChromium },
  { name: 'firefox', label: 'Firefox', locate: locateFirefox },
];

/** The names RAC_REQUIRE_BROWSERS lists ("chromium, firefox" → ['chromium', 'firefox']). */
export function requiredBrowsers(env = process.env) {
  return (env.RAC_REQUIRE_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Looks for every browser (or only those named in `only`), prints one line per missing one, and
 * says whether the step can go on. `suites: false` for a step that is not a test suite (npm start).
 * @returns {{ ok: boolean, found: Map<string, { path: string, version: string | null }>, missing: string[] }}
 */
export function preflight({ env = process.env, log = console.log, what = 'e2e', only, suites = true, browsers = BROWSERS } = {}) {
  const found = new Map();
  const missing = [];
  const candidates = only ? browsers.filter((b) => only.includes(b.name)) : browsers;
  for (const b of candidates) {
    const r = b.locate(env);
    if ('path' in r) {
      found.set(b.name, r);
    } else {
      missing.push(b.name);
      log(suites ? `${what}: ${b.label} suite skipped — ${r.problem}` : `${what}: ${b.label} missing — ${r.problem}`);
    }
  }
  let ok = true;
  const known = new Set(browsers.map((b) => b.name));
  for (const name of requiredBrowsers(env)) {
    if (!known.has(name)) {
      log(`${what}: FAILED — RAC_REQUIRE_BROWSERS names "${name}", which has no e2e suite here (known: ${[...known].join(', ')})`);
      ok = false;
    } else if (!found.has(name)) {
      log(`${what}: FAILED — RAC_REQUIRE_BROWSERS requires ${name}, which is missing (see the line above)`);
      ok = false;
    }
  }
  if (found.size === 0 && ok) {
    log(`${what}: FAILED — no browser to run in (see the line above)`);
    ok = false;
  }
  return { ok: ok && found.size > 0, found, missing };
}
