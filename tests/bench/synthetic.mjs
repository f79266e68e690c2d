// Synthetic Doctolib search pages for the benchmarks (npm run bench), in the July 2025 card markup
// that src/sites/doctolib reads (the same template as tests/fixtures/doctolib/search-spa.html):
// div.dl-card[data-design-system-component=Card] > … h2 > a (profile link with pid), specialty
// paragraph, address row (location-dot icon), sector row (euro-sign icon), availabilities. No price,
// as on the real lists. Names, addresses and ids are invented.

/**
 * One card's HTML. Self-contained (no closure): its source is also sent into the page, so that the
 * page's own script renders cards exactly like the server-side variant.
 */
export function cardHtml(i) {
  const SECTORS = ['Conventionné secteur 1', 'Conventionné secteur 2', 'Conventionné secteur 2 avec OPTAM', 'Conventionné secteur 1 avec droit permanent à dépassement', null];
  const SPECS = [['Dermatologue et vénérologue', 'dermatologue'], ['Médecin généraliste', 'medecin-generaliste'], ['Pédiatre', 'pediatre'], ['Ophtalmologue', 'ophtalmologue'], ['Psychiatre', 'psychiatre'], ['Cardiologue', 'cardiologue']];
  const FIRST = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'François', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Karim', 'Léa'];
  const LAST = ['DURAND', 'LEROY', 'PETIT', 'MOREAU', 'GIRARD', 'ROUX', 'FOURNIER', 'LAMBERT', 'BLANC', 'GARNIER', 'FAURE', 'ROUSSEL'];
  const sector = SECTORS[i % SECTORS.length];
  const [spec, path] = SPECS[Math.floor(i / 5) % SPECS.length];
  const name = `Dr ${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / 12) % LAST.length]} ${i}`;
  const slug = `p-${i}`;
  const euro = '<svg width="16" height="16" viewBox="0 0 16 16" aria-label="Assurance" role="img" data-test-id="healthcare-provider-icon" data-design-system-component="Icon" data-icon-name="regular/euro-sign"><path d="M4 8h6"></path></svg>';
  const pin = '<svg width="16" height="16" viewBox="0 0 16 16" aria-label="Adresse" role="img" data-design-system-component="Icon" data-icon-name="regular/location-dot"><path d="M8 2v8"></path></svg>';
  const sectorRow = sector ? `<div class="gap-8 flex"><div class="mt-4">${euro}</div><div class="flex flex-wrap gap-x-4"><p>${sector}</p></div></div>` : '';
  return `<div class="dl-card dl-card-bg-white dl-card-variant-default" data-design-system-component="Card"><div class="dl-card-content"><div class="flex flex-row"><div class="p-16 box-border flex flex-col gap-8"><div class="flex gap-8"><img alt="" width="64" height="64" src="data:,"><div class="flex flex-col w-full"><h2 data-design-system-component="Heading"><a class="x9Kq2 card-link" href="/${path}/paris/${slug}?pid=practice-${100000 + i}">${name}</a></h2><span><svg data-test-id="location-arrow-icon" width="12" height="12"></svg> ${(i % 97) / 10} km</span><p data-design-system-component="Paragraph">${spec}</p></div></div><div class="gap-8 flex"><div class="mt-4">${pin}</div><div class="flex flex-wrap gap-x-4"><p>${(i % 120) + 1} Rue de la Bench</p><p>750${String((i % 20) + 1).padStart(2, '0')} Paris</p></div></div>${sectorRow}</div></div></div><hr data-design-system-component="Divider"><div data-test-id="availabilities-container"><div class="slots"><button class="book" type="button">Prendre rendez-vous</button> <span>Prochain RDV le ${(i % 28) + 1} décembre</span></div></div></div>`;
}

/** The page around the list: header, filters, results container, footer (as §1.3). */
export function searchPage({ cards = 0, start = 0, title = 'Bench', script = '' } = {}) {
  let list = '';
  for (let i = 0; i < cards; i++) list += cardHtml(start + i);
  return `<!doctype html>
<html lang="fr" data-theme="doctolib2023"><head><meta charset="utf-8"><title>${title} - Doctolib</title>
<style>body{font-family:Arial,sans-serif;margin:0;background:#f4f6f9;color:#10284a}.dl-card{background:#fff;border:1px solid #dbe2ea;border-radius:8px;margin:0 0 12px}.p-16{padding:16px}h2{font-size:17px;margin:0 0 4px}.flex{display:flex}.flex-col{flex-direction:column}.gap-8{gap:8px}.flex-wrap{flex-wrap:wrap}p{margin:2px 0}.max-w-7xl{max-width:900px;margin:16px auto}</style>
</head><body>
<header><nav><a href="/">Doctolib</a> <a href="/sessions/new">Se connecter</a></nav></header>
<div id="react-main"><main id="main-content" role="main"><div data-test-id="search-toolbar"><button>Filtres (1)</button> <button>Dans les 14 prochains jours</button></div>
<h1>Prenez rendez-vous en ligne avec un médecin à Paris</h1>
<div class="flex flex-1 flex-col" data-test-id="hcp-results"><div class="max-w-7xl"><div class="flex gap-16 flex-col w-full" id="list">${list}</div></div></div>
<nav><a rel="next" href="/search?page=2"><span class="dl-button-label">Page suivante</span></a></nav>
</main></div>
<footer><p>Trouver un médecin conventionné secteur 1</p><p>Téléconsultation : 25 € chez un médecin généraliste secteur 1</p></footer>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

/**
 * The page-side instruments for the Chromium benchmarks, as a script string: window.__bench with
 * insert(n) (renders n more cards in one DOM insertion, as after the search XHR), badge counting by
 * MutationObserver, long tasks (PerformanceObserver 'longtask' and 'long-animation-frame'), a JS heap
 * sampler on every animation frame, and the settings-change watcher.
 */
export function benchScript() {
  return `(() => {
${cardHtml.toString()}
const list = document.getElementById('list');
let next = list.children.length;
let badges = document.getElementsByTagName('rac-badge').length;
let waiter = null;
let settings = null;
const longtasks = [];
const loafs = [];
const cardEls = document.getElementsByClassName('dl-card');
/** The cards on screen (intersecting the viewport). */
const onScreen = () => {
  const out = [];
  for (const c of cardEls) {
    const r = c.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight) out.push(c);
    else if (out.length > 0) break;
  }
  return out;
};
const screenBadged = () => { const cs = onScreen(); return cs.length > 0 && cs.every((c) => c.getElementsByTagName('rac-badge').length > 0); };
let firstBadge = null;
new MutationObserver((records) => {
  const now = performance.now();
  for (const r of records) {
    for (const n of r.addedNodes) if (n.localName === 'rac-badge') {
      badges++;
      if (firstBadge === null) { firstBadge = now; performance.mark('rac-bench:first-badge'); }
      if (badges === cardEls.length) performance.mark('rac-bench:all-badges');
    }
    for (const n of r.removedNodes) if (n.localName === 'rac-badge') badges--;
    if (settings && r.type === 'attributes' && r.target.localName === 'rac-badge' &&
        r.target.getAttribute('data-out-of-pocket-cents') !== settings.before.get(r.target)) settings.changed.add(r.target);
  }
  if (waiter && (waiter.screen ? screenBadged() : badges >= waiter.target)) { const w = waiter; waiter = null; performance.mark('rac-bench:badges-done'); w.resolve(now); }
  if (settings && settings.changed.size >= settings.before.size) {
    performance.mark('rac-bench:settings-done');
    const s = settings; settings = null; s.resolve(performance.timeOrigin + now);
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-out-of-pocket-cents'] });
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
try {
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const ext = (e.scripts || []).filter((s) => String(s.sourceURL).startsWith('chrome-extension://'));
      loafs.push([e.startTime, e.duration, ext.reduce((m, s) => Math.max(m, s.duration), 0)]);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
let sampling = false, peak = 0;
const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : 0);
const sample = () => { if (!sampling) return; peak = Math.max(peak, heap()); requestAnimationFrame(sample); };
let frames = 0;
const countFrames = () => { frames++; requestAnimationFrame(countFrames); };
requestAnimationFrame(countFrames);
window.__bench = {
  get badges() { return badges; },
  get frames() { return frames; },
  get firstBadge() { return firstBadge; },
  screenBadged,
  /** Resolves (page clock) once every card on screen has its badge. */
  waitScreen() {
    if (screenBadged()) return Promise.resolve(performance.now());
    return new Promise((resolve) => {
      const w = { screen: true, resolve };
      waiter = w;
      // A scroll mounts badges through the IntersectionObserver: checked on each frame as well.
      const poll = () => { if (waiter !== w) return; if (screenBadged()) { waiter = null; resolve(performance.now()); } else requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
    });
  },
  /** Scrolls to the end of the list; ms until every card on screen has its badge. */
  async scrollEnd() {
    const t0 = performance.now();
    scrollTo(0, document.documentElement.scrollHeight);
    const end = await Promise.race([this.waitScreen(), new Promise((r) => setTimeout(() => r(-1), 20000))]);
    return end < 0 ? null : end - t0;
  },
  heap,
  gc() { if (typeof gc === 'function') { gc(); gc(); } return heap(); },
  /** Renders n cards in one insertion; resolves when 'extra' more badges than before exist. */
  /** extra: how many more badges make it done; 'near': as many as new cards near the viewport
   *  (within the extension's margin, 150 % of its height: a long list mounts those only). */
  insert(n, extra = n, screen = false) {
    let target = badges + (extra === 'near' ? n : extra);
    const done = new Promise((resolve) => { waiter = { target, screen, resolve }; });
    let html = '';
    for (let i = 0; i < n; i++) html += cardHtml(next++);
    const t = document.createElement('template');
    t.innerHTML = html;
    const added = [...t.content.children];
    const t0 = performance.now();
    performance.mark('rac-bench:insert');
    list.append(t.content);
    const t1 = performance.now();
    if (extra === 'near') {
      const h = innerHeight;
      waiter.target = badges + added.filter((c) => { const r = c.getBoundingClientRect(); return r.top < 2.5 * h && r.bottom > -1.5 * h; }).length;
    }
    return { t0, t1, done };
  },
  /** Takes the last n cards out (their badges go with them): the page back to its size. */
  removeLast(n) {
    for (let i = 0; i < n && list.lastElementChild; i++) list.lastElementChild.remove();
  },
  /** Time from insertion to all badges, longest task and peak heap in that window. */
  async annotate(n, screen = false) {
    await new Promise((r) => setTimeout(r, 50));
    const base = this.gc();
    peak = base; sampling = true; requestAnimationFrame(sample);
    const lt0 = longtasks.length, lf0 = loafs.length;
    const { t0, t1, done } = this.insert(n, n, screen);
    // The page's own first frame with the new cards: after it is rendered (rAF, then a task).
    let painted = null;
    requestAnimationFrame(() => setTimeout(() => { painted = performance.now(); }, 0));
    const end = await Promise.race([done, new Promise((r) => setTimeout(() => r(-1), 30000))]);
    await new Promise((r) => setTimeout(r, 150)); // late long-task entries, the last frame
    sampling = false;
    peak = Math.max(peak, heap());
    const lts = longtasks.slice(lt0).filter(([s]) => s >= t0 - 1);
    const lfs = loafs.slice(lf0).filter(([s, d]) => s + d >= t0);
    return {
      ms: end < 0 ? null : end - t1, insertMs: t1 - t0, badges, paintedMs: painted == null ? null : painted - t1,
      longestTask: lts.reduce((m, [, d]) => Math.max(m, d), 0), longTasks: lts.length,
      longestFrame: lfs.reduce((m, [, d]) => Math.max(m, d), 0), longestExtScript: lfs.reduce((m, [, , x]) => Math.max(m, x), 0),
      heapBase: base, heapPeak: peak,
    };
  },
  settingsStatus() { return settings ? { changed: settings.changed.size, total: settings.before.size, badges } : null; },
  /** The page's own cost, without any extension: insertion of n cards, longest task until idle. */
  async alone(n) {
    const lt0 = longtasks.length;
    const { t0 } = this.insert(n, 0);
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await new Promise((r) => setTimeout(r, 200));
    const lts = longtasks.slice(lt0).filter(([s]) => s >= t0 - 1);
    return { longestTask: lts.reduce((m, [, d]) => Math.max(m, d), 0), longTasks: lts.length };
  },
  /** Arms the settings watcher: resolves (epoch ms) when every badge's attribute has changed. */
  armSettings(screen = false) {
    const before = new Map();
    const scope = screen ? onScreen().flatMap((c) => [...c.getElementsByTagName('rac-badge')]) : document.getElementsByTagName('rac-badge');
    for (const b of scope) before.set(b, b.getAttribute('data-out-of-pocket-cents'));
    const lt0 = longtasks.length;
    this.settingsDone = new Promise((resolve) => { settings = { before, changed: new Set(), resolve }; })
      .then(async (epoch) => {
        await new Promise((r) => setTimeout(r, 120));
        const lts = longtasks.slice(lt0);
        return { epoch, count: before.size, longestTask: lts.reduce((m, [, d]) => Math.max(m, d), 0) };
      });
    return before.size;
  },
};
})();`;
}
