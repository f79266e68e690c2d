// Which GP is my médecin traitant (issue 17): marked in the popup, never in the page. Marking one
// GP changes its badges and the other GPs' badges on an open search page and on an open profile,
// without reload; the choice survives a browser restart; Reset clears it; and the page's DOM
// (what its scripts can read) is the same before and after, but for the test build's amount hook.
//
// Secteur 1 GPs on 2025+ tariffs (GP-1 30 €), default profile (mutuelle 100 % BRSS responsable):
// - in the parcours: AMO 70 % × 30 = 21 − PF 2 = 19, mutuelle 30 − 21 = 9 → 2 € ("200");
// - hors parcours: AMO 30 % × 30 = 9 − PF 2 = 7, majoration 12 not coverable, mutuelle
//   min(30 − 9 − 12, 30 − 21) = 9 → 30 − 7 − 9 = 14 € ("1400") — rules §3 B5.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness.mjs';

const SEARCH_URL = 'https://www.doctolib.fr/medecin-generaliste/lyon';
const MONTEIL = 'https://www.doctolib.fr/medecin-generaliste/lyon/claire-monteil?pid=practice-10001';
const MONTEIL_ID = 'doctolib:/medecin-generaliste/lyon/claire-monteil';

/**
 * The all-sectors search page with two more GP cards: Dr Monteil's second practice and another
 * GP, Dr Dubreuil (copies of Dr Monteil's card).
 */
function searchPage() {
  const html = readFileSync(join(ROOT, 'tests/fixtures/doctolib/search-all-sectors.html'), 'utf8');
  const lines = html.split('\n');
  const i = lines.findIndex((l) => l.includes('/medecin-generaliste/lyon/claire-monteil?pid=practice-10001'));
  const card = lines[i];
  const second = card.replace('practice-10001', 'practice-10031');
  const other = card.replaceAll('claire-monteil', 'remi-dubreuil').replace('Dr Claire MONTEIL', 'Dr Rémi DUBREUIL').replace('practice-10001', 'practice-10032');
  lines.splice(i + 1, 0, second, other);
  return lines.join('\n');
}

/** Dr Monteil's profile: the OPTAM dermatologist's page made a secteur 1 GP at 30 €. */
function profilePage() {
  const row = '<li class="list-none"><div class="dl-profile-text dl-profile-fee"><span class="dl-profile-fee-name">Consultation</span><span class="dl-profile-fee-tag">30,00&nbsp;€</span></div></li>';
  return readFileSync(join(ROOT, 'tests/fixtures/doctolib/profile-optam.html'), 'utf8')
    .replaceAll('Dermatologue et vénérologue', 'Médecin généraliste')
    .replaceAll('dermatologue/paris/claire-martin-paris', 'medecin-generaliste/lyon/claire-monteil')
    .replaceAll('Cabinet de dermatologie', 'Cabinet médical')
    .replaceAll('Dr Claire MARTIN', 'Dr Claire MONTEIL')
    .replace('Conventionné secteur 2 avec OPTAM', 'Conventionné secteur 1')
    .replace(/<ul class="p-0">[\s\S]*?<\/ul>/, `<ul class="p-0">${row}</ul>`);
}

/** Each GP badge: the card's profile link, the amount hook, the summary (open root of the test build). */
function gpBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('rac-badge')]
      .map((el) => {
        const card = el.closest('[data-design-system-component="Card"]');
        const href = card ? card.querySelector('h2 a')?.getAttribute('href') ?? '' : location.pathname;
        const text = el.firstElementChild?.shadowRoot?.querySelector('.text');
        return {
          href,
          cents: el.getAttribute('data-out-of-pocket-cents'),
          text: (text?.textContent ?? '').replace(/\s+/g, ' '),
          // The word must fit the shape's box: nothing ellipsized.
          cut: text ? text.scrollWidth > text.clientWidth : null,
        };
      })
      .filter((b) => b.href.startsWith('/medecin-generaliste/')),
  );
}

/** What the page's scripts can read of its DOM, without the test build's amount hook and idle signal. */
const pageDom = (page) =>
  page.evaluate(() => document.documentElement.outerHTML.replace(/ data-(?:out-of-pocket-cents|rac-test-idle)="[^"]*"/g, ''));

/** Waits until the GP badges are `expected` (href → cents), then returns them. */
async function untilGps(t, page, expected, what) {
  let last;
  const same = async () => {
    last = await gpBadges(page);
    return JSON.stringify(Object.fromEntries(last.map((b) => [b.href, b.cents]))) === JSON.stringify(expected);
  };
  if (await t.until(same, what, 10000).catch(() => false)) return last;
  t.assert.deepEqual(Object.fromEntries(last.map((b) => [b.href, b.cents])), expected, what);
}

const SEARCH_NONE = {
  '/medecin-generaliste/lyon/claire-monteil?pid=practice-10001': '200',
  '/medecin-generaliste/lyon/claire-monteil?pid=practice-10031': '200',
  '/medecin-generaliste/lyon/remi-dubreuil?pid=practice-10032': '200',
};
const SEARCH_MONTEIL = { ...SEARCH_NONE, '/medecin-generaliste/lyon/remi-dubreuil?pid=practice-10032': '1400' };
const PROFILE_PATH = '/medecin-generaliste/lyon/claire-monteil';

async function openPages(t) {
  t.route(SEARCH_URL, searchPage());
  t.route(MONTEIL, profilePage());
  const search = await t.open(SEARCH_URL);
  const profile = await t.open(MONTEIL);
  await untilGps(t, search, SEARCH_NONE, 'search page, no GP marked');
  await untilGps(t, profile, { [PROFILE_PATH]: '200' }, 'profile page, no GP marked');
  return { search, profile };
}

const SPY_URL = 'https://www.doctolib.fr/rac-spy.js';
const SPY = readFileSync(join(ROOT, 'tests/e2e/page-spy.js'), 'utf8');

/** What a hostile page script measures of our badges on the GP search page, and what the user sees. */
async function spied(t, marked) {
  await t.clearStorage();
  if (marked) await t.setStorage({ medecinTraitant: marked, medecinTraitant$: { v: 1 } });
  t.route(SPY_URL, SPY, 'text/javascript; charset=utf-8');
  t.route(SEARCH_URL, searchPage().replace(/<head>/i, `<head><script src="${SPY_URL}"></script>`));
  const page = await t.open(SEARCH_URL);
  await page.waitForSelector('rac-compare', { state: 'attached' });
  await page.waitForTimeout(400); // production build: the spy probes a settled UI
  const seen = await page.evaluate(() => window.__spy.probe());
  const user = (await t.closedTree(page)).badges.map((b) => (b.text ?? '').replace(/\s+/g, ' '));
  await page.close();
  return { seen, user };
}

export default [
  {
    name: 'médecin traitant: marked in the popup, it changes the GP badges of an open search page and profile live; survives a restart; Reset clears it; nothing in the page\'s DOM',
    restartsBrowser: true,
    async run(t) {
      const { search, profile } = await openPages(t);
      const amount = (cents) => `${cents / 100} €`;
      const rx = (key, cents) => t.rx(key, { amount: amount(cents) }, { whole: true });

      // No GP marked: each GP's amount assumes it is the médecin traitant, and says so.
      for (const b of [...(await gpBadges(search)), ...(await gpBadges(profile))]) {
        t.assert.match(b.text, b.href.includes('?') ? rx('badge.ifMt.exactConventional', 200) : rx("badge.ifMt.exact", 200), `${b.href}: ${b.text}`);
        t.assert.equal(b.cut, false, `"${b.text}" fits its box`);
      }
      const domBefore = { search: await pageDom(search), profile: await pageDom(profile) };
      await search.evaluate(() => { window.__sameDocument = true; });
      await profile.evaluate(() => { window.__sameDocument = true; });

      // The popup lists the tab's GPs, once each (Dr Monteil's two practices are one GP; the centre de
      // santé with GPs is no one's médecin traitant).
      const popup = await t.openExtensionPage(`popup.html?tab=${await t.tabIdOf(search)}`);
      await popup.waitForFunction(() => document.querySelectorAll('.mt-gp').length === 2, null, { timeout: 5000 });
      t.assert.deepEqual(await popup.evaluate(() => [...document.querySelectorAll('.mt-name')].map((e) => e.textContent)), ['Dr Claire MONTEIL', 'Dr Rémi DUBREUIL']);
      t.assert.equal(await popup.textContent('#mt-title'), t.m('medecinTraitant.popup.heading'));
      t.assert.deepEqual(await t.axe(popup), [], 'popup with the GP list: serious or critical axe violations');
      await popup.evaluate(() => {
        const li = [...document.querySelectorAll('.mt-gp')].find((e) => e.querySelector('.mt-name')?.textContent === 'Dr Claire MONTEIL');
        li.querySelector('button').click();
      });
      await popup.waitForFunction(() => document.querySelector('.mt-gp[data-mine="true"] .mt-name')?.textContent === 'Dr Claire MONTEIL', null, { timeout: 5000 });
      // marked for the active person: the household's first, "p1"
      t.assert.deepEqual((await t.getStorage('medecinTraitant')).medecinTraitant, { p1: { id: MONTEIL_ID, name: 'Dr Claire MONTEIL' } });
      t.assert.equal((await t.getStorage('profile')).profile, undefined, 'local:profile untouched');

      // Both open pages follow, without reload: Dr Monteil in the parcours (both practices),
      // Dr Dubreuil hors parcours, said so, with the in-parcours amount and exceptions in the breakdown.
      const marked = await untilGps(t, search, SEARCH_MONTEIL, 'search page, Dr Monteil marked');
      await untilGps(t, profile, { [PROFILE_PATH]: '200' }, 'profile page, Dr Monteil marked');
      for (const b of marked) {
        const [key, cents] = b.href.includes('remi-dubreuil') ? ['badge.notMt.exactConventional', 1400] : ['badge.exactConventional', 200];
        t.assert.match(b.text, rx(key, cents), b.href);
        t.assert.equal(b.cut, false, `"${b.text}" fits its box`);
      }
      await profile.waitForFunction(
        (re) => new RegExp(re).test(document.querySelector('rac-badge')?.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? ''),
        rx('badge.exact', 200).source,
        { timeout: 5000 },
      );
      const panel = await search.evaluate(async () => {
        const el = [...document.querySelectorAll('rac-badge')].find((b) => b.closest('[data-design-system-component="Card"]')?.querySelector('a[href*="remi-dubreuil"]'));
        const root = el.firstElementChild.shadowRoot;
        root.querySelector('button.badge').click();
        for (let i = 0; i < 50 && !root.querySelector('.panel'); i++) await new Promise((r) => setTimeout(r, 20));
        const text = root.querySelector('.panel')?.textContent ?? '';
        root.querySelector('button.badge').click();
        return text.replace(/\s+/g, ' ');
      });
      t.assert.match(panel, t.rx('badge.panel.inParcours', { amount: amount(200) }));
      t.assert.match(panel, t.rx('notes.horsParcoursNotMedecinTraitant', { ratePct: 30 }));
      t.assert.equal(await search.evaluate(() => window.__sameDocument), true, 'search page not reloaded');
      t.assert.equal(await profile.evaluate(() => window.__sameDocument), true, 'profile page not reloaded');

      // Nothing of it in the pages' DOM: only the test build's amount hook differs.
      t.assert.equal(await pageDom(search), domBefore.search, 'search page DOM');
      t.assert.equal(await pageDom(profile), domBefore.profile, 'profile page DOM');

      // A browser restart keeps it.
      await t.restartBrowser();
      t.assert.ok((await t.pageUrls()).every((u) => !u.startsWith('https://www.doctolib.fr/')), 'the restart closed every tab');
      const search2 = await t.open(SEARCH_URL);
      await untilGps(t, search2, SEARCH_MONTEIL, 'search page after a browser restart');
      // marked for the active person: the household's first, "p1"
      t.assert.deepEqual((await t.getStorage('medecinTraitant')).medecinTraitant, { p1: { id: MONTEIL_ID, name: 'Dr Claire MONTEIL' } });

      // The options page shows it; Reset clears it, and the open page follows.
      const options = await t.openExtensionPage('options.html');
      // Its script runs before the load event and renders the frame before any storage read: a
      // blank page here is a script that did not run, not a slow read (the read is waited for next).
      t.assert.equal(await options.evaluate(() => document.querySelectorAll('h1').length), 1, `the options page's frame at load: "${await options.evaluate(() => document.body.innerText.slice(0, 200))}"`);
      await options.waitForFunction(() => document.querySelector('#mt-current') != null, null, { timeout: 10000 }).catch(async (e) => {
        console.log('options page when the wait failed:', await options.evaluate(() => document.body.innerText.slice(0, 1500)), JSON.stringify(await t.getStorage(null)));
        throw e;
      });
      t.assert.equal(await options.textContent('#mt-current'), t.m('medecinTraitant.options.current', { name: 'Dr Claire MONTEIL' }));
      t.assert.deepEqual(await t.axe(options), [], 'options with the marked GP: serious or critical axe violations');
      await options.click('#reset');
      await options.click('#reset-yes');
      await options.waitForFunction(() => document.querySelector('#mt-none') != null, null, { timeout: 10000 }).catch(async (e) => {
        console.log(await options.evaluate(() => document.body.innerText), JSON.stringify(await t.getStorage(null)));
        throw e;
      });
      await untilGps(t, search2, SEARCH_NONE, 'search page after Reset');
      t.assert.deepEqual(await t.getStorage(['medecinTraitant', 'medecinTraitant$']), {});
    },
  },
  {
    name: 'médecin traitant (production build): a hostile page script measures the same with no GP marked, this GP marked or another; the user sees "Si méd. traitant", "Reste à charge", "Hors parcours"',
    build: 'production',
    async run(t) {
      const none = await spied(t, null);
      const monteil = await spied(t, { id: MONTEIL_ID, name: 'Dr Claire MONTEIL' });
      const dubreuil = await spied(t, { id: 'doctolib:/medecin-generaliste/lyon/remi-dubreuil', name: 'Dr Rémi DUBREUIL' });
      t.assert.ok(none.seen.hosts.length > 3, 'badges on the page');
      t.assert.deepEqual(monteil.seen, none.seen, 'what the page sees: Dr Monteil marked vs none');
      t.assert.deepEqual(dubreuil.seen, none.seen, 'what the page sees: Dr Dubreuil marked vs none');
      // What the user sees (closed roots, read through the automation protocol): the three GP
      // badges (Dr Monteil twice, Dr Dubreuil), in page order, each state different.
      const gp = (r) => r.user.slice(0, 3);
      t.assert.deepEqual(gp(none).map((x) => t.rx('badge.ifMt.exactConventional', { amount: '2 €' }, { whole: true }).test(x)), [true, true, true], gp(none).join(' | '));
      t.assert.match(gp(monteil)[0], t.rx('badge.exactConventional', { amount: '2 €' }, { whole: true }));
      t.assert.match(gp(monteil)[2], t.rx('badge.notMt.exactConventional', { amount: '14 €' }, { whole: true }));
      t.assert.match(gp(dubreuil)[0], t.rx('badge.notMt.exactConventional', { amount: '14 €' }, { whole: true }));
      t.assert.match(gp(dubreuil)[2], t.rx('badge.exactConventional', { amount: '2 €' }, { whole: true }));
    },
  },
];
