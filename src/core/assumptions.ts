// Every choice the reference leaves open (docs/reimbursement.md §4), and every place where the
// engine had to decide something the sources do not settle, as ONE field each of
// DEFAULT_ASSUMPTIONS. Changing a choice changes the engine's behaviour: every alternative is
// implemented, `estimate(input, assumptions)` takes another set (as OpenFisca's reforms do), and
// tests/unit/core/assumptions.test.ts runs the engine with each one flipped alone.
//
// The rule of thumb when sources disagree: prefer the reading that does not understate what
// the patient pays, and say so in a note.

/** The open choices, one field each; the engine reads them from the estimate's context. */
export interface Assumptions {
  readonly USE_LATEST_VALUES_AFTER_VERIFIED: boolean;
  readonly APPLY_RESPONSABLE_CAPS: boolean;
  readonly HORS_PARCOURS_MAJORATION_CAP_CENTS: number | null;
  readonly ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION: boolean;
  readonly MATERNITY_HORS_PARCOURS_MAJORATION: boolean;
  readonly ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT: boolean;
  readonly USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE: boolean;
  readonly COORDINATED_IN_ACCES_DIRECT: boolean;
  readonly SECTEUR3_PF: 'capped' | 'none';
  readonly DA_CAP_ROUNDING: 'ceil' | 'round' | 'floor';
  readonly APPLY_CR4_EXCLUSION: boolean;
  readonly SECTEUR1_DEPASSEMENT_LEVEL: 'nonDptam' | 'dptam';
  readonly AME_ALLOWS_DEPASSEMENT: boolean;
  readonly GERIATRICS_GENERIC_BEFORE_GER1: boolean;
  readonly TELECONSULTATION_HORS_PARCOURS: 'unknown' | 'as-in-person';
  readonly CSS_COVERS_MAJORATION: boolean;
  readonly GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED: boolean;
  readonly REFERRAL_REQUIRES_MEDECIN_TRAITANT: boolean;
  readonly PSY5: 'range' | 'ignore';
  readonly PSY5_MAX_AGE: number;
  readonly PEDIATRICIAN_FROM_16_GENERIC: boolean;
  readonly NON_RESPONSABLE_COVERS_MAJORATION: boolean;
  readonly AME_IGNORES_PARCOURS: boolean;
  readonly SECTEUR3_FLOOR_AT_SECTOR1_TARIFF: boolean;
  readonly CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE: boolean;
  readonly TELECONSULTATION_SAME_TARIFF_ALL_AGES: boolean;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze({
  // §4.1 Changes after about January 2026 are unknown. Days after VERIFIED_THROUGH (tariffs.ts)
  // use the latest known values and get the note `tariffNotVerifiedAfter`.
  USE_LATEST_VALUES_AFTER_VERIFIED: true,

  // §4.2 The R871-2 wording was not retrieved: the engine applies the secondary sources'
  // paraphrase (non-DPTAM level ≤ 200 % BR and ≥ 20 points below the DPTAM level; every level
  // ≥ 100 %, CR-1) to contrats responsables, with a note whenever a cap changes the result.
  APPLY_RESPONSABLE_CAPS: true,

  // §4.3 The hors-parcours majoration is a flat 40 points of the base (as service-public and
  // ameli examples do), with no cap. `null` = no cap; a number = the cap in cents.
  HORS_PARCOURS_MAJORATION_CAP_CENTS: null,

  // §4.4 Alsace-Moselle hors parcours: 90 − 40 = 50 %. `false` would keep 90 % (no majoration).
  ALSACE_MOSELLE_HORS_PARCOURS_MAJORATION: true,

  // §4.5 Maternity hors parcours: the 40-point majoration applies (100 → 60 %), the reading that
  // does not understate the cost. `false` keeps 100 %.
  MATERNITY_HORS_PARCOURS_MAJORATION: true,

  // §4.6 Accès direct spécifique (gynaecology, ophthalmology, stomatology, psychiatry 16–25)
  // with NO médecin traitant declared: hors parcours, as APRIL and mon.apicil say.
  ACCES_DIRECT_REQUIRES_MEDECIN_TRAITANT: true,

  // §4.7 Non-OPTAM bases without a primary source:
  //  - cardiologist (CAR-2, 47.73 € since the 2026 update: Egora 2017 "La CSC passe à 47,73 euros" and
  //    Assurland agree, M; it was the 2014 value 45.73 €, L, with the note `lowConfidenceTariff`).
  //    `false` → status "unknown" (and CAR-2 leaves the unknown-specialty range).
  //  - neurologist (NEU-2): none sourced (PSY-3 is the psychiatrists' CP): "unknown".
  USE_LOW_CONFIDENCE_CARDIOLOGIST_BASE: true,
  //  - paediatrician (PED-4): no value for the period the paediatric table covers (only "old
  //    values", unconfirmed for 2024+): a non-OPTAM paediatrician billing above the tarif
  //    opposable gives status "unknown" (`tariffNotSourced`, PED-4). Not switchable: there is no
  //    number to switch to.
  //  - teleconsultation by a non-OPTAM doctor billing a dépassement (GP-9): "unknown".
  //  - APC (SP-7, SP-8): not an act the core estimates (`act` is consultation/teleconsultation).

  // §4.8 Coordination (MCS/MCC): the specialist's coordinated tariff applies when the patient is
  // adressé by their médecin traitant or in accès direct spécifique; otherwise non-coordinated.
  // With a known fee the base is min(tariff, fee), so a doctor who did not bill the MCS is
  // still computed right in secteur 1 / OPTAM.
  COORDINATED_IN_ACCES_DIRECT: true,

  // §4.9 Secteur 3: the PF cannot exceed the (tiny) AMO refund on the tarif d'autorité, so the
  // refund is never negative: 'capped'. 'none' = no PF at all for secteur 3 (jechange).
  // The mutuelle applies its non-DPTAM level to the tarif d'autorité; no "non conventionné"
  // forfait is assumed.
  SECTEUR3_PF: 'capped',

  // §4.10 DA cap (hors-parcours dépassement of a secteur 1 specialist): coordinated tariff ×
  // 117.5 %, rounded UP to the euro (the convention's wording; ameli's old "35 €" contradicts
  // it). The DA amount a contrat responsable must exclude (CR-4, L) is that cap minus the
  // non-coordinated tariff, applied to hors-parcours specialists in every sector.
  DA_CAP_ROUNDING: 'ceil',
  APPLY_CR4_EXCLUSION: true,

  // §4.11 A secteur 1 doctor's dépassement (DE, or DA hors parcours): the mutuelle's non-DPTAM
  // level applies ("most contracts treat it as a non-DPTAM dépassement").
  SECTEUR1_DEPASSEMENT_LEVEL: 'nonDptam',

  // §4.12 AME: no source extends the ban on dépassements to AME; the patient pays any
  // dépassement (AME pays 100 % of the base only). `false` → the fee is cut to the tarif
  // opposable as for the CSS.
  AME_ALLOWS_DEPASSEMENT: true,

  // §4.13 Rounding: every rate × amount is rounded to the nearest cent, halves up (amounts are
  // never negative). Implemented by `rateOf` in formulas.ts.

  // §4.14 Gynaecology and geriatrics: the lower press figures are the tariffs without MCS.
  // Medical gynaecology before 2024-12-22: GYN-1's 33.50 has no start date, so there is no
  // sourced value → status "unknown". Geriatrics before 2024-12-22: the generic CS (GER-1's
  // 31.50 equals SP-2).
  GERIATRICS_GENERIC_BEFORE_GER1: true,

  // §4.15 Age 16–17: PF-exempt (under 18) but subject to the parcours (16 and over). Follows from
  // R-4 and PF-6; no constant needed.

  // §4.16 Teleconsultation hors parcours: an old text says it is not reimbursed at all, others
  // imply 30 %. Unsettled → status "unknown". 'as-in-person' would apply the 40-point majoration.
  TELECONSULTATION_HORS_PARCOURS: 'unknown',

  // §4.17 PF start date in 2005: irrelevant (the table starts on 2017-07-01).

  // §4.18 CSS hors parcours: the CSS pays the ticket modérateur only, not the majoration.
  CSS_COVERS_MAJORATION: false,

  // §4.19 DROM tariffs: out of scope; mainland values are used (the input has no location).

  // §4.20 Legal texts seen only in older copies: nothing to choose; the rules are applied as the
  // reference words them.

  // --- Choices outside §4 --------------------------------------------------------------------

  /**
   * A GP is assumed to be the patient's médecin traitant (or its replacement) when the patient
   * has declared one; with none declared, a GP visit is hors parcours (rules §3.B B5).
   */
  GP_IN_PARCOURS_WHEN_MEDECIN_TRAITANT_DECLARED: true,

  /** `referred` only counts when a médecin traitant is declared (the referral is theirs). */
  REFERRAL_REQUIRES_MEDECIN_TRAITANT: true,

  /**
   * PSY-5 (psychiatrist, patient under 25/26: 67 €, then 75 €; L, composition and eligibility
   * unconfirmed): 'range' = the estimate spans the usual psychiatry tariff and PSY-5 for
   * patients aged PSY5_MAX_AGE or less; 'ignore' = the usual tariff only.
   */
  PSY5: 'range',
  PSY5_MAX_AGE: 25,

  /** Paediatricians see patients of 16 and over at the generic specialist tariff (CS). */
  PEDIATRICIAN_FROM_16_GENERIC: true,

  // The annual (50 €) and daily (4 per doctor) PF caps are not tracked: the core cannot know
  // what the patient already paid this year, so the PF is always deducted (PF-4, PF-5). Not a
  // switch: the input carries nothing to track them with.

  /**
   * A contract that is not responsable is still assumed not to cover the PF and the
   * hors-parcours majoration (mutuelles pay "X % BR − remboursement Sécu" computed as if in
   * parcours); only the responsable caps (CR-1, CR-4, CR-5, CR-6) are lifted.
   */
  NON_RESPONSABLE_COVERS_MAJORATION: false,

  /** AME: no parcours de soins penalty (AME pays 100 % of the base, R-10). */
  AME_IGNORES_PARCOURS: true,

  /**
   * No fee shown for a secteur 3 doctor: the floor is computed at the secteur 1 tariff of the
   * same specialty (the tarif d'autorité, 0.61 €, is not a fee anyone charges).
   */
  SECTEUR3_FLOOR_AT_SECTOR1_TARIFF: true,

  /**
   * `fullyCoveredUpTo` for a CSS patient (conventionné doctor): the tarif opposable, the fee the
   * doctor must charge (any shown dépassement does not apply to them).
   */
  CSS_FULLY_COVERED_AT_TARIF_OPPOSABLE: true,

  /** GP teleconsultation (TCG, GP-8): the same 25 € at every age (no source on a child majoration). */
  TELECONSULTATION_SAME_TARIFF_ALL_AGES: true,
});
