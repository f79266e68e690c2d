// A 1 000-card Doctolib-shaped results page (the bench's synthetic cards, tests/bench/synthetic.mjs:
// invented names and addresses): every practitioner is read and estimated, so the Comparer lists
// all 1 000; badges are mounted near the viewport only, and every card has its badge once scrolled
// into view. A Comparer entry whose card has no badge yet scrolls to it, mounts it and focuses it.
import { searchPage } from '../../bench/synthetic.mjs';

const URL = 'https://www.doctolib.fr/search?location=75012-paris&speciality=medecin&long=1';
const CARDS = 1000;

export default [
  {
    name: 'long list (1 000 cards): the Comparer lists all 1 000, an entry far away gets its badge, every card has its badge once scrolled into view',
    async run(t) {
      t.route(URL, searchPage({ cards: CARDS, title: 'Long list' }));
      const page = await t.open(URL);
      const toggle = page.locator('rac-compare button.toggle');
      await toggle.waitFor({ timeout: 20000 });
      await t.until(async () => t.rx('compare.toggle', { count: CARDS }).test(await toggle.innerText()), `the Comparer toggle counting ${CARDS}`, 10000).catch(() => {});
      t.assert.match(await toggle.innerText(), t.rx('compare.toggle', { count: CARDS }));

      // Only what is near the viewport has a badge: far fewer than 1 000.
      const mounted = await page.evaluate(() => document.querySelectorAll('rac-badge').length);
      t.assert.ok(mounted > 0 && mounted < 200, `badges near the viewport only at first (${mounted})`);

      // The Comparer: 1 000 distinct practitioners.
      await toggle.click();
      const items = page.locator('rac-compare .item');
      await items.first().waitFor();
      const names = await items.evaluateAll((els) => els.map((e) => e.querySelector('.name').textContent));
      t.assert.equal(names.length, CARDS);
      t.assert.equal(new Set(names).size, CARDS, 'each practitioner once');

      // An entry whose card is far down and has no badge: scrolled to, mounted, focused.
      const far = names.findIndex((n) => / 900$/.test(n));
      t.assert.equal(await page.evaluate((n) => document.querySelectorAll('[data-design-system-component=Card]')[n].querySelectorAll('rac-badge').length, 900), 0, 'card 900 had no badge yet');
      await items.nth(far).click();
      const reveal = await page.evaluate((n) => {
        const card = document.querySelectorAll('[data-design-system-component=Card]')[n];
        const badge = card.querySelector('rac-badge');
        return { badges: card.querySelectorAll('rac-badge').length, focused: document.activeElement?.parentElement === badge && badge !== null };
      }, 900);
      t.assert.deepEqual(reveal, { badges: 1, focused: true }, 'the entry mounted and focused card 900\'s badge');
      const inView = await page.waitForFunction((n) => {
        const r = document.querySelectorAll('[data-design-system-component=Card]')[n].getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      }, 900, { timeout: 5000 }).then(() => true, () => false);
      t.assert.ok(inView, 'card 900 scrolled into view');
      await toggle.click(); // closed again

      // Scroll from the top to the end, one screen at a time: the cards on screen have their badge.
      // A tall window: fewer screens to go through.
      await page.setViewportSize({ width: 1280, height: 2400 });
      const missed = await page.evaluate(async () => {
        const cards = [...document.querySelectorAll('[data-design-system-component=Card]')];
        const onScreen = () => cards.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const misses = [];
        window.scrollTo(0, 0);
        for (let y = 0; ; y += Math.floor(window.innerHeight * 0.9)) {
          window.scrollTo(0, y);
          let bare = [];
          for (let i = 0; i < 150; i++) {
            await frame();
            bare = onScreen().filter((c) => c.querySelectorAll('rac-badge').length !== 1);
            if (bare.length === 0) break;
          }
          for (const c of bare) misses.push(cards.indexOf(c));
          if (y + window.innerHeight >= document.documentElement.scrollHeight) break;
        }
        return { misses };
      });
      t.assert.deepEqual(missed.misses, [], 'cards on screen without their badge while scrolling');

      // Every card was on screen once: each has exactly one badge, with an amount; secteur 1 → 2 €.
      const badges = await page.evaluate(() =>
        [...document.querySelectorAll('[data-design-system-component=Card]')].map((c) => [...c.querySelectorAll('rac-badge')].map((b) => b.getAttribute('data-out-of-pocket-cents'))),
      );
      t.assert.equal(badges.length, CARDS);
      const wrong = badges.map((b, i) => [i, b]).filter(([i, b]) => b.length !== 1 || !b[0] || (i % 5 === 0 && b[0] !== '200'));
      t.assert.deepEqual(wrong.slice(0, 10), [], 'one badge per card (secteur 1: 2 €)');
      t.assert.equal(await page.locator('rac-badge').count(), CARDS, 'no badge outside the cards');
    },
  },
];
