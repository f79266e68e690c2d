// Finds a Chromium binary (refusing branded Google Chrome 137+, which ignores --load-extension)
// and the launch flags that work on this machine kind (shared by the e2e runner, `npm start`,
// the benchmarks and scripts/browsers.mjs, the preflight).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** One line saying what to do when no usable Chromium is found. */
export const CHROMIUM_INSTALL =
  'install Chromium (Debian/Ubuntu: sudo apt-get install chromium chromium-l10n; the l10n package brings the French UI) or set CHROME_PATH=/path/to/chromium';

/** What `<binary> --version` prints ("Chromium 156.0…", "Google Chrome 137.0…"), or null. */
export function chromeVersion(path) {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15000, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').map((l) => l.trim()).find((l) => /\d+\.\d+/.test(l)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Why a browser cannot run the tests, or null. Branded Google Chrome 137 and later ignores
 * --load-extension (Chromium and Chrome for Testing still honour it).
 */
export function refusal(path, version) {
  const m = /^Google Chrome (\d+)\./.exec(version ?? '');
  if (m && Number(m[1]) >= 137) {
    return `${path} is Google Chrome ${m[1]}, which ignores --load-extension since Chrome 137: ${CHROMIUM_INSTALL}`;
  }
  return null;
}

/**
 * The Chromium to use: CHROME_PATH when set (never silently replaced by another binary), else the
 * first usable one of the usual places. `{ path, version }`, or `{ problem }`: one actionable line.
 */
export function locateChromium(env = process.env, { candidates = CANDIDATES, names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] } = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) return { problem: `CHROME_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it` };
    const version = chromeVersion(fromEnv);
    const no = refusal(fromEnv, version);
    return no ? { problem: no } : { path: fromEnv, version };
  }
  const seen = [];
  const tried = [...candidates];
  for (const name of names) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p) tried.push(p);
    } catch {
      // not on PATH
    }
  }
  let refused = null;
  for (const c of tried) {
    if (seen.includes(c) || !existsSync(c)) continue;
    seen.push(c);
    const version = chromeVersion(c);
    const no = refusal(c, version);
    if (no) {
      refused ??= no;
      continue;
    }
    return { path: c, version };
  }
  return { problem: refused ?? `no Chromium found: ${CHROMIUM_INSTALL}` };
}

/** The Chromium binary to use, or null (see locateChromium for why). */
export function findChrome() {
  return locateChromium().path ?? null;
}

export const INSTALL_HINT = [
  'No usable Chromium was found.',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium',
  'Or point CHROME_PATH at a Chromium binary (branded Google Chrome 137+ ignores --load-extension).',
].join('\n');

/** Flags for an extension-loaded Chromium with no background traffic (this machine has no network). */
export function chromeArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    // The extension's UI language follows the browser's: French, like the sites it annotates.
    '--lang=fr',
  ];
}

/** Environment for launching Chromium in French on Linux (LANGUAGE wins over --lang there). */
export function chromeEnv() {
  return { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' };
}
