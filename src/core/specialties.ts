// Specialty keys the core accepts (EstimateInput.specialty) and the tariff family each uses.

/** Tariff families (rules §1.1–1.3). */
import { professionOf } from './professions-list';
export type Family = 'gp' | 'generic' | 'psy' | 'ped' | 'gyn' | 'ger' | 'car' | 'mpr';

export interface SpecialtyInfo {
  readonly family: Family;
  /** Accès direct spécifique: 'always' (gynaecology, ophthalmology, stomatology) or
   *  'age16to25' (psychiatry, neuropsychiatry). */
  readonly accesDirect: 'none' | 'always' | 'age16to25';
  /** PSY-5 may apply (psychiatrists, not neurologists). */
  readonly youngPatientTariff: boolean;
  /** False when no non-OPTAM base is sourced for this specialty (neurology: PSY-3 is the psychiatrists' CP). */
  readonly nonOptamBase?: boolean;
}

const info = (
  family: Family,
  accesDirect: SpecialtyInfo['accesDirect'] = 'none',
  youngPatientTariff = false,
): SpecialtyInfo => Object.freeze({ family, accesDirect, youngPatientTariff });

const GENERIC = info('generic');

/**
 * Specialist keys that use the generic CS tariff (SP-1…SP-5) with no accès direct. Any key
 * here is a doctor consulted at the surgery with a plain CS. Exported for documentation and
 * tests.
 */
export const GENERIC_SPECIALIST_KEYS = [
  'specialiste', // which specialty is unknown: a note says the generic tariff is used
  'dermatologue', // DER-1: ordinary consultation = generic CS
  'endocrinologue', // END-1's specific consultation is not modelled; ordinary CS
  'gastro-enterologue',
  'orl',
  'rhumatologue',
  'pneumologue',
  'nephrologue',
  'urologue',
  'allergologue',
  'angiologue',
  'hematologue',
  'oncologue',
  'radiotherapeute',
  'infectiologue',
  'interniste',
  'medecine-interne',
  'anesthesiste',
  'chirurgien',
  'chirurgien-orthopediste',
  'chirurgien-visceral',
  'chirurgien-vasculaire',
  'chirurgien-plasticien',
  'chirurgien-urologue',
  'neurochirurgien',
  'radiologue',
  'medecin-nucleaire',
  'genetitien',
  'addictologue',
  'medecin-du-sport',
  'nutritionniste-medecin',
  'gynecologue-obstetricien', // code 07: generic CS (GYN-1 is for codes 70/79); accès direct below
] as const;

const TABLE = new Map<string, SpecialtyInfo>();
for (const k of GENERIC_SPECIALIST_KEYS) TABLE.set(k, GENERIC);
TABLE.set('generaliste', info('gp'));
TABLE.set('pediatre', info('ped'));
TABLE.set('psychiatre', info('psy', 'age16to25', true));
TABLE.set('pedopsychiatre', info('psy', 'age16to25', true));
TABLE.set('neuropsychiatre', info('psy', 'age16to25', true));
// PSY-1 names neurologists; not in R-3's accès direct list. Their non-OPTAM base is not sourced
// (PSY-3 is the psychiatrists' "CP", AFPEP): a neurologist billing a dépassement outside OPTAM → unknown.
TABLE.set('neurologue', Object.freeze({ ...info('psy'), nonOptamBase: false }));
TABLE.set('gynecologue', info('gyn', 'always'));
TABLE.set('gynecologue-obstetricien', info('generic', 'always')); // a gynaecologist: R-3 applies
TABLE.set('ophtalmologue', info('generic', 'always'));
TABLE.set('stomatologue', info('generic', 'always'));
TABLE.set('cardiologue', info('car'));
TABLE.set('geriatre', info('ger'));
// MPR-1 (Cegedim 26.01.2026): sourced from 2024-12-22; earlier days → unknown.
for (const k of ['mpr', 'medecine-physique', 'medecine-physique-et-readaptation']) TABLE.set(k, info('mpr'));

/** Keys that name a doctor whose consultation tariff the reference does not source. */
export const NOT_SOURCED_SPECIALTIES: Readonly<Record<string, string>> = Object.freeze({});

/** Every key `estimate` understands besides the generic ones (documentation and tests). */
export const SPECIAL_KEYS = [
  'generaliste',
  'medecin', // GP or specialist unknown: range over both
  'non-medical', // not estimated
  'pediatre',
  'psychiatre',
  'pedopsychiatre',
  'neuropsychiatre',
  'neurologue',
  'gynecologue',
  'ophtalmologue',
  'stomatologue',
  'cardiologue',
  'geriatre',
  'mpr',
  'medecine-physique',
  'medecine-physique-et-readaptation',
] as const;

/** The family of a canonical specialty key, or undefined when the core does not know it. */
export function specialtyInfo(key: string): SpecialtyInfo | undefined {
  return TABLE.get(key);
}

/** The key as the core spells it: itself when known (fast path), else folded. */
export function canonicalKey(key: string): string {
  if (TABLE.has(key) || key === 'medecin' || key === 'non-medical' || professionOf(key)) return key;
  return foldKey(key);
}

/** Tolerates case, accents and spacing differences ("Gastro entérologue" → "gastro-enterologue"). */
export function foldKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

export { PROFESSIONS, professionOf, NOT_REIMBURSED_SPECIALTIES, isNotReimbursedSpecialty, type Profession } from './professions-list';
