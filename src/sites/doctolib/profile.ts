// Doctolib profile pages (`/<specialite>/<ville>/<slug>[?pid=practice-N]`, docs/sites.md §1.4):
// one listing per practice block holding a "Tarifs et remboursement(s)" heading: the sector
// sentence near the heading, fee rows `.dl-profile-fee` (`.dl-profile-fee-name` /
// `.dl-profile-fee-tag`), else the `li`s under a heading that starts with "Tarif", else the blocks
// after a "Tarif de la consultation" heading. Key: `doctolib:/<specialite>/<ville>/<slug>?pid=<pid>`.
import type { Listing, FeeRow } from '../../detect/types';
import { fold, isInsideSkipped, normalizeSpace, rootElement, selectAll, textBlocks, textOf, docOf, type TextBlock } from '../../detect/text';
import type { SectorResult } from '../../detect/parse-sector';
import { findFee, labelBeforeFee, parseFee } from '../../detect/parse-fee';
import { labelFromSlug, matchSpecialty, normalizeSpecialty } from '../../detect/specialty';
import { infoOf, sectorFromBlocks, toListing } from '../../detect/common';
import { withProfession } from './profession';
import { segments } from './urls';
import { FEE_DIALOG_TITLE, FEE_NAME, FEE_ROW, FEE_TAG, FEE_TITLE, HEADINGS, PRACTICE_TITLE, TITLE_EXACT } from './labels';

/** What is left before a floor price ("À partir de 45 €"): not a label. */
const FLOOR_WORD = /^(?:à partir de|dès|de)$/i;
function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function foldedTitle(el: Element): string {
  return fold(textOf(el, 200)).replace(/[:.»]+$/, '').trim();
}

/** A fee row from a `li` or block: the fee text, the label around it. */
function feeFromElement(el: Element, fallbackLabel: string): FeeRow | null {
  const name = el.querySelector(FEE_NAME);
  const tag = el.querySelector(FEE_TAG);
  if (tag !== null) {
    const fee = parseFee(textOf(tag, 300));
    if (fee === null) return null;
    const label = name !== null ? textOf(name, 300) : labelBeforeFee(textOf(el, 300));
    return { label: label !== '' ? label : fallbackLabel, min: fee.min, max: fee.max, anchor: el };
  }
  const blocks = textBlocks(el).filter((b) => b.text.length <= 300);
  if (blocks.length === 0) return null;
  // "label \n price" on separate blocks, or "Consultation : 60 €" in one.
  let feeIdx = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (findFee((blocks[i] as TextBlock).text) !== null) {
      feeIdx = i;
      break;
    }
  }
  if (feeIdx < 0) return null;
  // Two amounts in two blocks of one row: ambiguous.
  for (let i = 0; i < feeIdx; i++) if (findFee((blocks[i] as TextBlock).text) !== null) return null;
  const feeBlock = blocks[feeIdx] as TextBlock;
  const fee = findFee(feeBlock.text);
  if (fee === null) return null;
  const before = blocks.slice(0, feeIdx).map((b) => b.text);
  const inline = labelBeforeFee(feeBlock.text);
  const label = normalizeSpace([...before, FLOOR_WORD.test(inline) ? '' : inline].join(' '));
  return { label: label !== '' ? label : fallbackLabel, min: fee.min, max: fee.max, anchor: el };
}

interface Practice {
  /** The "Tarifs et remboursement" heading (or the first fee heading when there is none). */
  heading: Element;
  /** The largest block holding this practice only. */
  scope: Element;
}

/** A profile page's section titles. */
interface Headings {
  /** Every heading in document order: h1–h6 / role=heading, and short blocks that are a title. */
  all: Element[];
  /** The blocks that are a title without being a heading element, with their folded text. */
  blocks: Map<Element, string>;
}

/** What every practice of a profile page is read against. */
interface ProfilePage {
  root: ParentNode;
  url: URL;
  /** The element read: the document's body, or a detached root. */
  top: Element;
  body: Element;
  headings: Headings;
  /** Each practice's heading (see practiceAnchors). */
  anchors: Element[];
  practices: Practice[];
  /** `.dl-profile-fee` rows of the page. */
  feeRows: Element[];
  name: string;
  specialtyLabel: string;
}

/** Folded title text of a heading; for block titles, the block's own text. */
function headingText(h: Headings, el: Element): string {
  return h.blocks.get(el) ?? foldedTitle(el);
}

/** h1–h6 / role=heading, plus short blocks whose whole text is a section title (the markup drifts; the French titles are what stays). */
function profileHeadings(top: Element): Headings {
  const byTag = selectAll(top, HEADINGS).filter((h) => !isInsideSkipped(h));
  const tagged = new Set(byTag);
  const blocks = new Map<Element, string>();
  for (const b of textBlocks(top)) {
    if (b.text.length > 40 || tagged.has(b.el) || b.el === top) continue;
    const t = fold(b.text).replace(/[:.»]+$/, '').trim();
    if (!TITLE_EXACT.test(t) || byTag.some((h) => h.contains(b.el) || b.el.contains(h))) continue;
    blocks.set(b.el, t);
  }
  return { all: [...byTag, ...blocks.keys()].sort(byDocumentOrder), blocks };
}

/**
 * One heading per practice: "Tarifs et remboursement" headings (the outermost of nested
 * matches), and "Secteur de conventionnement" ones that no such heading's block holds; else the
 * first fee heading, else the first fee row; [] when the page has none.
 */
function practiceAnchors(h: Headings, feeRows: Element[]): Element[] {
  let trHeadings = h.all.filter((el) => PRACTICE_TITLE.test(headingText(h, el)));
  trHeadings = trHeadings.filter((el) => !trHeadings.some((o) => o !== el && o.contains(el)));
  const tr = trHeadings.filter((el) => /^tarif/.test(headingText(h, el)));
  const sect = trHeadings.filter((el) => !/^tarif/.test(headingText(h, el)) && !tr.some((t) => t.parentElement?.parentElement?.contains(el)));
  const anchors = [...tr, ...sect].sort(byDocumentOrder);
  if (anchors.length > 0) return anchors;
  const feeHeading = h.all.find((el) => FEE_TITLE.test(headingText(h, el)));
  if (feeHeading !== undefined) return [feeHeading];
  return feeRows[0] !== undefined ? [feeRows[0]] : [];
}

/** Each practice's scope: climb while the ancestor holds no other practice heading. */
function practicesOf(anchors: Element[], top: Element): Practice[] {
  return anchors.map((heading) => {
    let scope: Element = heading;
    while (scope.parentElement !== null && scope !== top) {
      const parent: Element = scope.parentElement;
      if (anchors.some((o) => o !== heading && parent.contains(o))) break;
      scope = parent;
      if (scope === top) break;
    }
    return { heading, scope };
  });
}

/** Name and specialty from the profile header (the URL's specialty slug as a last resort). */
function profileHeader(doc: Document | null, url: URL): { name: string; specialtyLabel: string } {
  const h1 = doc?.querySelector('h1') ?? null;
  // `[itemprop=name]` inside the h1 only: breadcrumbs also use itemprop="name".
  const nameEl = h1?.querySelector('[itemprop="name"]') ?? h1;
  const name = nameEl !== null && !isInsideSkipped(nameEl) ? textOf(nameEl, 300) : '';
  let specialtyLabel = '';
  const specEl = doc?.querySelector('.dl-profile-header-speciality') ?? null;
  if (specEl !== null) specialtyLabel = textOf(specEl, 300);
  else if (h1 !== null) {
    const headerBlocks = textBlocks(h1.parentElement ?? h1).slice(0, 6);
    specialtyLabel = headerBlocks.find((b) => !h1.contains(b.el) && matchSpecialty(b.text) !== null)?.text ?? '';
  }
  const slug = segments(url.pathname)[0];
  if (specialtyLabel === '' && slug !== undefined) specialtyLabel = labelFromSlug(slug);
  return { name, specialtyLabel };
}

export function readProfile(root: ParentNode, url: URL): Listing[] {
  const doc = docOf(root);
  const body = doc?.body ?? rootElement(root);
  if (body === null || body === undefined) return [];
  const top = (root as Node).nodeType === 1 && !(doc?.contains(root as Node) ?? false) ? (root as Element) : body;
  const headings = profileHeadings(top);
  const feeRows = selectAll(top, FEE_ROW).filter((r) => !isInsideSkipped(r));
  const anchors = practiceAnchors(headings, feeRows);
  if (anchors.length === 0) return [];
  const page: ProfilePage = {
    root, url, top, body, headings, anchors, feeRows,
    practices: practicesOf(anchors, top),
    ...profileHeader(doc, url),
  };
  const ids = practiceIds(page);
  const out: Listing[] = [];
  page.practices.forEach((p, i) => {
    const listing = readPractice(page, p, ids[i] ?? null);
    if (listing !== null) out.push(listing);
  });
  for (const dialog of feeDialogs(body)) {
    // Subtree calls: only a dialog the root touches.
    const r = root as Node;
    if (r.nodeType === 1 && r !== top && !dialog.contains(r) && !(r as Element).contains(dialog)) continue;
    const i = dialogOwner(page, dialog, ids);
    const owner = readPractice(page, page.practices[i] as Practice, ids[i] ?? null, true);
    if (owner !== null) out.push(...dialogListing(owner, dialog));
  }
  return out;
}

/** One practice's listing; null when a subtree call does not touch it (unless `always`). */
function readPractice(page: ProfilePage, p: Practice, pid: string | null, always = false): Listing | null {
  const { sector, sectorEl, localBlocks } = practiceSector(page, p);
  const fees = practiceFees(page, p);
  const specialty = normalizeSpecialty(page.specialtyLabel, sector?.sector ?? 'unknown');
  const path = `/${segments(page.url.pathname).slice(0, 3).join('/')}`;
  // Container: the smallest block holding the heading, the sector and every fee row.
  let container: Element = p.heading.parentElement ?? p.heading;
  const parts: Element[] = [p.heading, ...(sectorEl !== null ? [sectorEl] : []), ...fees.map((f) => f.anchor as Element)];
  while (!parts.every((x) => container.contains(x)) && container.parentElement !== null && container !== p.scope) {
    container = container.parentElement;
  }
  const anchor = sectorEl ?? p.heading;
  // Subtree calls: only the practices the root touches.
  const r = page.root as Node;
  if (!always && r.nodeType === 1 && r !== page.top && !(p.scope.contains(r) || (r as Element).contains(p.heading) || (r as Element).contains(anchor))) {
    return null;
  }
  const key = `doctolib:${path}${pid !== null ? `?pid=${pid}` : ''}`;
  const { name, specialtyLabel } = page;
  const listing = toListing('doctolib', { anchor, container, key, name, specialtyLabel, specialty, sector, fees, info: infoOf(localBlocks) });
  return withProfession(listing, segments(page.url.pathname)[0], sector);
}

/**
 * A practice's sector, read in the heading's section — its parent, else up to two more levels,
 * never a level that holds another practice or the whole page ("Autres soignants" suggestions
 * and other cards elsewhere on the page carry sector lines too) — and that section's blocks.
 */
function practiceSector(page: ProfilePage, p: Practice): { sector: SectorResult | null; sectorEl: Element | null; localBlocks: TextBlock[] } {
  const levels: Element[] = [];
  for (let el = p.heading.parentElement, n = 0; el !== null && n < 3; el = el.parentElement, n++) {
    if (el === page.top || el === page.body || el.localName === 'main' || !p.scope.contains(el)) break;
    if (page.anchors.some((o) => o !== p.heading && el?.contains(o) === true)) break;
    levels.push(el);
  }
  if (levels.length === 0 && p.heading !== page.top) levels.push(p.heading);
  const localBlocks = textBlocks(levels[levels.length - 1] as Element);
  for (const s of levels) {
    const found = sectorFromBlocks(textBlocks(s));
    if (found.result !== null) return { sector: found.result, sectorEl: found.el, localBlocks };
  }
  return { sector: null, sectorEl: null, localBlocks };
}

/** A practice's fees: its `.dl-profile-fee` rows, else what its "Tarif…" headings list. */
function practiceFees(page: ProfilePage, p: Practice): FeeRow[] {
  const fees: FeeRow[] = [];
  const seen = new Set<Element>();
  const push = (row: FeeRow | null): void => {
    if (row === null || row.anchor === undefined || seen.has(row.anchor)) return;
    seen.add(row.anchor);
    fees.push(row);
  };
  const rows = page.feeRows.filter((r) => p.scope.contains(r));
  for (const r of rows) push(feeFromElement(r, 'Consultation'));
  if (rows.length > 0) return fees;
  const h = page.headings;
  for (const heading of h.all) {
    if (p.scope.contains(heading) && FEE_TITLE.test(headingText(h, heading))) feesUnderHeading(h, heading, push);
  }
  return fees;
}

/** The `li`s under a "Tarif…" heading, else the blocks after it ("Tarif de la consultation" + "À partir de 45 €"). */
function feesUnderHeading(h: Headings, heading: Element, push: (row: FeeRow | null) => void): void {
  const parent = heading.parentElement;
  if (parent === null) return;
  const title = h.blocks.has(heading) ? normalizeSpace(heading.firstChild?.textContent ?? '') || 'Tarifs' : textOf(heading, 200);
  const items: Element[] = [];
  for (const child of [...Array.from(parent.children), ...Array.from(heading.children)]) {
    if (child.localName === 'ul' || child.localName === 'ol') {
      for (const li of Array.from(child.children)) if (li.localName === 'li' && !isInsideSkipped(li)) items.push(li);
    }
  }
  if (items.length > 0) {
    for (const li of items) push(feeFromElement(li, title));
    return;
  }
  for (const b of textBlocks(parent)) {
    if (heading.contains(b.el) || b.el === parent || b.text.length > 200) continue;
    const fee = findFee(b.text);
    if (fee === null) continue;
    const inline = labelBeforeFee(b.text);
    const label = inline !== '' && !FLOOR_WORD.test(inline) ? inline : title;
    push({ label, min: fee.min, max: fee.max, anchor: b.el });
  }
}

/**
 * Each practice's id: an ancestor attribute "practice-N", else the URL's (one practice), else
 * the i-th "Lieu N" link's (a link whose href is not a URL is passed over), else `lieu-N`.
 */
function practiceIds(page: ProfilePage): (string | null)[] {
  const { practices, url } = page;
  const urlPid = url.searchParams.get('pid');
  const links = selectAll(page.body, 'a[href*="pid="]').filter((a) => /^lieu \d+$/.test(fold(textOf(a, 50))));
  return practices.map((p, i) => {
    const pid = practiceIdOf(p.scope);
    if (pid !== null) return pid;
    if (practices.length === 1) return urlPid !== null && urlPid !== '' ? urlPid : null;
    const href = links.length === practices.length ? links[i]?.getAttribute('href') : null;
    return (href != null ? pidOfHref(href, url) : null) ?? `lieu-${i + 1}`;
  });
}

/** "practice-N" from the scope or an ancestor's attributes. */
function practiceIdOf(scope: Element): string | null {
  for (let el: Element | null = scope; el !== null; el = el.parentElement) {
    for (const attr of ['data-practice-id', 'id', 'data-test-id', 'data-pid']) {
      const v = el.getAttribute(attr);
      const m = v !== null ? /practice-(\d+)/.exec(v) ?? (attr === 'data-practice-id' ? /^(\d+)$/.exec(v) : null) : null;
      if (m !== null) return `practice-${m[1] ?? ''}`;
    }
  }
  return null;
}

function pidOfHref(href: string, base: URL): string | null {
  try {
    return new URL(href, base).searchParams.get('pid');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The fee dialog ("Voir les tarifs" → "Détail des honoraires — Actes et soins les plus fréquents
// chez ce soignant", docs/sites.md §1.2): the one dialog the reader reads. Its rows belong to the
// practice whose button opened it; they get a listing of their own (key `…#honoraires`, container
// the dialog), so that their badges live inside the dialog and go with it. Help dialogs and
// tooltips stay skipped (text.ts).

const OPEN_DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** The dialog's title: its aria-labelledby element's text, else its first heading's. */
function dialogTitle(dialog: Element): string {
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((x) => x !== '');
  const labelled = ids.map((id) => dialog.ownerDocument.getElementById(id)).find((el): el is HTMLElement => el !== null && dialog.contains(el));
  const heading = labelled ?? dialog.querySelector(HEADINGS);
  return heading != null ? fold(textOf(heading, 200)).replace(/[:.»]+$/, '').trim() : '';
}

/**
 * True when `el` is in a part of the dialog that is not its content: hidden, a tooltip, a dialog
 * in the dialog. (The dialog's own wrappers carry "modal" class names: not a reason here.)
 */
function skippedWithin(el: Element, dialog: Element): boolean {
  for (let a: Element | null = el; a !== null && a !== dialog; a = a.parentElement) {
    if (a.hasAttribute('hidden') || a.getAttribute('aria-hidden') === 'true') return true;
    if (/^(?:tooltip|dialog|alertdialog)$/.test((a.getAttribute('role') ?? '').trim().toLowerCase())) return true;
    if (/tooltip|popover|qtip/i.test(a.getAttribute('class') ?? '') || /display\s*:\s*none/i.test(a.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** True for an open dialog whose title is one of the fee-dialog titles. */
export function isFeeDialog(el: Element): boolean {
  if (!el.matches(OPEN_DIALOG) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return false;
  return FEE_DIALOG_TITLE.test(dialogTitle(el));
}

/** The fee dialog holding `el`, or null. */
export function feeDialogOf(el: Element): Element | null {
  for (let d = el.closest(OPEN_DIALOG); d !== null; d = d.parentElement?.closest(OPEN_DIALOG) ?? null) if (isFeeDialog(d)) return d;
  return null;
}

/** The open fee dialogs of the page, outermost only, none inside a part that is never read for other reasons. */
function feeDialogs(body: Element): Element[] {
  return selectAll(body, OPEN_DIALOG).filter((d) => isFeeDialog(d) && !(d.parentElement !== null && isInsideSkipped(d.parentElement) && feeDialogOf(d.parentElement) === null));
}

/**
 * Which practice opened the dialog: the one holding the button that controls it (aria-controls,
 * or aria-expanded="true"), else the practice of the page's URL (`?pid=`), else the first.
 */
function dialogOwner(page: ProfilePage, dialog: Element, ids: readonly (string | null)[]): number {
  const id = dialog.getAttribute('id');
  const openers = selectAll(page.body, 'button, a, [role="button"]').filter(
    (b) => (id !== null && id !== '' && b.getAttribute('aria-controls') === id) || b.getAttribute('aria-expanded') === 'true',
  );
  for (const b of openers) {
    const i = page.practices.findIndex((p) => p.scope.contains(b));
    if (i >= 0) return i;
  }
  const pid = page.url.searchParams.get('pid');
  const byUrl = pid !== null ? ids.indexOf(pid) : -1;
  return byUrl >= 0 ? byUrl : 0;
}

/** The dialog's fee rows: its `li`s or `.dl-profile-fee` rows, else its short blocks with one amount. */
function dialogFees(dialog: Element): FeeRow[] {
  const fees: FeeRow[] = [];
  const rows = selectAll(dialog, `${FEE_ROW}, li`).filter((r) => !skippedWithin(r, dialog) && !(r.localName === 'li' && r.querySelector(FEE_ROW) !== null));
  for (const r of rows) {
    const row = feeFromElement(r, 'Consultation');
    if (row !== null) fees.push(row);
  }
  if (rows.length > 0) return fees;
  for (const b of textBlocks(dialog)) {
    if (b.el === dialog || b.text.length > 200 || skippedWithin(b.el, dialog)) continue;
    const fee = findFee(b.text);
    const label = fee !== null ? labelBeforeFee(b.text) : '';
    if (fee !== null && label !== '' && !FLOOR_WORD.test(label)) fees.push({ label, min: fee.min, max: fee.max, anchor: b.el });
  }
  return fees;
}

/** The dialog's listing: its owner's practitioner and sector, the dialog's rows. */
function dialogListing(owner: Listing, dialog: Element): Listing[] {
  const fees = dialogFees(dialog);
  if (fees.length === 0) return [];
  const heading = dialog.querySelector(HEADINGS) ?? dialog;
  return [{ ...owner, key: `${owner.key}#honoraires`, anchor: heading, container: dialog, fees }];
}
