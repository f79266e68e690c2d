// Finds a Chromium/Chrome binary and the launch flags that work on this machine kind
// (shared by the e2e runner, `npm start` and the benchmarks).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export const INSTALL_HINT = [
  'No Chromium or Google Chrome was found.',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  'Or point CHROME_PATH at a Chrome/Chromium binary.',
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
