// Specialty label as shown by a site → the core's specialty key (docs/architecture.md, EstimateInput.specialty and
// "Decisions…": `medecin`, `stomatologue`, `neurologue`; "Gynécologue obstétricien" → generic
// specialist tariff).
//
// Keys: generaliste, pediatre, psychiatre, neurologue, gynecologue, gynecologue-obstetricien,
// ophtalmologue, stomatologue, cardiologue, dermatologue, geriatre, specialiste (any other doctor specialty: the core uses the generic CS),
// medecin (a doctor, GP or specialist unknown: the core gives a range over both), non-medical
// (professions the core does not estimate: the badge says "Non estimé").
//
// Unknown labels. A wrong confident key is worse than a range, so:
//  - a label that names a doctor without saying which kind ("Médecin", "Médecin du sport",
//    "Docteur …") → `medecin`;
//  - a label the rules do not know → `medecin` when the sector shown is one only doctors have
//    (secteur 1, 2, OPTAM: Doctolib gives other professions "Conventionné" variants), else
//    `non-medical` (no estimate rather than a doctor's estimate for, say, a réflexologue);
//  - an empty label follows the same rule.
import type { Sector } from '../core/types';
import { fold } from './text';

export type SpecialtyKey =
  | 'generaliste'
  | 'pediatre'
  | 'psychiatre'
  | 'neurologue'
  | 'gynecologue'
  | 'gynecologue-obstetricien'
  | 'geriatre'
  | 'ophtalmologue'
  | 'stomatologue'
  | 'cardiologue'
  | 'dermatologue'
  | 'specialiste'
  | 'medecin'
  | 'non-medical'
  // Professions other than doctors (src/core/professions.ts; src/sites/doctolib/profession.ts sets the sector)
  | 'dentiste'
  | 'masseur-kinesitherapeute'
  | 'sage-femme'
  | 'pedicure-podologue'
  | 'orthophoniste'
  | 'osteopathe'
  | 'chiropracteur'
  | 'dieteticien'
  | 'psychologue';

export interface SpecialtyRule {
  key: SpecialtyKey;
  /** Tested on the folded label (lower case, no accents, hyphens and apostrophes → spaces). */
  re: RegExp;
}

/** Tested in order; the first match wins. Exported so tests can iterate. */
export const SPECIALTY_RULES: readonly SpecialtyRule[] = [
  {
    // Before the non-medical professions: ameli's "Généraliste - Acupuncteur", "… Homéopathe",
    // "Médecin généraliste - Angiologue en mode d'exercice exclusif" are GPs (MEP).
    key: 'generaliste',
    re: /\bgeneralistes?\b|\bmedecine generale\b|\bmedecin traitant\b/,
  },
  {
    // Aesthetic medicine is not reimbursed (and the label may start with "Médecin").
    key: 'non-medical',
    re: /\bmedecine? esthetique/,
  },
  {
    // Psychiatrists, child psychiatrists and neuropsychiatrists share the CNPSY tariff and the
    // 16–25 accès direct (rules PSY-1, R-3). Before "psychologue"/"psychothérapeute".
    key: 'psychiatre',
    re: /psychiatr/,
  },
  {
    key: 'stomatologue',
    re: /stomatolog/,
  },
  // Professions the core estimates (docs/reimbursement.md §5). Skipped when the label starts with
  // "Médecin"/"Docteur" ("Médecin ostéopathe" is a doctor); before the catch-all below.
  { key: 'dentiste', re: /^(?!(?:medecin|docteur|dr)\b)(?:.*\bchirurgiens? dentistes?\b|(?:.* )?dentistes?$)/ },
  { key: 'masseur-kinesitherapeute', re: /^(?!(?:medecin|docteur|dr)\b).*(?:\bmasseurs? kinesitherapeutes?\b|^kinesitherapeutes?$|^kines?$)/ },
  { key: 'sage-femme', re: /^(?!(?:medecin|docteur|dr)\b).*\bsages? femmes?\b/ },
  { key: 'pedicure-podologue', re: /^(?!(?:medecin|docteur|dr)\b).*(?:\bpedicures? podologues?\b|^podologues?$)/ },
  { key: 'orthophoniste', re: /^(?!(?:medecin|docteur|dr)\b).*\borthophonistes?\b/ },
  { key: 'osteopathe', re: /^(?!(?:medecin|docteur|dr)\b)(?:osteopathes?|osteopathe d o)$/ },
  { key: 'chiropracteur', re: /^(?!(?:medecin|docteur|dr)\b)chiropract(?:eur|rice|eurs)$/ },
  { key: 'dieteticien', re: /^(?!(?:medecin|docteur|dr)\b)dieteticien(?:ne)?s?(?: nutritionnistes?)?$/ },
  // A psychologist: Mon soutien psy partner or not is decided with the sector (normalizeSpecialty,
  // src/sites/doctolib/profession.ts).
  { key: 'psychologue', re: /^(?!(?:medecin|docteur|dr)\b)(?:neuro)?psychologues?(?: clinicien(?:ne)?s?| psychotherapeutes?| du travail| de l enfant et de l adolescent)?$/ },
  {
    // Not doctors, or not reimbursed like a doctor's consultation. Skipped when the label starts
    // with "Médecin"/"Docteur" ("Médecin ostéopathe" is a doctor).
    key: 'non-medical',
    re: /^(?!(?:medecin|docteur|dr)\b).*(?:\bosteopath|chiropract|\bdentiste|\bodontolog|orthodont|kinesither|\bkine\b|masseur|sage femme|sages femmes|maieuti|psychologue|psychotherap|psychanalys|psychopratic|psychomotric|\binfirmi|orthophon|orthoptist|podolog|pedicure|dieteticien|ergotherap|audioprothes|opticien|pharmaci|naturopath|sophrolog|hypno|reflexolog|etiopath|acupuncteur|shiatsu|coach|doula|educat|assistante? (?:dentaire|sociale)|prothesiste|manipulateur|laboratoire|profession non reglementee|non remboursee? par|conseill|\btherapeute|\bnutritionniste|magnetiseur|art therap)/,
  },
  {
    key: 'pediatre',
    re: /^(?!.*chirurg).*\bpediatr/,
  },
  {
    // Not neurochirurgien, not neuropsychologue (above).
    key: 'neurologue',
    re: /\bneurolog/,
  },
  {
    // GYN-1 is for medical gynaecology (specialty codes 70 "gynécologie médicale" and 79
    // "gynécologie médicale et obstétrique") only. "Gynécologue obstétricien" (code 07) and a bare
    // "Gynécologue" (either) use the generic specialist tariff, with the gynaecologists' accès
    // direct: the core's key `gynecologue-obstetricien`.
    key: 'gynecologue',
    re: /\bgynecolog\w* medica/,
  },
  {
    key: 'gynecologue-obstetricien',
    re: /\bgynecolog|\bobstetric/,
  },
  {
    // GER-1: geriatricians have their own consultation tariff.
    key: 'geriatre',
    re: /\bgeriatr|\bgerontolog/,
  },
  {
    key: 'ophtalmologue',
    re: /\bophtalmolog|\bophthalmolog/,
  },
  {
    key: 'cardiologue',
    re: /\bcardiolog/,
  },
  {
    key: 'dermatologue',
    re: /\bdermatolog|\bvenerolog/,
  },
  {
    key: 'specialiste',
    re: /\bgastro|\bhepatolog|\borl\b|oto rhino|\brhumatolog|\bendocrinolog|\bdiabetolog|\bpneumolog|\bradiolog|\burolog|\bnephrolog|chirurg|\banesthes|\ballergolog|\bangiolog|\bphlebolog|\bhematolog|\boncolog|\bcancerolog|\binfectiolog|\binterniste|\bmedecine interne|\bproctolog|\bsenolog|\bechograph|\bmedecin vasculaire|\bmedecine vasculaire|\bmedecine physique|\breeducation|\baddictolog|\balgolog|\bgenetic|\bimmunolog|\bandrolog|\bphoniatr|\bradiotherap|\bnucleaire|\bbiolog|\banatomo|\bneonatolog|\bnutrition|\bmedecine du sport|\bmedecin du sport|\bmedecine du travail|\bmedecin du travail|\burgentist|\bspecialiste|\bpneumo|\bhepato|\bcardio|\bvasculaire/,
  },
  {
    // Names a doctor but not which kind: GP or specialist unknown → range over both.
    key: 'medecin',
    re: /^(?:medecins?|docteur|dr|praticien|praticienne)\b/,
  },
];

/** Labels each rule is meant for, with the expected key (tests iterate; not referenced at run
 * time, so not bundled). */
export const SPECIALTY_EXAMPLES: ReadonlyArray<readonly [label: string, key: SpecialtyKey]> = [
  ['Médecin généraliste', 'generaliste'],
  ['Généraliste', 'generaliste'],
  ['Généraliste - Acupuncteur', 'generaliste'],
  ['Médecin généraliste - Angiologue en mode d\'exercice exclusif', 'generaliste'],
  ['2 médecins généralistes', 'generaliste'],
  ['Médecine générale', 'generaliste'],
  ['Médecine esthétique', 'non-medical'],
  ['Médecin esthétique', 'non-medical'],
  ['Psychiatre', 'psychiatre'],
  ['Pédopsychiatre', 'psychiatre'],
  ['Neuropsychiatre', 'psychiatre'],
  ['Psychiatre de l\'enfant et de l\'adolescent', 'psychiatre'],
  ['Psychiatre - Psychothérapeute', 'psychiatre'],
  ['Stomatologue', 'stomatologue'],
  ['Chirurgien maxillo-facial et stomatologue', 'stomatologue'],
  ['Ostéopathe', 'osteopathe'],
  ['Chiropracteur', 'chiropracteur'],
  ['Chirurgien-dentiste', 'dentiste'],
  ['Dentiste', 'dentiste'],
  ['Orthodontiste', 'non-medical'],
  ['Masseur-kinésithérapeute', 'masseur-kinesitherapeute'],
  ['Kinésithérapeute', 'masseur-kinesitherapeute'],
  ['Sage-femme', 'sage-femme'],
  ['Psychologue', 'non-medical'], // no sector: a Mon soutien psy partner or not is unknown
  ['Neuropsychologue', 'non-medical'],
  ['Psychothérapeute', 'non-medical'],
  ['Infirmier', 'non-medical'],
  ['Infirmière', 'non-medical'],
  ['Orthophoniste', 'orthophoniste'],
  ['Orthoptiste', 'non-medical'],
  ['Pédicure-podologue', 'pedicure-podologue'],
  ['Podologue', 'pedicure-podologue'],
  ['Diététicien', 'dieteticien'],
  ['Diététicienne nutritionniste', 'dieteticien'],
  ['Profession non réglementée', 'non-medical'],
  ['Consultation non remboursée par l\'Assurance Maladie', 'non-medical'],
  ['Ergothérapeute', 'non-medical'],
  ['Sophrologue', 'non-medical'],
  ['Pédiatre', 'pediatre'],
  ['Pédiatre - Néonatalogiste', 'pediatre'],
  ['Neurologue', 'neurologue'],
  ['Gynécologue médical', 'gynecologue'],
  ['Gynécologue médicale', 'gynecologue'],
  ['Gynécologue médical et obstétrique', 'gynecologue'],
  ['Gynécologie médicale', 'gynecologue'],
  ['Ophtalmologue', 'ophtalmologue'], ['Ophtalmologiste', 'ophtalmologue'],
  ['Cardiologue', 'cardiologue'], ['Cardiologue et maladies vasculaires', 'cardiologue'],
  ['Dermatologue', 'dermatologue'], ['Dermatologue et vénérologue', 'dermatologue'],
  ['Gynécologue obstétricien', 'gynecologue-obstetricien'],
  ['Gynécologue', 'gynecologue-obstetricien'],
  ['Gastro-entérologue et hépatologue', 'specialiste'],
  ['1 gastro-entérologue et hépatologue', 'specialiste'],
  ['ORL', 'specialiste'],
  ['Oto-rhino-laryngologiste (ORL)', 'specialiste'],
  ['Rhumatologue', 'specialiste'],
  ['Endocrinologue', 'specialiste'],
  ['Endocrinologue diabétologue', 'specialiste'],
  ['Pneumologue', 'specialiste'],
  ['Radiologue', 'specialiste'],
  ['Urologue', 'specialiste'],
  ['Chirurgien orthopédiste', 'specialiste'],
  ['Chirurgien pédiatrique', 'specialiste'],
  ['Neurochirurgien', 'specialiste'],
  ['Allergologue', 'specialiste'],
  ['Angiologue', 'specialiste'],
  ['Gériatre', 'geriatre'],
  ['Médecin vasculaire', 'specialiste'],
  ['Médecin nutritionniste', 'specialiste'],
  ['Médecin', 'medecin'],
  ['Médecin homéopathe', 'medecin'],
  ['Médecin ostéopathe', 'medecin'],
  ['Sages-femmes', 'sage-femme'],
  ['Psychologue clinicienne', 'non-medical'],
  ['Assistante dentaire', 'non-medical'],
  ['Sophrologue', 'non-medical'],
  ['Docteur en médecine', 'medecin'],
];

/** Sectors only doctors have (other professions get "Conventionné" variants). */
const DOCTOR_ONLY_SECTORS: ReadonlySet<Sector> = new Set<Sector>(['1', '2', '2-optam']);

/** The rule a label matches, or null (unknown label). */
export function matchSpecialty(label: string): SpecialtyRule | null {
  if (typeof label !== 'string') return null;
  // A list repeats a few labels hundreds of times ("Dermatologue" on every card): each is
  // matched against the ~100 rules once. Bounded, so a page cannot grow it without limit.
  const known = MATCHED.get(label);
  if (known !== undefined) return known;
  const f = fold(label).replace(/[()[\],.;:/]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  let found: SpecialtyRule | null = null;
  if (f !== '') found = SPECIALTY_RULES.find((rule) => rule.re.test(f)) ?? null;
  if (MATCHED.size >= 512) MATCHED.clear();
  MATCHED.set(label, found);
  return found;
}
const MATCHED = new Map<string, SpecialtyRule | null>();

/**
 * The core's specialty key for a label. `sector` (when known) settles unknown labels: secteur
 * 1/2/OPTAM → a doctor of unknown kind (`medecin`), anything else → `non-medical`. Never throws.
 */
export function normalizeSpecialty(label: string | undefined, sector?: Sector): SpecialtyKey {
  const rule = matchSpecialty(label ?? '');
  // Outside Mon soutien psy only when the page says non conventionné (a partner says conventionné).
  if (rule !== null && rule.key === 'psychologue') return sector === '3' ? 'psychologue' : 'non-medical';
  if (rule !== null) return rule.key;
  return sector !== undefined && DOCTOR_ONLY_SECTORS.has(sector) ? 'medecin' : 'non-medical';
}

/** A doctor's URL slug ("gastro-enterologue", "medecin-generaliste") as a label, for fallbacks. */
export function labelFromSlug(slug: string): string {
  return slug.replace(/[-_]+/g, ' ').trim();
}
