// Professions other than doctors on Doctolib (issue 16): a dentist, a Mon soutien psy
// psychologist, a kiné and an osteopath each get their own badge, and the Comparer sorts them
// with the doctors on a mixed result list.
//
// Expected amounts, computed by hand from docs/reimbursement.md §5 (independent of the core), for
// the default profile (mutuelle 100 % BRSS responsable, 30 years) on any day from 2026-01-01:
//   dentist, Consultation 23 €: AMO 60 % = 13,80 €, mutuelle 9,20 €, no PF → 0 €; "Détartrage" gets no badge
//   Mon soutien psy, 50 €: AMO 60 % = 30 €, mutuelle 20 € → 0 €; her own 65 € session is outside
//     the scheme (dépassements forbidden) → not reimbursed, 65 €
//   kiné, Séance 17,90 € (within the 17,83–17,97 € bases): AMO 10,74 € − franchise 1 €, mutuelle
//     7,16 € → 1 € (the franchise); "Bilan" gets no badge
//   osteopath, 60 € and 65 €: not reimbursed → 60 € and 65 €
// Search list, no fee shown: dentist 23 € → 0 €; psychologist 50 € → 0 €; kiné → 1 €; GP secteur 1
// (30 €) → 2 € (PF); paediatrician secteur 2 → "dès …"; osteopath → "Non remboursé", last.
const DENTIST = 'https://www.doctolib.fr/dentiste/lyon/theo-marchal?pid=practice-10009';
const PSY = 'https://www.doctolib.fr/psychologue/lyon/emma-riviere?pid=practice-10011';
const KINE = 'https://www.doctolib.fr/masseur-kinesitherapeute/lyon/ines-garnier?pid=practice-10031';
const OSTEO = 'https://www.doctolib.fr/osteopathe/lyon/lucas-pons?pid=practice-10015';
const SEARCH = 'https://www.doctolib.fr/search?location=69003-lyon&speciality=soignants';

async function settledBadges(t, page, n) {
  await t.idle(page); // the pass is complete: what is there now is all there will be
  const badges = await t.badges(page);
  t.assert.equal(badges.length, n, JSON.stringify(badges));
  return badges;
}

/** Badges whose one line is ellipsized (the box's width comes from its shape, not its text). */
async function cutBadges(page) {
  return page.evaluate(() => [...document.querySelectorAll('rac-badge')].filter((el) => {
    const text = el.firstElementChild?.shadowRoot?.querySelector('.text');
    return text && text.scrollWidth > text.clientWidth;
  }).length);
}

async function panelText(page, index) {
  const button = page.locator('rac-badge').nth(index).locator('button.badge');
  await button.click();
  const panel = page.locator('rac-badge .panel').first();
  await panel.waitFor();
  return (await panel.innerText()).replace(/\s+/g, ' ');
}

const has = (t, text, s) => t.assert.ok(text.includes(s.replace(/\s+/g, ' ')), `breakdown lacks "${s}":\n${text}`);

export default [
  {
    name: 'professions: a dentist\'s consultation (60 %, no PF), not his other dental act',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-dentist.html', DENTIST);
      const [b] = await settledBadges(t, page, 1);
      t.assert.equal(b.cents, '0');
      t.assert.match(b.after, /^Consultation\s*23/);
      t.assert.match(b.text, t.rx('badge.exact', { amount: '0 €' }));
      const text = await panelText(page, 0);
      has(t, text, t.m('badge.panel.amo', { rate: '60 %' }));
      has(t, text, '13,80 €');
      has(t, text, t.m('notes.noParticipationForfaitaire'));
    },
  },
  {
    name: 'professions: a Mon soutien psy session is reimbursed, the psychologist\'s own fee is not',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-psychologist-msp.html', PSY);
      const [msp, own] = await settledBadges(t, page, 2);
      t.assert.equal(msp.cents, '0');
      t.assert.match(msp.after, /^Séance Mon soutien psy\s*50/);
      t.assert.match(msp.text, t.rx('badge.exact', { amount: '0 €' }));
      t.assert.equal(own.cents, '6500');
      t.assert.match(own.text, t.rx('badge.notReimbursedAmount', { amount: '65 €' }));
      t.assert.equal(await cutBadges(page), 0, 'no badge text cut off');
    },
  },
  {
    name: 'professions: a kiné\'s session leaves the franchise; the breakdown says a prescription is needed',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-kine.html', KINE);
      const [b] = await settledBadges(t, page, 1);
      t.assert.equal(b.cents, '100');
      t.assert.match(b.after, /^Séance de kinésithérapie\s*17,90/);
      t.assert.match(b.text, t.rx('badge.exact', { amount: '1 €' }));
      const text = await panelText(page, 0);
      has(t, text, t.m('badge.panel.ofWhichFranchise'));
      has(t, text, t.m('notes.physioPrescription', { feeCents: '17,90 €' }));
    },
  },
  {
    name: 'professions: an osteopath gets "Non remboursé par l\'Assurance Maladie" with the fee, not "Non estimé"',
    async run(t) {
      const page = await t.openFixture('doctolib/profile-osteopath.html', OSTEO);
      const badges = await settledBadges(t, page, 2);
      t.assert.deepEqual(badges.map((b) => b.cents), ['6000', '6500']);
      t.assert.match(badges[0].text, t.rx('badge.notReimbursedAmount', { amount: '60 €' }));
      t.assert.equal(await cutBadges(page), 0, 'no badge text cut off');
      const text = await panelText(page, 0);
      has(t, text, t.m('notes.notReimbursed'));
    },
  },
  {
    name: 'professions: the Comparer sorts them with the doctors on a mixed list',
    async run(t) {
      const page = await t.openFixture('doctolib/search-professions.html', SEARCH);
      const badges = await settledBadges(t, page, 6);
      t.assert.deepEqual(
        badges.map((b) => b.cents).map((c) => (c.endsWith('+') ? '+' : c)),
        ['200', '0', '+', '0', '100', 'unknown'],
        JSON.stringify(badges),
      );
      t.assert.match(badges[5].text, t.rx('badge.notReimbursed', {}, { whole: true }));
      const toggle = page.locator('rac-compare button.toggle');
      await toggle.waitFor();
      await toggle.click();
      const items = page.locator('rac-compare .item');
      await items.first().waitFor();
      const rows = await items.evaluateAll((els) => els.map((e) => [e.querySelector('.name').textContent.trim(), e.querySelector('.amount').textContent]));
      t.assert.deepEqual(
        rows.map((r) => r[0]),
        ['Dr Théo MARCHAL', 'Emma RIVIÈRE', 'Inès GARNIER', 'Dr Claire MONTEIL', 'Dr Paul VIGNAUD', 'Lucas PONS'],
        JSON.stringify(rows),
      );
      t.assert.match(rows[2][1], /^1\s€$/);
      t.assert.equal(rows[5][1], t.m('compare.notReimbursed'));
    },
  },
];
