// The professions other than doctors and which of them the Assurance Maladie never reimburses:
// its own module so that the content scripts, which need only the list, do not bundle the
// doctors' specialty table.
/** How the core treats a profession other than doctors (src/core/professions.ts). */
export type Profession =
  | 'dentist'
  | 'msp'
  | 'physio'
  | 'midwife'
  | 'podologist'
  | 'speech-therapist'
  | 'psychologist-outside'
  | 'dietitian'
  | 'not-reimbursed';

/**
 * Specialty keys of the professions other than doctors (docs/architecture.md, "Other
 * professions"): the key as the readers give it → how the core treats it.
 */
export const PROFESSIONS: Readonly<Record<string, Profession>> = Object.freeze({
  dentiste: 'dentist',
  'psychologue-msp': 'msp', // a Mon soutien psy partner ("Conventionné avec l'Assurance Maladie")
  psychologue: 'psychologist-outside',
  'masseur-kinesitherapeute': 'physio',
  'sage-femme': 'midwife',
  'pedicure-podologue': 'podologist',
  orthophoniste: 'speech-therapist',
  osteopathe: 'not-reimbursed',
  chiropracteur: 'not-reimbursed',
  dieteticien: 'dietitian',
});

/** The profession a canonical key names, or undefined (a doctor, or unknown). */
export function professionOf(key: string): Profession | undefined {
  return Object.prototype.hasOwnProperty.call(PROFESSIONS, key) ? PROFESSIONS[key] : undefined;
}

/** How a profession the Assurance Maladie never reimburses is treated (the fee is the out-of-pocket). */
const NEVER_REIMBURSED: ReadonlySet<Profession> = new Set<Profession>(['not-reimbursed', 'psychologist-outside', 'dietitian']);

/**
 * Specialty keys of the professions the Assurance Maladie never reimburses (ostéopathe,
 * chiropracteur, diététicien, psychologue outside Mon soutien psy): the one list the readers and
 * the badge use.
 */
export const NOT_REIMBURSED_SPECIALTIES: readonly string[] = Object.freeze(
  Object.keys(PROFESSIONS).filter((key) => NEVER_REIMBURSED.has(PROFESSIONS[key]!)),
);

/** A specialty key the Assurance Maladie never reimburses. */
export function isNotReimbursedSpecialty(key: string): boolean {
  return NOT_REIMBURSED_SPECIALTIES.includes(key);
}
