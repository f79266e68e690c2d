// Note codes the core can emit, with the names of their parameters. Each code is a Chrome i18n
// message `notes_<code>` in src/i18n/locales/{fr,en}.yml whose placeholders are exactly these
// names (a unit test checks both files). Parameter naming: …Cents = integer cents (the UI formats
// euros), …Pct = percent, …Date = 'YYYY-MM-DD'; anything else is shown as is.

export const NOTE_PARAMS = {
  // --- Reasons for status "unknown" ---
  invalidInput: [],
  invalidDate: [],
  dateBeforeTable: ['firstDate'],
  tariffNotVerified: ['verifiedDate'],
  invalidSector: [],
  invalidAct: [],
  invalidFee: [],
  feeTooHigh: ['maxCents'],
  invalidProfile: ['field'],
  contradictoryProfile: [],
  unknownSpecialty: [],
  nonMedical: [],
  tariffNotSourced: ['paramId'],
  teleconsultationSpecialist: ['untilDate'],
  teleconsultationNotReimbursed: ['fromDate'],
  teleconsultationHorsParcours: [],
  internalError: [],

  // --- What changed the result ---
  tariffNotVerifiedAfter: ['verifiedDate'],
  feeNotShown: [],
  feeNotShownFloor: [],
  sectorUnknown: [],
  specialtyUnknown: [],
  genericSpecialistTariff: [],
  pediatricianAdultTariff: [],
  youngPatientPsychiatryRange: ['paramId'],
  lowConfidenceTariff: ['paramId'],
  gpAssumedMedecinTraitant: [],
  gpIsMedecinTraitant: [],
  horsParcoursNotMedecinTraitant: ['ratePct'],
  horsParcoursNoMedecinTraitant: ['ratePct'],
  horsParcoursNotReferred: ['ratePct'],
  accesDirectWithoutMedecinTraitant: ['ratePct'],
  accesDirectSpecifique: [],
  under16NoPenalty: [],
  referralWithoutMedecinTraitant: [],
  ald: ['ratePct'],
  maternity: ['ratePct'],
  alsaceMoselle: ['ratePct'],
  participationForfaitaire: ['pfCents'],
  pfExemptUnder18: [],
  pfLimitedToRefund: ['pfCents'],
  pfNotChargedSecteur3: [],
  pfCapReached: [],
  majorationNotCovered: [],
  cssComplementary: [],
  tarifOpposableRequired: ['feeCents'],
  cssNonConventionne: [],
  ame: [],
  ameDepassement: [],
  nonOptamBase: ['brssCents'],
  nonOptamAtTarifOpposable: [],
  secteur3TarifAutorite: ['lowCents', 'highCents'],
  secteur1Depassement: [],
  responsableNonDptamCap: ['requestedPct', 'appliedPct'],
  responsableFloor: ['requestedPct', 'appliedPct'],
  responsableExcludesDa: [],

  // --- Money in 2026: coordinated tariffs, ranges of printed tariffs and of candidate bases ---
  secteur1CoordinatedTariff: ['feeCents'],
  cardiologyTariffRange: ['lowCents', 'highCents'],
  genericSpecialistNonOptamRange: ['lowCents', 'highCents'],
  // --- Professions other than doctors (src/core/professions.ts) ---
  notReimbursed: [],
  noParticipationForfaitaire: [],
  franchise: ['franchiseCents'],
  franchiseExempt: [],
  franchiseCapReached: [],
  physioPrescription: ['feeCents'],
  physioSessionRange: ['minCents', 'maxCents'],
  mspSessionKind: ['minCents', 'maxCents'],
  mspAboveTariff: ['brssCents'],
  midwifePregnancy: ['outOfPocketCents'],
  podologyDiabeticFoot: [],
  professionSectorUnknown: [],
  professionNonConventionne: [],
  professionAlsaceMoselle: [],
  professionTeleconsultation: [],
  professionMutuelleLevel: ['levelPct'],
  professionCssTarif: ['feeCents'],
} as const satisfies Record<string, readonly string[]>;

export type NoteCode = keyof typeof NOTE_PARAMS;

/** Every code `estimate` can emit (the UI renders only these). */
export const NOTE_CODES = Object.freeze(Object.keys(NOTE_PARAMS)) as readonly NoteCode[];
