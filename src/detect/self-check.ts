// Self-check of a supported page: does the reader still understand it?
//
// Computed only when the popup asks (entrypoints/self-check.ts is injected on demand): the
// content scripts never run it, so reading stays as cheap as before and their size is unchanged.
//
// Signals — what a page of the site shows whatever its markup:
//   - sector labels: short blocks that parse-sector reads as a sector and that say "conventionné"
//     or "secteur" (Doctolib's and ameli's wording; filter options such as "Sans dépassements
//     d'honoraires" do not count), outside forms, navigation, dialogs and hidden parts;
//   - fee amounts: amounts attached to "€" in the section of a "Tarifs…"/"Honoraires…" title;
//   - profile links (result lists only): links of the site's profile URL shape, one per profile.
// Each signal is "covered" when it lies inside what the reader read: a listing's container (a fee
// amount: a fee row). The reader missed listings when signals are left uncovered; the page is then
// "not understood", with what was expected against what was found. A page whose language is not
// French is said so first: the readers read French labels only (sites.md §1.8: Doctolib's English
// labels were not found in any source).
//
// What it needs to know of a site (its rules, titles, page types, profile links) comes from the
// site's folder (src/sites/<site>/check.ts), passed in with its reader.
import type { Listing } from './types';
import type { PageKind, SiteCheck, SiteModule } from './reader';
import type { SelfCheckResult, SelfCheckVerdict, SignalCount } from '../messages';
import { isBlockedPage, runReader, toUrl } from './run';
import { fold, isInsideSkipped, normalizeSpace, textBlocks, type TextBlock } from './text';
import { MAX_SECTOR_TEXT, parseSector } from './parse-sector';
import { findFee } from './parse-fee';
import { matchSpecialty } from './specialty';
import { allTitles, GENERIC_TITLES, titleRegExp, type SectionTitles } from './titles';
import { skeleton } from './skeleton';
import { SITE_HOSTS } from '../hosts';

export type { PageKind } from './reader';

/** A sector label of the kind a listing carries (not a filter option, not "Non spécifié"). */
const SECTOR_WORDING = /\bconventionn|\bsecteur\b/;
/** Where a sector label is an option, not a practitioner's (same list as generic.ts). */
const NOT_CONTENT =
  'form, fieldset, label, nav, [role="search"], [role="navigation"], [role="listbox"], [role="option"], [role="checkbox"], [role="menu"], [role="menuitem"], [role="tab"]';
/** The titles the self-check looks for on a site: the site's own and the generic French ones. */
interface Titles {
  /** A profile's own section titles (sector, fees), next to which a sector label is the practitioner's. */
  profile: RegExp;
  /** A section title over fees. */
  fee: RegExp;
  /** Any title, for the skeleton's kinds of text. */
  any: RegExp;
}

function titlesOf(site: SectionTitles): Titles {
  return {
    profile: titleRegExp(allTitles(site, GENERIC_TITLES), 'prefix'),
    fee: titleRegExp([...site.fees, ...GENERIC_TITLES.fees], 'prefix'),
    any: titleRegExp(allTitles(site, GENERIC_TITLES), 'exact'),
  };
}
const MAX_TITLE = 60;
const MAX_AMOUNT_TEXT = 200;
/** A section bigger than this is the page, not a fee list. */
const MAX_SECTION_BLOCKS = 300;

function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '');
}

// ---------------------------------------------------------------------------------------------
// Route shape: what kind of page, never which one. Doctolib paths hold the specialty searched (a
// health detail about the user), the city and the practitioner's name; ameli's hold an id.

/** Path segments kept verbatim: the sites' own fixed words. */
const LITERAL = new Set([
  'search', 'professionnels-de-sante', 'recherche', 'recherche-1', 'nouvelle-recherche', 'booking',
  'rdv', 'profiles', 'centre-de-sante', 'cabinet-medical',
]);

function segmentShape(names: readonly string[], seg: string, i: number, count: number): string {
  if (LITERAL.has(seg)) return seg;
  if (/^liste-resultats-page-\d+-par_page-\d+-tri-[a-z_]+\.html$/.test(seg)) return seg.replace(/\d+/g, 'N');
  if (/^fiche-detaillee-/.test(seg)) return 'fiche-detaillee-:id.html';
  if (/^\d+$/.test(seg)) return ':n';
  // A lone first segment is not named: `/search`, `/dermatologue` alike.
  if (i === 0 && count < 2) return ':segment';
  return names[i] ?? ':segment';
}

/** `/:specialty/:city/:slug?pid&page`: path shape and query names, no value (`check`: the site's route names). */
export function routeShape(check: SiteCheck | null, url: URL): string {
  const seg = segments(url.pathname).slice(0, 8);
  const segmentNames = check?.routeSegments ?? [];
  const path = `/${seg.map((s, i) => segmentShape(segmentNames, s, i, seg.length)).join('/')}`;
  const names: string[] = [];
  // Parsed from `search`: Firefox's content-script wrappers make `searchParams.keys()` not iterable.
  for (const pair of url.search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    let name: string;
    try {
      name = decodeURIComponent((pair.split('=')[0] ?? '').replace(/\+/g, ' '));
    } catch {
      name = '?';
    }
    const n = /^[A-Za-z0-9_[\]%.-]{1,40}$/.test(name) ? name : '?';
    if (!names.includes(n) && names.length < 20) names.push(n);
  }
  return names.length > 0 ? `${path}?${names.join('&')}` : path;
}

/** A link's route shape, resolved against the page; a host other than a supported site's is not
 * named (a practitioner's own website carries their name). */
export function hrefShape(check: SiteCheck | null, href: string, base: URL): string {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return ':invalid';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `${u.protocol}`;
  const shape = routeShape(check, u);
  if (u.host === base.host) return shape;
  return `//${Object.values(SITE_HOSTS).some((hosts) => hosts.includes(u.hostname)) ? u.hostname : 'other-host'}${shape}`;
}

// ---------------------------------------------------------------------------------------------
// Signals

/** Folded text of a short block, its trailing punctuation removed (titles). */
function titleText(text: string): string {
  return fold(text).replace(/[:.»]+$/, '').trim();
}

/** Elements that name a practitioner or a section: what a listing's sector label sits next to. */
const NAME_LIKE = 'h1, h2, h3, h4, h5, [role="heading"], [itemprop="name"], a[href]';
/** How far above a sector label its name is looked for (twice generic.ts's climb: a card the reader no longer pairs is still seen). */
const MAX_PAIRING_CLIMB = 16;

/**
 * Sector labels that belong to one listing: a short label (no amount, not a sentence), outside
 * options and overlays, whose smallest ancestor holding a name or a title holds no other label.
 * Two labels in one box are a legend, or two practices merged: the readers do not guess those
 * (generic.ts skips them), so they are not signals either.
 */
function sectorLabelsOf(blocks: readonly TextBlock[], body: Element, page: PageKind, titles: Titles): Element[] {
  const labels: Element[] = [];
  for (const b of blocks) {
    if (b.text.length > MAX_SECTOR_TEXT || !SECTOR_WORDING.test(fold(b.text))) continue;
    if (/[.!?;]\s+\S/.test(b.text) || findFee(b.text) !== null || parseSector(b.text) === null) continue;
    if (b.el.closest(NOT_CONTENT) !== null) continue;
    labels.push(b.el);
  }
  // How many labels each ancestor holds (one climb per label, not a search per pair).
  const held = new Map<Element, number>();
  for (const el of labels) {
    for (let a = el.parentElement; a !== null && a !== body; a = a.parentElement) held.set(a, (held.get(a) ?? 0) + 1);
  }
  // On a profile, the page's practitioner is the h1 and its sections are titled: a label next to
  // another name is a suggested practitioner's ("Autres soignants à proximité"), never read.
  const ownName = (n: Element) => page !== 'profile' || n.localName === 'h1' || titles.profile.test(titleText(n.textContent ?? ''));
  return labels.filter((el) => {
    let a = el.parentElement;
    for (let i = 0; a !== null && a !== body && i < MAX_PAIRING_CLIMB; i++, a = a.parentElement) {
      if ((held.get(a) ?? 0) > 1) return false;
      const first = a.querySelector(NAME_LIKE);
      if (first === null) continue;
      const names =
        page === 'profile' || first.contains(el) ? Array.from(a.querySelectorAll(NAME_LIKE)).filter((n) => !n.contains(el)) : [first];
      if (names.length > 0) return names.some(ownName);
    }
    return false;
  });
}

/** Amounts in the section of each "Tarifs…"/"Honoraires…" title: the title's parent, else its grandparent. */
function feeAmountsOf(blocks: readonly TextBlock[], body: Element, titles: Titles): Element[] {
  const found = new Set<Element>();
  for (const b of blocks) {
    if (b.text.length > MAX_TITLE || !titles.fee.test(titleText(b.text))) continue;
    if (parseSector(b.text) !== null || findFee(b.text) !== null) continue;
    const title = b.el;
    let section = title.parentElement;
    for (let level = 0; level < 2 && section !== null && section !== body && section.localName !== 'main'; level++) {
      const inner = textBlocks(section, MAX_SECTION_BLOCKS + 1);
      if (inner.length > MAX_SECTION_BLOCKS) break;
      let any = false;
      for (const ib of inner) {
        if (ib.el === title || title.contains(ib.el) || ib.text.length > MAX_AMOUNT_TEXT) continue;
        if (findFee(ib.text) === null) continue;
        found.add(ib.el);
        any = true;
      }
      if (any) break;
      section = section.parentElement;
    }
  }
  return [...found];
}

interface ProfileLink {
  key: string;
  els: Element[];
}

function profileLinksOf(check: SiteCheck, body: Element, url: URL): ProfileLink[] {
  const own = check.profileLinkKey(url.href, url);
  const byKey = new Map<string, Element[]>();
  const anchors = body.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < 5000; i++) {
    const a = anchors[i] as Element;
    const key = check.profileLinkKey(a.getAttribute('href') ?? '', url);
    if (key === null || key === own || isInsideSkipped(a) || a.closest('nav, footer, header') !== null) continue;
    const list = byKey.get(key);
    if (list !== undefined) list.push(a);
    else byKey.set(key, [a]);
  }
  return [...byKey].map(([key, els]) => ({ key, els }));
}

/** Each rule of the reader for this page type, with its number of matches. */
function rulesOf(check: SiteCheck, page: PageKind, body: Element, blocks: readonly TextBlock[]): { id: string; count: number }[] {
  const out: { id: string; count: number }[] = [];
  for (const rule of check.rules) {
    if (rule.page !== undefined && rule.page !== page) continue;
    let count = 0;
    try {
      if (rule.selector !== undefined) count = body.querySelectorAll(rule.selector).length;
      else if (rule.title !== undefined) {
        const re = rule.title;
        count = blocks.filter((b) => b.text.length <= MAX_TITLE && re.test(titleText(b.text))).length;
      }
    } catch {
      count = 0;
    }
    out.push({ id: rule.id, count });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Texts in the skeleton: their kind only.

/** Other texts the skeleton names (they are the sites' fixed words, not data). */
const KNOWN_TEXTS =
  /^(?:moyens de paiement|carte vitale (?:non )?acceptee|tiers payant.*|informations? sur les tarifs|voir les tarifs|page (?:precedente|suivante)|lieu \d)$/;
const DISTANCE = /^\d+(?:[.,]\d+)? ?k?m$/i;
const NAME_PREFIX = /^(?:dr|docteur|pr|professeur|mme|m)\b\.?\s/i;

function kindOf(names: ReadonlySet<string>, titles: Titles, fixedTexts: RegExp | undefined) {
  return (text: string, parent: Element): string => {
    const t = normalizeSpace(text);
    if (names.has(t)) return 'name';
    const sector = t.length <= MAX_SECTOR_TEXT ? parseSector(t) : null;
    if (sector !== null) return `sector label: ${sector.rule}`;
    if (findFee(t) !== null) return 'amount';
    const title = titleText(t);
    if (t.length <= MAX_TITLE && (titles.any.test(title) || KNOWN_TEXTS.test(title) || fixedTexts?.test(title) === true)) return `title: ${title}`;
    if (NAME_PREFIX.test(t) || parent.closest('h1, h2, h3, [itemprop="name"]') !== null) return 'name';
    if (DISTANCE.test(t)) return 'distance';
    if (/\b\d{5}\b/.test(t) || /^\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av|bd|boulevard|place|chemin|route|allee|impasse|quai|cours)\b/i.test(fold(t))) return 'address';
    if (t.length <= 80 && matchSpecialty(t) !== null) return 'specialty';
    if (/^\d+$/.test(t)) return 'number';
    return 'text';
  };
}

/** Attribute values the readers look for (from their selectors): kept verbatim in the skeleton. */
function knownValuesOf(check: SiteCheck): Set<string> {
  const values = new Set<string>();
  for (const rule of check.rules) {
    for (const m of (rule.selector ?? '').matchAll(/[$^*]?="([^"]{1,60})"/g)) {
      const v = m[1] as string;
      values.add(v);
      // `[data-icon-name$="euro-sign"]`: the icon family prefix varies.
      if (m[0].startsWith('$')) values.add(`/${v.replace(/^\//, '')}`);
    }
  }
  return values;
}

// ---------------------------------------------------------------------------------------------

function count(els: readonly Element[], covered: (el: Element) => boolean): SignalCount & { missed: Element[] } {
  const missed = els.filter((el) => !covered(el));
  return { total: els.length, covered: els.length - missed.length, missed };
}

/** Language of the page: the primary subtag of `<html lang>`, lower case ('' when absent). */
export function pageLang(doc: Document): string {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const primary = /^[a-z]{2,3}(?=$|[-_])/.exec(lang)?.[0];
  return primary ?? '';
}

/**
 * The self-check of the page at `href` in `doc` by its site (src/sites `siteFor`), or null when
 * the site's reader does not handle the URL. Never throws.
 */
export function selfCheck(doc: Document, href: string, siteModule: SiteModule | null): SelfCheckResult | null {
  try {
    return selfCheckUnsafe(doc, href, siteModule);
  } catch {
    return null;
  }
}

function selfCheckUnsafe(doc: Document, href: string, siteModule: SiteModule | null): SelfCheckResult | null {
  const url = toUrl(href);
  const body = doc.body;
  if (url === null || siteModule === null || body === null || !siteModule.reader.matches(url)) return null;
  const { reader, check } = siteModule;
  const site = reader.site;
  const page = check.pageKind(url);
  const titles = titlesOf(check.titles);
  const lang = pageLang(doc);
  const blocked = isBlockedPage(doc);
  const listings: Listing[] = blocked ? [] : runReader(reader, doc, url, { pageChecked: true });
  const blocks = textBlocks(body, 20_000);

  // Coverage by climbing from the signal (linear in the page, even with 1 000 cards).
  const { containers, inListing, inSectorRead, inFee } = coverageOf(listings);

  const labelEls = sectorLabelsOf(blocks, body, page, titles);
  const amountEls = check.readsFees.includes(page) ? feeAmountsOf(blocks, body, titles) : [];
  const sectorLabels = count(labelEls, inSectorRead);
  const feeAmounts = count(amountEls, inFee);
  const links = page === 'search' ? profileLinksOf(check, body, url) : [];
  const missedLinks = links.filter((l) => !l.els.some(inListing));
  const profileLinks: SignalCount = { total: links.length, covered: links.length - missedLinks.length };

  const feesRead = listings.reduce((n, l) => n + l.fees.length, 0);
  // Readers that list every card, sector or not, lose a listing with each profile link missed.
  const linksCount = check.listsEveryCard ? missedLinks.length : 0;
  // An anti-bot or error page: what it shows is not the site's page (nothing was expected of it).
  const missedListings = blocked ? 0 : Math.max(sectorLabels.missed.length, linksCount);
  const missedFees = blocked ? 0 : feeAmounts.missed.length;

  let verdict: SelfCheckVerdict;
  if (blocked) verdict = 'blocked';
  else if (lang !== '' && lang !== 'fr') verdict = 'language';
  else if (missedListings > 0 || missedFees > 0) verdict = 'not-understood';
  else verdict = listings.length > 0 ? 'ok' : 'empty';

  // The skeleton shows what was missed first, else what was read.
  const missed = [...sectorLabels.missed, ...(linksCount > 0 ? missedLinks.map((l) => l.els[0] as Element) : []), ...feeAmounts.missed];
  const all = [...labelEls, ...amountEls];
  const focus = (missed.length > 0 ? missed : all.length > 0 ? all : [...containers]).slice(0, 2);
  const names = new Set(listings.map((l) => l.name ?? '').filter((n) => n !== ''));
  const sk = skeleton({
    focus,
    kindOf: kindOf(names, titles, check.fixedTexts),
    hrefShape: (h) => hrefShape(check, h, url),
    knownValues: knownValuesOf(check),
  });

  return {
    v: 1,
    site,
    page,
    route: routeShape(check, url),
    lang,
    verdict,
    listings: listings.length,
    fees: feesRead,
    signals: {
      sectorLabels: { total: sectorLabels.total, covered: sectorLabels.covered },
      feeAmounts: { total: feeAmounts.total, covered: feeAmounts.covered },
      profileLinks,
    },
    expected: { listings: listings.length + missedListings, fees: feesRead + missedFees },
    rules: rulesOf(check, page, body, blocks),
    skeleton: sk.lines,
    skeletonTruncated: sk.truncated,
  };
}

/** What the reader read, as tests on an element: inside a listing, a listing that read a sector, a fee row. */
function coverageOf(listings: readonly Listing[]) {
  const containers = new Set(listings.map((l) => l.container ?? l.anchor));
  // A sector label counts as read only in a listing that read a sector.
  const withSector = new Set(listings.filter((l) => l.sectorEvidence !== '').map((l) => l.container ?? l.anchor));
  const feeAnchors = new Set<Element>();
  const aboveFees = new Set<Element>();
  const unanchored = new Set<Element>();
  for (const l of listings) {
    for (const f of l.fees) {
      if (f.anchor === undefined) unanchored.add(l.container ?? l.anchor);
      else {
        feeAnchors.add(f.anchor);
        for (let a = f.anchor.parentElement; a !== null && !aboveFees.has(a); a = a.parentElement) aboveFees.add(a);
      }
    }
  }
  const within = (el: Element, set: ReadonlySet<Element>) => {
    for (let a: Element | null = el; a !== null; a = a.parentElement) if (set.has(a)) return true;
    return false;
  };
  const inListing = (el: Element) => within(el, containers);
  const inSectorRead = (el: Element) => within(el, withSector);
  const inFee = (el: Element) => within(el, feeAnchors) || aboveFees.has(el) || within(el, unanchored);
  return { containers, inListing, inSectorRead, inFee };
}
