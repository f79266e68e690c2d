// Sector label → Sector (docs/architecture.md, "What the badge says"; docs/sites.md §1.2, §2.1, §7 11–15).
//
// The text is folded (NFC, lower case, accents, apostrophes and hyphens removed, spaces collapsed),
// negations of OPTAM are removed ("Non adhérent à l'OPTAM", "hors adhérent OPTAM/OPTAM-CO"), then
// the signals below are looked for and combined by `decide`. A sector label is short: texts over
// MAX_SECTOR_TEXT characters, and sentences that explain sectors to the reader ("Ce médecin est
// conventionné secteur 1…", "… vous serez remboursé …"), are not labels and give null.
import type { Sector } from '../core/types';
import { clip, fold, normalizeSpace } from './text';

export type SectorRule =
  | 'secteur-3'
  | 'optam'
  | 'droit-permanent'
  | 'secteur-2'
  | 'secteur-1'
  | 'organization-contracted'
  | 'contracted'
  | 'unspecified'
  | 'conflict';

export interface SectorResult {
  sector: Sector;
  /** The label text that decided it (spaces collapsed, NFC). */
  evidence: string;
  /** Which rule decided (e.g. `organization-contracted`, which a card of type "Centre de santé" turns into `1`). */
  rule: SectorRule;
}

/** Longest text still taken for a label (the longest Doctolib label is 57 characters). */
export const MAX_SECTOR_TEXT = 160;

export type SignalId = 's3' | 'optam' | 'dp' | 's2' | 'libres' | 's1' | 'sansDep' | 'conv' | 'etab';

export interface SectorSignal {
  id: SignalId;
  /** Applied to the folded text, after the negations are removed. */
  re: RegExp;
}

/** The signals, in the order `decide` considers them. Exported so tests can iterate. */
export const SECTOR_SIGNALS: readonly SectorSignal[] = [
  {
    id: 's3',
    re: /\bnon conventionnee?s?\b|\bsecteur ?(?:3|iii)\b|\bdeconventionnee?\b|\bhors convention\b/,
    // not conventioned (secteur 3)
  },
  {
    id: 'optam',
    re: /\b(?:optam|dptam)\b|\bcontrat d acces aux soins\b|\bdepassements? (?:d honoraires )?maitrises?\b/,
    // DPTAM member: OPTAM, OPTAM-CO, its 2013–2016 predecessor CAS, "dépassements maîtrisés"
  },
  {
    id: 'dp',
    re: /\bdroit (?:permanent )?(?:a|au) depassements?\b|\bdepassement permanent\b/,
    // droit permanent à dépassement without OPTAM: neither secteur 1 nor 2 → unknown
  },
  {
    id: 's2',
    re: /\bsecteur ?(?:2|ii)\b/,
    // secteur 2 (dépassements, no OPTAM)
  },
  {
    id: 'libres',
    re: /\bhonoraires libres\b/,
    // ameli "Honoraires libres" (secteur 2 without option)
  },
  {
    id: 's1',
    re: /\bsecteur ?(?:1|i)\b/,
    // secteur 1
  },
  {
    id: 'sansDep',
    re: /\bsans depassements?\b/,
    // ameli "Honoraires sans dépassement" (secteur 1)
  },
  {
    id: 'conv',
    re: /\bconventionnee?s?\b/,
    // conventioned, sector not said (bare "Conventionné", psychologists, establishments) → unknown
  },
  {
    id: 'etab',
    re: /\betablissement\b/,
    // an establishment ("Établissement conventionné": unknown; a centre de santé card makes it 1)
  },
];

/** Labels that raise each signal, with the sector `parseSector` gives them (tests iterate; not
 * referenced at run time, so not bundled). */
export const SECTOR_EXAMPLES: Readonly<Record<SignalId, ReadonlyArray<readonly [label: string, sector: Sector]>>> = {
  s3: [
      ['Secteur 3 (non-conventionné)', '3'],
      ['Non conventionné', '3'],
      ['Établissement non conventionné', '3'],
      ['non conventionnée', '3'],
    ],
  optam: [
      ['Conventionné secteur 2 avec OPTAM', '2-optam'],
      ['Conventionné secteur 2 avec OPTAM-CO', '2-optam'],
      ['Conventionné secteur 1 avec OPTAM', '2-optam'],
      ['Conventionné secteur 1 avec OPTAM-CO', '2-optam'],
      ['Conventionné secteur 2 avec contrat d’accès aux soins', '2-optam'],
      ['Conventionné secteur 1 avec contrat d\'accès aux soins', '2-optam'],
      ['Honoraires avec dépassements maîtrisés (OPTAM)', '2-optam'],
      ['Conventionné secteur 1 avec droit permanent à dépassement et OPTAM', '2-optam'],
      ['Secteur 2 OPTAM-co', '2-optam'],
    ],
  dp: [
      ['Conventionné secteur 1 avec droit permanent à dépassement', 'unknown'],
      ['Conventionné avec droit permanent à dépassement', 'unknown'],
    ],
  s2: [
      ['Conventionné secteur 2', '2'],
      ['conventionnée secteur 2', '2'],
      ['CONVENTIONNÉ SECTEUR 2', '2'],
      ['Conventionné secteur 2 Non adhérent à l\'OPTAM', '2'],
      ['Secteur 2 hors adhérent OPTAM/OPTAM-CO', '2'],
      ['Conventionné secteur 2 – n’adhère pas à l’OPTAM', '2'],
    ],
  libres: [['Honoraires libres', '2']],
  s1: [
      ['Conventionné secteur 1', '1'],
      ['Conventionné Secteur 1', '1'],
      ['conventionnee secteur 1', '1'],
    ],
  sansDep: [
      ['Honoraires sans dépassement', '1'],
      ['Honoraires sans dépassement Conventionné secteur 1', '1'],
    ],
  conv: [
      ['Conventionné', 'unknown'],
      ['Conventionné avec l\'Assurance Maladie', 'unknown'],
      ['Conventionnée', 'unknown'],
    ],
  etab: [['Établissement conventionné', 'unknown']],
};

/** Negations removed before the signals are looked for. */
const NEGATIONS: readonly RegExp[] = [
  // "non adhérent à l'OPTAM", "hors adhérent OPTAM/OPTAM-CO", "n'adhère pas à l'OPTAM", "sans OPTAM",
  // "non signataire de l'OPTAM", "pas de contrat d'accès aux soins".
  /\b(?:non|hors|pas|sans)\s+(?:(?:adherente?s?|adhere|adhesion|signataire|membre)\s+)?(?:(?:a|au|de|du|a l|de l|l)\s+)?(?:l\s+)?(?:option\s+)?(?:optam|dptam|contrat d acces aux soins)(?:\s*(?:\/|ou|et)?\s*optam)?(?:\s+co)?\b/g,
  // "Tarif hors secteur 1" (ameli open-data column names).
  /\bhors\s+secteur\s*(?:1|2|i|ii)\b/g,
];

/** Texts that explain sectors to the reader (help dialogs, FAQ) rather than label one practitioner. */
const EXPLANATION =
  /\b(?:ce|cette|le|la) (?:medecin|professionnel|praticien|psychologue|chirurgien|sage femme|soignant|dentiste)\b|\bvous\b|\bexemple\b|\bil applique\b|\bsignifie\b|\bc est a dire\b/;

/** Section titles that contain sector words but are not a sector. */
const TITLES = new Set([
  'secteur de conventionnement',
  'secteur conventionnel',
  'secteurs conventionnels',
  'conventionnement',
  'convention',
  'tarifs et remboursement',
  'tarifs et remboursements',
  'type d honoraires',
  'honoraires',
  'secteur',
]);

/** Doctolib labels that say nothing usable (docs/sites.md §1.2: German/Italian codes, "Non spécifié"). */
const EXACT_UNKNOWN = new Set([
  'non specifie',
  'non specifiee',
  'accepte les patients avec une assurance publique',
  'uniquement les assures prives ou les auto payeurs',
  'independent',
  'indipendente',
]);

/**
 * Every label met in the docs, with the sector it must give (docs/sites.md §1.2 Doctolib i18n, §2.1
 * ameli 2014/2015/2023, §7 variants). Tests iterate over it.
 */
export const KNOWN_SECTOR_LABELS: ReadonlyArray<readonly [label: string, sector: Sector]> = [
  ['Conventionné', 'unknown'],
  ['Conventionné secteur 1', '1'],
  ['Conventionné secteur 1 avec droit permanent à dépassement', 'unknown'],
  ['Conventionné secteur 2', '2'],
  ['Conventionné avec droit permanent à dépassement', 'unknown'],
  ['Conventionné secteur 1 avec OPTAM', '2-optam'],
  ['Conventionné secteur 2 avec OPTAM', '2-optam'],
  ['Conventionné secteur 1 avec OPTAM-CO', '2-optam'],
  ['Conventionné secteur 2 avec OPTAM-CO', '2-optam'],
  ['Secteur 3 (non-conventionné)', '3'],
  ['Conventionné avec l\'Assurance Maladie', 'unknown'],
  ['Établissement conventionné', 'unknown'],
  ['Établissement non conventionné', '3'],
  ['Accepte les patients avec une assurance publique', 'unknown'],
  ['Uniquement les assurés privés ou les auto-payeurs', 'unknown'],
  ['Non spécifié', 'unknown'],
  ['Independent', 'unknown'],
  ['Non conventionné', '3'],
  ['Honoraires sans dépassement', '1'],
  ['Honoraires libres', '2'],
  ['Honoraires avec dépassements maîtrisés (OPTAM)', '2-optam'],
  ['Avec dépassements maîtrisés (OPTAM)', '2-optam'],
  ['Honoraires sans dépassement Conventionné secteur 1', '1'],
  ['Honoraires libres Conventionné secteur 2', '2'],
  ['Honoraires avec dépassements maîtrisés (OPTAM) Conventionné secteur 2', '2-optam'],
  ['Honoraires avec dépassements maîtrisés (OPTAM) Conventionné secteur 1 avec droit permanent à dépassement', '2-optam'],
  ['Honoraires libres Non conventionné', '3'],
  ['Conventionné secteur 2 Non adhérent à l\'OPTAM', '2'],
  ['Conventionné secteur 2 avec contrat d\'accès aux soins', '2-optam'],
  ['Conventionné secteur 1 avec contrat d\'accès aux soins', '2-optam'],
  ['conventionné secteur 2', '2'],
  ['CONVENTIONNÉ SECTEUR 1', '1'],
  ['Conventionnée secteur 1', '1'],
  ['Conventionnee secteur 2', '2'],
  ['Conventionné secteur\u00a02', '2'],
  ['Conventionné\u202fsecteur 1 avec\u00a0OPTAM', '2-optam'],
  ['Conventionné secteur 2 avec OPTAM-co', '2-optam'],
  ['Conventionné secteur 2 avec OPTAM co', '2-optam'],
  ['Conventionné secteur 2 avec Optam', '2-optam'],
  ['Secteur 3 (non conventionné)', '3'],
  ['secteur 3 non-conventionné', '3'],
  ['Conventionne secteur 1', '1'],
];

function signalsOf(folded: string): Set<SignalId> {
  let text = folded;
  for (const neg of NEGATIONS) text = text.replace(neg, ' ');
  const found = new Set<SignalId>();
  for (const s of SECTOR_SIGNALS) if (s.re.test(text)) found.add(s.id);
  return found;
}

function decide(s: Set<SignalId>): { sector: Sector; rule: SectorRule } | null {
  const s1 = s.has('s1') || s.has('sansDep');
  const s2 = s.has('s2') || s.has('libres');
  if (s.has('s3')) {
    if (s.has('s1') || s.has('s2') || s.has('optam') || s.has('sansDep') || s.has('dp')) {
      return { sector: 'unknown', rule: 'conflict' };
    }
    return { sector: '3', rule: 'secteur-3' };
  }
  if (s.has('optam')) {
    if (s.has('sansDep') || s.has('libres')) return { sector: 'unknown', rule: 'conflict' };
    return { sector: '2-optam', rule: 'optam' };
  }
  if (s.has('dp')) return { sector: 'unknown', rule: 'droit-permanent' };
  if (s1 && s2) return { sector: 'unknown', rule: 'conflict' };
  if (s2) return { sector: '2', rule: 'secteur-2' };
  if (s1) return { sector: '1', rule: 'secteur-1' };
  if (s.has('conv')) {
    return s.has('etab')
      ? { sector: 'unknown', rule: 'organization-contracted' }
      : { sector: 'unknown', rule: 'contracted' };
  }
  return null;
}

/**
 * The sector a label gives, with the evidence text, or null when the text is not a sector label.
 * Never throws.
 */
export function parseSector(text: string): SectorResult | null {
  if (typeof text !== 'string' || text === '') return null;
  const evidence = normalizeSpace(text);
  if (evidence === '' || evidence.length > MAX_SECTOR_TEXT) return null;
  const folded = fold(evidence);
  // "(non-conventionné)" → keep letters, digits, spaces and "/" only for matching.
  const plain = folded.replace(/[^a-z0-9/ ]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (plain === '' || TITLES.has(plain)) return null;
  if (EXACT_UNKNOWN.has(plain)) return { sector: 'unknown', evidence: clip(evidence), rule: 'unspecified' };
  if (EXPLANATION.test(plain)) return null;
  const d = decide(signalsOf(plain));
  return d === null ? null : { ...d, evidence: clip(evidence) };
}
