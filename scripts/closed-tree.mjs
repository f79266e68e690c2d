// What the user sees in the extension's closed shadow roots, from a Chrome DevTools Protocol DOM
// tree (`DOM.getDocument({ depth: -1, pierce: true })`), which page scripts do not have. Used by
// the e2e harness on the production build and by `npm start`'s summary.

/** Badges (summary and open panel) and the Comparer (toggle and items), in document order. */
export function readClosedTree(doc) {
  const attr = (n, name) => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return null;
  };
  const hasClass = (n, c) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);
  const kids = (n) => [...(n.shadowRoots ?? []), ...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])];
  const find = (n, pred, out = []) => {
    if (pred(n)) out.push(n);
    for (const k of kids(n)) find(k, pred, out);
    return out;
  };
  const text = (n) => (n.nodeType === 3 ? n.nodeValue : kids(n).map(text).join(''));
  const first = (n, c) => find(n, (x) => hasClass(x, c))[0];
  const shadowOf = (host) => host.children?.find((c) => c.shadowRoots?.length)?.shadowRoots[0] ?? null;
  const badges = find(doc, (n) => n.localName === 'rac-badge').map((host) => {
    const root = shadowOf(host);
    const panel = root && first(root, 'panel');
    return {
      text: root ? text(first(root, 'text') ?? { nodeType: 1 }) : null,
      panel: panel ? text(panel) : null,
      shadowMode: root?.shadowRootType ?? null,
    };
  });
  const compareHost = find(doc, (n) => n.localName === 'rac-compare')[0];
  const compareRoot = compareHost && shadowOf(compareHost);
  const compare = compareRoot
    ? {
        toggle: text(first(compareRoot, 'toggle') ?? { nodeType: 1 }),
        items: find(compareRoot, (n) => hasClass(n, 'item')).map((i) => ({ name: text(first(i, 'name')), amount: text(first(i, 'amount')) })),
        shadowMode: compareRoot.shadowRootType,
      }
    : null;
  return { badges, compare };
}
