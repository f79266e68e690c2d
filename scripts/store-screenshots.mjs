// npm run screenshots (second half): the store listings' pictures, 1280×800, from the fixture pages
// in Chromium with the French UI (store/screenshots/*.png): a profile with its breakdown open, a
// results list with the Comparer open, and the options page. Needs the test build (open roots to
// open the panel): `npx wxt build --mode e2e` first (npm run screenshots does it).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preflight } from './browsers.mjs';
import { ROOT, launch, serve } from '../tests/e2e/harness.mjs';

const { ok, found } = preflight({ what: 'store screenshots', only: ['chromium'], suites: false });
if (!ok) process.exit(1);
const env = await launch({ extensionDir: join(ROOT, '.output/chrome-mv3-e2e'), executablePath: found.get('chromium').path });
const lang = await env.ext(() => chrome.i18n.getMessage('popup_lang'));
if (lang !== 'fr') {
  console.log('store screenshots: NOT made — the browser shows the English UI (install chromium-l10n)');
  await env.close();
  process.exit(1);
}
const out = join(ROOT, 'store/screenshots');
mkdirSync(out, { recursive: true });
const shots = [];
const shoot = async (page, name) => {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
};
const open = async (fixture) => {
  const html = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8');
  const url = /<meta\s+name="rac-fixture-url"\s+content="([^"]+)"/.exec(html)[1].replaceAll('&amp;', '&');
  serve(env, fixture, url);
  const page = await env.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.locator('rac-badge').first().waitFor();
  return page;
};
try {
  let page = await open('doctolib/profile-optam.html');
  await page.locator('rac-badge').first().scrollIntoViewIfNeeded();
  await page.locator('rac-badge button.badge').first().click();
  await page.locator('rac-badge .panel').first().waitFor();
  await page.waitForTimeout(200);
  await shoot(page, '1-fiche-praticien');
  page = await open('doctolib/search-spa.html');
  await page.waitForTimeout(400);
  await page.locator('rac-compare button.toggle').click();
  await page.locator('rac-compare .item').first().waitFor();
  await shoot(page, '2-liste-et-comparer');
  const options = await env.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.locator('.situation').waitFor();
  await shoot(options, '3-reglages');
  console.log(`store screenshots (1280×800):\n${shots.map((s) => `  ${s}`).join('\n')}`);
} finally {
  await env.close();
}
