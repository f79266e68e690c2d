// The popup and the options page of the built extension: the per-site switch and the count,
// a mutuelle change seen at once by the content script of an open Doctolib tab, the options
// page's situation fields, screenshots for the README, and axe-core (light and dark).

const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';

// Secteur 2 OPTAM dermatologist, 60 € (see 10-profile.mjs for the arithmetic): reste à charge
// 30,50 € with the default profile (mutuelle 100 % BRSS), 14,75 € at 150 % BRSS.
const firstBadge = (page) => page.locator('rac-badge').first();
const waitBadge = (page, cents) =>
  page.waitForFunction(
    (c) => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === c,
    cents,
    { timeout: 5000 },
  );

/** axe in light and dark; dark in Chromium only (Firefox ESR's WebDriver BiDi cannot emulate it). */
async function expectAxeClean(t, page, what) {
  for (const colorScheme of t.browser === 'chromium' ? ['light', 'dark'] : ['light']) {
    if (t.browser === 'chromium') await page.emulateMedia({ colorScheme });
    const violations = await t.axe(page);
    t.assert.deepEqual(violations, [], `${what} (${colorScheme}): serious or critical axe violations`);
  }
  if (t.browser === 'chromium') await page.emulateMedia({ colorScheme: 'light' });
}

/** Waits until storage holds `expected` under `key` (writes are async). */
async function untilStored(t, key, expected) {
  let last;
  const same = async () => JSON.stringify((last = (await t.getStorage(key))[key])) === JSON.stringify(expected);
  await t.until(same, `storage ${key}`, 2500).catch(() => {});
  t.assert.deepEqual(last, expected, `storage ${key}`);
}

/** The popup as the toolbar shows it: 360 px wide, as tall as its content. */
async function popupShot(t, popup, name, readme) {
  const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await popup.setViewportSize({ width: 360, height: Math.min(Math.max(height, 200), 1200) });
  return t.screenshot(popup, name, { readme, fullPage: true });
}

export default [
  {
    name: 'popup: site switch and count for the tab; a mutuelle change re-renders its badges; axe clean (dark: Chromium only, no media emulation in Firefox\'s BiDi)',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await firstBadge(page).waitFor();
      t.assert.equal(await firstBadge(page).getAttribute('data-out-of-pocket-cents'), '3050');
      const tabId = await t.tabIdOf(page);
      t.assert.ok(Number.isInteger(tabId), `tab id of the fixture page: ${tabId}`);

      const popup = await t.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewportSize({ width: 360, height: 600 });
      t.assert.equal(await popup.evaluate(() => document.documentElement.lang), t.lang);
      t.assert.equal(await popup.title(), t.m('popup.title'));
      await popup.locator('.site-name').waitFor();
      t.assert.equal(await popup.textContent('.site-name'), 'doctolib.fr');
      const sw = popup.locator('#site-switch');
      t.assert.equal(await sw.getAttribute('role'), 'switch');
      t.assert.equal(await sw.getAttribute('aria-checked'), 'true');
      // The content script answered rac:get-count.
      await popup.waitForFunction(() => /^\d+$/.test(document.querySelector('.site-count')?.dataset.count ?? ''));
      const count = Number(await popup.locator('.site-count').getAttribute('data-count'));
      t.assert.ok(count >= 1, `count ${count}`);
      t.assert.equal(await popup.textContent('.site-count'), t.m('popup.site.count', count));
      t.assert.match(await popup.textContent('[data-notice="default"]'), t.rx('popup.notice.default'));

      // The big switch is the first stop of the keyboard.
      await popup.keyboard.press('Tab');
      t.assert.equal(await popup.evaluate(() => document.activeElement?.id), 'site-switch');

      // Mutuelle 150 % BRSS, chosen in the popup → the open tab's badge follows, no reload.
      await page.evaluate(() => { window.__sameDocument = true; });
      await popup.getByRole('radio', { name: t.m('popup.mutuelle.pct', { pct: 150 }), exact: true }).check();
      await waitBadge(page, '1475');
      t.assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      const stored = await t.getStorage(['profile', 'profile$']);
      t.assert.deepEqual(stored.profile.mutuelle, { kind: 'brss', dptamPct: 150, nonDptamPct: 150, responsable: true });
      t.assert.equal(stored.profile$.v, 2);
      t.assert.ok(stored.profile$.savedAt > 0);
      await popup.locator('[data-notice="default"]').waitFor({ state: 'detached' });

      // The OPTAM split, pre-filled with the contrat responsable maximum (150 → 130).
      await popup.getByLabel(t.m('popup.mutuelle.split')).check();
      t.assert.equal(await popup.inputValue('#popup-non-optam'), '130');
      await popup.locator('body').click({ position: { x: 2, y: 2 } }); // no focus ring in the picture
      await popup.waitForFunction(() => document.querySelector('.save-status')?.textContent === '');
      await popupShot(t, popup, 'popup', true);
      await expectAxeClean(t, popup, 'popup');
      await popup.setViewportSize({ width: 360, height: 600 });

      // A custom level: rejected, then accepted.
      await popup.getByRole('radio', { name: t.m('popup.mutuelle.custom') }).check();
      const custom = popup.locator('#popup-custom-level');
      t.assert.ok(await custom.evaluate((el) => el === document.activeElement), 'focus goes to the custom field');
      await custom.fill('abc');
      t.assert.equal(await custom.getAttribute('aria-invalid'), 'true');
      t.assert.equal(await popup.textContent('#popup-custom-level-error'), t.m('popup.mutuelle.levelError'));
      await custom.fill('150');
      t.assert.equal(await custom.getAttribute('aria-invalid'), 'false');
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '1475', null, { timeout: 5000 }).catch(() => {});
      t.assert.equal(await firstBadge(page).getAttribute('data-out-of-pocket-cents'), '1475');

      // Space on the focused switch turns the site off: every badge goes; on again: back.
      await sw.focus();
      await popup.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelectorAll('rac-badge').length === 0);
      t.assert.equal(await sw.getAttribute('aria-checked'), 'false');
      t.assert.equal(await popup.textContent('.site-state'), t.m('popup.site.stateOff'));
      t.assert.deepEqual((await t.getStorage('sites')).sites, { 'doctolib.fr': false });
      await popup.keyboard.press('Enter');
      await waitBadge(page, '1475');
      t.assert.equal(await sw.getAttribute('aria-checked'), 'true');
      t.assert.deepEqual(await t.getStorage('sites'), {});
      // The content script reports its new count to the open popup.
      await popup.waitForFunction((n) => document.querySelector('.site-count')?.dataset.count === String(n), count);
    },
  },
  {
    name: 'popup: a page that is not a booking site, and a booking tab without the content script (that tab: Chromium only; Firefox re-injects content scripts and hides an error page\'s URL)',
    async run(t) {
      // Without ?tab the popup looks at the active tab: here itself, an extension page.
      const popup = await t.openExtensionPage('popup.html');
      await popup.locator('.site-unsupported').waitFor();
      t.assert.equal(await popup.textContent('.site-state'), t.m('popup.site.unsupported'));
      t.assert.equal(await popup.locator('button[role="switch"]').isDisabled(), true);
      await popupShot(t, popup, 'popup-unsupported', false);
      await expectAxeClean(t, popup, 'popup on an unsupported page');

      // A Doctolib URL whose document never loaded (error page): no content script there,
      // as after an extension update in a tab opened before it. Firefox never leaves such a tab
      // (it injects the new content script into open tabs) and gives no URL for an error page.
      if (t.browser !== 'chromium') return;
      await t.openFixture('doctolib/profile-optam.html', PROFILE_URL); // the host is a routed one
      const offline = 'https://www.doctolib.fr/offline-page';
      const broken = await t.openUnreachable(offline);
      const tabId = await t.until(() => t.tabIdOf(offline), 'the error page\'s tab', 5000).catch(() => null);
      t.assert.ok(Number.isInteger(tabId), 'the error page\'s tab keeps its URL');
      const popup2 = await t.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup2.locator('.site-reload').waitFor();
      t.assert.equal(await popup2.textContent('.site-reload'), t.m('popup.site.reload'));
      t.assert.equal(await popup2.textContent('.site-name'), 'doctolib.fr');
    },
  },
  {
    name: 'options page: situation, mutuelle, sites, how it is computed, privacy, reset; axe clean (dark: Chromium only, no media emulation in Firefox\'s BiDi)',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await firstBadge(page).waitFor();

      const options = await t.openExtensionPage('options.html');
      await options.setViewportSize({ width: 900, height: 900 });
      await options.locator('.situation').waitFor();
      t.assert.equal(await options.title(), t.m('options.title'));
      const headings = await options.locator('h1, h2').allTextContents();
      t.assert.deepEqual(headings, [
        'options.title', 'options.situation.heading', 'options.mutuelle.heading', 'contract.heading', 'counters.heading', 'household.heading', 'medecinTraitant.options.heading', 'options.sites.heading',
        'options.how.heading', 'options.privacy.heading', 'options.reset.heading',
      ].map((key) => t.m(key)));

      // Situation fields save at once.
      await options.getByLabel(t.m('options.situation.age')).fill('45');
      await options.getByLabel(t.m('options.situation.ald')).check();
      await options.getByRole('radio', { name: t.m('popup.mutuelle.pct', { pct: 200 }), exact: true }).check();
      await options.waitForFunction((saved) => document.querySelector('.toast-region .save-status')?.textContent === saved, t.m('popup.saved'));
      // Three changes, three writes: wait for the last one to land (the notice shows after the first).
      let profile;
      await t.until(async () => {
        ({ profile } = await t.getStorage('profile'));
        // the household of one person: the shared contract and the person's situation
        return profile?.mutuelle?.dptamPct === 200 && profile.people?.[0]?.age === 45 && profile.people[0].ald;
      }, 'the three changes stored', 2500).catch(() => {});
      t.assert.equal(profile.people[0].age, 45);
      t.assert.equal(profile.people[0].ald, true);
      t.assert.deepEqual(profile.mutuelle, { kind: 'brss', dptamPct: 200, nonDptamPct: 200, responsable: true });
      // The open tab follows the options page too (OPTAM 60 € at 200 % BRSS: only the 2 € PF).
      await waitBadge(page, '200');

      // CSS: the mutuelle is irrelevant (disabled, and why); dépassements are forbidden.
      await options.getByRole('radio', { name: t.m('popup.coverage.css') }).check();
      t.assert.equal(await options.locator('fieldset.mutuelle').evaluate((f) => f.disabled), true);
      t.assert.match(await options.textContent('#options-disabled-reason'), t.rx('popup.mutuelle.disabledCss'));
      await waitBadge(page, '0');
      await options.getByRole('radio', { name: t.m('popup.coverage.none'), exact: true }).first().check();

      // Sites: four switches, Maiia off.
      t.assert.equal(await options.locator('.site-row').count(), 4);
      const maiia = options.getByRole('switch', { name: t.m('popup.site.switchLabel', { site: t.m('options.sites.maiia') }) });
      await maiia.click();
      await untilStored(t, 'sites', { 'maiia.com': false });
      t.assert.equal(await maiia.getAttribute('aria-checked'), 'false');

      // How it is computed: six steps, the tariff table's version and its sources.
      t.assert.equal(await options.locator('.steps li').count(), 6);
      t.assert.match(await options.textContent('.tariff'), t.rx('options.how.tariff'));
      t.assert.ok((await options.locator('.sources a').count()) > 5);
      t.assert.match(await options.textContent('.privacy'), t.rx('options.privacy.noNetwork'));

      await options.evaluate(() => window.scrollTo(0, 0));
      // The "Enregistré" confirmation passes: wait for it, so that it is not in the picture.
      await options.waitForFunction(() => document.querySelector('.toast-region .save-status')?.textContent === '');
      await t.screenshot(options, 'options', { readme: true, fullPage: true });
      await options.locator('.sources summary').click();
      await expectAxeClean(t, options, 'options');
      if (t.browser === 'chromium') {
        await options.emulateMedia({ colorScheme: 'dark' });
        await t.screenshot(options, 'options-dark', { fullPage: true });
        await options.emulateMedia({ colorScheme: 'light' });
      }

      // Reset, after a confirmation; the page shows the default profile again.
      await options.getByRole('button', { name: t.m('options.reset.button') }).click();
      const yes = options.getByRole('button', { name: t.m('options.reset.confirmYes') });
      // Focus moves after the confirmation renders (an effect): wait for it, a loaded machine is slower.
      await options
        .waitForFunction(() => document.activeElement?.id === 'reset-yes', null, { timeout: 5000 })
        .catch(() => t.assert.fail('focus on the confirmation'));
      await yes.click();
      await options.locator('[data-notice="default"]').waitFor();
      t.assert.deepEqual(await t.getStorage(['profile', 'profile$', 'sites']), {});
      t.assert.equal(await options.inputValue('#options-age'), '30');
      await waitBadge(page, '3050');
    },
  },
];
