// Finds Firefox for the e2e runner, `npm start -- --firefox` and the preflight (scripts/browsers.mjs).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** One line saying what to do when no Firefox is found. */
export const FIREFOX_INSTALL =
  'install Firefox ESR (Debian/Ubuntu: sudo apt-get install firefox-esr firefox-esr-l10n-fr; the l10n package brings the French UI) or set FIREFOX_PATH=/path/to/firefox';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** What `<binary> --version` prints ("Mozilla Firefox 153.8.0esr"), or null. */
function firefoxVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** FIREFOX_PATH when set (never replaced by another binary), else the usual places: `{ path, version }` or `{ problem }`. */
export function locateFirefox(env = process.env, { candidates = CANDIDATES } = {}) {
  if (env.FIREFOX_PATH) {
    return existsSync(env.FIREFOX_PATH)
      ? { path: env.FIREFOX_PATH, version: firefoxVersion(env.FIREFOX_PATH) }
      : { problem: `FIREFOX_PATH=${env.FIREFOX_PATH} does not exist: point it at a Firefox binary, or unset it` };
  }
  for (const c of candidates) if (existsSync(c)) return { path: c, version: firefoxVersion(c) };
  return { problem: `no Firefox found: ${FIREFOX_INSTALL}` };
}
