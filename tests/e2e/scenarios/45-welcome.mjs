// The first-run page (opened once on install: the runner checks that at every launch). Answering
// it changes the badges of a booking tab already open, without reload; skipping it leaves the
// default profile and its mark on the badges; it is axe-clean.
const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';
const cents = (page) => page.locator('rac-badge').first().getAttribute('data-out-of-pocket-cents');
const isOpen = async (t) => (await t.pageUrls()).some((u) => /\/welcome\.html/.test(u));

export default [
  {
    name: 'welcome page: the answers set the profile, the example and an open tab\'s badges follow; done and skip close it; axe clean',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await page.locator('rac-badge').first().waitFor();
      t.assert.equal(await cents(page), '3050'); // the default profile (mutuelle 100 %)
      t.assert.equal(await page.locator('rac-badge .star').first().textContent(), '*', 'default-profile mark');

      let welcome = await t.openExtensionPage('welcome.html');
      await welcome.locator('.example').waitFor();
      t.assert.deepEqual(await t.axe(welcome), [], 'welcome: serious or critical axe violations');
      const before = await welcome.textContent('.example');
      t.assert.match(before, /\d\s€/, `an amount in the example: ${before}`);
      await welcome.getByRole('radio', { name: t.m('popup.mutuelle.pct', { pct: 200 }), exact: true }).check();
      // OPTAM dermatologist at 60 €, 200 % BRSS: only the 2 € participation forfaitaire.
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '200', null, { timeout: 5000 });
      await welcome.waitForFunction((b) => document.querySelector('.example')?.textContent !== b, before);
      t.assert.equal(await page.locator('rac-badge .star').first().textContent(), '', 'no default mark once answered');
      t.assert.equal((await t.getStorage('profile')).profile.mutuelle.dptamPct, 200);
      await welcome.click('#welcome-done');
      await t.until(async () => !(await isOpen(t)), 'the welcome page to close', 2500).catch(() => {});
      t.assert.equal(await isOpen(t), false, '"done" closes the page');

      // Skipped: nothing saved, the default profile and its mark stay.
      await t.clearStorage();
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '3050', null, { timeout: 5000 });
      welcome = await t.openExtensionPage('welcome.html');
      await welcome.locator('#welcome-skip').waitFor();
      await welcome.click('#welcome-skip');
      await t.until(async () => !(await isOpen(t)), 'the welcome page to close', 2500).catch(() => {});
      t.assert.equal(await isOpen(t), false, '"skip" closes the page');
      t.assert.deepEqual(await t.getStorage(['profile', 'profile$']), {});
      t.assert.equal(await page.locator('rac-badge .star').first().textContent(), '*');
    },
  },
  {
    name: 'privacy policy page (PRIVACY.md shipped inside, linked from the options page): readable, in the UI language, axe clean',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      const href = await options.locator('a[href$="privacy.html"]').getAttribute('href');
      t.assert.equal(href, '/privacy.html');
      const page = await t.openExtensionPage('privacy.html');
      await page.locator('h1').waitFor();
      const text = await page.evaluate(() => document.body.textContent);
      t.assert.match(text, /storage\.local/);
      t.assert.match(text, /www\.doctolib\.fr/);
      const lang = await page.evaluate(() => document.documentElement.lang);
      t.assert.match(text, lang === 'fr' ? /rien ne quitte votre appareil/i : /nothing leaves your device/i);
      t.assert.deepEqual(await t.axe(page), []);
    },
  },
];
