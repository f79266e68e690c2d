// The rest of a page's life with the extension: the toolbar count, the Comparer panel on result
// lists, and the extension being reloaded (context invalidated) under an open page.
const SEARCH_URL = 'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue';

async function waitBadges(page, n) {
  await page.waitForFunction((k) => document.querySelectorAll('rac-badge').length === k, n, { timeout: 5000 });
}

export default [
  {
    name: 'toolbar icon: badge text with the number of practitioners annotated in the tab',
    async run(t) {
      const page = await t.openFixture('doctolib/search-spa.html', SEARCH_URL);
      await waitBadges(page, 5);
      const tabId = await t.tabIdOf(page);
      const text = () => t.badgeTextOf(tabId);
      await t.until(async () => (await text()) === '5', 'toolbar badge "5"').catch(() => {});
      t.assert.equal(await text(), '5');
      await page.evaluate(() => window.__fixture.append(2));
      await waitBadges(page, 7);
      await t.until(async () => (await text()) === '7', 'toolbar badge "7"').catch(() => {});
      t.assert.equal(await text(), '7');
    },
  },
  {
    name: 'Comparer panel: practitioners sorted by out-of-pocket, an entry scrolls to its card',
    async run(t) {
      const page = await t.openFixture('doctolib/search-spa.html', SEARCH_URL);
      await waitBadges(page, 5);
      const toggle = page.locator('rac-compare button.toggle');
      await toggle.waitFor();
      t.assert.match(await toggle.innerText(), t.rx('compare.toggle', { count: 5 }));
      t.assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      const items = page.locator('rac-compare .item');
      await items.first().waitFor();
      t.assert.equal(await items.count(), 5);
      const amounts = await items.evaluateAll((els) => els.map((e) => e.querySelector('.amount').textContent));
      // Secteur 1 (exactly 2 €) first, then "dès 2 €" (at least 2 €, maybe more): never reordered in the
      // page. The list shows the amount alone, in full (its column has a fixed width).
      t.assert.match(amounts[0], /^2\s€$/);
      t.assert.match(amounts[2], t.rx('compare.from', { amount: '2 €' }, { whole: true }));
      const cut = await items.evaluateAll((els) => els.filter((e) => { const a = e.querySelector('.amount'); return a.scrollWidth > a.clientWidth; }).length);
      t.assert.equal(cut, 0, 'no amount cut off in the list');
      const pageOrder = await page.evaluate(() => [...document.querySelectorAll('[data-design-system-component=Card] h2')].map((h) => h.textContent.trim()));
      t.assert.deepEqual(pageOrder.slice(0, 3), ['Dr Alice DURAND', 'Dr Bruno LEROY', 'Dr Chloé PETIT'], 'the site DOM keeps its order');
      t.assert.equal(await page.locator('#react-main rac-compare').count(), 0, 'outside the site React tree');
      await page.setViewportSize({ width: 1280, height: 300 });
      await items.last().click();
      const name = await items.last().locator('.name').innerText();
      // The badge's root sits on a built-in span inside <rac-badge>: that span is what has focus.
      const focused = await page.evaluate(() => document.activeElement?.parentElement?.localName);
      t.assert.equal(focused, 'rac-badge', 'the entry focuses its badge');
      // Smooth scrolling: wait for the card to arrive.
      const inView = await page.waitForFunction((n) => {
        const h = [...document.querySelectorAll('[data-design-system-component=Card] h2')].find((x) => x.textContent.trim() === n);
        const r = h.closest('[data-design-system-component=Card]').getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      }, name, { timeout: 3000 }).then(() => true, () => false);
      t.assert.ok(inView, `${name}'s card scrolled into view`);
    },
  },
  {
    name: 'extension reloaded under an open page: the old instance leaves nothing behind, a new one (Firefox) shows each badge once',
    async run(t) {
      const page = await t.openFixture('doctolib/search-spa.html', SEARCH_URL);
      await waitBadges(page, 5);
      const mark = await t.idleMark(page);
      await t.reloadExtension();
      // No event tells a content script that its extension is gone: the user coming back to the
      // tab (or the page changing) is when it notices.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      if (t.browser === 'chromium') {
        // Chrome does not re-inject content scripts into open tabs: the badges go, and the old
        // content script must not react any more.
        await page.waitForFunction(() => document.querySelectorAll('rac-badge, rac-compare').length === 0, null, { timeout: 5000 });
        await page.evaluate(() => window.__fixture.append(2));
        t.assert.equal(await t.busy(page), false, 'the old content script reacted to the page');
        t.assert.equal(await page.locator('rac-badge').count(), 0);
      } else {
        // Firefox injects the new content script into open tabs without running the old one's
        // cleanup: the new instance takes over, one badge per practitioner and one Comparer.
        await waitBadges(page, 5);
        await page.locator('rac-compare').first().waitFor({ state: 'attached' });
        await t.idle(page, mark);
        t.assert.equal(await page.locator('rac-badge').count(), 5, 'one badge per practitioner after the reload');
        t.assert.equal(await page.locator('rac-compare').count(), 1, 'one Comparer');
        await page.evaluate(() => window.__fixture.append(2));
        await t.idle(page);
        t.assert.equal(await page.locator('rac-badge').count(), 7, 'the new instance follows the page, alone');
        t.assert.equal(await page.locator('rac-compare').count(), 1);
      }
      // An update is not a first run: no welcome page.
      t.assert.ok(!(await t.pageUrls()).some((u) => /\/welcome\.html/.test(u)), 'the reload opened the welcome page');
      // The page keeps working.
      await page.locator('.book').first().click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
    },
    // Chromium does not bring an unpacked extension back after runtime.reload() here: run last.
    reloadsExtension: true,
  },
];
