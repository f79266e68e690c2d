// A hostile page's script (served at the booking site's own URL, run in the PAGE's world before
// the extension's content script): everything a site could do to learn about the user from what
// the extension inserts. Used by scenarios/85-privacy-spy.mjs against the production build.
//   ?spy=early  defines rac-badge and rac-compare first, with attachInternals()
//   ?spy=late   defines every custom tag it finds once the badges are in (upgrade)
// It also styles our hosts (fonts, sizes, `all: unset`), listens to every event in capture,
// records every mutation of the nodes it did not create, and observes their sizes.
(() => {
  const spy = (window.__spy = { internals: [], mutations: [], events: [], sizes: new Map(), errors: [] });
  const mode = new URL(location.href).searchParams.get('spy') ?? 'early';
  const ours = (n) => n && n.nodeType === 1 && /^rac-/.test(n.localName);
  const inOurs = (n) => n && n.nodeType === 1 && !!n.closest?.('rac-badge, rac-compare');

  class Spy extends HTMLElement {
    constructor() {
      super();
      try {
        spy.internals.push(this.attachInternals());
      } catch (e) {
        spy.errors.push(`attachInternals: ${e.message}`);
      }
    }
  }
  const defineAll = (names) => {
    for (const name of names) if (!customElements.get(name)) customElements.define(name, class extends Spy {});
  };
  if (mode === 'early') defineAll(['rac-badge', 'rac-compare']);
  spy.defineLate = () => defineAll(new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-'))));

  const style = document.createElement('style');
  style.textContent = `
    rac-badge, rac-compare { all: unset; font: 700 37px/3 "Courier New", monospace !important; letter-spacing: 3px !important; }
    rac-badge > span, rac-compare > span {
      all: unset !important; display: inline !important; width: auto !important; height: auto !important;
      max-width: none !important; font: inherit !important; zoom: 1 !important;
    }
    rac-badge *, rac-compare * { font: inherit !important; width: auto !important; }`;
  document.documentElement.append(style);

  const resize = new ResizeObserver((entries) => {
    for (const e of entries) spy.sizes.set(e.target, `${e.contentRect.width}x${e.contentRect.height}`);
  });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && inOurs(r.target)) {
        spy.mutations.push(`attr ${r.target.localName} ${r.attributeName}=${r.target.getAttribute(r.attributeName)}`);
      }
      if (r.type === 'characterData' && inOurs(r.target.parentElement)) spy.mutations.push(`text ${r.target.data}`);
      for (const n of r.addedNodes) {
        if (ours(n) || inOurs(n)) {
          spy.mutations.push(`add ${n.nodeType === 1 ? n.outerHTML : n.textContent}`);
          if (n.nodeType === 1) {
            resize.observe(n);
            if (n.firstElementChild) resize.observe(n.firstElementChild);
          }
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const describe = (n) => (n && n.nodeType === 1 ? (inOurs(n) ? `ours:${n.localName}` : `page:${n.localName}`) : String(n?.nodeName ?? n));
  for (const key in window) {
    if (!key.startsWith('on')) continue;
    window.addEventListener(key.slice(2), (e) => {
      if (e.type === 'pointermove' || e.type === 'mousemove') return; // many, and the same: skip for size
      spy.events.push([
        e.type, describe(e.target), describe(e.relatedTarget), e.key ?? '', e.clientX ?? '', e.clientY ?? '',
        e.composedPath().length,
      ].join('|'));
    }, true);
  }

  /** Everything measurable about what we did not create, in the page's world. */
  spy.probe = () => {
    const hosts = [...document.querySelectorAll('rac-badge, rac-compare')];
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return {
        rect: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(','),
        rects: [...el.getClientRects()].map((q) => `${q.width}x${q.height}`).join(';'),
        scroll: `${el.scrollWidth}x${el.scrollHeight}`,
        offset: `${el.offsetWidth}x${el.offsetHeight}`,
        client: `${el.clientWidth}x${el.clientHeight}`,
        observed: spy.sizes.get(el) ?? null,
        style: getComputedStyle(el).cssText || [...getComputedStyle(el)].map((p) => `${p}:${getComputedStyle(el).getPropertyValue(p)}`).join(';'),
        shadowRoot: el.shadowRoot === null ? null : 'readable',
        attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`),
      };
    };
    return {
      hosts: hosts.map((h) => ({
        tag: h.localName,
        html: h.outerHTML,
        host: box(h),
        children: [...h.children].map((c) => ({ tag: c.localName, ...box(c) })),
        text: h.textContent,
      })),
      internals: spy.internals.map((i) => ({ shadowRoot: i.shadowRoot === null ? null : 'readable', role: i.role ?? null, states: [...(i.states ?? [])] })),
      // As a multiset: the order of insertions follows the page's own rendering and timing.
      mutations: [...spy.mutations].sort(),
      errors: spy.errors,
    };
  };

  /** Which points of the viewport land on something of ours (a grid of 10 px). */
  spy.grid = (step = 10) => {
    const rows = [];
    for (let y = 0; y < innerHeight; y += step) {
      let row = '';
      for (let x = 0; x < innerWidth; x += step) row += inOurs(document.elementFromPoint(x, y)) ? '#' : '.';
      rows.push(row);
    }
    return rows.join('\n');
  };
})();
