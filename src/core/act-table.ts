// The act table: dental care and prostheses (100 % Santé baskets and their ceilings), doctors'
// technical acts (CCAM, two grids), the forfait 24 €, and specialists' teleconsultation. Same form
// as the consultation table in tariffs.ts (dated values, sources, confidence H/M/L, `derivation`
// when no source prints the value), concatenated to it there, so one checkTable covers both.
// Ids, values, dates and confidence are those of docs/acts.md (research compiled 2026-12-08).
//
// Data only, no import: tariffs.ts imports this module, and the spread into its typed PARAMETERS
// is what type-checks these rows.

const S = '2017-07-01'; // the table's first day (TABLE_START in tariffs.ts)

// Sources, named once (the pages read while researching).
const A = {
  ameliForfait24: 'https://www.ameli.fr/assure/remboursements/reste-charge/forfait-24-euros',
  handicap2019: 'https://informations.handicap.fr/a-actes-medicaux-baisse-remboursement-11436.php/true',
  sndsPf: 'https://deploy-preview-436--documentation-snds.netlify.app/glossaire/pf',
  archeoLex2011: 'http://archeo-lex.fr/codes/code_de_la_s%C3%A9curit%C3%A9_sociale/2011-02-24/commit',
  snmrPav: 'https://snmr.org/pages-ccam/7-9-participation-forfaitaire-de-18e/',
  omnipratPav: 'https://omniprat.org/fiches-pratiques/autres-actes/participation-forfaitaire-de-24-euros',
  droitsquotidiens: 'https://www.droitsquotidiens.fr/fr/question/sur-quelles-prestations-dois-je-payer-un-forfait-de-18-euros?o=7892',
  ashPf: 'https://ash.tm.fr/hebdo/2519/le-social-en-textes/le-plafond-journalier-du-forfait-de-1-sur-les-consultations-et-actes-medicaux-est-augmente-385512.php',
  ucrPf: 'https://ucr.fr/cest-quoi-la-participation-forfaitaire',
  jechangePf: 'https://www.jechange.fr/assurance/mutuelle-sante/participation-forfaitaire',
  lecardiologueDeqp003: 'https://lecardiologue.com/lacte-ccam-du-mois-decortique-deqp003/',
  revuePraticienFrottis: 'https://larevuedupraticien-dpc.fr/comment-coter-un-frottis-par-le-medecin-generaliste-en-france-en-2024',
  revuePraticienEcg: 'https://larevuedupraticien-dpc.fr/?p=12719',
  santeacademyFrottis: 'http://www.santeacademy.com/media/article/med-cotation-frottis',
  lemedecinJkhd001: 'https://lemedecin.fr/medical/actes/jkhd001-prelevement-cervicovaginal.html',
  lemedecinDeqp003: 'https://lemedecin.fr/medical/actes/deqp003-electrocardiographie-sur-au-moins-12-derivations.html',
  lemedecinJkld001: 'https://lemedecin.fr/medical/actes/jkld001-pose-dun-dispositif-intra-uterin.html',
  lemedecinZcqm009: 'https://lemedecin.fr/medical/actes/zcqm009-echographie-doppler-du-petit-bassin-pelvis-feminin-pour-surveillance-de-.html',
  lemedecinZcqj002: 'https://lemedecin.fr/medical/actes/zcqj002-echographie-doppler-du-petit-bassin-pelvis-feminin-par-voie-rectale-etou.html',
  lemedecinQznp012: 'https://lemedecin.fr/medical/actes/qznp012-seance-de-destruction-de-11-a-50-lesions-cutanees-superficielles-par-age.html',
  lemedecinBgqp002: 'https://lemedecin.fr/medical/actes/bgqp002-examen-du-fond-doeil-par-biomicroscopie-avec-verre-de-contact.html',
  lemedecinBlqp010: 'https://lemedecin.fr/medical/actes/blqp010-examen-de-la-vision-binoculaire.html',
  lemedecinHbfd008: 'https://lemedecin.fr/medical/actes/hbfd008-exerese-de-la-pulpe-vivante-dune-molaire-permanente.html',
  lemedecinHbgd036: 'https://lemedecin.fr/medical/actes/hbgd036-avulsion-d1-dent-permanente-sur-arcade-sans-alveolectomie.html',
  lecardiologueDzqm006: 'https://lecardiologue.com/lacte-ccam-du-mois-decortique-dzqm006/',
  lecardiologueQ339: 'http://lecardiologue.com/questions-diverses-posees-par-des-cardiologues-2/?print=print',
  lecardiologueDeqp005: 'http://lecardiologue.com/lacte-ccam-du-mois-deqp005-holter-ecg/',
  assurproxEcho: 'https://www.assurprox.com/mutuelle-sante/remboursement-des-echographies.html',
  lyceeEcho: 'https://lyceedesmetiersparentis.fr/posts/echographie-1er-trimestre-remboursement-28028',
  fsd: 'https://nomenclature-medecin-generaliste.fr/2015/10/12/le-forfait-de-securite-dermatologique-fsd',
  dermatonet: 'https://www.dermatonet.com/nomenclature-actes-medicaux-dermatologie-ccam-dermatologie?share=jetpack-whatsapp',
  ameliCcam2024: 'https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/grands-axes-convention-detail/mesures-attractivite-exercice-liberal/revalorisation-consultations-actes/revalorisation-actes-techniques-refonte-ccam',
  fmf2026: 'https://www.fmfpro.org/les-nouveautes-conventionnelles-tarifaires-du-1er-janvier-2026',
  urpsCentre2026: 'https://urpsml-centre.org/?p=14024',
  omnipratAudio: 'https://omniprat.org/fiches-pratiques/pediatrie/depistage-auditif-a-partir-de-3-ans/',
  caassure: 'https://caassure.com/blanchiment-dentaire-ai-je-droit-remboursement/',
  appealingsmile: 'https://appealingsmile.com/esthetique-et-prothese-dentaire/prix-couronne-dentaire',
  ameliDentalFaq: 'https://www.ameli.fr/chirurgien-dentiste/textes-reference/convention/faq-comprendre-changements-exercice-quotidien',
  julie: 'https://www.julie.fr/convention-dentaire/',
  klesiaDental2023: 'https://www.klesiaprosocial.fr/you-go/c/4/i/74223023/les-ocam-s-impliquent-dans-la-prevention-bucco-dentaire',
  selectraDetartrage: 'https://selectra.info/assurance/mutuelle-sante/remboursement/detartrage',
  miray: 'https://dr-elodie-miray.chirurgiens-dentistes.fr/honoraires',
  santezen: 'https://www.santezen.fr/economiser-sur-le-cout-dun-detartrage-nos-astuces',
  nguetta: 'https://cabinetdentairenguetta.fr/honoraires',
  pizzetta: 'https://dr-pizzetta-bruno.chirurgiens-dentistes.fr/honoraires',
  infoDentaire2021: 'https://information-dentaire.fr/actualites/revalorisations-et-plafonnements-ce-qui-a-change-au-1er-janvier',
  infoDentaire2023: 'https://information-dentaire.fr/actualites/la-nouvelle-convention-dentaire-s-applique-depuis-le-25-aout',
  macsf2023: 'https://petitesannonces.macsf.fr/blog/actus/29/nouvelle-convention-dentaire-2023-2028-priorite-sur-la-prevention-et-l-accessibilite',
  scdp: 'https://scdp.fr/accueil/evolutions-tarifaires-de-la-convention-2023',
  dentalTribune2026: 'https://fr.dental-tribune.com/news/evolutions-des-remboursements-dentaires-au-1er-janvier-2026',
  cnsdRadio: 'http://cnsd.fr/ccam/1030-la-radiographie-diagnostique',
  aproposPano: 'https://aproposdassurance.fr/remboursement-panoramique-dentaire/',
  odonte: 'https://odonte.com/index.php/2016/06/24/ccam-codes-des-modificateurs-urgence-age-du-patient/',
  mnt: 'https://mntetvous.mnt.fr/100--sante--tarifs-remboursements-plafonnements',
  juriblio2024: 'https://juriblio.fr/arretes/arrete-du-23-fevrier-2024/183408698/annexe',
  edpDentaire: 'http://www.edp-dentaire.fr/actualites/3158-dentistes-de-nouveaux-actes-mais-des-revalorisations-faibles',
  hlfAnnex: 'https://vdocuments.pub/annexe-iv-honoraires-limites-de-facturation-des-rparation-dune-fracture-de.html',
  journaldesfemmes: 'https://sante.journaldesfemmes.fr/fiches-sante-du-quotidien/2667587-cout-d-une-prothese-dentaire-couronne-metallique-ceramique-appareil-remboursement',
  collecteam: 'https://www.collecteam.fr/actualites/soins-dentaires-profitez-du-100-sante',
  msa100: 'https://alpesdunord.msa.fr/lfp/sante/100pourcent',
  groupagricaDental: 'https://www.groupagrica.com/infos-utiles/100sante/zoom-sur-le-dentaire',
  mgefi: 'https://www.mgefi.fr/tout-comprendre/Lle-100%25-Sant%C3%A9-dentaire-comment-%C3%A7a-marche.html',
  appa2019: 'https://formation.appa-asso.org/2019/10/04/soins-protheses-dentaires-revalorisation-bases-de-remboursement-de-lassurance-maladie/',
  cliniqueToulouse: 'https://sites.google.com/view/clinique-toulouse/ressources/ccam',
  mutualib: 'https://mutualib.fr/guide/soins-dentaires/blanchiment-dentaire-mutuelle.php',
  pagesjaunesBlanchiment: 'https://blanchiment-des-dents.pagesjaunes.fr/astuce/voir/751065/remboursement-d-un-blanchiment-des-dents',
  aprilOrtho: 'https://april.fr/complementaire-sante/guide/orthodontie-enfant',
  orthoParis16: 'https://orthodontiste-paris16-cyrot.fr/content/remboursement-orthodontie-paris-16%C3%A8me-75',
  internationalSante: 'https://international-sante.com/autres-assurances/mutuelles/meilleurs-remboursements-orthodontie-enfant',
  europe1Mtdents: 'https://www.europe1.fr/sante/comment-le-dispositif-mt-dents-compte-tendre-vers-une-generation-sans-carie-671120',
  // Specialists' teleconsultation (research of 2026-12-08).
  legifranceTcs: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047974383',
  acuite2023: 'https://acuite.fr/actualite/sante/269720/tarifs-des-consultations-ce-qui-change-au-1er-novembre',
  telesanteBretagne2024: 'https://telesante-bretagne.fr/convention-medicale-quels-changements-cote-telesante',
  qare2025: 'https://praticien.qare.fr/blog/teleconsulter-en-2025-guide-pratique-cadre-legal-reglementaire',
  csmfArbitral: 'https://www.csmf.org/reglement-arbitral-mode-demploi/',
  lesml: 'https://www.lesml.org/fr/169-les-articles-du-sml.php?actu=4957-astuces-nomenclature-majoration-de-coordination',
  ameliTele2018: 'https://www.ameli.fr/medecin/actualites/teleconsultation-tarification-et-facturation',
  ameliTeleParcours: 'https://www.ameli.fr/exercice-coordonne/exercice-professionnel/telemedecine/teleconsultation-0',
  delsol2024: 'https://delsolavocats.com/La-nouvelle-convention-medicale-pour-les-plateformes-de-teleconsultation',
  doctolibTele2018: 'https://info.doctolib.fr/blog/remboursement-consultation-video-mode-emploi/',
} as const;

/** Derivation of a specialist's act value read on a page titled "2024" and dated 2025 by the research. */
const CCAM_2025_INFERRED = 'read on a page titled 2024, dated 2025 by inference (the 2025-01-01 CCAM step); the 2026-01-01 step not read';
const UNDATED = 'no start date in the sources: the value is the one they print, assumed to hold from the table start';
const STEP_2023 = 'start date inferred: the last yearly step of the 2018 dental convention (2023-01-01)';
const HLF_2026 = 'the +3 % on 2026-01-01 (two sources date it 2026, one 2025) applied to the 2020–2025 ceiling: no 2026 figure printed';
const HLF_2026_LOW = 'lower bound for 2026: the 2020–2025 ceiling, if the +3 % was not applied';

/**
 * The act table's parameters, appended to tariffs.ts PARAMETERS. Ids are the reference's row ids
 * (X- cross-cutting, D- dental, S- specialists, TCS- teleconsultation); `/max` is the upper bound
 * of a value the sources leave uncertain, `/non-optam` the secteur 2 non-OPTAM grid.
 */
export const ACT_PARAMETERS = [
  // --- Cross-cutting rules --------------------------------------------------------------------
  {
    id: 'X-1', description: "Dental prostheses share the dentists' AMO rate (DEN-2, DEN-3: 70 → 60 % on 2023-10-15)", unit: 'rule',
    sources: [A.caassure, A.appealingsmile],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'X-3', description: 'Forfait (PAV) replacing the ticket modérateur on an act or session of at least the threshold', unit: 'cents',
    sources: [A.ameliForfait24, A.handicap2019, A.sndsPf],
    values: [
      { from: S, until: '2018-12-31', value: 1800, confidence: 'H' },
      { from: '2019-01-01', until: null, value: 2400, confidence: 'H' },
    ],
  },
  {
    id: 'X-3/threshold', description: 'PAV threshold: tariff of the act (or of the session, cumulated) at least this', unit: 'cents',
    sources: [A.ameliForfait24, A.archeoLex2011, A.snmrPav],
    values: [{ from: S, until: null, value: 12000, confidence: 'H' }],
  },
  {
    id: 'X-3a', description: 'PAV exemptions: ALD care, maternity, AT/MP, invalidity, CSS/AME, Alsace-Moselle…', unit: 'rule',
    sources: [A.omnipratPav, A.droitsquotidiens, A.snmrPav],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'X-3b', description: 'Outside the PAV: radiodiagnostic, IRM, scanner; non-invasive diagnostic acts compared one by one', unit: 'rule',
    sources: [A.droitsquotidiens, A.snmrPav],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'X-3c', description: 'A mutuelle covers the PAV as ticket modérateur (unlike the participation forfaitaire)', unit: 'rule',
    sources: [A.omnipratPav],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'X-4', description: 'Participation forfaitaire per act of a doctor, at most this many a day with the same professional', unit: 'count',
    sources: [A.ashPf, A.sndsPf, A.ucrPf, A.jechangePf],
    values: [{ from: S, until: null, value: 4, confidence: 'H' }],
  },
  {
    id: 'X-5', description: 'A CCAM act is not billed with a consultation, except the ECG (DEQP003) and the frottis (JKHD001, full rate)', unit: 'rule',
    sources: [A.lecardiologueDeqp003, A.revuePraticienFrottis],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'X-7', description: 'Two CCAM grids: secteur 1 / OPTAM (and tarif opposable) vs secteur 2 non-OPTAM', unit: 'rule',
    sources: [A.lecardiologueDeqp003, A.santeacademyFrottis],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  // --- Dentists: tariff steps ------------------------------------------------------------------
  {
    id: 'D-T4', description: 'Restorations and endodontics, patients of the 3–24 cohort: +30 % (kept for life)', unit: 'percent',
    sources: [A.ameliDentalFaq],
    values: [{ from: '2024-02-25', until: null, value: 30, confidence: 'H' }],
  },
  {
    id: 'D-T4/min-age', description: 'The +30 % cohort: from this age', unit: 'years',
    sources: [A.ameliDentalFaq],
    values: [{ from: '2024-02-25', until: null, value: 3, confidence: 'H' }],
  },
  {
    id: 'D-T4/max-age', description: 'The +30 % cohort: up to this age on 2024-02-25', unit: 'years',
    sources: [A.ameliDentalFaq],
    values: [{ from: '2024-02-25', until: null, value: 24, confidence: 'H' }],
  },
  {
    id: 'D-S15', description: 'Modifier N (child under 13) on restorations and endodontics of permanent teeth (+15.7 %)', unit: 'permille',
    sources: [A.odonte],
    values: [{ from: S, until: null, value: 157, confidence: 'M', derivation: UNDATED }],
  },
  // --- Dentists: soins (tarif opposable) -------------------------------------------------------
  {
    id: 'D-S2', description: 'HBJD001 détartrage et polissage (one act)', unit: 'cents',
    sources: [A.selectraDetartrage, A.miray, A.santezen],
    values: [{ from: S, until: null, value: 2892, confidence: 'H', derivation: 'unchanged since at least 2019 (santezen 2025)' }],
  },
  {
    id: 'D-S2b', description: '"Détartrage" at 1.5 × HBJD001 on one notice and one insurer example: most likely billed over two sessions', unit: 'cents',
    sources: [A.nguetta],
    values: [{ from: S, until: null, value: 4338, confidence: 'L', derivation: '1.5 × D-S2; no source names a code for it' }],
  },
  {
    id: 'D-S3', description: 'Restoration (composite) 1 face, HBMD058 incisor-canine / HBMD053 premolar-molar', unit: 'cents',
    sources: [A.julie],
    values: [
      { from: '2023-01-01', until: '2024-12-31', value: 2930, confidence: 'M', derivation: STEP_2023 },
      { from: '2025-01-01', until: null, value: 3047, confidence: 'H' },
    ],
  },
  {
    id: 'D-S4', description: 'Restoration 2 faces, HBMD050 / HBMD049', unit: 'cents',
    sources: [A.julie],
    values: [
      { from: '2023-01-01', until: '2024-12-31', value: 5000, confidence: 'M', derivation: STEP_2023 },
      { from: '2025-01-01', until: null, value: 5200, confidence: 'M' },
    ],
  },
  {
    id: 'D-S5', description: 'Restoration 3 faces or more, HBMD054 / HBMD038', unit: 'cents',
    sources: [A.infoDentaire2021, A.julie],
    values: [
      { from: '2023-01-01', until: '2024-12-31', value: 6550, confidence: 'M', derivation: STEP_2023 },
      { from: '2025-01-01', until: null, value: 6812, confidence: 'H' },
    ],
  },
  {
    id: 'D-S6', description: 'Restoration with root anchorage, HBMD042', unit: 'cents',
    sources: [A.julie],
    values: [
      { from: '2023-01-01', until: '2024-12-31', value: 10000, confidence: 'M', derivation: STEP_2023 },
      { from: '2025-01-01', until: null, value: 10400, confidence: 'M' },
    ],
  },
  {
    id: 'D-S7', description: 'HBFD008 pulpectomy of a molar (living pulp)', unit: 'cents',
    sources: [A.nguetta, A.lemedecinHbfd008],
    values: [
      { from: '2023-01-01', until: '2024-12-31', value: 10000, confidence: 'M', derivation: STEP_2023 },
      { from: '2025-01-01', until: null, value: 10400, confidence: 'M', derivation: '+4 % of 2025-01-01 (D-T6); lemedecin prints 104' },
    ],
  },
  {
    id: 'D-S8', description: 'Pulpectomy of a molar, non-living pulp', unit: 'cents',
    sources: [A.infoDentaire2021],
    values: [{ from: '2021-01-01', until: '2024-12-31', value: 11000, confidence: 'M', derivation: 'the 2025 +4 % was not seen for this act: no value after 2024' }],
  },
  {
    id: 'D-S9', description: 'Pulpectomy of a first premolar, non-living pulp', unit: 'cents',
    sources: [A.infoDentaire2021],
    values: [{ from: '2021-01-01', until: '2024-12-31', value: 6800, confidence: 'M', derivation: 'the 2025 +4 % was not seen for this act: no value after 2024' }],
  },
  {
    id: 'D-S11', description: 'HBGD036 extraction of a permanent tooth (lower of two conflicting values)', unit: 'cents',
    sources: [A.miray],
    values: [{ from: S, until: null, value: 3344, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'D-S11/max', description: 'HBGD036 extraction (higher of two conflicting values)', unit: 'cents',
    sources: [A.lemedecinHbgd036],
    values: [{ from: S, until: null, value: 3900, confidence: 'L', derivation: 'undated page, contradicts the notices (33.44)' }],
  },
  {
    id: 'D-S12', description: 'HBQK389 intra-oral X-ray, 1 sector (1–3 teeth)', unit: 'cents',
    sources: [A.cnsdRadio],
    values: [{ from: S, until: null, value: 798, confidence: 'H', derivation: '2014 CCAM value, no change seen' }],
  },
  {
    id: 'D-S13', description: 'HBQK002 panoramic X-ray (one broker page, quoted at 70 %: unreliable)', unit: 'cents',
    sources: [A.aproposPano],
    values: [{ from: S, until: null, value: 2916, confidence: 'L', derivation: UNDATED }],
  },
  {
    id: 'D-S14', description: 'Sealing of fissures (child)', unit: 'cents',
    sources: [A.nguetta, A.pizzetta],
    values: [{ from: S, until: null, value: 2169, confidence: 'M', derivation: UNDATED }],
  },
  // --- Dentists: prosthetic bases (tarif de responsabilité) ------------------------------------
  {
    id: 'D-P1', description: 'Crown, any material and tooth (HBLD634, 491, 734, 680, 158, 350, 073, 038…)', unit: 'cents',
    sources: [A.mnt, A.juriblio2024, A.nguetta],
    values: [
      { from: S, until: '2019-03-31', value: 10750, confidence: 'H' },
      { from: '2019-04-01', until: null, value: 12000, confidence: 'H' },
    ],
  },
  {
    id: 'D-P2', description: 'Inlay-core / faux moignon (HBLD090, HBLD007, HBLD261)', unit: 'cents',
    sources: [A.mnt, A.nguetta],
    values: [
      { from: S, until: '2019-03-31', value: 12250, confidence: 'H' },
      { from: '2019-04-01', until: null, value: 9000, confidence: 'H' },
    ],
  },
  {
    id: 'D-P3', description: 'HBLD490 temporary crown', unit: 'cents',
    sources: [A.edpDentaire],
    values: [{ from: '2019-04-01', until: null, value: 1000, confidence: 'M' }],
  },
  {
    id: 'D-P4', description: 'Bridge, 3 elements (one unsourced dataset)', unit: 'cents',
    sources: [],
    values: [{ from: S, until: null, value: 27950, confidence: 'L', derivation: 'one dataset without a source; undated' }],
  },
  {
    id: 'D-P5', description: 'Complete removable resin denture, 14 teeth (per arch)', unit: 'cents',
    sources: [A.nguetta, A.pizzetta],
    values: [{ from: S, until: null, value: 18275, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'D-P6', description: 'Removable stellite denture, 7 teeth', unit: 'cents',
    sources: [A.nguetta, A.pizzetta],
    values: [{ from: S, until: null, value: 23650, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'D-P6/12', description: 'Removable stellite denture, 12 teeth', unit: 'cents',
    sources: [A.nguetta, A.pizzetta],
    values: [{ from: S, until: null, value: 29025, confidence: 'M', derivation: UNDATED }],
  },
  // --- Dentists: 100 % Santé ceilings (honoraires limites de facturation) ----------------------
  {
    id: 'D-H0', description: '100 % Santé: a contrat responsable pays the ceiling minus the AMO (RAC 0), fixed prostheses', unit: 'rule',
    sources: [A.journaldesfemmes, A.collecteam, A.msa100],
    values: [{ from: '2020-01-01', until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'D-H1', description: 'Ceiling, céramo-métallique crown HBLD634 (incisors, canines, 1st premolars), RAC 0', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2019-04-01', until: '2019-12-31', value: 53000, confidence: 'H' },
      { from: '2020-01-01', until: '2025-12-31', value: 50000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 50000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H1/max', description: 'Ceiling HBLD634 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 51500, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H2', description: 'Ceiling, monolithic ceramic crown (not zircon) HBLD680 (incisors, canines, 1st premolars), RAC 0', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2019-04-01', until: '2019-12-31', value: 53000, confidence: 'H' },
      { from: '2020-01-01', until: '2025-12-31', value: 50000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 50000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H2/max', description: 'Ceiling HBLD680 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 51500, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H3', description: 'Ceiling, monolithic zircon crown HBLD350 (all teeth but molars), RAC 0', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2019-04-01', until: '2019-12-31', value: 48000, confidence: 'H' },
      { from: '2020-01-01', until: '2025-12-31', value: 44000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 44000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H3/max', description: 'Ceiling HBLD350 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 45320, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H4', description: 'Ceiling, metal crown HBLD038 (all teeth), RAC 0 (posterior teeth may leave it in 2026: one source)', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2019-04-01', until: '2019-12-31', value: 32000, confidence: 'H' },
      { from: '2020-01-01', until: '2025-12-31', value: 29000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 29000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H4/max', description: 'Ceiling HBLD038 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 29870, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H5', description: 'Ceiling, céramo-métallique crown HBLD491 (2nd premolars), tarif maîtrisé', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2020-01-01', until: '2025-12-31', value: 55000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 55000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H5/max', description: 'Ceiling HBLD491 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 56650, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H6', description: 'Ceiling, monolithic ceramic crown (not zircon) HBLD158 (2nd premolars, molars), tarif maîtrisé', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [
      { from: '2020-01-01', until: '2025-12-31', value: 55000, confidence: 'H' },
      { from: '2026-01-01', until: null, value: 55000, confidence: 'M', derivation: HLF_2026_LOW },
    ],
  },
  {
    id: 'D-H6/max', description: 'Ceiling HBLD158 in 2026, upper bound', unit: 'cents',
    sources: [A.infoDentaire2023, A.macsf2023, A.scdp],
    values: [{ from: '2026-01-01', until: null, value: 56650, confidence: 'L', derivation: HLF_2026 }],
  },
  {
    id: 'D-H7', description: 'Ceiling, monolithic zircon crown HBLD073 (molars), tarif maîtrisé; RAC 0 from 2026-01-01 at a ceiling not found', unit: 'cents',
    sources: [A.hlfAnnex, A.infoDentaire2023],
    values: [{ from: '2020-01-01', until: '2025-12-31', value: 44000, confidence: 'H' }],
  },
  {
    id: 'D-H7/rac0', description: 'Zircon crowns on molars (HBLD073) and zircon bridges (HBLD099) enter the RAC 0 basket', unit: 'rule',
    sources: [A.infoDentaire2023, A.scdp, A.dentalTribune2026],
    values: [{ from: '2026-01-01', until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'D-H8', description: 'Céramo-métallique crown HBLD734 on a molar: tarif libre (no ceiling)', unit: 'rule',
    sources: [A.groupagricaDental],
    values: [{ from: '2020-01-01', until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'D-H9', description: 'Layered ceramic crown (céramo-céramique): tarif libre (no ceiling)', unit: 'rule',
    sources: [A.mgefi],
    values: [{ from: '2020-01-01', until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'D-H10', description: 'Ceiling, inlay-core HBLD090 under a RAC 0 crown (175 € on later notices: not confirmed)', unit: 'cents',
    sources: [A.hlfAnnex],
    values: [{ from: '2019-04-01', until: '2019-12-31', value: 23000, confidence: 'H' }],
  },
  {
    id: 'D-H11', description: 'Ceiling, temporary crown HBLD490, RAC 0', unit: 'cents',
    sources: [A.appa2019],
    values: [{ from: '2019-04-01', until: null, value: 6000, confidence: 'M' }],
  },
  // --- Dentists: not reimbursed, orthodontics ------------------------------------------------------
  {
    id: 'D-N1', description: 'Dental implant: not reimbursed (except agenesis from a rare disease, oral tumour sequelae)', unit: 'rule',
    sources: [A.cliniqueToulouse, A.cnsdRadio],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'D-N2', description: 'Whitening (HBMD005): not reimbursed', unit: 'rule',
    sources: [A.mutualib, A.pagesjaunesBlanchiment],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'D-N3', description: 'Periodontics (surfaçage…): not reimbursed except diabetics, listed ALD and the 3–24 cohort', unit: 'rule',
    sources: [A.scdp, A.infoDentaire2023],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'D-N4', description: 'Orthodontics (TO90) per semester, started before 16, at most 6 semesters', unit: 'cents',
    sources: [A.aprilOrtho, A.orthoParis16, A.internationalSante],
    values: [{ from: S, until: null, value: 19350, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'D-N4/rate', description: 'Orthodontics under 16: AMO rate on the semester base', unit: 'percent',
    sources: [A.aprilOrtho, A.orthoParis16],
    values: [{ from: S, until: null, value: 100, confidence: 'M', derivation: 'one source says "60 % ou 100 %" after 2023-10-15; the others, and the 2025 insurer examples, print 193.50 paid' }],
  },
  {
    id: 'D-N4/max-age', description: 'Orthodontics reimbursed when started before this age', unit: 'years',
    sources: [A.aprilOrtho],
    values: [{ from: S, until: null, value: 16, confidence: 'H' }],
  },
  {
    id: 'D-N5', description: 'Orthodontics started from 16 (adults): not reimbursed', unit: 'rule',
    sources: [A.aprilOrtho],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  // --- Doctors' technical acts (CCAM; 70 %, participation forfaitaire per act) -----------------
  {
    id: 'S-G1', description: 'JKHD001 frottis (cervico-vaginal sampling), secteur 1 / OPTAM grid', unit: 'cents',
    sources: [A.santeacademyFrottis, A.revuePraticienFrottis],
    values: [{ from: S, until: null, value: 1246, confidence: 'H', derivation: 'since at least 2017; the lower bound after 2025' }],
  },
  {
    id: 'S-G1/max', description: 'JKHD001 frottis from 2025, upper bound', unit: 'cents',
    sources: [A.lemedecinJkhd001],
    values: [{ from: '2025-01-01', until: null, value: 1273, confidence: 'M', derivation: CCAM_2025_INFERRED }],
  },
  {
    id: 'S-G1/non-optam', description: 'JKHD001 frottis, secteur 2 non-OPTAM grid', unit: 'cents',
    sources: [A.santeacademyFrottis],
    values: [{ from: S, until: null, value: 964, confidence: 'H' }],
  },
  {
    id: 'S-G2', description: 'JKLD001 insertion of an IUD (stérilet)', unit: 'cents',
    sources: [A.lemedecinJkld001],
    values: [{ from: S, until: null, value: 3840, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-G4', description: 'Pelvic ultrasound: lowest sourced code (ZCQM009 42.72); the usual ZCQJ006/ZCQJ003 not found', unit: 'cents',
    sources: [A.lemedecinZcqm009],
    values: [{ from: S, until: null, value: 4272, confidence: 'L', derivation: UNDATED }],
  },
  {
    id: 'S-G4/max', description: 'Pelvic ultrasound: highest sourced code (ZCQJ002 69.93)', unit: 'cents',
    sources: [A.lemedecinZcqj002],
    values: [{ from: S, until: null, value: 6993, confidence: 'L', derivation: UNDATED }],
  },
  {
    id: 'S-C1', description: 'DEQP003 ECG, secteur 1 / OPTAM grid', unit: 'cents',
    sources: [A.lecardiologueDeqp003, A.revuePraticienEcg],
    values: [{ from: S, until: null, value: 1426, confidence: 'H', derivation: 'undated; the lower bound after 2025' }],
  },
  {
    id: 'S-C1/max', description: 'DEQP003 ECG from 2025, upper bound', unit: 'cents',
    sources: [A.lemedecinDeqp003],
    values: [{ from: '2025-01-01', until: null, value: 1452, confidence: 'M', derivation: CCAM_2025_INFERRED }],
  },
  {
    id: 'S-C1/non-optam', description: 'DEQP003 ECG, secteur 2 non-OPTAM grid', unit: 'cents',
    sources: [A.lecardiologueDeqp003],
    values: [{ from: S, until: null, value: 1352, confidence: 'H' }],
  },
  {
    id: 'S-C2', description: 'DZQM006 transthoracic echocardiography, both grids', unit: 'cents',
    sources: [A.lecardiologueQ339, A.lecardiologueDzqm006],
    values: [
      { from: S, until: '2024-12-31', value: 9529, confidence: 'M', derivation: '102.42 (DZQM006 + DEQP003/2) − 14.26/2', sources: [A.lecardiologueQ339] },
      { from: '2025-01-01', until: null, value: 9649, confidence: 'M', derivation: 'undated, "quel que soit le secteur"; dated 2025 by inference', sources: [A.lecardiologueDzqm006] },
    ],
  },
  {
    id: 'S-C3', description: 'DEQP005 Holter ECG 24 h, both grids (2019–20 value)', unit: 'cents',
    sources: [A.lecardiologueDeqp005],
    values: [{ from: S, until: null, value: 7701, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-D1', description: 'QZFA036 excision of a skin lesion under 5 cm² (2009 value)', unit: 'cents',
    sources: [A.dermatonet, A.fsd],
    values: [{ from: S, until: null, value: 2880, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-D1/fsd', description: 'Forfait de sécurité dermatologique billed with the excision', unit: 'cents',
    sources: [A.fsd, A.ameliCcam2024],
    values: [
      { from: S, until: '2024-12-21', value: 4000, confidence: 'M', sources: [A.fsd] },
      { from: '2024-12-22', until: null, value: 4500, confidence: 'H', sources: [A.ameliCcam2024] },
    ],
  },
  {
    id: 'S-D2', description: 'QZNP012 cryotherapy, 11–50 superficial lesions', unit: 'cents',
    sources: [A.lemedecinQznp012],
    values: [{ from: S, until: null, value: 3053, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-D4', description: 'CDE melanoma screening consultation (dermatologist)', unit: 'cents',
    sources: [A.urpsCentre2026, A.dermatonet],
    values: [
      { from: '2025-07-01', until: '2025-12-31', value: 5400, confidence: 'H', derivation: 'in force on 2025-07-01; its start date not found' },
      { from: '2026-01-01', until: null, value: 6000, confidence: 'H' },
    ],
  },
  {
    id: 'S-O1', description: "BGQP002 fond d'œil (biomicroscopy with contact lens)", unit: 'cents',
    sources: [A.lemedecinBgqp002],
    values: [{ from: S, until: null, value: 2868, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-O2', description: 'BLQP010 binocular vision test', unit: 'cents',
    sources: [A.lemedecinBlqp010],
    values: [{ from: S, until: null, value: 2567, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-E1', description: 'CDQP010 audiogram, tonal or vocal', unit: 'cents',
    sources: [A.omnipratAudio],
    values: [{ from: S, until: null, value: 2618, confidence: 'M', derivation: UNDATED }],
  },
  {
    id: 'S-E1/both', description: 'CDQP012 audiogram, tonal and vocal', unit: 'cents',
    sources: [A.omnipratAudio],
    values: [{ from: S, until: null, value: 3927, confidence: 'M', derivation: UNDATED }],
  },
  // --- Specialists' teleconsultation (TCS since 2023-11-01, frozen at the in-person tariff of 2023-10-31) ---
  {
    id: 'TCS-1', description: 'TCS, generic specialist S1/OPTAM, coordinated (old CS + MPC + MCS)', unit: 'cents',
    sources: [A.legifranceTcs, A.acuite2023, A.telesanteBretagne2024, A.lesml],
    values: [{ from: '2023-11-01', until: null, value: 3000, confidence: 'M', derivation: 'the coordinated in-person tariff of 2023-10-31 (SP-1), frozen' }],
  },
  {
    id: 'TCS-2', description: 'TCS, generic specialist S1/OPTAM, not coordinated', unit: 'cents',
    sources: [A.legifranceTcs, A.acuite2023, A.lesml],
    values: [{ from: '2023-11-01', until: null, value: 2500, confidence: 'L', derivation: 'TCS-1 minus MCS 5: no source prints it' }],
  },
  {
    id: 'TCS-3', description: 'TCS, psychiatrist or neurologist S1/OPTAM, coordinated', unit: 'cents',
    sources: [A.qare2025, A.csmfArbitral],
    values: [{ from: '2023-11-01', until: null, value: 5020, confidence: 'M' }],
  },
  {
    id: 'TCS-4', description: 'TCS, gynaecologist S1/OPTAM, coordinated', unit: 'cents',
    sources: [A.qare2025],
    values: [{ from: '2023-11-01', until: null, value: 3200, confidence: 'M' }],
  },
  {
    id: 'TCS-5', description: 'TC, secteur 2 non-OPTAM specialist billing a dépassement (C + usual majorations)', unit: 'cents',
    sources: [A.ameliTele2018],
    values: [{ from: '2023-11-01', until: null, value: 2300, confidence: 'M', derivation: 'C has stayed 23 € (SP-5)' }],
  },
  {
    id: 'TCS-6', description: 'Teleconsultation outside the parcours de soins: not reimbursed (not 30 %)', unit: 'rule',
    sources: [A.ameliTeleParcours, A.delsol2024, A.doctolibTele2018],
    values: [{ from: '2018-09-15', until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'TCS-7', description: 'Teleconsultation parcours exceptions: accès direct specialties, under 16, urgence, no médecin traitant…', unit: 'rule',
    sources: [A.ameliTeleParcours],
    values: [{ from: '2018-09-15', until: null, value: 1, confidence: 'H' }],
  },
] as const;
