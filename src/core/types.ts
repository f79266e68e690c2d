// Contract types of the calculation core (docs/architecture.md, "The core: estimate()").
// Every amount is an integer number of cents.
import type { NoteCode } from './notes';

export type { NoteCode } from './notes';

export type Sector = '1' | '2-optam' | '2' | '3' | 'unknown';
export type Act = 'consultation' | 'teleconsultation';
/** An act of the act table (src/core/acts.ts), or 'consultation' inside `acts`. */
export type ActId = string;

/** Integer cents; `min === max` when exact. */
export interface Money {
  min: number;
  max: number;
}

/** The shared pool for care the Assurance Maladie does not reimburse ("médecines douces"). */
export interface Allowance {
  /** Specialty keys ("osteopathe", "chiropracteur", "dieteticien", "psychologue"…). */
  professions: string[];
  /** `null` = no limit of that kind. */
  perSessionCents: number | null;
  sessionsPerYear: number | null;
  perYearCents: number | null;
  /** The oldest age still covered, inclusive ("moins de 15 ans" on a table is 14). */
  maxAge?: number;
}

/**
 * The contract's other lines, in % of the BR, Sécurité sociale included (docs/architecture.md,
 * "The whole mutuelle"). Absent: the line falls back to `dptamPct`.
 */
export interface MutuelleLines {
  auxiliariesPct?: number;
  psyMspPct?: number;
  dentalCarePct?: number;
  dentalProsthesisPct?: number;
  orthodonticsPct?: number;
  allowance?: Allowance;
}

export type Mutuelle =
  | { kind: 'none' }
  | ({ kind: 'brss'; dptamPct: number; nonDptamPct: number; responsable: boolean } & MutuelleLines);

/** What the user says is already used in the current period (absent = nothing). */
export interface YearToDate {
  /** YYYY-MM-DD: the counters hold for care in [periodStart, periodStart + 1 year). */
  periodStart: string;
  pfCapReached?: boolean;
  franchiseCapReached?: boolean;
  mspSessions?: number;
  allowanceUsedCents?: number;
  allowanceSessions?: number;
}

export interface CoverageProfile {
  mutuelle: Mutuelle;
  /** Whole years of the person consulting (0 for a baby). */
  age: number;
  medecinTraitant: boolean;
  referred: boolean;
  ald: boolean;
  maternity: boolean;
  regime: 'general' | 'alsace-moselle';
  css: boolean;
  ame: boolean;
  yearToDate?: YearToDate;
}

export interface EstimateInput {
  /** Day of care, YYYY-MM-DD: picks the tariff version. */
  date: string;
  sector: Sector;
  /** Normalized key ("generaliste", "pediatre", …, "specialiste", "medecin", "non-medical"). */
  specialty: string;
  /** A consultation, or an act of the act table by its id (docs/acts.md §2: "HBJD001", "DEQP003"…). */
  act: Act | ActId;
  /** The label fits several acts (a crown with no tooth named): the estimate spans them; `act` is the first. */
  actCandidates?: ActId[];
  /** Billed together in one row ("Consultation + ECG"): amounts summed, a participation forfaitaire per act. */
  acts?: ActId[];
  feeCents: Money | null;
  profile: CoverageProfile;
  /**
   * For a GP only: `true` = this GP is the patient's médecin traitant (in the parcours), `false` =
   * not (hors parcours unless another rule puts the visit in it: under 16, AME), absent = the GP is
   * assumed to be it when the profile says a médecin traitant is declared. Ignored for others.
   */
  isMedecinTraitant?: boolean;
}

export type EstimateStatus = 'exact' | 'range' | 'fee-unknown' | 'unknown';

/**
 * A reason, as a code with parameters; the UI renders it in French or English through i18n
 * (message key `notes.<code>` with the params as named substitutions). Money params are cents.
 */
export interface Note {
  code: NoteCode;
  params?: Record<string, string | number>;
}

export interface Estimate {
  status: EstimateStatus;
  fee?: Money;
  brss?: Money;
  /** Percent, e.g. { min: 70, max: 70 }; a range only when the bounds differ in parcours. */
  amoRate?: Money;
  /** Assurance Maladie reimbursement, participation forfaitaire already deducted. */
  amo?: Money;
  participationForfaitaire?: Money;
  mutuelle?: Money;
  outOfPocket?: Money;
  fullyCoveredUpTo?: Money;
  // Additions to the contract in docs/architecture.md (breakdown of the remainder, rules §2 step 6):
  /** AMO before the participation forfaitaire is deducted. */
  amoGross?: Money;
  /** Hors-parcours majoration (40 points of the base), never coverable by a contrat responsable. */
  majoration?: Money;
  /** Part of the dépassement that neither the AMO nor the mutuelle pays. */
  uncoveredExcess?: Money;
  /** Part of the ticket modérateur (base − in-parcours AMO share) the mutuelle does not pay. */
  uncoveredTicketModerateur?: Money;
  /** Franchise médicale deducted from the AMO (auxiliaires médicaux: kiné, podologist), never covered by a mutuelle. */
  franchise?: Money;
  /** What the core decided, for the UI to show without re-deriving a rule (absent on invalid input). */
  facts?: EstimateFacts;
  notes: Note[];
  tariff: { version: string; sources: string[] };
}

/**
 * Why the visit is in or out of the parcours de soins. `no-medecin-traitant`: a GP, the patient
 * has declared none (hors parcours). `not-applicable`: not a doctor, AME (no parcours penalty), or
 * candidates (GP or specialist) whose parcours differ.
 */
export type ParcoursWhy =
  | 'medecin-traitant-marked'
  | 'assumed'
  | 'under-16'
  | 'acces-direct'
  | 'referred'
  | 'not-referred'
  | 'other-gp'
  | 'no-medecin-traitant'
  | 'not-applicable';

/** The line of the user's contract a mutuelle part is computed with. */
export type MutuelleLineName =
  | 'doctorsDptam'
  | 'doctorsNonDptam'
  | 'auxiliaries'
  | 'psyMsp'
  | 'dentalCare'
  | 'dentalProsthesis'
  | 'orthodontics'
  | 'allowance'
  | 'css'
  | 'none';

/** A `yearToDate` counter of the profile that changed the amount. */
export type CounterName = 'pfCap' | 'franchiseCap' | 'mspSessions' | 'allowance';

/** Facts the UI can trust (docs/architecture.md, "Facts"). */
export interface EstimateFacts {
  parcours: { in: boolean; why: ParcoursWhy };
  /** False when the Assurance Maladie pays nothing for this act or profession. */
  reimbursed: boolean;
  /** The line the core applied and its level (percent of the BR); absent when the cases spanned use different lines. */
  mutuelleLine?: { line: MutuelleLineName; levelPct?: number };
  /** The franchise médicale deducted, cents (0 where none). */
  franchiseCents: number;
  countersApplied: CounterName[];
  /** The act estimated, for acts beyond the consultation. */
  act?: {
    id: string;
    basket?: '100-sante' | 'maitrise' | 'libre';
    ceilingCents?: number;
    /** The acts spanned when the label fits several (a crown whose tooth is not named). */
    candidates?: string[];
    /** The acts billed together in the row ("consultation" and an ECG). */
    acts?: string[];
  };
  /** The page's price is below the tariff the practitioner must bill (the estimate uses the tariff). */
  feeBelowTariff?: { shownCents: number; tariffCents: number; since: string };
}
