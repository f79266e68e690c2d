// Acts beyond the consultation (docs/acts.md): which parameters of the act table give each act's
// base, its 100 % Santé basket and ceiling, and the rules that apply to it. Pure lookups, no clock.
import { ACT_PARAMETERS } from './act-table';
import { parseDay } from './dates';

export type ActFamily = 'dental-care' | 'dental-prosthesis' | 'orthodontics' | 'not-reimbursed' | 'doctor-act';
export type Basket = '100-sante' | 'maitrise' | 'libre';
export type Grid = 'optam' | 'non-optam';
export type Confidence = 'H' | 'M' | 'L';

/** Parameter ids of a value: [low] when the sources agree, [low, high] when they leave a range. */
export type ValueRef = readonly [string] | readonly [string, string];

export interface DatedBasket {
  readonly from: string;
  readonly until: string | null;
  readonly basket: Basket;
  /** The ceiling (honoraires limites de facturation); absent for "libre", or when not found. */
  readonly ceiling?: ValueRef;
  readonly confidence: Confidence;
  /** Why the basket or its ceiling is uncertain. */
  readonly caveat?: 'ceiling-not-found' | 'posterior-metal-may-leave';
}

export interface ActDefinition {
  /** The CCAM code where one exists, else an id documented in docs/acts.md. */
  readonly id: string;
  /** The reference's row (D-S2, S-C1…). */
  readonly ref: string;
  readonly family: ActFamily;
  readonly description: string;
  /** Who bills it: a dentist, or a doctor (the matcher's guard uses the listing's specialty). */
  readonly by: 'dentiste' | 'doctor';
  /**
   * Base parameters by grid (`nonOptam` absent: one grid for every sector); null when no source
   * gives the base, with `unsourced` saying why (the estimate is then "unknown").
   */
  readonly base: { readonly optam: ValueRef; readonly nonOptam?: ValueRef } | null;
  readonly unsourced?: 'base-not-found' | 'radiology-cut-2026' | 'code-unknown';
  /** Rule ids that make the act unreimbursed (family "not-reimbursed"). */
  readonly rule?: string;
  /** Billed in the same session as a consultation, both paid. */
  readonly withConsultation?: boolean;
  /** Restorations and endodontics: +30 % for the 3–24 cohort (D-T4), modifier N under 13 (D-S15). */
  readonly youthBonus?: boolean;
  /** Added to the base when billed (the dermatologists' FSD). */
  readonly extra?: string;
  readonly baskets?: readonly DatedBasket[];
  /** A specialist's CCAM value last seen before the 2025/2026 steps: shown as approximate. */
  readonly approximate?: boolean;
  /** Rate parameter when not the profession's usual one (orthodontics). */
  readonly rate?: string;
  /** Reimbursed only under this age parameter (orthodontics: started before 16). */
  readonly maxAge?: string;
  /** Tooth group the act is for, when the code depends on it. */
  readonly teeth?: 'incisor-canine-premolar1' | 'premolar2' | 'molar' | 'premolar2-molar' | 'not-molar' | 'any';
}

const CROWN_BASE = { optam: ['D-P1'] } as const;
/** RAC 0 for fixed prostheses from 2020-01-01; between 2019-04-01 and then the ceiling already applied. */
function rac0(id: string, ceiling: ValueRef, caveat2026?: DatedBasket['caveat']): readonly DatedBasket[] {
  return [
    { from: '2019-04-01', until: '2019-12-31', basket: 'maitrise', ceiling: [id], confidence: 'H' },
    { from: '2020-01-01', until: '2025-12-31', basket: '100-sante', ceiling: [id], confidence: 'H' },
    caveat2026
      ? { from: '2026-01-01', until: null, basket: '100-sante', ceiling, confidence: 'L', caveat: caveat2026 }
      : { from: '2026-01-01', until: null, basket: '100-sante', ceiling, confidence: 'M' },
  ];
}
function maitrise(id: string, ceiling: ValueRef): readonly DatedBasket[] {
  return [
    { from: '2020-01-01', until: '2025-12-31', basket: 'maitrise', ceiling: [id], confidence: 'H' },
    { from: '2026-01-01', until: null, basket: 'maitrise', ceiling, confidence: 'M' },
  ];
}
const LIBRE: readonly DatedBasket[] = [{ from: '2020-01-01', until: null, basket: 'libre', confidence: 'M' }];

const DENTAL = { by: 'dentiste' } as const;
const DOCTOR = { by: 'doctor', family: 'doctor-act' } as const;

/** Every act the table knows, by id. */
export const ACTS: readonly ActDefinition[] = [
  // Dental care (tarif opposable, 60 % from 2023-10-15, no participation forfaitaire).
  { ...DENTAL, id: 'HBJD001', ref: 'D-S2', family: 'dental-care', description: 'Détartrage et polissage', base: { optam: ['D-S2'] } },
  { ...DENTAL, id: 'detartrage-2-seances', ref: 'D-S2b', family: 'dental-care', description: 'Détartrage billed over two sessions (inferred; no code sourced)', base: { optam: ['D-S2b'] } },
  { ...DENTAL, id: 'HBMD058', ref: 'D-S3', family: 'dental-care', description: 'Restoration 1 face, incisor or canine', base: { optam: ['D-S3'] }, youthBonus: true, teeth: 'incisor-canine-premolar1' },
  { ...DENTAL, id: 'HBMD053', ref: 'D-S3', family: 'dental-care', description: 'Restoration 1 face, premolar or molar', base: { optam: ['D-S3'] }, youthBonus: true, teeth: 'premolar2-molar' },
  { ...DENTAL, id: 'HBMD050', ref: 'D-S4', family: 'dental-care', description: 'Restoration 2 faces, incisor or canine', base: { optam: ['D-S4'] }, youthBonus: true },
  { ...DENTAL, id: 'HBMD049', ref: 'D-S4', family: 'dental-care', description: 'Restoration 2 faces, premolar or molar', base: { optam: ['D-S4'] }, youthBonus: true },
  { ...DENTAL, id: 'HBMD054', ref: 'D-S5', family: 'dental-care', description: 'Restoration 3 faces or more, incisor or canine', base: { optam: ['D-S5'] }, youthBonus: true },
  { ...DENTAL, id: 'HBMD038', ref: 'D-S5', family: 'dental-care', description: 'Restoration 3 faces or more, premolar or molar', base: { optam: ['D-S5'] }, youthBonus: true },
  { ...DENTAL, id: 'HBMD042', ref: 'D-S6', family: 'dental-care', description: 'Restoration with root anchorage', base: { optam: ['D-S6'] }, youthBonus: true },
  { ...DENTAL, id: 'HBFD008', ref: 'D-S7', family: 'dental-care', description: 'Pulpectomy of a molar, living pulp', base: { optam: ['D-S7'] }, youthBonus: true, teeth: 'molar' },
  { ...DENTAL, id: 'endo-molar-necrotic', ref: 'D-S8', family: 'dental-care', description: 'Pulpectomy of a molar, non-living pulp', base: { optam: ['D-S8'] }, youthBonus: true, teeth: 'molar' },
  { ...DENTAL, id: 'endo-premolar1-necrotic', ref: 'D-S9', family: 'dental-care', description: 'Pulpectomy of a first premolar, non-living pulp', base: { optam: ['D-S9'] }, youthBonus: true },
  { ...DENTAL, id: 'HBFD033', ref: 'D-S10', family: 'dental-care', description: 'Pulpectomy of an incisor or canine', base: null, unsourced: 'base-not-found', youthBonus: true },
  { ...DENTAL, id: 'HBGD036', ref: 'D-S11', family: 'dental-care', description: 'Extraction of a permanent tooth', base: { optam: ['D-S11', 'D-S11/max'] } },
  { ...DENTAL, id: 'HBQK389', ref: 'D-S12', family: 'dental-care', description: 'Intra-oral X-ray, 1 sector', base: { optam: ['D-S12'] } },
  { ...DENTAL, id: 'HBQK002', ref: 'D-S13', family: 'dental-care', description: 'Panoramic X-ray', base: { optam: ['D-S13'] } },
  { ...DENTAL, id: 'fissure-sealing', ref: 'D-S14', family: 'dental-care', description: 'Sealing of fissures', base: { optam: ['D-S14'] } },
  // Prostheses (base 120 € for any crown; basket by material and tooth).
  { ...DENTAL, id: 'HBLD634', ref: 'D-H1', family: 'dental-prosthesis', description: 'Céramo-métallique crown, incisor, canine or first premolar', base: CROWN_BASE, baskets: rac0('D-H1', ['D-H1', 'D-H1/max']), teeth: 'incisor-canine-premolar1' },
  { ...DENTAL, id: 'HBLD680', ref: 'D-H2', family: 'dental-prosthesis', description: 'Monolithic ceramic crown (not zircon), incisor, canine or first premolar', base: CROWN_BASE, baskets: rac0('D-H2', ['D-H2', 'D-H2/max']), teeth: 'incisor-canine-premolar1' },
  { ...DENTAL, id: 'HBLD350', ref: 'D-H3', family: 'dental-prosthesis', description: 'Monolithic zircon crown, any tooth but molars', base: CROWN_BASE, baskets: rac0('D-H3', ['D-H3', 'D-H3/max']), teeth: 'not-molar' },
  { ...DENTAL, id: 'HBLD038', ref: 'D-H4', family: 'dental-prosthesis', description: 'Metal crown, any tooth', base: CROWN_BASE, baskets: rac0('D-H4', ['D-H4', 'D-H4/max'], 'posterior-metal-may-leave'), teeth: 'any' },
  { ...DENTAL, id: 'HBLD491', ref: 'D-H5', family: 'dental-prosthesis', description: 'Céramo-métallique crown, second premolar', base: CROWN_BASE, baskets: maitrise('D-H5', ['D-H5', 'D-H5/max']), teeth: 'premolar2' },
  { ...DENTAL, id: 'HBLD158', ref: 'D-H6', family: 'dental-prosthesis', description: 'Monolithic ceramic crown (not zircon), second premolar or molar', base: CROWN_BASE, baskets: maitrise('D-H6', ['D-H6', 'D-H6/max']), teeth: 'premolar2-molar' },
  {
    ...DENTAL, id: 'HBLD073', ref: 'D-H7', family: 'dental-prosthesis', description: 'Monolithic zircon crown, molar', base: CROWN_BASE, teeth: 'molar',
    baskets: [
      { from: '2020-01-01', until: '2025-12-31', basket: 'maitrise', ceiling: ['D-H7'], confidence: 'H' },
      { from: '2026-01-01', until: null, basket: '100-sante', confidence: 'H', caveat: 'ceiling-not-found' },
    ],
  },
  { ...DENTAL, id: 'HBLD734', ref: 'D-H8', family: 'dental-prosthesis', description: 'Céramo-métallique crown, molar', base: CROWN_BASE, baskets: LIBRE, teeth: 'molar' },
  { ...DENTAL, id: 'crown-layered-ceramic', ref: 'D-H9', family: 'dental-prosthesis', description: 'Layered ceramic crown (céramo-céramique), any tooth', base: CROWN_BASE, baskets: LIBRE, teeth: 'any' },
  {
    ...DENTAL, id: 'inlay-core', ref: 'D-P2', family: 'dental-prosthesis', description: 'Inlay-core (HBLD090 under a RAC 0 crown: RAC 0; HBLD007/261 otherwise)', base: { optam: ['D-P2'] },
    baskets: [
      { from: '2019-04-01', until: '2019-12-31', basket: 'maitrise', ceiling: ['D-H10'], confidence: 'H' },
      { from: '2020-01-01', until: null, basket: '100-sante', confidence: 'L', caveat: 'ceiling-not-found' },
    ],
  },
  {
    ...DENTAL, id: 'HBLD490', ref: 'D-P3', family: 'dental-prosthesis', description: 'Temporary crown', base: { optam: ['D-P3'] },
    baskets: [
      { from: '2019-04-01', until: '2019-12-31', basket: 'maitrise', ceiling: ['D-H11'], confidence: 'M' },
      { from: '2020-01-01', until: null, basket: '100-sante', ceiling: ['D-H11'], confidence: 'M' },
    ],
  },
  { ...DENTAL, id: 'bridge-3', ref: 'D-P4', family: 'dental-prosthesis', description: 'Bridge, 3 elements (basket depends on material and tooth)', base: { optam: ['D-P4'] } },
  { ...DENTAL, id: 'denture-resin-14', ref: 'D-P5', family: 'dental-prosthesis', description: 'Complete removable resin denture, 14 teeth', base: { optam: ['D-P5'] } },
  { ...DENTAL, id: 'denture-stellite-7', ref: 'D-P6', family: 'dental-prosthesis', description: 'Removable stellite denture, 7 teeth', base: { optam: ['D-P6'] } },
  { ...DENTAL, id: 'denture-stellite-12', ref: 'D-P6', family: 'dental-prosthesis', description: 'Removable stellite denture, 12 teeth', base: { optam: ['D-P6/12'] } },
  { ...DENTAL, id: 'HBLD418', ref: 'D-P7', family: 'dental-prosthesis', description: 'Crown on an implant', base: null, unsourced: 'base-not-found' },
  // Orthodontics and what the Assurance Maladie does not pay.
  { ...DENTAL, id: 'TO90', ref: 'D-N4', family: 'orthodontics', description: 'Orthodontics, one semester', base: { optam: ['D-N4'] }, rate: 'D-N4/rate', maxAge: 'D-N4/max-age', rule: 'D-N5' },
  { ...DENTAL, id: 'implant', ref: 'D-N1', family: 'not-reimbursed', description: 'Dental implant', base: null, rule: 'D-N1' },
  { ...DENTAL, id: 'HBMD005', ref: 'D-N2', family: 'not-reimbursed', description: 'Whitening', base: null, rule: 'D-N2' },
  { ...DENTAL, id: 'periodontics', ref: 'D-N3', family: 'not-reimbursed', description: 'Periodontal treatment (surfaçage)', base: null, rule: 'D-N3' },
  // Doctors' technical acts (70 %, a participation forfaitaire per act, two grids).
  { ...DOCTOR, id: 'JKHD001', ref: 'S-G1', description: 'Frottis (cervico-vaginal sampling)', base: { optam: ['S-G1', 'S-G1/max'], nonOptam: ['S-G1/non-optam'] }, withConsultation: true, approximate: true },
  { ...DOCTOR, id: 'JKLD001', ref: 'S-G2', description: 'Insertion of an IUD', base: { optam: ['S-G2'] }, approximate: true },
  { ...DOCTOR, id: 'echo-pelvienne', ref: 'S-G4', description: 'Pelvic ultrasound (code not determined: range over the sourced codes)', base: { optam: ['S-G4', 'S-G4/max'] }, approximate: true },
  { ...DOCTOR, id: 'DEQP003', ref: 'S-C1', description: 'ECG', base: { optam: ['S-C1', 'S-C1/max'], nonOptam: ['S-C1/non-optam'] }, withConsultation: true, approximate: true },
  { ...DOCTOR, id: 'DZQM006', ref: 'S-C2', description: 'Echocardiography (transthoracic)', base: { optam: ['S-C2'] }, approximate: true },
  { ...DOCTOR, id: 'DEQP005', ref: 'S-C3', description: 'Holter ECG, 24 h', base: { optam: ['S-C3'] }, approximate: true },
  { ...DOCTOR, id: 'DKRP004', ref: 'S-C4', description: 'Stress test', base: null, unsourced: 'base-not-found' },
  { ...DOCTOR, id: 'QZFA036', ref: 'S-D1', description: 'Excision of a skin lesion', base: { optam: ['S-D1'] }, extra: 'S-D1/fsd', approximate: true },
  { ...DOCTOR, id: 'QZNP012', ref: 'S-D2', description: 'Cryotherapy of skin lesions', base: { optam: ['S-D2'] }, approximate: true },
  { ...DOCTOR, id: 'skin-biopsy', ref: 'S-D3', description: 'Skin biopsy', base: null, unsourced: 'base-not-found' },
  { ...DOCTOR, id: 'CDE', ref: 'S-D4', description: 'Melanoma screening consultation (dermatologist)', base: { optam: ['S-D4'] } },
  { ...DOCTOR, id: 'BGQP002', ref: 'S-O1', description: "Fond d'œil", base: { optam: ['S-O1'] }, approximate: true },
  { ...DOCTOR, id: 'BLQP010', ref: 'S-O2', description: 'Binocular vision test', base: { optam: ['S-O2'] }, approximate: true },
  { ...DOCTOR, id: 'BZQK001', ref: 'S-O3', description: 'OCT (retina scan)', base: null, unsourced: 'base-not-found' },
  { ...DOCTOR, id: 'visual-field', ref: 'S-O4', description: 'Visual field', base: null, unsourced: 'code-unknown' },
  { ...DOCTOR, id: 'CDQP010', ref: 'S-E1', description: 'Audiogram, tonal or vocal', base: { optam: ['S-E1'] }, approximate: true },
  { ...DOCTOR, id: 'CDQP012', ref: 'S-E1', description: 'Audiogram, tonal and vocal', base: { optam: ['S-E1/both'] }, approximate: true },
  { ...DOCTOR, id: 'nasofibroscopy', ref: 'S-E2', description: 'Nasofibroscopy', base: null, unsourced: 'code-unknown' },
  { ...DOCTOR, id: 'radiology', ref: 'S-R1', description: 'Radiology (X-ray, ultrasound by a radiologist, CT, MRI)', base: null, unsourced: 'radiology-cut-2026' },
];

const BY_ID = new Map<string, ActDefinition>(ACTS.map((a) => [a.id, a]));

export function getAct(id: string): ActDefinition | undefined {
  return BY_ID.get(id);
}

export interface ActValue {
  readonly value: number;
  readonly id: string;
  readonly confidence: Confidence;
}

interface Entry {
  from: number;
  until: number;
  v: ActValue;
}
const VALUES = new Map<string, Entry[]>(
  ACT_PARAMETERS.map((p) => [
    p.id,
    p.values.map((v) => ({
      from: parseDay(v.from),
      until: v.until == null ? Infinity : parseDay(v.until),
      v: Object.freeze({ value: v.value, id: p.id, confidence: v.confidence }),
    })),
  ]),
);

/** A parameter of the act table on a day (yyyymmdd), or null when no sourced value covers it. */
export function actParameter(id: string, day: number): ActValue | null {
  const entries = VALUES.get(id);
  if (!entries) return null;
  for (const e of entries) if (day >= e.from && day <= e.until) return e.v;
  return null;
}

/** Integer cents; min === max when the sources agree. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
  /** The lowest confidence of the values used. */
  readonly confidence: Confidence;
}

const RANK: Record<Confidence, number> = { H: 2, M: 1, L: 0 };
function lowest(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A value (or range) on a day; the upper bound falls back to the lower where it has no value that day. */
export function resolveRef(ref: ValueRef, day: number): Bounds | null {
  const low = actParameter(ref[0], day);
  if (!low) return null;
  const high = ref[1] === undefined ? null : actParameter(ref[1], day);
  if (!high) return { min: low.value, max: low.value, confidence: low.confidence };
  return { min: Math.min(low.value, high.value), max: Math.max(low.value, high.value), confidence: lowest(low.confidence, high.confidence) };
}

/** An act's base on a day for a grid (the secteur 2 non-OPTAM grid where the act has one). */
export function actBase(act: ActDefinition, grid: Grid, day: number): Bounds | null {
  if (!act.base) return null;
  const ref = grid === 'non-optam' && act.base.nonOptam ? act.base.nonOptam : act.base.optam;
  return resolveRef(ref, day);
}

export interface BasketOnDay {
  readonly basket: Basket;
  readonly ceiling: Bounds | null;
  readonly confidence: Confidence;
  readonly caveat?: DatedBasket['caveat'];
}

/** The act's 100 % Santé basket on a day, with its ceiling; null before the baskets or for acts outside them. */
// The baskets' dates as yyyymmdd, read once (estimate() runs in a page's hot path).
const BASKET_DAYS = new Map<DatedBasket, readonly [number, number]>(
  ACTS.flatMap((a) => (a.baskets ?? []).map((b) => [b, [parseDay(b.from), b.until == null ? Infinity : parseDay(b.until)]] as const)),
);

export function actBasket(act: ActDefinition, day: number): BasketOnDay | null {
  for (const b of act.baskets ?? []) {
    const [from, until] = BASKET_DAYS.get(b)!;
    if (day < from || day > until) continue;
    const ceiling = b.ceiling ? resolveRef(b.ceiling, day) : null;
    return { basket: b.basket, ceiling, confidence: b.confidence, ...(b.caveat ? { caveat: b.caveat } : {}) };
  }
  return null;
}

/**
 * Problems in the act table: an act naming a parameter the table lacks, a basket whose ceiling
 * has no value on its first day, overlapping values of one parameter, a duplicate id. Empty when sound.
 */
export function checkActTable(): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of ACT_PARAMETERS) {
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate parameter`);
    ids.add(p.id);
    const entries = VALUES.get(p.id)!;
    for (let i = 1; i < entries.length; i++) {
      if (entries[i]!.from <= entries[i - 1]!.until) problems.push(`${p.id}: values overlap`);
    }
  }
  const seen = new Set<string>();
  for (const a of ACTS) {
    if (seen.has(a.id)) problems.push(`${a.id}: duplicate act`);
    seen.add(a.id);
    const refs: string[] = [];
    if (a.base) refs.push(...a.base.optam, ...(a.base.nonOptam ?? []));
    else if (!a.unsourced && a.family !== 'not-reimbursed') problems.push(`${a.id}: no base and no reason`);
    for (const id of [a.rule, a.rate, a.maxAge, a.extra]) if (id) refs.push(id);
    for (const b of a.baskets ?? []) {
      if (b.ceiling) {
        refs.push(...b.ceiling);
        if (!actParameter(b.ceiling[0], parseDay(b.from))) problems.push(`${a.id}: no ceiling on ${b.from}`);
      }
      if (b.basket === 'libre' && b.ceiling) problems.push(`${a.id}: a free basket has no ceiling`);
    }
    for (const id of refs) if (!VALUES.has(id)) problems.push(`${a.id}: unknown parameter ${id}`);
  }
  return problems;
}

/**
 * The forfait of X-3 (PAV): on an act or session whose base reaches the threshold, the ticket
 * modérateur is replaced by a flat amount (exempt patients, X-3a, pay none). The AMO before any
 * participation forfaitaire, or -1 when the forfait does not apply.
 */
export function forfait24AmoGross(day: number, bre: number, exempt: boolean): number {
  const forfait = actParameter('X-3', day);
  const threshold = actParameter('X-3/threshold', day);
  if (!forfait || !threshold || bre < threshold.value) return -1;
  return exempt ? bre : bre - forfait.value;
}
