// npm start — builds the extension and opens Chromium with it loaded on the bundled demo pages
// (tests/fixtures, served at the real sites' URLs, no network). Without a display it runs
// headless, saves a screenshot and prints the badges it saw. `npm start -- --firefox`: the same in
// Firefox ESR (scripts/start-firefox.mjs).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromeEnv } from './chrome.mjs';
import { preflight } from './browsers.mjs';
import { fixturePages } from './fixtures.mjs';
import { readClosedTree } from './closed-tree.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
// Pages opened at start (the others are listed, served and one click away).
const demo = ['doctolib/profile-optam.html', 'doctolib/search-spa.html', 'ameli/search-optam.html', 'doctolib/profile-two-practices.html'];
const browser = args.includes('--firefox') ? 'firefox' : 'chromium';
// The same browser check as the e2e step: one actionable line when the browser is missing.
const { ok, found } = preflight({ what: 'npm start', only: [browser], suites: false });
if (!ok) process.exit(1);
if (browser === 'firefox') {
  const { startFirefox } = await import('./start-firefox.mjs');
  await startFirefox({ root: ROOT, headless, demo, executablePath: found.get('firefox').path });
  process.exit(0);
}
const executablePath = found.get('chromium').path;

console.log('Building the extension (wxt build)…');
execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const extensionDir = join(ROOT, '.output/chrome-mv3');

// Anti-bot fixtures imitate error pages at real URLs: not demo material.
const pages = fixturePages(ROOT).filter((p) => !p.file.includes('antibot'));
const toOpen = pages.filter((p) => demo.includes(p.file));
const userDataDir = mkdtempSync(join(tmpdir(), 'rac-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  args: chromeArgs(extensionDir),
  env: chromeEnv(), // French, like the sites (where Chromium has its French pack)
  viewport: headless ? { width: 1280, height: 900 } : null,
  locale: 'fr-FR',
});
const byUrl = new Map(pages.map((p) => [p.url.split('#')[0], p.html]));
await context.route('**/*', (route) => {
  const body = byUrl.get(route.request().url().split('#')[0]);
  return body
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
    : route.abort('blockedbyclient'); // no network: everything else is refused
});

console.log(`Chromium: ${executablePath}${headless ? ' (headless: no display found)' : ''}`);
console.log('Demo pages (served locally at the real sites\' URLs):');
for (const p of pages) console.log(`  ${p.url}   ← tests/fixtures/${p.file}`);

const outDir = join(ROOT, 'tests/e2e/out');
mkdirSync(outDir, { recursive: true });
for (const p of toOpen) {
  const page = context.pages().find((x) => x.url() === 'about:blank') ?? (await context.newPage());
  await page.goto(p.url);
  if (!headless) continue;
  await page.waitForSelector('rac-badge', { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(400); // the SPA fixture renders its cards after load
  // Near which practitioner each badge is (page DOM), and what it says: read through the DevTools
  // Protocol, since the production build keeps its badges in closed roots with no amount in the page.
  const near = await page.evaluate(() =>
    [...document.querySelectorAll('rac-badge')].map((b) =>
      ((el) => (el?.children.length ? [...el.children].map((c) => c.innerText).join(' ') : el?.innerText))(
        b.closest('[data-design-system-component=Card], .item-professionnel')?.querySelector('h2') ?? b.previousElementSibling,
      )?.trim().replace(/\s+/g, ' ').slice(0, 60),
    ),
  );
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { badges } = readClosedTree(root);
  await cdp.detach();
  const shot = join(outDir, `start-${p.file.replace(/[/.]/g, '-')}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`\n${p.url}\n  screenshot: ${shot}\n  ${badges.length} badge(s) (production build, read through the DevTools Protocol):`);
  badges.forEach((b, i) => console.log(`    ${near[i] ?? '?'}  →  ${(b.text ?? '?').replace(/[\u00a0\u202f]/g, ' ')}`));
}

if (headless) {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
} else {
  console.log('\nChromium is open with the extension loaded; close its window to stop.');
  await new Promise((r) => context.on('close', r));
  rmSync(userDataDir, { recursive: true, force: true });
}
