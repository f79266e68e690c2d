// Firefox for Android uses the same build: the popup (a full page there), the options page and the
// breakdown must work 360 px wide with a finger. Emulated in Chromium (touch emulation gives
// `pointer: coarse`); Firefox's WebDriver BiDi has no touch emulation. No real mobile booking page
// has been seen: badges on the sites' mobile layouts stay unverified.
const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';

async function mobile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await page.setViewportSize({ width: 360, height: 740 });
  return page.evaluate(() => matchMedia('(pointer: coarse)').matches);
}

/** In the page: controls smaller than `min` px (height or width), and horizontal overflow. */
function fit(min) {
  const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
  const small = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('button, [role=switch], a[href], input:not([type=radio]):not([type=checkbox]), label')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.sr-only')) continue;
      // A text field's label names it; the target is the field.
      if (el.localName === 'label' && el.control && !/^(radio|checkbox)$/.test(el.control.type)) continue;
      if (r.height < min - 0.5 || r.width < min - 0.5) small.push(`${el.localName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return { small, overflow: document.documentElement.scrollWidth - innerWidth };
}

export default [
  {
    name: 'mobile, 360 px and a coarse pointer (Chromium only: Firefox\'s BiDi has no touch emulation): popup, options and breakdown fit; controls ≥ 44 px, badges ≥ 24 px',
    browsers: ['chromium'],
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await page.locator('rac-badge').first().waitFor();
      t.assert.equal(await mobile(page), true, 'pointer: coarse');
      const badge = await page.locator('rac-badge > span').first().boundingBox();
      t.assert.ok(badge.height >= 24 && badge.x + badge.width <= 360, `badge ${JSON.stringify(badge)}`);
      await page.locator('rac-badge button.badge').first().click();
      const panel = await page.locator('rac-badge .panel').first().boundingBox();
      t.assert.ok(panel.x >= 0 && panel.x + panel.width <= 360 && panel.y >= 0 && panel.y + panel.height <= 740, `panel within the screen: ${JSON.stringify(panel)}`);
      const inPanel = await page.evaluate(() => {
        const root = document.querySelector('rac-badge > span').shadowRoot;
        return [...root.querySelectorAll('.panel button, .panel a[href]')].map((e) => {
          const r = e.getBoundingClientRect();
          return { what: e.textContent.trim().slice(0, 20), w: Math.round(r.width), h: Math.round(r.height) };
        });
      });
      t.assert.ok(inPanel.length >= 2);
      t.assert.deepEqual(inPanel.filter((c) => c.h < 44 || c.w < 44), [], 'panel controls ≥ 44 px');

      const tabId = await t.tabIdOf(page);
      const popup = await t.openExtensionPage(`popup.html?tab=${tabId}`);
      t.assert.equal(await mobile(popup), true);
      await popup.locator('.site-name').waitFor();
      const p = await popup.evaluate(fit, 44);
      t.assert.deepEqual(p.small, [], 'popup controls ≥ 44 px');
      t.assert.ok(p.overflow <= 0, `popup overflows by ${p.overflow} px`);
      await t.screenshot(popup, 'mobile-popup', { fullPage: true });

      const options = await t.openExtensionPage('options.html');
      await mobile(options);
      await options.locator('.situation').waitFor();
      const o = await options.evaluate(fit, 24);
      t.assert.ok(o.overflow <= 0, `options overflow by ${o.overflow} px`);
      t.assert.deepEqual(o.small, [], 'options controls ≥ 24 px');
      await t.screenshot(options, 'mobile-options', { fullPage: true });
    },
  },
];
