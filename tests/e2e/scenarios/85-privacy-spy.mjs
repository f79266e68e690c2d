// Privacy against the page's own scripts (issue 10), on the PRODUCTION build: a hostile page
// script (tests/e2e/page-spy.js, run in the page's world before the content script) defines our
// custom tags first or upgrades them late, styles our hosts, listens to every event in capture and
// measures everything we insert. Under six profiles (default, no mutuelle, CSS, 300 %, the PF ceiling
// reached, a household whose active person is a child) it must
// see exactly the same thing and no amount, while the user sees the right amounts (read here
// through the DevTools Protocol, which page scripts do not have). A page with more estimate
// inputs than one message carries still gets every badge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness.mjs';

const SPY_URL = 'https://www.doctolib.fr/rac-spy.js';
const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/claire-martin-paris?pid=practice-48213';
const SEARCH_URL = 'https://www.doctolib.fr/search?location=75012-paris&speciality=dermatologue';
const GP_URL = 'https://www.doctolib.fr/medecin-generaliste/paris/paul-girard-paris?pid=practice-51020';

const base = { age: 30, medecinTraitant: true, referred: true, ald: false, maternity: false, regime: 'general', css: false, ame: false };
const PROFILES = {
  default: null,
  none: { ...base, mutuelle: { kind: 'none' } },
  css: { ...base, mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true }, css: true },
  mutuelle300: { ...base, mutuelle: { kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true } },
  // No mutuelle, the yearly PF ceiling reached (a counter of this period): 39,95 − 2 € = 37,95 €.
  pfCap: { ...base, mutuelle: { kind: 'none' }, yearToDate: { periodStart: `${new Date().getFullYear()}-01-01`, pfCapReached: true } },
  // A household whose active person is a child of 8 (born in January eight years ago): the page
  // must not tell who is active either.
  child: {
    activeId: 'p2',
    mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true },
    people: [{ id: 'p1', name: 'Claire', ...base }, { id: 'p2', name: 'Léo', ...base, birthMonth: `${new Date().getFullYear() - 8}-01` }],
  },
};
// Consultation 60 €, secteur 2 OPTAM dermatologist, adressé: BR 31,50 €, AMO 70 % = 22,05 € − PF 2 €.
// Default 100 %: 60 − 20,05 − 9,45 = 30,50 €; no mutuelle: 60 − 20,05 = 39,95 €; CSS: dépassement
// forbidden, fee 31,50 €, no PF, the CSS pays the rest: 0 €; 300 %: the mutuelle covers up to the
// fee, the PF remains: 2 €. The child of 8 pays no PF (under 18): 60 − 22,05 − 9,45 = 28,50 €.
const CONSULTATION = { default: /^\D*30,50\s€$/, none: /^\D*39,95\s€$/, css: /^\D*0\s€$/, mutuelle300: /^\D*2\s€$/, pfCap: /^\D*37,95\s€$/, child: /^\D*28,50\s€$/ };
// The mutuelle row of the panel, in either UI language.
const PANEL = { default: /100\s%\sBRSS/, none: /Sans mutuelle|No top-up insurance/, css: /Complémentaire santé solidaire/, mutuelle300: /300\s%\sBRSS/, pfCap: /Sans mutuelle|No top-up insurance/, child: /100\s%\sBRSS/ };

const SPY = readFileSync(join(ROOT, 'tests/e2e/page-spy.js'), 'utf8');

/** A fixture whose first script is the spy (and the spy itself served at the site's URL). */
function withSpy(t, fixture) {
  t.route(SPY_URL, SPY, 'text/javascript; charset=utf-8');
  const html = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8');
  return html.replace(/<head>/i, `<head><script src="${SPY_URL}"></script>`);
}

async function setProfile(t, profile) {
  await t.clearStorage();
  // A CoverageProfile as v1 stored it, or a household (v2)
  if (profile) await t.setStorage({ profile, profile$: { v: profile.people ? 2 : 1, savedAt: 1 } });
}

/** Clicks the centre of the first host named `tag`, as a user would (coordinates the page sees). */
async function clickHost(page, tag) {
  const r = await page.evaluate((s) => {
    const b = document.querySelector(s).firstElementChild.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }, tag);
  await page.mouse.click(r.x, r.y);
}

/** Tab presses until focus leaves the first host named `tag` (counted from the page's world, as a spy would). */
async function tabStops(page, tag) {
  for (let n = 1; n <= 50; n++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((s) => document.querySelector(s).contains(document.activeElement), tag);
    if (!inside) return n;
  }
  return Infinity;
}

/**
 * Production build, no idle signal: the UI is settled for the spy once its ResizeObserver has
 * reported every one of our hosts and their children (it reports after layout: late under load,
 * and a host not reported yet made one profile look different).
 */
async function spySettled(t, page) {
  const all = () => page.evaluate(() => {
    const { hosts } = window.__spy.probe();
    return hosts.length > 0 && hosts.every((h) => [h.host, ...h.children].every((b) => b.observed != null));
  });
  await t.until(all, "the spy's size reports of every host", 10000);
}

/** The events the page saw that concern our nodes (targets, related targets) or the keyboard. */
const ourEvents = (page) =>
  page.evaluate(() => window.__spy.events.filter((e) => e.includes('ours:') || /^key/.test(e)));

async function observe(t, name) {
  await setProfile(t, PROFILES[name]);
  const seen = {};
  const user = {};

  // A profile page: the badges, then the breakdown opened by a click and walked with Tab.
  t.route(PROFILE_URL, withSpy(t, 'doctolib/profile-optam.html'));
  let page = await t.open(PROFILE_URL);
  await page.waitForFunction(() => document.querySelectorAll('rac-badge').length === 2);
  await spySettled(t, page);
  seen.profile = await page.evaluate(() => window.__spy.probe());
  user.profile = await t.closedTree(page);
  await page.evaluate(() => { window.__spy.events.length = 0; });
  await clickHost(page, 'rac-badge');
  await page.waitForTimeout(200); // production build: no idle signal
  user.panel = (await t.closedTree(page)).badges[0]?.panel ?? null;
  seen.panelGrid = await page.evaluate(() => window.__spy.grid());
  seen.panelTabStops = await tabStops(page, 'rac-badge');
  seen.panelEvents = await ourEvents(page);
  seen.profileAfter = await page.evaluate(() => window.__spy.probe());
  await page.close();

  // A results page: badges and the Comparer, opened and walked with Tab.
  t.route(SEARCH_URL, withSpy(t, 'doctolib/search-spa.html'));
  page = await t.open(SEARCH_URL);
  await page.waitForSelector('rac-compare', { state: 'attached' });
  await spySettled(t, page);
  seen.search = await page.evaluate(() => window.__spy.probe());
  await page.evaluate(() => { window.__spy.events.length = 0; });
  await clickHost(page, 'rac-compare');
  await page.waitForTimeout(200); // production build: no idle signal
  user.search = await t.closedTree(page);
  seen.compareGrid = await page.evaluate(() => window.__spy.grid());
  seen.compareTabStops = await tabStops(page, 'rac-compare');
  seen.compareEvents = await ourEvents(page);
  await page.close();

  // The same page upgrading every custom tag it finds, once our UI is in.
  t.route(`${SEARCH_URL}&spy=late`, withSpy(t, 'doctolib/search-spa.html'));
  page = await t.open(`${SEARCH_URL}&spy=late`);
  await page.waitForSelector('rac-compare', { state: 'attached' });
  await spySettled(t, page);
  await page.evaluate(() => window.__spy.defineLate());
  await page.waitForTimeout(100); // production build: no idle signal
  seen.late = await page.evaluate(() => window.__spy.probe());
  await page.close();
  return { seen, user };
}

export default [
  {
    name: 'hostile page script (production build): no difference between six profiles (a counter, a household\'s child) in what it can read, measure or hear; the user sees the right amounts',
    build: 'production',
    async run(t) {
      const results = {};
      for (const name of Object.keys(PROFILES)) results[name] = await observe(t, name);
      const ref = results.default.seen;

      // Our roots are out of the page's reach, whatever it defined.
      for (const probe of [ref.profile, ref.search, ref.late]) {
        t.assert.ok(probe.internals.length > 0, 'the page did define our tags (its constructor ran)');
        t.assert.ok(probe.internals.every((i) => i.shadowRoot === null), 'ElementInternals.shadowRoot is null');
        for (const h of probe.hosts) {
          t.assert.equal(h.host.shadowRoot, null);
          t.assert.ok(h.children.every((c) => c.shadowRoot === null), 'closed root on the inner span');
          t.assert.deepEqual(h.host.attrs, [], `${h.tag} carries no attribute`);
          t.assert.equal(h.text, '', 'no text in the light DOM');
        }
        t.assert.deepEqual(probe.errors, []);
      }
      t.assert.equal(ref.profile.hosts.filter((h) => h.tag === 'rac-badge').length, 2);
      // Nothing the page saw looks like an amount or the testing hook.
      t.assert.doesNotMatch(JSON.stringify(ref), /€|out-of-pocket/);
      const markup = JSON.stringify([ref.profile, ref.search, ref.late].map((p) => [p.hosts.map((h) => [h.html, h.text]), p.mutations]));
      t.assert.doesNotMatch(markup, /\d/, 'no number at all in the markup we insert');
      // A constant number of Tab stops: badge, panel body, sources, close.
      t.assert.equal(ref.panelTabStops, 4);
      t.assert.ok(ref.panelGrid.includes('#'), 'the open panel is where the page can see it');

      for (const name of Object.keys(PROFILES)) {
        const { seen, user } = results[name];
        for (const key of Object.keys(ref)) {
          t.assert.deepEqual(seen[key], ref[key], `profile "${name}" differs from the default in what the page sees: ${key}`);
        }
        // What the user sees, through the DevTools Protocol: closed roots with the right amounts.
        t.assert.equal(user.profile.badges[0].shadowMode, 'closed');
        t.assert.match(user.profile.badges[0].text, CONSULTATION[name], `${name}: ${user.profile.badges[0].text}`);
        t.assert.match(user.panel ?? '', PANEL[name], `${name}: panel ${user.panel}`);
        t.assert.equal(user.search.compare.shadowMode, 'closed');
        t.assert.equal(user.search.compare.items.length, user.search.badges.length);
      }
      // The profiles really gave different amounts (the page just could not tell).
      const shown = Object.values(results).map((r) => r.user.profile.badges[0].text);
      t.assert.equal(new Set(shown).size, Object.keys(PROFILES).length, shown.join(' | '));
    },
  },
  {
    name: 'a page with 1 100 GP fee rows (2 200 estimate inputs, over one message\'s limit) still gets every badge (production build)',
    build: 'production',
    async run(t) {
      const rows = Array.from({ length: 1100 }, (_, i) => {
        const cents = 3001 + i; // 30,01 € to 41,00 €: every fee distinct
        const fee = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}&nbsp;€`;
        return `<li class="list-none"><div class="dl-profile-text dl-profile-fee"><span class="dl-profile-fee-name">Consultation</span><span class="dl-profile-fee-tag">${fee}</span></div></li>`;
      }).join('\n');
      const html = withSpy(t, 'doctolib/profile-optam.html')
        .replace('Dermatologue et vénérologue', 'Médecin généraliste')
        .replace('Conventionné secteur 2 avec OPTAM', 'Conventionné secteur 1')
        .replace(/<ul class="p-0">[\s\S]*?<\/ul>/, `<ul class="p-0">${rows}</ul>`);
      t.route(GP_URL, html);
      const page = await t.open(GP_URL);
      await page.waitForFunction(() => document.querySelectorAll('rac-badge').length === 1100, null, { timeout: 30000 });
      const { badges } = await t.closedTree(page);
      t.assert.equal(badges.length, 1100);
      const withAmount = badges.filter((b) => /\d\s€$/.test(b.text ?? ''));
      t.assert.equal(withAmount.length, 1100, `badges without an amount: ${badges.filter((b) => !/\d\s€$/.test(b.text ?? '')).slice(0, 3).map((b) => b.text)}`);
      t.assert.ok(new Set(badges.map((b) => b.text)).size > 100, 'distinct fees, distinct amounts');
    },
  },
  {
    name: 'extension pages: the browser itself refuses any network request (CSP connect-src \'none\')',
    allowConsole: (e) => /Content Security Policy/i.test(e),
    async run(t) {
      const page = await t.openExtensionPage('popup.html');
      const outcome = await page.evaluate(async () => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const fetched = await fetch('https://www.doctolib.fr/').then(() => 'loaded', (e) => e.name);
        await new Promise((r) => setTimeout(r, 50)); // the violation event
        return { fetched, violations };
      });
      t.assert.equal(outcome.fetched, 'TypeError');
      t.assert.ok(outcome.violations.some((d) => d.startsWith('connect-src')), JSON.stringify(outcome.violations));
    },
  },
];
