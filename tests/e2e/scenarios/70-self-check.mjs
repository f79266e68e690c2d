// The page self-check (issue 18), from the popup against a real tab: the popup injects the check
// on demand, says what the extension understood of the page, and shows a report that names no one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness.mjs';

const BROKEN_URL = 'https://www.doctolib.fr/search?location=75011-paris&speciality=dermatologue';
const EMPTY_URL = 'https://www.doctolib.fr/search?location=23000-gueret&speciality=angiologue';

/** What tests/fixtures/doctolib/search-broken-markup.html holds that a report must never carry. */
const SECRETS = [
  // practitioners' names, their profile slugs and ids
  'Jeanne', 'ORTOLAN', 'Basile', 'QUENTRIC', 'Ysolde', 'MARVINGT', 'jeanne-ortolan', 'practice-9000',
  // addresses and the city
  'Tanneurs', 'Imaginaires', 'Fictif', 'Verdelet', 'Songes', '75011', 'Paris',
  // the search's query values
  '75011-paris', 'dermatologue',
];

async function openPopupOn(t, fixture, url) {
  const page = await t.openFixture(fixture, url);
  const tabId = await t.tabIdOf(page);
  t.assert.ok(Number.isInteger(tabId), `tab id of the fixture page: ${tabId}`);
  const popup = await t.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 700 });
  return { page, popup };
}

export default [
  {
    name: 'self-check: a page whose markup changed → "l\'extension ne la comprend plus", expected vs found, a report with no name, address, city or query value; Copier; axe clean; nothing on the page',
    async run(t) {
      const { page, popup } = await openPopupOn(t, 'doctolib/search-broken-markup.html', BROKEN_URL);
      const panel = popup.locator('.self-check[data-self-check="not-understood"]');
      await panel.waitFor({ timeout: 10000 });
      t.assert.match(await popup.textContent('.self-check-status strong'), t.rx('popup.selfCheck.notUnderstood', {}, { whole: true }));
      // Expected at least 3 practitioners (3 sector labels, 3 profile links), found 0.
      t.assert.deepEqual(
        await popup.evaluate(() => [...document.querySelectorAll('tr[data-row="listings"] td')].map((td) => td.textContent)),
        ['3', '0'],
      );

      // The report box: read-only, open, and it names no one.
      const box = popup.locator('#self-check-report');
      t.assert.equal(await box.isVisible(), true);
      t.assert.equal(await box.evaluate((el) => el.readOnly), true);
      const report = await box.inputValue();
      t.assert.match(report, /^verdict: not-understood$/m);
      t.assert.match(report, /^site: doctolib$/m);
      t.assert.match(report, /^page: search$/m);
      t.assert.match(report, /^route: \/search\?location&speciality$/m);
      t.assert.match(report, new RegExp(`^extension: \\d+\\.\\d+\\.\\d+ ${t.browser === 'chromium' ? 'chrome' : 'firefox'}$`, 'm'));
      t.assert.match(report, /^ {2}sector labels: 3 \(read 0\)$/m);
      t.assert.match(report, /^ {2}- card \[data-design-system-component=Card\]: 0$/m);
      t.assert.match(report, /‹name›/);
      t.assert.match(report, /‹sector label: secteur-2›/);
      t.assert.match(report, /article\.result-card\[data-ds\]/);
      const leaked = SECRETS.filter((s) => report.toLowerCase().includes(s.toLowerCase()));
      t.assert.deepEqual(leaked, [], 'the report holds no practitioner name, address, city or query value');

      // Copier: copied, or (no clipboard for an unfocused page) the text selected with the hint.
      await popup.click('#self-check-copy');
      await popup.waitForFunction(() => (document.querySelector('.self-check-actions [role="status"]')?.textContent ?? '') !== '');
      const said = await popup.textContent('.self-check-actions [role="status"]');
      t.assert.ok([t.m('popup.selfCheck.copied'), t.m('popup.selfCheck.selectHint')].includes(said), `after Copier: ${said}`);

      const violations = await t.axe(popup);
      t.assert.deepEqual(violations, [], 'popup with the self-check report: serious or critical axe violations');

      // No message on the page itself, no badge: the check left nothing there.
      t.assert.equal(await page.evaluate(() => document.querySelectorAll('rac-badge, rac-compare').length), 0);
      t.assert.equal(await page.evaluate(() => document.body.textContent.includes('comprend')), false);
      await t.screenshot(popup, 'popup-self-check-broken', { fullPage: true });
    },
  },
  {
    name: 'self-check: a search that found nobody → "Page reconnue, aucun praticien", never "ne la comprend plus"',
    async run(t) {
      const { popup } = await openPopupOn(t, 'doctolib/search-no-results.html', EMPTY_URL);
      await popup.locator('.self-check[data-self-check="empty"]').waitFor({ timeout: 10000 });
      t.assert.equal(await popup.textContent('.self-check-status'), t.m('popup.selfCheck.empty'));
      t.assert.equal(await popup.locator('details.self-check-report').evaluate((d) => d.open), false);
      t.assert.match(await popup.locator('#self-check-report').inputValue(), /^verdict: empty$/m);
      // One sentence, not two: the zero count line gives way to the verdict.
      await popup.waitForFunction(() => document.querySelector('[data-count="0"]') === null, null, { timeout: 5000 });
    },
  },
  {
    name: 'self-check: a page the extension reads → the count line only, the report on demand (verdict ok)',
    async run(t) {
      const { popup } = await openPopupOn(t, 'doctolib/search-all-sectors.html', 'https://www.doctolib.fr/search?location=69003-lyon&speciality=medecin-generaliste');
      await popup.locator('.self-check[data-self-check="ok"]').waitFor({ timeout: 10000 });
      t.assert.equal(await popup.locator('.self-check-status').count(), 0);
      t.assert.match(await popup.locator('#self-check-report').inputValue(), /^read: 17 listings, 0 fees$/m);
    },
  },
  {
    name: 'self-check: a Doctolib page in English (<html lang="en">) → "langue de la page non prise en charge", never "aucun praticien"',
    async run(t) {
      const url = 'https://www.doctolib.fr/search?location=23000-gueret&speciality=angiologue&lang=en';
      const html = readFileSync(join(ROOT, 'tests/fixtures/doctolib/search-no-results.html'), 'utf8').replace('lang="fr"', 'lang="en"');
      t.route(url, html);
      const page = await t.open(url);
      const popup = await t.openExtensionPage(`popup.html?tab=${await t.tabIdOf(page)}`);
      await popup.locator('.self-check[data-self-check="language"]').waitFor({ timeout: 10000 });
      t.assert.equal(await popup.textContent('.self-check-status'), t.m('popup.selfCheck.language', { lang: 'en' }));
      t.assert.equal(await popup.locator('.self-check-status').count(), 1);
      t.assert.ok(!(await popup.textContent('.self-check')).includes(t.m('popup.selfCheck.empty')));
      // Nor the count line's "Aucun praticien repéré": the page is not understood, not empty.
      await popup.waitForFunction(() => document.querySelector('[data-count="0"]') === null, null, { timeout: 5000 });
    },
  },
];
