// Maiia (www.maiia.com) — docs/sites.md §3. Visible strings and DOM were not found: the generic text
// reader (generic.ts) does the work. When it finds nothing on a whole-page read, the page's
// `script#__NEXT_DATA__` (JSON already in the DOM: JSON.parse in try/catch, size cap, bounded walk,
// no eval) may give `publicInformation.conventionSectors` and `pricing[]` of the ONE practitioner
// whose name is the page's h1 — never on a list, never paired by position.
// conventionSectors: SECTOR1 → 1, NOT_AFFILIATED → 3, AFFILIATED ("Conventionné") → unknown; other
// values (a secteur 2 / OPTAM value was never seen) → unknown.
//
// URL shapes in urls.ts, what the self-check needs in check.ts.
//
// Checked against: tests/fixtures/maiia/search-generaliste.html, maiia/profile-next-data.html.
import type { FeeRow, Listing } from '../../detect/types';
import type { Sector } from '../../core/types';
import type { Reader } from '../../detect/reader';
import { clip, docOf, fold, isInsideSkipped, textBlocks, textOf } from '../../detect/text';
import { MAX_FEE_CENTS } from '../../core/limits';
import { matchSpecialty, normalizeSpecialty } from '../../detect/specialty';
import { readGeneric } from '../../detect/generic';
import { matches } from './urls';

const MAX_JSON = 2_000_000;
const MAX_NODES = 50_000;

const MAIIA_SECTORS: Record<string, Sector> = {
  SECTOR1: '1',
  NOT_AFFILIATED: '3',
  AFFILIATED: 'unknown',
};

interface Candidate {
  name: string;
  sectors: string[];
  pricing: unknown[];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function collectCandidates(data: unknown): Candidate[] {
  const out: Candidate[] = [];
  const stack: { v: unknown; depth: number }[] = [{ v: data, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && nodes < MAX_NODES) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    nodes++;
    if (v === null || typeof v !== 'object' || depth > 16) continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, depth: depth + 1 });
      continue;
    }
    const o = v as Record<string, unknown>;
    const pub = o['publicInformation'];
    const holder = pub !== null && typeof pub === 'object' ? (pub as Record<string, unknown>) : o;
    const sectors = holder['conventionSectors'];
    if (Array.isArray(sectors)) {
      const name =
        str(o['fullName']) ||
        str(o['name']) ||
        [str(o['firstName']), str(o['lastName'])].filter((x) => x !== '').join(' ') ||
        str(holder['fullName']) ||
        str(holder['name']);
      const pricing = Array.isArray(holder['pricing']) ? (holder['pricing'] as unknown[]) : [];
      out.push({ name, sectors: sectors.filter((x): x is string => typeof x === 'string'), pricing });
    }
    for (const k of Object.keys(o)) stack.push({ v: o[k], depth: depth + 1 });
  }
  return out;
}

function euroToCents(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
  const c = Math.round(v * 100);
  return c <= MAX_FEE_CENTS ? c : null;
}

function readNextData(root: ParentNode, url: URL): Listing[] {
  const doc = docOf(root);
  const script = doc?.querySelector('script#__NEXT_DATA__');
  const h1 = doc?.querySelector('h1');
  if (script == null || h1 == null || isInsideSkipped(h1)) return [];
  const raw = script.textContent ?? '';
  if (raw.length === 0 || raw.length > MAX_JSON) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const candidates = collectCandidates(data).filter((c) => c.name !== '');
  const names = new Set(candidates.map((c) => fold(c.name)));
  if (names.size !== 1) return [];
  const c = candidates[0] as Candidate;
  const title = fold(textOf(h1, 300));
  if (title === '' || !title.includes(fold(c.name))) return [];

  const mapped = new Set<Sector>();
  for (const s of c.sectors) mapped.add(MAIIA_SECTORS[s] ?? 'unknown');
  if (mapped.size > 1) mapped.delete('unknown');
  const sector: Sector = mapped.size === 1 ? ([...mapped][0] as Sector) : 'unknown';

  const fees: FeeRow[] = [];
  for (const p of c.pricing.slice(0, 50)) {
    if (p === null || typeof p !== 'object') continue;
    const o = p as Record<string, unknown>;
    const price = euroToCents(o['price']);
    const minPrice = euroToCents(o['minPrice']);
    const label = clip(str(o['label']), 200);
    if (price !== null) fees.push({ label, min: price, max: price });
    else if (minPrice !== null) fees.push({ label, min: minPrice, max: null });
  }
  const seg = url.pathname.split('/').filter((s) => s !== '');
  const centerId = url.searchParams.get('centerId') ?? url.searchParams.get('centerid');
  const header = h1.parentElement ?? h1;
  const specBlock = textBlocks(header).find((b) => !h1.contains(b.el) && matchSpecialty(b.text) !== null);
  const specialtyLabel = specBlock?.text ?? (seg[0] !== undefined ? seg[0].replace(/-/g, ' ') : '');
  return [
    {
      anchor: h1,
      name: textOf(h1, 300),
      specialtyLabel,
      specialty: normalizeSpecialty(specialtyLabel, sector),
      sector,
      sectorEvidence: clip(`conventionSectors: ${c.sectors.join(', ')}`),
      fees,
      site: 'maiia',
      key: `maiia:/${seg.join('/')}${centerId !== null ? `?centerid=${centerId}` : ''}`,
      container: header,
    },
  ];
}

export function read(root: ParentNode, url: URL): Listing[] {
  const found = readGeneric(root, url, 'maiia');
  if (found.length > 0) return found;
  const r = root as Node;
  const doc = docOf(root);
  const whole = r.nodeType !== 1 || r === doc?.body || r === doc?.documentElement;
  return whole ? readNextData(root, url) : [];
}

export const maiia: Reader = {
  site: 'maiia',
  matches,
  read,
};

