// Robustness in real Chromium (issue 7): a page whose own scripts throw and sabotage the DOM APIs
// in its world, a page with 50 000 elements of noise around a few cards, and a page that mutates
// continuously for 5 s. Each time: the extension keeps up (the right badges at the end), the page
// keeps working (its own counter and buttons), and no console error comes from the extension (the
// page's own errors are allowed by allowConsole; they all say "page-own-error").
const BASE = 'https://www.doctolib.fr/search?location=75012-paris&speciality=';
// Default profile, lists show no price (as in 20-search-spa): secteur 1 → the participation
// forfaitaire, exactly "200"; secteur 2, OPTAM or no sector line → at least that, "200+".
const BY_SECTOR = {
  'Conventionné secteur 2 avec OPTAM': '200+',
  'Conventionné secteur 1': '200',
  'Conventionné secteur 2': '200+',
  '': '200+',
};

/** Every card of the list with its badges' attributes and its sector line. */
async function cards(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-test-id=hcp-results] [data-design-system-component=Card]'), (c) => ({
      name: c.querySelector('h2').textContent,
      sector: c.querySelector('[data-icon-name="regular/euro-sign"]')?.closest('.flex')?.querySelector('.flex-wrap p')?.textContent ?? '',
      badges: Array.from(c.querySelectorAll('rac-badge'), (b) => b.getAttribute('data-out-of-pocket-cents')),
    })),
  );
}

/**
 * Polls from Node: Playwright's waitForFunction relies on requestAnimationFrame or
 * MutationObserver in the page's world, which the throwing page replaces.
 */
async function waitUntil(page, fn, arg, timeout) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn, arg).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function expectRightBadges(t, page, count, timeout = 8000) {
  await waitUntil(
    page,
    (n) => {
      const cs = document.querySelectorAll('[data-test-id=hcp-results] [data-design-system-component=Card]');
      return cs.length === n && Array.from(cs).every((c) => c.querySelectorAll('rac-badge').length === 1);
    },
    count,
    timeout,
  );
  const list = await cards(page);
  t.assert.equal(list.length, count, 'cards on the page');
  for (const c of list) t.assert.deepEqual(c.badges, [BY_SECTOR[c.sector]], `${c.name} (${c.sector || 'no sector line'})`);
  t.assert.equal(await page.locator('rac-badge').count(), count, 'no badge outside the cards');
}

/** Long tasks seen by the page (PerformanceObserver, buffered) since the page opened. */
async function longTasks(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        try {
          new PerformanceObserver((l) => seen.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
        } catch {
          // not supported
        }
        setTimeout(() => resolve({ count: seen.length, longest: Math.round(Math.max(0, ...seen)) }), 50);
      }),
  );
}

const pageOwn = (e) => e.includes('page-own-error');

export default [
  {
    name: 'a page whose own scripts throw and sabotage attachShadow/after/rAF/MutationObserver in its world: badges right, page working',
    allowConsole: pageOwn,
    async run(t) {
      const page = await t.openFixture('robustness/throwing-page.htm', `${BASE}robustness-throwing`);
      await expectRightBadges(t, page, 5);
      // The page did throw (so the check above ran under fire): its timers, its rejection, and its
      // observer on each of our insertions.
      await page.waitForTimeout(200);
      const own = t.consoleErrors().filter(pageOwn);
      t.assert.ok(own.length >= 4, `the page's own errors were raised: ${own.length}`);
      t.assert.ok(own.some((e) => e.includes('observer throws')), "the page's observer saw our badges and threw");
      // The page keeps working: its counter, its buttons (whose click handler also throws).
      const ticks = await page.evaluate(() => window.__ticks);
      await page.waitForTimeout(200);
      t.assert.ok((await page.evaluate(() => window.__ticks)) > ticks, "the page's own counter keeps going");
      await page.locator('.book').nth(1).click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
      // The breakdown opens despite the sabotaged main-world APIs.
      await page.locator('rac-badge button.badge').first().click();
      await page.locator('rac-badge .panel').first().waitFor();
      t.assert.equal(await page.evaluate(() => window.__pageOk), true);
    },
  },
  {
    name: 'a page with 50 000 elements of noise and 5 cards: exactly the 5 right badges; a 25 000-element re-render: page not starved',
    async run(t) {
      const url = `${BASE}robustness-noise`;
      /** The page's frames and own timer ticks in the 1.5 s after it re-renders 25 000 elements. */
      const burst = (page) =>
        page.evaluate(async () => {
          const f0 = window.__frames;
          const k0 = window.__ticks;
          const t0 = performance.now();
          window.__fixture.burst();
          await new Promise((r) => setTimeout(r, 1500));
          return { frames: window.__frames - f0, ticks: window.__ticks - k0, ms: performance.now() - t0 };
        });
      // Baseline: the same page and re-render with the extension switched off for the site.
      await t.setStorage({ sites: { 'doctolib.fr': false } });
      const off = await t.openFixture('robustness/noise-50k.htm', `${url}&run=off`);
      await off.waitForTimeout(500);
      const baseline = await burst(off);
      await off.close();
      await t.setStorage({ sites: { 'doctolib.fr': true } });

      const started = Date.now();
      const page = await t.openFixture('robustness/noise-50k.htm', `${url}&run=on`);
      const elements = await page.evaluate(() => window.__fixture.elements());
      t.assert.ok(elements >= 50000, `${elements} elements`);
      await expectRightBadges(t, page, 5, 10000);
      const firstBadges = Date.now() - started;
      await page.waitForTimeout(300);
      const on = await burst(page);
      const lt = await longTasks(page);
      console.log(
        `      noise: ${elements} elements, page open → 5 badges ${firstBadges} ms; after a 25 000-element re-render: ` +
          `frames ${on.frames} in 1.5 s (extension off: ${baseline.frames}), timer ticks ${on.ticks} (off: ${baseline.ticks}); ` +
          `long tasks ${lt.count}, longest ${lt.longest} ms (page + extension)`,
      );
      await expectRightBadges(t, page, 5);
      t.assert.ok(firstBadges < 10000, `badges after ${firstBadges} ms`);
      t.assert.ok(on.frames >= 0.5 * baseline.frames, `frames after the re-render ${on.frames} vs ${baseline.frames} with the extension off`);
      t.assert.ok(on.ticks >= 0.5 * baseline.ticks, `timer ticks after the re-render ${on.ticks} vs ${baseline.ticks} with the extension off`);
      await page.locator('.book').first().click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
    },
  },
  {
    name: 'a page that mutates continuously for 5 s (clock every frame, text inside cards, +2 cards every 250 ms): extension keeps up, page not starved',
    async run(t) {
      const url = `${BASE}robustness-mutating`;
      // Baseline: the same page with the extension switched off for the site (content script idle).
      await t.setStorage({ sites: { 'doctolib.fr': false } });
      const off = await t.openFixture('robustness/mutating-page.htm', `${url}&run=off`);
      await off.waitForTimeout(300);
      const baseline = await off.evaluate(() => window.__fixture.run(5000));
      t.assert.equal(await off.locator('rac-badge').count(), 0, 'switched off: no badge');
      await off.close();

      await t.setStorage({ sites: { 'doctolib.fr': true } });
      const page = await t.openFixture('robustness/mutating-page.htm', `${url}&run=on`);
      await expectRightBadges(t, page, 5);
      const run = await page.evaluate(() => window.__fixture.run(5000));
      const lt = await longTasks(page);
      console.log(
        `      mutating 5 s: frames ${run.frames} (extension off: ${baseline.frames}), page timer ticks ${run.ticks} (off: ${baseline.ticks}); ` +
          `long tasks ${lt.count}, longest ${lt.longest} ms (page + extension)`,
      );
      // Keeps up: every card added during the 5 s has its right badge shortly after.
      await expectRightBadges(t, page, run.cards, 5000);
      t.assert.ok(run.cards >= 35, `${run.cards} cards at the end`);
      // Not starved: the page's frames and its own timer stay close to the extension-off run.
      t.assert.ok(run.frames >= 0.5 * baseline.frames, `frames ${run.frames} vs ${baseline.frames} with the extension off`);
      t.assert.ok(run.ticks >= 0.5 * baseline.ticks, `timer ticks ${run.ticks} vs ${baseline.ticks} with the extension off`);
      await page.locator('.book').last().click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
    },
  },
];
