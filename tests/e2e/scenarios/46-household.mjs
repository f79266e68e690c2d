// The household (several people, one active): switching the active person in the popup from an
// adult to a child of 8 re-renders a GP's and a specialist's badges in open tabs without reload;
// the options page adds and names a person with a birth month; popup and options stay axe-clean
// and fit 360 px.
const GP = 'https://www.doctolib.fr/medecin-generaliste/lyon/claire-monteil?pid=practice-10001';
const DERMATO = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';

// Computed by hand (docs/reimbursement.md), default mutuelle 100 % BRSS, in the parcours:
// GP secteur 1, 30 €: AMO 70 % of 30 € = 21 € − PF 2 € (adult), mutuelle 9 € → adult 2 €; a child of
//   8 pays no PF (under 18) → 0 €.
// Dermatologist secteur 2 OPTAM, 60 €: BR 31,50 €, AMO 22,05 € (− 2 € PF for the adult), mutuelle
//   9,45 € → adult 30,50 €, child 28,50 €.
const ADULT = { gp: '200', dermato: '3050' };
const CHILD = { gp: '0', dermato: '2850' };

const situation = { age: 30, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false };
/** Born in January eight years ago: 8 on every day of this year. */
const childBirthMonth = () => `${new Date().getFullYear() - 8}-01`;
const household = (activeId) => ({
  activeId,
  mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true },
  people: [
    { id: 'p1', name: 'Claire', ...situation },
    { id: 'p2', name: 'Léo', ...situation, birthMonth: childBirthMonth() },
  ],
});

const cents = (page) => page.evaluate(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents'));
const waitBadge = (page, c) =>
  page.waitForFunction((v) => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === v, c, { timeout: 5000 });

async function expectAxeClean(t, page, what) {
  for (const colorScheme of t.browser === 'chromium' ? ['light', 'dark'] : ['light']) {
    if (t.browser === 'chromium') await page.emulateMedia({ colorScheme });
    t.assert.deepEqual(await t.axe(page), [], `${what} (${colorScheme}): serious or critical axe violations`);
  }
  if (t.browser === 'chromium') await page.emulateMedia({ colorScheme: 'light' });
}

/** Nothing wider than the page: usable at 360 px without scrolling sideways. */
async function fits(t, page, what) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  t.assert.ok(wide <= 360, `${what}: ${wide} px wide at a 360 px viewport`);
}

export default [
  {
    name: 'household: the popup switches the active person from an adult to a child of 8; a GP\'s and a specialist\'s badges follow in open tabs, no reload; axe clean',
    async run(t) {
      await t.setStorage({ profile: household('p1'), profile$: { v: 2, savedAt: 1 } });
      const gp = await t.openFixture('doctolib/profile-single-fee.html', GP);
      const dermato = await t.openFixture('doctolib/profile-optam.html', DERMATO);
      await waitBadge(gp, ADULT.gp);
      await waitBadge(dermato, ADULT.dermato);
      for (const p of [gp, dermato]) await p.evaluate(() => { window.__sameDocument = true; });

      const popup = await t.openExtensionPage(`popup.html?tab=${await t.tabIdOf(dermato)}`);
      await popup.setViewportSize({ width: 360, height: 700 });
      await popup.locator('.person-switcher').waitFor();
      t.assert.equal(await popup.textContent('.person-switcher legend'), t.m('household.switcher'));
      const child = popup.getByRole('radio', { name: t.m('household.label', { name: 'Léo', age: 8 }), exact: true });
      const adult = popup.getByRole('radio', { name: t.m('household.label', { name: 'Claire', age: 30 }), exact: true });
      t.assert.equal(await adult.evaluate((el) => el.checked), true);
      await child.check();
      await waitBadge(gp, CHILD.gp);
      await waitBadge(dermato, CHILD.dermato);
      for (const p of [gp, dermato]) t.assert.equal(await p.evaluate(() => window.__sameDocument), true, 'no reload');
      t.assert.equal((await t.getStorage('profile')).profile.activeId, 'p2');
      await expectAxeClean(t, popup, 'popup with the person switcher');
      await fits(t, popup, 'popup');

      await adult.check();
      await waitBadge(gp, ADULT.gp);
      await waitBadge(dermato, ADULT.dermato);
      t.assert.deepEqual([await cents(gp), await cents(dermato)], [ADULT.gp, ADULT.dermato]);
    },
  },
  {
    name: 'household: the options page adds a person, names them, takes a birth month; the open tab follows once they are active; axe clean at 360 px',
    async run(t) {
      const dermato = await t.openFixture('doctolib/profile-optam.html', DERMATO);
      await waitBadge(dermato, ADULT.dermato);
      const options = await t.openExtensionPage('options.html');
      await options.setViewportSize({ width: 360, height: 800 });
      await options.locator('.people').waitFor();
      t.assert.equal(await options.locator('.person-switcher').count(), 0, 'no switcher for one person');
      await options.getByRole('button', { name: t.m('household.add') }).click();
      // Typed, then left: a text field is saved when the user leaves it.
      await options.locator('#person-p2-name').fill('Léo');
      await options.keyboard.press('Tab');
      await options.locator('#person-p2-birth').fill(`01/${new Date().getFullYear() - 8}`);
      await options.keyboard.press('Tab');
      const child = options.getByRole('radio', { name: t.m('household.label', { name: 'Léo', age: 8 }), exact: true });
      await child.waitFor();
      t.assert.equal(await dermato.evaluate(() => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents')), ADULT.dermato, 'adding someone changes nothing until they are active');
      await child.check();
      await waitBadge(dermato, CHILD.dermato);
      t.assert.match(await options.textContent('#situation-title'), new RegExp(t.m('household.situationOf', { name: 'Léo' })));
      t.assert.equal(await options.locator('#options-age').isDisabled(), true, 'the age comes from the birth month');
      const stored = (await t.getStorage('profile')).profile;
      t.assert.deepEqual(stored.people.map((p) => [p.id, p.name, p.birthMonth]), [['p1', undefined, undefined], ['p2', 'Léo', childBirthMonth()]]);
      await fits(t, options, 'options');
      await expectAxeClean(t, options, 'options with two people');
    },
  },
];
