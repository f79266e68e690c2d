// The whole mutuelle in the built extension: a kiné follows the auxiliaires line once set in the
// options page; the PF-ceiling switch in the popup turns a GP's "2 €" into "0 €"; both without
// reloading the open tab.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness.mjs';

const KINE = 'https://www.doctolib.fr/masseur-kinesitherapeute/lyon/ines-garnier?pid=practice-10031';
const GP = 'https://www.doctolib.fr/medecin-generaliste/lyon/claire-monteil?pid=practice-10001';

const waitBadge = (page, c) =>
  page.waitForFunction((v) => document.querySelector('rac-badge')?.getAttribute('data-out-of-pocket-cents') === v, c, { timeout: 5000 });

export default [
  {
    name: 'mutuelle lines: a kiné session at 30 € follows the auxiliaires line once set (13,03–13,17 € at 100 %, 1 € at 200 %), no reload',
    async run(t) {
      // The session at 30 € (the fixture shows the tariff, 17,90 €). Computed by hand: the
      // session's base b is 17,83–17,97 € (KIN-3/KIN-4, the coefficient is not on the page), AMO
      // 60 % × b − franchise 1 €; mutuelle at L: min(30 − 0,6 b, L × b − 0,6 b).
      // 100 %: 30 − (0,6 b − 1) − 0,4 b = 31 − b = 13,03–13,17 €. 200 %: capped by the fee, only the 1 € franchise remains.
      const html = readFileSync(join(ROOT, 'tests/fixtures/doctolib/profile-kine.html'), 'utf8').replace('<div class="f0c">17,90 €</div>', '<div class="f0c">30 €</div>');
      t.route(KINE, html);
      const page = await t.open(KINE);
      await waitBadge(page, '1303-1317');
      await page.evaluate(() => { window.__sameDocument = true; });
      const options = await t.openExtensionPage('options.html');
      await options.locator('#options-auxiliariesPct').waitFor();
      t.assert.equal(await options.inputValue('#options-auxiliariesPct'), '100', 'a line never set shows the doctors\' level');
      await options.locator('#options-auxiliariesPct').fill('200');
      await waitBadge(page, '100');
      t.assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      const stored = (await t.getStorage('profile')).profile;
      t.assert.deepEqual(stored.mutuelle, { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true, auxiliariesPct: 200 });
    },
  },
  {
    name: 'mutuelle counters: the popup\'s PF-ceiling switch turns a GP\'s 2 € into 0 €, no reload; axe clean',
    async run(t) {
      // GP secteur 1, 30 €: AMO 21 € − PF 2 €, mutuelle 9 € → 2 €; ceiling reached: no PF → 0 €.
      const gp = await t.openFixture('doctolib/profile-single-fee.html', GP);
      await waitBadge(gp, '200');
      await gp.evaluate(() => { window.__sameDocument = true; });
      const popup = await t.openExtensionPage(`popup.html?tab=${await t.tabIdOf(gp)}`);
      await popup.setViewportSize({ width: 360, height: 700 });
      await popup.locator('.counters-card summary').click();
      await popup.getByLabel(t.m('counters.pfCap')).check();
      await waitBadge(gp, '0');
      t.assert.equal(await gp.evaluate(() => window.__sameDocument), true, 'no reload');
      const ytd = (await t.getStorage('profile')).profile.people[0].yearToDate;
      t.assert.deepEqual(ytd, { periodStart: `${new Date().getFullYear()}-01-01`, pfCapReached: true });
      t.assert.deepEqual(await t.axe(popup), [], 'popup with the counters open: serious or critical axe violations');
      await popup.getByLabel(t.m('counters.pfCap')).click(); // unticked again
      await waitBadge(gp, '200');
    },
  },
];
