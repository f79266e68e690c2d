// The fee dialog ("Voir les tarifs" → "Détail des honoraires"): its rows get their badges inside
// the dialog; closing it (Escape or "Fermer") takes them away with it; reopening does not
// duplicate them; the help dialog next to it stays unread.
const URL = 'https://www.doctolib.fr/medecin-generaliste/nantes/romain-fictif?pid=practice-30001';

// Expected amounts, computed by hand from docs/reimbursement.md (independent of the core): a GP in
// secteur 1, the default profile (médecin traitant unknown: the badge gives the parcours case), fee
// 30 € = the G: AMO 70 % × 30 € = 21 € − PF 2 € = 19 €; mutuelle 100 % BRSS: 30 € − 21 € = 9 €;
// reste à charge 30 − 19 − 9 = 2 € ("200"). The teleconsultation at 30 € while the TCG is 25 € (GP-8):
// AMO 70 % × 25 € = 17,50 € − PF 2 € = 15,50 €; mutuelle 100 % BRSS 30 % × 25 € = 7,50 €;
// reste à charge 30 − 15,50 − 7,50 = 7 € ("700").
const inDialog = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="dialog"] rac-badge')].map((el) => [el.getAttribute('data-out-of-pocket-cents'), el.previousElementSibling?.textContent?.trim()]),
  );

export default [
  {
    name: 'fee dialog: its consultation rows get their badges inside it; Escape and "Fermer" take them away; reopening does not duplicate them',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-fee-dialog-closed.html', URL);
      // Before the click: the summary row has no consultation to estimate; the first pass is complete.
      await t.idle(page);
      const before = await page.locator('rac-badge').count();
      await page.click('#open-fees');
      await page.waitForSelector('[role="dialog"] rac-badge');
      await t.idle(page); // the pass is complete: a second one would add nothing
      t.assert.deepEqual(await inDialog(page), [
        ['200', 'Consultation30 €'],
        ['700', 'Téléconsultation30 €'],
      ]);
      // The certificate (no reimbursed act) gets none; the page outside the dialog is as before.
      t.assert.equal(await page.locator('rac-badge').count(), before + 2);
      // The dialog still works: focus stays in it, Escape closes it.
      t.assert.equal(await page.evaluate(() => document.activeElement?.id), 'close-fees');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('[role="dialog"]') === null);
      await t.idle(page);
      t.assert.equal(await page.locator('rac-badge').count(), before);
      // Reopened: the same two badges, once.
      await page.click('#open-fees');
      await page.waitForSelector('[role="dialog"] rac-badge');
      await t.idle(page);
      t.assert.deepEqual((await inDialog(page)).map((b) => b[0]), ['200', '700']);
      await page.click('#close-fees');
      await page.waitForFunction(() => document.querySelector('[role="dialog"]') === null);
      t.assert.equal(await page.evaluate(() => document.activeElement?.id), 'open-fees');
      await t.screenshot(page, 'fee-dialog-closed-again');
    },
  },
  {
    name: 'fee dialog open with a help dialog: the fee rows get badges, the help dialog\'s amounts none',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-fee-dialog-open.html', URL);
      await page.waitForSelector('[role="dialog"] rac-badge');
      await t.idle(page);
      t.assert.deepEqual((await inDialog(page)).map((b) => b[0]), ['200', '700']);
      t.assert.equal(await page.locator('[aria-labelledby="help-title"] rac-badge').count(), 0);
    },
  },
];
