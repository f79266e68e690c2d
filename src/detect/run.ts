// The guarded run of one reader: never throws, [] on anti-bot or error pages and inside dialogs,
// tooltips and hidden parts, each container once. Each site's content script bundles only its
// own reader with this; `detectListings` (index.ts) dispatches over all of them.
import type { Listing } from './types';
import type { Reader } from './reader';
import { docOf, isInsideSkipped, normalizeSpace, readPass } from './text';

export function toUrl(url: URL | string): URL | null {
  try {
    return url instanceof URL ? url : new URL(String(url));
  } catch {
    return null;
  }
}

const BLOCKED_TITLE = /\b(?:403|429|forbidden|access denied|acc[eè]s refus[eé]|retry later|too many requests|request rejected|url is rejected|captcha|attention required|just a moment)\b/i;
const BLOCKED_TEXT = /^(?:retry later|the requested url (?:is|was) rejected|access denied|forbidden|too many requests|error 403|403 forbidden|429 too many requests)\b/i;

/**
 * Anti-bot interstitials and error pages (docs/sites.md §1.6, §2.2): `<pre>Retry later</pre>`, 403/429
 * texts, "The requested URL is rejected". Cheap: the title, the first `pre`, the first heading.
 */
export function isBlockedPage(doc: Document | null): boolean {
  if (doc === null) return false;
  const title = normalizeSpace(doc.title ?? '');
  if (title !== '' && BLOCKED_TITLE.test(title)) return true;
  for (const sel of ['pre', 'h1', 'body > p']) {
    const el = doc.querySelector(sel);
    if (el === null) continue;
    const t = normalizeSpace((el.textContent ?? '').slice(0, 300));
    if (BLOCKED_TEXT.test(t)) return true;
  }
  return false;
}

export interface RunOptions {
  /** The caller already checked the page with `isBlockedPage` in this pass (one check per pass
   *  instead of one per added node: the check looks at the whole document). */
  pageChecked?: boolean;
}

/** Listings under `root` read by `reader`; see `detectListings`. */
export function runReader(reader: Reader, root: ParentNode, url: URL, options: RunOptions = {}): Listing[] {
  // One read pass: every node's skip decision and text computed once, whoever asks (text.ts).
  return readPass(() => runGuarded(reader, root, url, options));
}

function runGuarded(reader: Reader, root: ParentNode, url: URL, options: RunOptions): Listing[] {
  try {
    if (root == null || url == null) return [];
    const u = toUrl(url);
    if (u === null || !reader.matches(u)) return [];
    const node = root as Node;
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return [];
    if (node.nodeType === 1 && isInsideSkipped(node) && reader.readsInside?.(node as Element) !== true) return [];
    if (!options.pageChecked && isBlockedPage(docOf(root))) return [];
    const listings = reader.read(root, u);
    const seen = new Set<Element>();
    const out: Listing[] = [];
    for (const l of listings) {
      const c = l.container ?? l.anchor;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(l);
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * The independent parts of `root` (a results page's cards), to be read one by one so that a
 * large page is annotated in slices; `[root]` when the reader has no such notion or finds one.
 */
export function splitRoot(reader: Reader, root: ParentNode, url: URL): ParentNode[] {
  try {
    const parts = reader.split?.(root, url);
    return parts && parts.length > 1 ? parts : [root];
  } catch {
    return [root];
  }
}
