// The structure of a page around some elements, with no page text: what a self-check report
// carries so that a developer can see how a site changed without anyone being revealed.
//
// One line per element — tag, class tokens, `data-*` attribute names (a value only when a reader
// looks for it, e.g. `data-design-system-component="Card"`), a role, a link's route shape — and one
// line per text, replaced by its kind (`‹name›`, `‹amount›`, `‹sector label: secteur-2›`…).
// Indented by two spaces per level. Never an attribute value that could hold a name, an id, an
// address or a query (`aria-label`, `alt`, `title`, `id` appear by name only; ids in class tokens are
// dropped). Capped in lines and characters. scripts/fixture-from-report.mjs reads it back.

export interface SkeletonInput {
  /** The elements the skeleton is about (signals); the first two decide the region shown. */
  focus: readonly Element[];
  /** The kind a text stands for (never the text itself). */
  kindOf(text: string, parent: Element): string;
  /** A link's route shape (no value of the page's own). */
  hrefShape(href: string): string;
  /** Attribute values a reader looks for: kept verbatim (`Card`, `hcp-results`, `regular/euro-sign`). */
  knownValues: ReadonlySet<string>;
  maxLines?: number;
  maxChars?: number;
}

export interface Skeleton {
  lines: string[];
  truncated: boolean;
}

/** Not shown below their own line (their content is code, or ours). */
const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea']);
/** Ours: the badges and the Comparer are not the site's structure. */
const OURS = new Set(['rac-badge', 'rac-compare']);
/** How far above a single focus element the region starts. */
const CLIMB = 4;
/** Ancestors of the region printed above it. */
const MAX_ANCESTORS = 8;
/** Children of one element shown collapsed (one line each) before "… N more". */
const MAX_COLLAPSED = 2;
/** Levels expanded below the region. */
const MAX_DEPTH = 14;
const ATTR_NAME = /^[a-z][a-z0-9_.:-]{0,40}$/;
const CLASS_TOKEN = /^-?[A-Za-z_][A-Za-z0-9_-]{0,39}$/;
/** Hidden-state attributes the readers look at, kept with their value when it is one of these. */
const STATE_VALUES: Readonly<Record<string, RegExp>> = {
  'aria-hidden': /^(?:true|false)$/,
  'aria-modal': /^(?:true|false)$/,
  role: /^[a-z]{1,20}$/,
  rel: /^[a-z]{1,12}(?: [a-z]{1,12}){0,2}$/,
  itemprop: /^[A-Za-z]{1,30}$/,
  type: /^[a-z]{1,20}(?:\/[a-z+.-]{1,30})?$/,
};
/** Attributes shown by name only (their value is page text). */
const NAME_ONLY = new Set(['id', 'aria-label', 'alt', 'title', 'hidden', 'aria-labelledby', 'aria-describedby', 'name', 'value', 'placeholder', 'src', 'action']);

function isData(name: string): boolean {
  return name.startsWith('data-');
}

/** The line of one element: `tag.class[attr][data-x="Card"][href="/:specialty/:city/:slug?pid"]`. */
export function elementLine(el: Element, input: SkeletonInput): string {
  const tag = /^[a-z][a-z0-9-]{0,30}$/.test(el.localName) ? el.localName : 'x-element';
  let s = tag;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => CLASS_TOKEN.test(t) && !/\d{4,}/.test(t));
  for (const c of classes.slice(0, 10)) s += `.${c}`;
  let n = 0;
  for (const attr of Array.from(el.attributes)) {
    if (n >= 12) break;
    const name = attr.name.toLowerCase();
    // A name with an id in it (`data-practice-673110`) is left out like a value.
    if (name === 'class' || !ATTR_NAME.test(name) || /\d{4,}/.test(name)) continue;
    const value = attr.value;
    if (isData(name)) {
      s += known(value, input.knownValues) ? `[${name}="${value}"]` : `[${name}]`;
    } else if (name === 'href' && tag === 'a') {
      s += `[href="${input.hrefShape(value)}"]`;
    } else if (name === 'style') {
      if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(value)) s += '[style="display:none"]';
      else continue;
    } else if (STATE_VALUES[name] !== undefined) {
      s += (STATE_VALUES[name] as RegExp).test(value) ? `[${name}="${value}"]` : `[${name}]`;
    } else if (NAME_ONLY.has(name) || name.startsWith('aria-')) {
      s += `[${name}]`;
    } else continue;
    n++;
  }
  return s;
}

function known(value: string, values: ReadonlySet<string>): boolean {
  if (value.length > 60 || /["\\\n]/.test(value)) return false;
  if (values.has(value)) return true;
  // Icon families: `regular/euro-sign`, `solid/hospital` for a rule that ends with the name.
  const slash = value.lastIndexOf('/');
  return slash > 0 && /^[a-z-]+$/.test(value.slice(0, slash)) && values.has(value.slice(slash));
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el !== null; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

function isTop(el: Element): boolean {
  return el.localName === 'body' || el.localName === 'html' || el.parentElement === null;
}

/** The element whose subtree is shown: the first two focus elements' common ancestor, else a few levels above the first. */
export function regionOf(focus: readonly Element[]): Element | null {
  const [a, b] = focus;
  if (a === undefined) return null;
  if (b !== undefined) {
    const l = lowestCommonAncestor(a, b);
    if (l !== null && !isTop(l)) return l;
  }
  let el: Element = a;
  for (let i = 0; i < CLIMB && el.parentElement !== null && !isTop(el.parentElement); i++) el = el.parentElement;
  return el;
}

/** The skeleton of the region around `focus`, with the ancestors above it. */
export function skeleton(input: SkeletonInput): Skeleton {
  const maxLines = input.maxLines ?? 220;
  const maxChars = input.maxChars ?? 9000;
  const lines: string[] = [];
  let chars = 0;
  let truncated = false;
  const push = (depth: number, text: string): boolean => {
    if (truncated) return false;
    const line = `${'  '.repeat(depth)}${text}`;
    // One line and two characters kept for the "…" that marks a cut.
    if (lines.length >= maxLines - 1 || chars + line.length + 1 > maxChars - 2) {
      truncated = true;
      return false;
    }
    lines.push(line);
    chars += line.length + 1;
    return true;
  };
  const region = regionOf(input.focus);
  if (region === null) return { lines, truncated };

  const ancestors: Element[] = [];
  for (let el = region.parentElement; el !== null && el.localName !== 'html'; el = el.parentElement) ancestors.unshift(el);
  const shown = ancestors.slice(-MAX_ANCESTORS);
  let depth = 0;
  if (shown.length < ancestors.length) push(depth++, '…');
  for (const a of shown) push(depth++, elementLine(a, input));

  const holdsFocus = (el: Element) => input.focus.some((f) => el === f || el.contains(f));
  const walk = (el: Element, d: number, level: number): void => {
    if (truncated) return;
    const opaque = OPAQUE.has(el.localName);
    if (!push(d, elementLine(el, input))) return;
    if (opaque || level >= MAX_DEPTH) {
      if (!opaque && el.childElementCount > 0) push(d + 1, '…');
      return;
    }
    // Inside the region, children that hold no focus element are shown collapsed once the
    // region has more than a few of them (a results list: two cards open, the rest counted).
    const elements = Array.from(el.children).filter((c) => !OURS.has(c.localName));
    const many = elements.length > 4;
    let collapsed = 0;
    let expanded = 0;
    for (const node of Array.from(el.childNodes)) {
      if (truncated) return;
      if (node.nodeType === 3) {
        const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (text !== '') push(d + 1, `‹${input.kindOf(text, el)}›`);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (OURS.has(child.localName)) continue;
      if (many && level === 0 && !(holdsFocus(child) && expanded < 2)) {
        if (collapsed < MAX_COLLAPSED) push(d + 1, `${elementLine(child, input)} …`);
        collapsed++;
        continue;
      }
      if (many && level === 0) expanded++;
      walk(child, d + 1, level + 1);
    }
    if (collapsed > MAX_COLLAPSED) push(d + 1, `… ${collapsed - MAX_COLLAPSED} more`);
  };
  walk(region, depth, 0);
  if (truncated) lines.push('…');
  return { lines, truncated };
}
