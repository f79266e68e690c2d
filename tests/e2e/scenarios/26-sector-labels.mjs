// Issue 15 points 5 and 6 on a Doctolib search list (the fixture imitates the real July 2025
// page): a card reading "Conventionné secteur 1 avec droit permanent à dépassement" is named in
// its badge ("Secteur 1 avec dépassements (DP)"), not "Secteur non indiqué"; a secteur 3 card with
// no price shown says almost nothing is reimbursed instead of a computed-looking "dès 50,63 €".
const URL = 'https://www.doctolib.fr/search?location=69003-lyon&speciality=medecin-generaliste';

async function badgeTexts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-design-system-component=Card]')].map((c) => [
        c.querySelector('h2')?.textContent.trim(),
        [...c.querySelectorAll('rac-badge')].map((b) => b.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? ''),
      ]),
    ),
  );
}

export default [
  {
    name: 'sector labels read but not modelled are named; secteur 3 without a fee says what is true',
    async run(t) {
      const page = await t.openFixture('doctolib/search-all-sectors.html', URL);
      await page.waitForFunction(() => document.querySelectorAll('rac-badge').length >= 10, null, { timeout: 8000 });
      const texts = await badgeTexts(page);
      const dp = t.m('badge.sectorLabel.dp');
      for (const name of ['Dr Henri CASTEL', 'Dr Nadia BELLAMY']) {
        t.assert.equal(texts[name]?.length, 1, `${name}: one badge`);
        t.assert.ok(texts[name][0].startsWith(`${dp} · `), `${name}: ${texts[name][0]}`);
        t.assert.ok(!texts[name][0].includes(t.m('badge.sectorUnknown')), `${name}: not "sector not shown"`);
      }
      t.assert.deepEqual(texts['Dr Jean-Baptiste OLLIER'], [t.m('badge.secteur3NoFee')]);
      // Still "Secteur non indiqué" where the page said nothing usable.
      t.assert.ok(texts['Dr Chloé DELMAS'][0].startsWith(`${t.m('badge.sectorUnknown')} · `), texts['Dr Chloé DELMAS'][0]);
    },
  },
];
