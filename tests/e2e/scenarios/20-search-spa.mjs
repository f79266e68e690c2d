// A Doctolib search list rendered by the page's own script after load, then appended to, with a
// card node re-used for another practitioner and a card removed: exactly one right badge per card
// after every change; the per-site switch removes and restores them without reload.
const SEARCH_URL = 'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue';

// Lists show no price. Expected with the default profile (mutuelle 100 % BRSS, adressé):
//   secteur 1 → exact at the tarif opposable: dermatologist 31,50 € (SP-3) or GP 30 € (GP-3):
//     reste à charge = the participation forfaitaire, 2 € → "200";
//   secteur 2, 2 OPTAM or no sector line → at least the tarif opposable's 2 € → "200+".
const EXPECTED = {
  'Dr Alice DURAND': '200+', // secteur 2 avec OPTAM
  'Dr Bruno LEROY': '200', // secteur 1
  'Dr Chloé PETIT': '200+', // secteur 2
  'Dr David MOREAU': '200', // GP secteur 1
  'Dr Emma GIRARD': '200+', // no sector line: never assumed secteur 1
  'Dr François ROUX': '200+',
  'Dr Gaëlle FOURNIER': '200+',
  'Dr Hugo LAMBERT': '200',
  'Dr Inès BLANC': '200', // re-used node, now secteur 1
};

async function cards(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-test-id=hcp-results] [data-design-system-component=Card]')].map((c) => ({
      name: c.querySelector('h2')?.textContent.trim(),
      badges: [...c.querySelectorAll('rac-badge')].map((b) => b.getAttribute('data-out-of-pocket-cents')),
    })),
  );
}

async function expectOneRightBadgePerCard(t, page, count) {
  await page.waitForFunction(
    (n) => {
      const cs = [...document.querySelectorAll('[data-test-id=hcp-results] [data-design-system-component=Card]')];
      return cs.length === n && cs.every((c) => c.querySelectorAll('rac-badge').length === 1);
    },
    count,
    { timeout: 5000 },
  ).catch(() => {});
  const list = await cards(page);
  t.assert.equal(list.length, count);
  for (const c of list) {
    t.assert.deepEqual(c.badges, [EXPECTED[c.name]], `card ${c.name}: ${JSON.stringify(c.badges)}`);
  }
  t.assert.equal(await page.locator('rac-badge').count(), count, 'no badge outside the cards');
}

export default [
  {
    name: 'search list (SPA): one right badge per card as cards render, append, get re-used and removed',
    async run(t) {
      const page = await t.openFixture('doctolib/search-spa.html', SEARCH_URL);
      await expectOneRightBadgePerCard(t, page, 5);
      const text = await page.locator('rac-badge').first().evaluate((b) => b.firstElementChild.shadowRoot.querySelector('.text').textContent);
      t.assert.match(text, t.rx('badge.fromCovered', { amount: '2 €', covered: '31,50 €' }, { whole: true }));
      await t.screenshot(page, 'search-list', { readme: true });

      await page.evaluate(() => window.__fixture.append(3));
      await expectOneRightBadgePerCard(t, page, 8);

      await page.evaluate(() => window.__fixture.reuseFirst());
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '200');
      await expectOneRightBadgePerCard(t, page, 8);

      await page.evaluate(() => window.__fixture.removeLast());
      await expectOneRightBadgePerCard(t, page, 7);

      // The page's own buttons under the badges still fire.
      await page.locator('.book').nth(2).click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
    },
  },
  {
    name: 'per-site switch: off removes every badge at once, on brings them back (no reload)',
    async run(t) {
      const page = await t.openFixture('doctolib/search-spa.html', SEARCH_URL);
      await expectOneRightBadgePerCard(t, page, 5);
      await page.evaluate(() => { window.__sameDocument = true; });
      const mark = await t.idleMark(page);
      await t.setStorage({ sites: { 'doctolib.fr': false } });
      await t.idle(page, mark); // switched off: stopped, nothing pending
      t.assert.equal(await page.locator('rac-badge').count(), 0);
      // Cards added while off get nothing: no work is even scheduled for them.
      await page.evaluate(() => window.__fixture.append(2));
      t.assert.equal(await t.busy(page), false, 'the content script reacted to cards added while off');
      t.assert.equal(await page.locator('rac-badge').count(), 0);
      await t.setStorage({ sites: { 'doctolib.fr': true } });
      await expectOneRightBadgePerCard(t, page, 7);
      t.assert.equal(await page.evaluate(() => window.__sameDocument), true);
    },
  },
];
