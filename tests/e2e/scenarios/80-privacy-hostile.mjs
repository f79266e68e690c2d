// Privacy and security (issue 7): hostile page text — markup, <img onerror>, <script>, 10⁴-character
// labels, RTL override characters — in every field the readers take (name, specialty, address,
// sector line, fee label, fee tag) ends up as TEXT in the badge, the breakdown and the Comparer
// panel, never as HTML; the page keeps working; nothing is requested from another host (checked by
// the runner after every scenario) and no console error appears. The e2e build opens the shadow
// roots, so what the user sees is read directly.
const SEARCH_URL = 'https://www.doctolib.fr/search?location=75012-paris&speciality=robustness-hostile';
const PROFILE_URL = 'https://www.doctolib.fr/dermatologue/paris/robustness-hostile?pid=practice-7799';
const PWN = '<img src=x onerror=window.__pwned=1>';
const ATTR = /^(?:\d+(?:-\d+)?\+?|unknown)$/;

/**
 * In the page: every element of our shadow roots (badges, Comparer) is one our UI renders, no
 * element carries an on* attribute, links are http(s) only, no <img> exists anywhere, and
 * window.__pwned is undefined. Returns the problems found.
 */
function inspect() {
  const ALLOWED = new Set(['a', 'button', 'dd', 'div', 'dl', 'dt', 'li', 'ol', 'p', 'section', 'span', 'ul', 'style']);
  const problems = [];
  const hosts = [...document.querySelectorAll('rac-badge, rac-compare')];
  if (hosts.length === 0) problems.push('no badge or panel at all');
  for (const host of hosts) {
    const root = host.firstElementChild?.shadowRoot;
    if (!root) {
      problems.push(`${host.localName}: shadow root not readable (is this the e2e build?)`);
      continue;
    }
    for (const el of root.querySelectorAll('*')) {
      if (!ALLOWED.has(el.localName)) problems.push(`${host.localName}: <${el.localName}> element in our UI`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) problems.push(`${host.localName}: ${a.name} attribute on <${el.localName}>`);
        if (a.name === 'href' && !/^https?:\/\//.test(a.value)) problems.push(`${host.localName}: href ${a.value}`);
      }
      if (el.localName === 'style' && /onerror|pwned|<img/.test(el.textContent)) problems.push('page text in a <style>');
    }
    for (const a of host.attributes) if (/^on/i.test(a.name)) problems.push(`${host.localName} host: ${a.name}`);
  }
  const media = document.querySelectorAll('img, iframe, object, embed').length;
  if (media > 0) problems.push(`${media} <img>/<iframe>/<object>/<embed> in the page (it has none of its own)`);
  if (window.__pwned !== undefined) problems.push(`window.__pwned = ${window.__pwned}`);
  return problems;
}

/**
 * In the page: true when the characters of `node`'s text are laid out left to right on each line
 * (a leaked U+202E from page text would reverse our amounts visually: "€ 57,41").
 */
function readsLeftToRight(node) {
  const text = node.firstChild && node.firstChild.nodeType === 3 ? node.firstChild : null;
  if (!text) return true;
  const range = document.createRange();
  let prev = null;
  for (let i = 0; i < text.data.length; i++) {
    if (/\s/.test(text.data[i])) continue;
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    if (prev && Math.abs(r.top - prev.top) < 2 && r.left < prev.left - 0.5) return false;
    prev = r;
  }
  return true;
}

/** The LTR check can fail: a span after an unterminated U+202E in the same paragraph is reversed. */
async function ltrCheckWorks(page) {
  await page.evaluate(`window.__racReadsLeftToRight = ${readsLeftToRight.toString()}`);
  return page.evaluate(() => {
    const check = window.__racReadsLeftToRight;
    const p = document.createElement('p');
    p.style.cssText = 'position:absolute;left:0;top:0';
    const a = document.createElement('span');
    a.textContent = 'x\u202e';
    const b = document.createElement('span');
    b.textContent = 'Reste à charge : 14,75 €';
    p.append(a, b);
    document.body.append(p);
    const reversed = !check(b);
    p.remove();
    return reversed;
  });
}

async function ltrAll(page, selector) {
  await page.evaluate(`window.__racReadsLeftToRight = ${readsLeftToRight.toString()}`);
  return page.evaluate(
    (selector) => {
      const check = window.__racReadsLeftToRight;
      const out = [];
      for (const host of document.querySelectorAll(selector.host)) {
        for (const el of host.firstElementChild?.shadowRoot?.querySelectorAll(selector.inner) ?? []) if (!check(el)) out.push(el.textContent);
      }
      return out;
    },
    selector,
  );
}

export default [
  {
    name: 'hostile page text (search list): badges, breakdown and Comparer show it as text only; the page still works',
    async run(t) {
      const page = await t.openFixture('robustness/hostile-search.htm', SEARCH_URL);
      await page
        .waitForFunction(() => {
          const cards = [...document.querySelectorAll('[data-card]')];
          return cards.length === 7 && cards.every((c) => c.querySelectorAll('rac-badge').length === 1);
        }, null, { timeout: 10000 })
        .catch(() => {});
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('[data-card]')].map((c) => ({
          id: c.getAttribute('data-card'),
          badges: [...c.querySelectorAll('rac-badge')].map((b) => ({
            cents: b.getAttribute('data-out-of-pocket-cents'),
            text: b.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? null,
          })),
        })),
      );
      t.assert.equal(cards.length, 7);
      for (const c of cards) {
        t.assert.equal(c.badges.length, 1, `card ${c.id}: one badge, got ${JSON.stringify(c.badges)}`);
        t.assert.match(c.badges[0].cents, ATTR, `card ${c.id}`);
        t.assert.doesNotMatch(c.badges[0].text, /[<>]|onerror|pwned|script|Gras|LLLL/, `card ${c.id}: page text in the badge: ${c.badges[0].text}`);
      }
      // Hostile names and specialties do not confuse the reading where sector and specialty are clean.
      const byId = Object.fromEntries(cards.map((c) => [c.id, c.badges[0].cents]));
      t.assert.equal(byId['1'], '200', 'GP secteur 1 with a hostile name');
      t.assert.equal(byId['2'], '200+', 'dermatologist OPTAM with 10⁴-character name, specialty and address');
      t.assert.equal(byId['7'], '200', 'real inline markup in the name and sector line');

      t.assert.deepEqual(await page.evaluate(inspect), []);

      // Comparer panel: the names and specialties, literally, as text.
      await page.locator('rac-compare button.toggle').click();
      await page.locator('rac-compare .item').first().waitFor();
      const items = await page.evaluate(() =>
        [...document.querySelector("rac-compare").firstElementChild.shadowRoot.querySelectorAll('.item')].map((i) => ({
          name: i.querySelector('.name').textContent,
          spec: i.querySelector('.spec').textContent,
          amount: i.querySelector('.amount').textContent,
          children: i.querySelectorAll('*').length,
        })),
      );
      t.assert.equal(items.length, 7);
      const names = items.map((i) => i.name);
      t.assert.ok(names.includes('Dr <b>Gras</b> <img src=x onerror=window.__pwned=1>'), `markup shown as text: ${JSON.stringify(names.map((n) => n.slice(0, 60)))}`);
      t.assert.ok(names.includes('"><script>window.__pwned=1</script>'), 'a <script> string shown as text');
      t.assert.ok(items.some((i) => i.spec === PWN), 'an <img onerror> specialty shown as text');
      t.assert.ok(names.includes('Dr Réel Balisé'), 'real inline markup read as its text');
      for (const i of items) {
        t.assert.equal(i.children, 3, 'each entry: name, specialty, amount — nothing created from page text');
        t.assert.ok(i.name.length <= 2000 && i.spec.length <= 2000, `a 10⁴-character label is clipped (${i.name.length}, ${i.spec.length})`);
      }
      const box = await page.locator('rac-compare').evaluate((h) => h.firstElementChild.shadowRoot.querySelector('.compare').getBoundingClientRect().width);
      t.assert.ok(box <= 400, `the Comparer keeps its width with 10⁴-character labels (${box}px)`);
      t.assert.deepEqual(await page.evaluate(inspect), []);

      // RTL overrides in page text never reverse our amounts on screen.
      t.assert.ok(await ltrCheckWorks(page), 'the left-to-right check detects a reversed span');
      t.assert.deepEqual(await ltrAll(page, { host: 'rac-compare', inner: '.amount' }), [], 'Comparer amounts reversed');
      t.assert.deepEqual(await ltrAll(page, { host: 'rac-badge', inner: '.text' }), [], 'badge texts reversed');

      // The breakdown: our numbers, none of the page's text.
      await page.locator('[data-card="1"] rac-badge button.badge').click();
      const panel = page.locator('[data-card="1"] rac-badge .panel');
      await panel.waitFor();
      const text = await panel.innerText();
      t.assert.match(text, t.rx('badge.panel.outOfPocket'));
      t.assert.doesNotMatch(text, /[<>]|onerror|pwned|Gras/, `page text in the breakdown:\n${text}`);
      t.assert.deepEqual(await page.evaluate(inspect), []);
      await page.keyboard.press('Escape');

      // The page still works.
      await page.locator('[data-card="4"] .book').click();
      t.assert.equal(await page.evaluate(() => window.__bookings), 1);
      t.assert.equal(await page.evaluate(() => window.__pageOk), true);
      await t.screenshot(page, 'privacy-hostile-search');
    },
  },
  {
    name: 'hostile page text (profile): fee labels and tags, name, specialty, sector sentence stay text; the page still works',
    async run(t) {
      const page = await t.openFixture('robustness/hostile-profile.htm', PROFILE_URL);
      await t.idle(page); // the pass is complete: what is there now is all there will be
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.dl-profile-fee')].map((row) => {
          const b = row.nextElementSibling?.localName === 'rac-badge' ? row.nextElementSibling : null;
          return {
            label: row.querySelector('.dl-profile-fee-name').textContent.slice(0, 40),
            cents: b?.getAttribute('data-out-of-pocket-cents') ?? null,
            text: b?.firstElementChild?.shadowRoot?.querySelector('.text')?.textContent ?? null,
          };
        }),
      );
      const badges = await page.locator('rac-badge').count();
      t.assert.ok(badges >= 1 && badges <= rows.length, `one badge per fee row at most: ${JSON.stringify(rows)}`);
      for (const r of rows) {
        if (r.cents === null) continue;
        t.assert.match(r.cents, ATTR, JSON.stringify(r));
        t.assert.doesNotMatch(r.text, /[<>]|onerror|pwned|Hostile|SSSS/, `page text in a badge: ${r.text}`);
      }
      // "Consultation <b>x</b> <img …>" at 60 €, secteur 2 OPTAM dermatologist: as in 10-profile (30,50 €).
      t.assert.equal(rows[0].cents, '3050', `hostile label and sector sentence: ${JSON.stringify(rows[0])}`);
      // "À partir de <strong>70 €</strong>" (real markup): a floor.
      t.assert.match(rows[2].cents ?? '', /^\d+\+$/, `"à partir de" with real markup: ${JSON.stringify(rows[2])}`);
      t.assert.deepEqual(await page.evaluate(inspect), []);

      for (let i = 0; i < badges; i++) {
        const badge = page.locator('rac-badge').nth(i);
        await badge.locator('button.badge').click();
        const panel = badge.locator('.panel');
        await panel.waitFor();
        const text = await panel.innerText();
        t.assert.doesNotMatch(text, /[<>]|onerror|pwned|Hostile|SSSS|€€€/, `page text in breakdown ${i}:\n${text}`);
        t.assert.deepEqual(await page.evaluate(inspect), []);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
      t.assert.ok(await ltrCheckWorks(page), 'the left-to-right check detects a reversed span');
      t.assert.deepEqual(await ltrAll(page, { host: 'rac-badge', inner: '.text' }), [], 'badge texts reversed');

      // The fee dialog: hostile rows get badges inside it, as text only; the same invariants hold.
      await page.locator('#open-fees').click();
      await page.waitForSelector('#fees-dialog rac-badge', { timeout: 10000 });
      await t.idle(page);
      const inDialog = page.locator('#fees-dialog rac-badge');
      t.assert.equal(await inDialog.count(), 2);
      // "Consultation <i>y</i> <img …>" at 60 €, the same dermatologist: 30,50 € as above; a
      // specialist's teleconsultation has no sourced tariff: unknown (as in 10-profile).
      t.assert.deepEqual(await inDialog.evaluateAll((els) => els.map((e) => e.getAttribute('data-out-of-pocket-cents'))), ['3050', 'unknown']);
      for (let i = 0; i < 2; i++) {
        const badge = inDialog.nth(i);
        t.assert.match((await badge.getAttribute('data-out-of-pocket-cents')) ?? '', ATTR);
        await badge.locator('button.badge').click();
        const panel = badge.locator('.panel');
        await panel.waitFor();
        t.assert.doesNotMatch(await panel.innerText(), /[<>]|onerror|pwned|eirotcod/, `page text in the dialog's breakdown ${i}`);
        t.assert.deepEqual(await page.evaluate(inspect), []);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
      t.assert.deepEqual(await ltrAll(page, { host: 'rac-badge', inner: '.text' }), [], 'badge texts reversed (dialog)');
      await page.locator('#close-fees').click();
      await page.waitForFunction(() => document.getElementById('fees-dialog') === null);

      await page.locator('#book').click();
      t.assert.equal(await page.locator('#book-count').innerText(), '1');
      t.assert.equal(await page.evaluate(() => window.__pageOk), true);
      await t.screenshot(page, 'privacy-hostile-profile', { fullPage: false });
    },
  },
];
