// A Doctolib profile page: one badge per consultation/teleconsultation fee, the breakdown by
// keyboard, live settings, and the page's own controls still working around the badges.
const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';

// Expected amounts, computed by hand from docs/reimbursement.md (independent of the
// core): secteur 2 OPTAM specialist, adressé (default profile), fee 60 €, BR 31,50 € (SP-3),
// AMO 70 % = 22,05 € − PF 2 € (PF-2); mutuelle at L % BRSS pays min(60 − 22,05, L × 31,50 − 22,05).
//   L = 100 % → mutuelle 9,45 €  → reste à charge 30,50 €
//   L = 150 % → mutuelle 25,20 € → reste à charge 14,75 € (rules §3.B B4)
//   L = 200 % → mutuelle 37,95 € → reste à charge 2,00 €  (rules §3.B B3)
const profileWith = (pct) => ({
  mutuelle: { kind: 'brss', dptamPct: pct, nonDptamPct: Math.max(100, Math.min(200, pct - 20)), responsable: true },
  age: 30, medecinTraitant: true, referred: true, ald: false, maternity: false,
  regime: 'general', css: false, ame: false,
});

export default [
  {
    name: 'profile page: badge per fee row with the right amount (default profile)',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await t.idle(page); // the pass is complete: what is there now is all there will be
      const badges = await t.badges(page);
      t.assert.equal(badges.length, 2, JSON.stringify(badges));
      t.assert.equal(badges[0].cents, '3050');
      t.assert.match(badges[0].after, /^Consultation\s*60/);
      t.assert.match(badges[0].text, t.rx('badge.exact', { amount: '30,50 €' }));
      // A specialist teleconsultation has no sourced tariff: said, not guessed.
      t.assert.equal(badges[1].cents, 'unknown');
      t.assert.match(badges[1].after, /^Téléconsultation/);
      // The surgical act (a range) gets no consultation estimate.
      t.assert.equal(await page.locator('.dl-profile-fee:has-text("Exérèse") + rac-badge').count(), 0);
    },
  },
  {
    name: 'profile page: the breakdown opens with the keyboard, shows the notes, Escape closes',
    async run(t) {
      await t.setStorage({ profile: profileWith(150), profile$: { v: 1, savedAt: 1 } });
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      const button = page.locator('rac-badge').first().locator('button.badge');
      await button.waitFor();
      t.assert.equal(await page.locator('rac-badge').first().getAttribute('data-out-of-pocket-cents'), '1475');
      t.assert.equal(await button.getAttribute('aria-expanded'), 'false');
      await button.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('rac-badge .panel').first();
      await panel.waitFor();
      t.assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const text = await panel.innerText();
      // The labels in the UI's language (src/i18n/locales); amounts are French-formatted in both.
      for (const s of [t.m('badge.panel.fee'), '60 €', t.m('badge.panel.brss'), '31,50 €', t.m('badge.panel.amo', { rate: '70 %' }), '22,05 €',
        t.m('badge.panel.mutuelleLevel', { level: '150 %' }), '25,20 €', t.m('badge.panel.outOfPocket'), '14,75 €',
        t.m('badge.panel.ofWhichPf'), t.m('badge.panel.indicative')]) {
        t.assert.ok(text.replace(/\s+/g, ' ').includes(s.replace(/\s+/g, ' ')), `breakdown lacks "${s}":\n${text}`);
      }
      t.assert.ok((await panel.locator('.notes li').count()) > 0, 'breakdown shows the notes');
      const links = panel.locator('.sources a');
      t.assert.ok((await links.count()) > 0, 'sources are linked');
      t.assert.equal(await links.first().getAttribute('target'), '_blank');
      await t.screenshot(page, 'badge-breakdown', { clip: await clipAround(page), readme: true });
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      t.assert.equal(await button.getAttribute('aria-expanded'), 'false');
      t.assert.ok(await button.evaluate((b) => b.getRootNode().activeElement === b), 'focus returns to the badge');
      // Space opens too; a click outside closes.
      await page.keyboard.press('Space');
      await panel.waitFor();
      await page.mouse.click(5, 5);
      await panel.waitFor({ state: 'detached' });
    },
  },
  {
    name: 'profile page: a settings change re-renders the badge without reload',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      const first = page.locator('rac-badge').first();
      await first.waitFor();
      t.assert.equal(await first.getAttribute('data-out-of-pocket-cents'), '3050');
      await page.evaluate(() => { window.__sameDocument = true; });
      await t.setStorage({ profile: profileWith(200), profile$: { v: 1, savedAt: 2 } });
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '200');
      await t.setStorage({ profile: profileWith(150) });
      await page.waitForFunction(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === '1475');
      t.assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload happened');
      t.assert.equal(await page.locator('rac-badge').count(), 2, 'still one badge per fee row');
    },
  },
  {
    name: 'profile page: the host page still works around the badges',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-optam.html', PROFILE_URL);
      await page.locator('rac-badge').first().waitFor();
      await page.click('#book');
      await page.click('#book');
      t.assert.equal(await page.textContent('#book-count'), '2');
      await page.click('#help-btn');
      t.assert.equal(await page.locator('#help').isVisible(), true);
      await page.click('#site-link');
      t.assert.equal(await page.evaluate(() => window.__linkClicked), true);
      // Clicking the badge does not reach the page's handlers.
      await page.locator('rac-badge button.badge').first().click();
      t.assert.equal(await page.textContent('#book-count'), '2');
      // Help texts (dialog, footer) were never read as the practitioner's data.
      t.assert.equal(await page.locator('#help rac-badge, footer rac-badge').count(), 0);
    },
  },
];

/** The badge, its fee row and the open panel, with some page around them. */
async function clipAround(page) {
  const box = await page.locator('rac-badge').first().boundingBox();
  const panel = await page.locator('rac-badge .panel').first().boundingBox();
  const top = Math.max(0, Math.min(box.y, panel.y) - 40);
  const bottom = Math.min(900, Math.max(box.y + box.height, panel.y + panel.height) + 40);
  return { x: Math.max(0, box.x - 40), y: top, width: 860, height: bottom - top };
}
