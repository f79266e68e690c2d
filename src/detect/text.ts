// Text helpers shared by the page readers. Pure: DOM reading only (textContent-level data, never
// innerHTML), no browser API. Page text is untrusted: it is only ever matched, never evaluated.

/** Zero-width characters dropped before matching. */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\u00ad]/g;
/** Every space-like character (JS `\s` covers U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, U+FEFF). */
const SPACES = /\s+/g;

/** NFC, zero-width characters removed, every run of space-like characters → one U+0020, trimmed. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/**
 * Matching form: normalizeSpace, lower case, accents removed, apostrophes and hyphens → space,
 * "œ" → "oe". "Établissement non-conventionné" → "etablissement non conventionne".
 */
export function fold(text: string): string {
  if (pass === null) return foldNow(text);
  // A list repeats its labels (sectors, specialties) on every card: folded once per pass.
  let f = pass.folds.get(text);
  if (f === undefined) pass.folds.set(text, (f = foldNow(text)));
  return f;
}

function foldNow(text: string): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`´ʼ‘‐‑‒–—―-]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Truncate evidence/labels kept in listings to a sane length. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------------------------
// What is never read: help dialogs, tooltips, hidden parts, scripts, the page footer, FAQ blocks.
// Sites put explanations there ("secteur 1 à 25 €…") that mention other sectors and amounts.

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'dialog', 'iframe', 'object',
  'embed', 'select', 'option', 'textarea', 'input', 'footer', 'head', 'title', 'canvas',
]);
const SKIPPED_ROLES = new Set(['dialog', 'alertdialog', 'tooltip', 'contentinfo']);
/**
 * Class/id tokens of overlays and FAQ blocks: `modal`, `dl-modal`, `ui-dialog` (jQuery UI),
 * `dl-tooltip`, `qtip`, `faq`, `dl-modal-body`… but not `tooltip-trigger` or `dl-modal-button`
 * (the element that opens the overlay may hold the label itself).
 */
const SKIPPED_TOKEN =
  /^(?:[a-z0-9]+[-_])?(?:modal|dialog|tooltip|qtip|popover|popin|faq)(?:[-_](?:content|body|container|inner|box|panel|window|overlay|root|section|block|wrapper|dialog|modal))?$/i;

/** Any of SKIPPED_TOKEN's words anywhere: most class lists have none, and are not split then. */
const SKIPPED_WORD = /modal|dialog|tooltip|qtip|popover|popin|faq/i;

function hasSkippedToken(value: string): boolean {
  if (value.length > 2000 || !SKIPPED_WORD.test(value)) return false;
  for (const token of value.split(/\s+/)) if (token !== '' && SKIPPED_TOKEN.test(token)) return true;
  return false;
}
const DISPLAY_NONE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * True when the element's subtree is never read: not page content about this practitioner
 * (dialogs, tooltips, `aria-hidden="true"`, `hidden`, inline `display:none`, footer, FAQ,
 * scripts, SVG icons, form controls).
 */
export function isSkipped(el: Element): boolean {
  if (pass === null) return skippedNow(el);
  let v = pass.skipped.get(el);
  if (v === undefined) {
    v = skippedNow(el);
    pass.skipped.set(el, v);
  }
  return v;
}

function skippedNow(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  // Most elements of a card carry a class at most: one check instead of eight attribute reads.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = el.getAttribute('class');
  if (cls !== null && hasSkippedToken(cls)) return true;
  const id = el.getAttribute('id');
  if (id !== null && hasSkippedToken(id)) return true;
  const testId = el.getAttribute('data-test-id');
  if (testId !== null && hasSkippedToken(testId)) return true;
  const style = el.getAttribute('style');
  if (style !== null && style.length < 2000 && DISPLAY_NONE.test(style)) return true;
  return false;
}

/**
 * True when `node` or one of its ancestors is skipped (O(depth)). With `stop`, the climb ends at
 * `stop` (inclusive): for elements of a card already known to be readable.
 */
export function isInsideSkipped(node: Node, stop?: Element): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // In a read pass, the whole ancestry's answer is remembered: each ancestor is looked at once per
  // pass, not once per card and per row; when nothing up to the root is skipped, nothing up to
  // `stop` is either.
  if (pass !== null && el !== null && !insideNow(el)) return false;
  while (el !== null) {
    if (isSkipped(el)) return true;
    if (el === stop) return false;
    el = el.parentElement;
  }
  return false;
}

/** What one read pass remembers per node: valid while the page does not change (one task). */
interface ReadPass {
  skipped: Map<Element, boolean>;
  /** The element or an ancestor is skipped (the whole ancestry, up to the document). */
  inside: Map<Element, boolean>;
  /** textOf's result per `max`, per root. */
  texts: Map<number, Map<Node, string>>;
  /** fold's result per text (a list repeats its labels on every card). */
  folds: Map<string, string>;
  /** perPass results, per kind, per element. */
  computed: Map<object, Map<Element, unknown>>;
}

let pass: ReadPass | null = null;

/**
 * Runs `fn` as one read pass: skip decisions, ancestry checks and texts are computed once per
 * node, however many rows, cards and helpers ask. The caller guarantees the page does not change
 * during `fn` (a synchronous read, no DOM write). Nested calls join the outer pass.
 */
export function readPass<T>(fn: () => T): T {
  if (pass !== null) return fn();
  pass = { skipped: new Map(), inside: new Map(), texts: new Map(), folds: new Map(), computed: new Map() };
  try {
    return fn();
  } finally {
    pass = null;
  }
}

/**
 * `compute()` once per read pass for `kind` and `el` (outside a pass, every time): a reader's scan
 * of a large scope that many incremental roots share (a re-render of thousands of subtrees under
 * one page section) costs one scan per pass, not one per root. `compute` must only read the page,
 * and depend on nothing else that changes within a pass.
 */
export function perPass<T>(kind: object, el: Element, compute: () => T): T {
  if (pass === null) return compute();
  let memo = pass.computed.get(kind);
  if (memo === undefined) pass.computed.set(kind, (memo = new Map()));
  if (memo.has(el)) return memo.get(el) as T;
  const v = compute();
  memo.set(el, v);
  return v;
}

/** isInsideSkipped without `stop`, memoised in the pass (iterative: no recursion limit). */
function insideNow(start: Element): boolean {
  const memo = (pass as ReadPass).inside;
  const chain: Element[] = [];
  let v: boolean | undefined;
  for (let el: Element | null = start; el !== null; el = el.parentElement) {
    v = memo.get(el);
    if (v !== undefined) break;
    if (isSkipped(el)) {
      v = true;
      memo.set(el, true);
      break;
    }
    chain.push(el);
  }
  const answer = v ?? false;
  for (const el of chain) memo.set(el, answer);
  return answer;
}

/** Purely typographic inline tags: no word boundary at their edges ("<strong>45</strong> €"). */
const GLUE_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'sup', 'sub', 'small', 'mark', 'abbr', 'wbr', 'q', 'cite', 'font']);

/** Elements that start a new text block (see `textBlocks`). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'button', 'label', 'html',
]);

export function isBlockTag(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** Hard cap on the characters collected from one subtree (a card is a few hundred). */
const MAX_TEXT = 20_000;

/**
 * Visible-ish text of an element: skipped subtrees left out, a space at element boundaries
 * (except typographic inline tags), NFC, spaces collapsed. Iterative (no recursion limit),
 * linear in the subtree size, parts joined once.
 */
export function textOf(root: Node, max = MAX_TEXT): string {
  if (pass === null) return textNow(root, max);
  let byRoot = pass.texts.get(max);
  if (byRoot === undefined) pass.texts.set(max, (byRoot = new Map()));
  let text = byRoot.get(root);
  if (text === undefined) byRoot.set(root, (text = textNow(root, max)));
  return text;
}

function textNow(root: Node, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && length < max) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      length += v.length;
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el !== root && isSkipped(el)) continue;
      if (el.localName === 'br') {
        parts.push(' ');
        continue;
      }
      const glue = GLUE_TAGS.has(el.localName);
      if (!glue) parts.push(' ');
      // Children pushed in reverse so they pop in document order; a marker adds the closing space.
      if (!glue) stack.push(SPACE_MARKER);
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k !== undefined) stack.push(k);
      }
      continue;
    }
    if (node === SPACE_MARKER) parts.push(' ');
    else if (node.nodeType === 11 || node.nodeType === 9) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k !== undefined) stack.push(k);
      }
    }
  }
  const text = normalizeSpace(parts.join(''));
  return text.length > max ? text.slice(0, max) : text;
}

/** A sentinel node object (never inserted anywhere): marks "element closed" on the stack. */
const SPACE_MARKER = { nodeType: -1 } as unknown as Node;

export interface TextBlock {
  /** The nearest block-level element holding the text (or the root). */
  el: Element;
  /** Its inline text (nested block elements are their own blocks). */
  text: string;
}

// Markers on textBlocks' stack, compared by identity (see there).
const CLOSE: { readonly close: true } = Object.freeze({ close: true });
const SPACE: { readonly space: true } = Object.freeze({ space: true });

/**
 * The page split into text blocks, in document order: each block is the inline text of one
 * block-level element (`p`, `div`, `li`, headings…), without the text of nested block elements.
 * `<li><span>Consultation</span><span>60 €</span></li>` → one block "Consultation 60 €";
 * `<div>Tarifs<ul><li>…</li></ul></div>` → "Tarifs", then the `li`. Skipped subtrees are left out.
 * Linear in the subtree size.
 */
export function textBlocks(root: Element, maxBlocks = 5000): TextBlock[] {
  interface Frame {
    el: Element;
    parts: string[];
    slot: number;
  }
  const out: (TextBlock | null)[] = [];
  const frames: Frame[] = [];
  const open = (el: Element): void => {
    frames.push({ el, parts: [], slot: out.length });
    out.push(null);
  };
  const close = (): void => {
    const f = frames.pop();
    if (f === undefined) return;
    const text = normalizeSpace(f.parts.join(''));
    if (text !== '') out[f.slot] = { el: f.el, text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text };
  };
  // Markers are compared by identity: `'close' in node` would be true for a page's <form> holding
  // a control named "close" (forms expose their controls as properties), and happy-dom throws there.
  type Item = Node | typeof CLOSE | typeof SPACE;
  const stack: Item[] = [root];
  open(root);
  while (stack.length > 0 && out.length < maxBlocks) {
    const item = stack.pop() as Item;
    if (item === CLOSE) {
      close();
      continue;
    }
    if (item === SPACE) {
      frames[frames.length - 1]?.parts.push(' ');
      continue;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      frames[frames.length - 1]?.parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isSkipped(el)) continue;
    if (el.localName === 'br') {
      frames[frames.length - 1]?.parts.push(' ');
      continue;
    }
    const kids = el.childNodes;
    if (el !== root && BLOCK_TAGS.has(el.localName)) {
      frames[frames.length - 1]?.parts.push(' ');
      open(el);
      stack.push(CLOSE);
    } else if (!GLUE_TAGS.has(el.localName)) {
      frames[frames.length - 1]?.parts.push(' ');
      stack.push(SPACE);
    }
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k !== undefined) stack.push(k);
    }
  }
  while (frames.length > 0) close();
  return out.filter((b): b is TextBlock => b !== null);
}

/** The element or its nearest ancestor (inclusive) matching `selector`, not crossing `stop`. */
export function closestWithin(el: Element, selector: string, stop?: Element | null): Element | null {
  const found = el.closest(selector);
  if (found === null) return null;
  if (stop != null && !stop.contains(found)) return null;
  return found;
}

/** The Element for a ParentNode root (the document element for a Document). */
export function rootElement(root: ParentNode): Element | null {
  if ((root as Node).nodeType === 1) return root as Element;
  if ((root as Node).nodeType === 9) return (root as Document).documentElement;
  return null;
}

/** The owner document of any node (the node itself for a Document). */
export function docOf(root: ParentNode): Document | null {
  const n = root as Node;
  if (n.nodeType === 9) return n as Document;
  return n.ownerDocument;
}

/** Every element matching `selector` in `root` (inclusive of `root` itself), in document order. */
export function selectAll(root: ParentNode, selector: string): Element[] {
  const list: Element[] = [];
  const n = root as Node;
  if (n.nodeType === 1 && (n as Element).matches(selector)) list.push(n as Element);
  for (const el of Array.from(root.querySelectorAll(selector))) list.push(el);
  return list;
}
