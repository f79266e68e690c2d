// npm start -- --firefox — the same demo as `npm start`, in Firefox ESR: builds the Firefox add-on,
// installs it as a temporary add-on (WebDriver BiDi) and opens the demo pages, served at the real
// sites' URLs with no network. Without a display it runs headless, saves screenshots and prints the
// badges, read through BiDi (closed roots included).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox } from '../tests/e2e/firefox.mjs';
import { fixturePages } from './fixtures.mjs';

/** `executablePath`: the Firefox that `npm start`'s preflight found. */
export async function startFirefox({ root, headless, demo, executablePath }) {
  console.log('Building the Firefox add-on (wxt build -b firefox)…');
  execSync('npx wxt build -b firefox', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const env = await launchFirefox({ extensionDir: join(root, '.output/firefox-mv2'), executablePath, headless });
  console.log(`Firefox ${env.version}: ${env.executablePath}${headless ? ' (headless: no display found)' : ''}`);
  const pages = fixturePages(root).filter((p) => !p.file.includes('antibot'));
  for (const p of pages) env.routes.set(p.url.split('#')[0], { body: p.html, contentType: 'text/html; charset=utf-8' });
  const outDir = join(root, 'tests/e2e/out');
  mkdirSync(outDir, { recursive: true });
  for (const p of pages.filter((x) => demo.includes(x.file))) {
    const page = await env.newPage();
    await page.goto(p.url);
    if (!headless) continue;
    await page.waitForSelector('rac-badge', { state: 'attached', timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(400);
    const { badges } = await env.closedTree(page);
    const shot = join(outDir, `start-firefox-${p.file.replace(/[/.]/g, '-')}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`\n${p.url}\n  screenshot: ${shot}\n  ${badges.length} badge(s) (production build, read through WebDriver BiDi):`);
    for (const b of badges) console.log(`    ${(b.text ?? '?').replace(/[\u00a0\u202f]/g, ' ')}`);
  }
  if (headless) {
    await env.close();
    return;
  }
  console.log('\nFirefox is open with the add-on loaded; close it (Ctrl+C here) to stop.');
  await new Promise(() => {});
}
