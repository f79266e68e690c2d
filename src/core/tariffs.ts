// The tariff table, as data (OpenFisca-style: each parameter is a series of dated values, each
// value with its sources and a confidence level). Ids, values, dates, sources and confidence
// are those of docs/reimbursement.md §1 (research compiled 2026-11-23); a value that
// no source prints but that follows from other rows says so in `derivation`.
//
// Amounts are integer cents, rates are percent. `from`/`until` are inclusive; `until: null`
// means "no end found in the sources", which the sources only support up to VERIFIED_THROUGH.
import { isoDay, parseDay, previousDay } from './dates';

export type Confidence = 'H' | 'M' | 'L';
/** `rule`: no amount, value 1 while the rule is in force (its dates and sources still matter). */
export type Unit = 'cents' | 'percent' | 'permille' | 'years' | 'rule';

export interface DatedValue {
  readonly from: string;
  readonly until: string | null;
  readonly value: number;
  readonly confidence: Confidence;
  /** Sources for this value when the parameter's list is not the right one. */
  readonly sources?: readonly string[];
  /** How the value follows from other rows, when no source prints it. */
  readonly derivation?: string;
}

export interface TariffParameter {
  /** Id as in the reference (GP-3, SP-5…); `X/suffix` for a derived companion of row X. */
  readonly id: string;
  readonly description: string;
  readonly unit: Unit;
  readonly sources: readonly string[];
  readonly values: readonly DatedValue[];
}

/** First day the table covers (docs/architecture.md); earlier days give status "unknown". */
export const TABLE_START = '2017-07-01';
/**
 * Last day the values are known to hold: the date of the newest tariff source actually read,
 * Cegedim Santé's table of 26.01.2026 (the 2026-01-01 step applied). Nothing dated later was
 * found (searched again on 2026-11-29). Later days use the latest values, with a note.
 */
export const VERIFIED_THROUGH = '2026-01-26';
/** Identifies this version of the table (shown in `Estimate.tariff.version`). */
export const TARIFF_VERSION = 'fr-2026-01-26';

// Sources, named once (the pages read while researching). Entries marked ARCHIVAL are copies of
// an official page found on another site (comarquage), kept as the evidence that was read, with
// its date: they are never shown to a user. src/domain/sources.ts shows service-public.fr's own page
// for the sheet instead (docs/reimbursement.md, "Sources").
const U = {
  quotidien2017: 'https://static2.lequotidiendumedecin.fr/liberal-soins-de-ville/assurance-maladie/le-c-25-eu-enfin-effectif-debut-mai',
  quotidien2016: 'https://static2.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/des-consultations-25-30-46-et-60-euros-une-nouvelle-echelle-de-valeurs',
  ag2r: 'https://www.ag2rlamondiale.fr/sante-prevoyance/mutuelle-sante/conseil-qu-est-ce-qu-un-medecin-conventionne-secteur-1-ou-2',
  csmfArbitral: 'https://www.csmf.org/reglement-arbitral-mode-demploi/',
  aef: 'https://www.aefinfo.fr/depeche/692541-reglement-arbitral-des-medecins-liberaux-deux-mesures-sont-entrees-en-vigueur-des-le-15-mai-sur-decision-de-luncam',
  cnam2024: 'https://toute-la.veille-acteurs-sante.fr/227430/convention-medicale-2024-2029-un-deploiement-des-mesures-des-le-22-decembre-pour-conforter-la-medecine-liberale-et-ameliorer-lacces-aux-soins-communique',
  // ARCHIVAL: two copies of service-public.fr F17042 (version of 22/12/2024).
  f17042: 'https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F17042',
  f17042b: 'https://ville-thonon.fr/mes-demarches/demarches-etat-civil/le-nom-de-famille?xml=F17042',
  fmf2024: 'https://fmfpro.org/les-nouveautes-de-la-convention-2024',
  apicil: 'https://mon.apicil.com/faq/particulier/quest-ce-que-loptam-optam-co/',
  // ARCHIVAL: copy of service-public.fr F10874 (version of 22/12/2024).
  f10874: 'https://comarquage.net15.fr/service-public/particuliers/vosdroits/F10874',
  // ARCHIVAL: copy of service-public.fr F10874 (2024 version, before 22/12/2024).
  f10874v2024: 'https://associations.gouv.fr./cheque-emploi-associatif-cea.html?xml=F10874',
  homeprotection: 'https://homeprotection.fr/optam-avis',
  klesia2024: 'https://www.klesiaprosocial.fr/you-go/i/84826486/consultation-medicale-les-hausses-de-tarifs-en-vigueur-le-22-decembre-2024',
  qare2025: 'https://praticien.qare.fr/blog/teleconsulter-en-2025-guide-pratique-cadre-legal-reglementaire',
  dispofi30: 'https://mutuelle.dispofi.fr/remboursements-mutuelle/nouveau-tarif-consultation-30-euros',
  dispofiDep: 'https://mutuelle.dispofi.fr/remboursement-depassement-honoraires',
  lesml: 'https://www.lesml.org/fr/169-les-articles-du-sml.php?actu=4957-astuces-nomenclature-majoration-de-coordination',
  syfal: 'https://syfal.net/nomenclature-des-actes-medicaux/',
  avenirSpe: 'https://syndicatavenirspe.fr/le-reglement-arbitral-le-residu-dune-negociation-avortee.html',
  sncufCotation: 'https://www.sncuf.fr/2025/08/08/cotation-c-cs-et-mcs-qui-que-quoi/',
  sncufOptam: 'https://www.sncuf.fr/2025/03/04/optam-et-optam-co-historique-et-mise-au-point/',
  quotidienMcs: 'https://www.lequotidiendumedecin.fr/le-droit-et-vous/quelles-sont-les-regles-de-cotation-de-la-majoration-de-coordination-mcs-en-secteur-2-optam',
  fmfTarif23: 'https://fmfpro.org/?nom_tarif=tarif-23&p=1555',
  droitPratique: 'https://droit-pratique.fr/baremes-et-taux/votre-sante/assurance-maladie',
  studylibMcs: 'https://studylibfr.com/doc/4085799/la-mcg-dans-la-convention-2016',
  afpep2022: 'http://afpep-snpp.org/augmentation-des-honoraires-le-1er-avril-2022/',
  afpep2024: 'https://afpep-snpp.org/negociation-conventionnelle-le-moment-de-conclure/',
  orisha: 'https://healthcare.orisha.com/blog/professionnels-de-sante/medecin/installation-psychiatre',
  moneyvox: 'https://www.moneyvox.fr/votre-argent/actualites/103929/sante-la-hausse-de-prix-au-1er-juillet-pour-certaines-consultations-chez-des-specialistes-est-annulee',
  geroscopie: 'https://www.geroscopie.fr/medecins-specialistes-dentistes-kinesitherapeutes-la-hausse-des-tarifs-est-reportee-idm-27-ids-33392',
  lecomparateur: 'https://www.lecomparateurassurance.com/mutuelle-sante/actualites/nouveaux-tarifs-consultations-medicales-appliquent-depuis-22-decembre-2024',
  europe1Tarifs: 'https://www.europe1.fr/sante/les-nouveaux-tarifs-medicaux-approuves-par-lassurance-maladie-et-les-medecins-4250895',
  vivamagazine: 'https://www.vivamagazine.fr/hausse-du-montant-des-consultations-medicales/',
  fmfGyn: 'https://www.fmfpro.org/?p=13143',
  santiane: 'https://santiane.fr/mutuelle-sante/guides/remboursement-cardiologue',
  lecardiologue2014: 'http://lecardiologue.com/2014/12/22/csc-et-c2-deqp003-quelles-differences/',
  egora: 'https://egora.fr/actus-pro/politiques/pas-de-hausse-du-ticket-moderateur-le-gouvernement-veut-recuperer-le-trop',
  magnolia2026: 'https://www.magnolia.fr/actualites/sante/doublement-participation-forfaitaire-en-2026',
  ash2009: 'https://ash.tm.fr/hebdo/2595/dans-les-textes/non-respect-du-parcours-de-soins-coordonne-397523.php',
  solimut: 'http://www.solimut-centre-ocean.fr/dossiers-thematiques/sante/parcours-de-soins-et-contrat-responsable/',
  fondshs: 'https://fondshs.fr/vie-quotidienne/ressources-allocations/prise-en-charge-de-vos-soins-a-100',
  pagesjaunesExo: 'https://mutuelle.pagesjaunes.fr/astuce/voir/480771/exoneration-du-ticket-moderateur',
  avocatMaternite: 'https://www.avocat.fr/assurance-maternite',
  pagesjaunesMaternite: 'https://mutuelle.pagesjaunes.fr/comprendre/assurance-maladie-maternite',
  quotidienAlsace: 'https://static2.lequotidiendumedecin.fr/liberal/assurance-maladie/le-regime-local-dalsace-moselle-centenaire-toujours-vaillant',
  cpam67: 'https://www.cpam67-ts.fr/?p=3378',
  dossierfamilialCss: 'https://www.dossierfamilial.com/social-sante/securite-sociale/avec-une-complementaire-sante-solidaire-faut-il-payer-les-depassements-dhonoraires-830631',
  comparezNous: 'https://comparez-nous.fr/definition/tarifs-conventionnels',
  ameliAme: 'https://www.ameli.fr/etablissement/exercice-professionnel/facturation-prise-charge/aide-medicale-etat',
  snds: 'https://deploy-preview-436--documentation-snds.netlify.app/glossaire/pf',
  pagesjaunesPf: 'https://mutuelle.pagesjaunes.fr/astuce/voir/480605/participation-forfaitaire',
  fo2024: 'https://www.force-ouvriere.fr/15-05-2024-ce-qui-change',
  magnoliaPf2024: 'https://cdn.magnolia.fr/actualites/sante/hausse-participation-forfaitaire-mai-2024',
  franceAssos2026: 'https://www.france-assos-sante.org/actualite/loi-de-financement-de-la-securite-sociale-lfss-2026-quels-changements-pour-les-usagers',
  mutuelleratp: 'https://mutuelleratp.fr/?p=6947',
  aprilTa: 'https://april.fr/complementaire-sante/lexique/tarif-dautorite',
  aprilTa2: 'https://www.april.fr/complementaire-sante/lexique/tarif-dautorite',
  mutuellesanteS3: 'https://mutuellesante.fr/conseils/secteur-3',
  assurprox: 'https://www.assurprox.com/amp/mutuelle-sante/depassements-honoraires-remboursement-mutuelles-sante-11460.html',
  quotidien2005: 'https://www.lequotidiendumedecin.fr/archives/les-specialistes-de-secteur-i-accedent-enfin-un-espace-de-liberte-tarifaire',
  institutmolinari: 'https://institutmolinari.org/?p=109',
  groupagrica: 'https://www.groupagrica.com/entreprises/sante/mettre-en-place-un-contrat-dentreprise/quest-ce-quun-contrat-responsable-et-solidaire',
  mutuelleOrg: 'https://www.mutuelle.org/2021/06/02/le-contrat-responsable-criteres-exclusions-specificites/',
  syngof: 'http://syngof.fr/actualite-syndicale/decret-contrats-responsables-depassements-dhonoraires/',
  mutuelleCheminots: 'https://mutuelle-cheminots.fr/index.php/infos/le-nouveau-contrat-responsable',
  meilleurComparateur: 'https://meilleur-comparateur-mutuelle.com/?p=527',
  ameli2018: 'https://www.ameli.fr/etablissement-de-sante/actualites/quelles-extensions-de-majorations-tarifaires-pour-quels-praticiens',
  snmr: 'https://snmr.org/pages-ccam/4-7-secteur-2-cas/',
  repam: 'https://www.repam.fr/?post_type=question&p=2412',
  avipsy: 'http://www.avipsy.fr/honoraires-meacutedecins.html',
  dossierfamilialDe: 'http://www.dossierfamilial.com/sante-social/droits-des-patients/generaliste-specialiste-le-remboursement-des-consultations-56401',
  // The 2026 update: pages read on 2026-11-29, each with its publication date.
  // Cegedim Santé, 26.01.2026: table "Janvier 2025 / Prévu en juillet 2025 et appliqué au 1er janvier 2026".
  cegedim2026: 'https://www.cegedim-sante.com/le-blog/revalorisation-et-nomenclature-ou-en-est-on-de-la-convention-medicale-en-2026',
  // What's up Doc, January 2026 ("au 1er janvier", quoting T. Fatôme).
  whatsupdoc2026: 'https://www.whatsupdoc-lemag.fr/article/forfait-medecin-traitant-revalorisations-tarifaires-aides-linstallation-ce-qui-change-au?page=1',
  // FMF, "Les nouveautés conventionnelles tarifaires du 1er janvier 2026" (January 2026).
  fmf2026: 'https://www.fmfpro.org/les-nouveautes-conventionnelles-tarifaires-du-1er-janvier-2026',
  // Egora, 1 July 2017 ("La CSC passe à 47,73 euros").
  egora2017: 'https://v2-dev.egora.fr/node/47472',
  // Assurland, undated, after 2024-05-15 (it deducts a 2 € PF).
  assurland: 'https://beta.assurland.com/mutuelle-sante/soins/remboursement-cardiologue',
  // Mutuelledassurance.net, undated.
  mutuelledassurance: 'https://www.mutuelledassurance.net/besoins-sante/remboursement-mutuelle-cardiologue',
  // ameli.fr, "Téléconsultation : tarification et facturation", 13 September 2018.
  ameliTele2018: 'https://www.ameli.fr/medecin/actualites/teleconsultation-tarification-et-facturation',
  // Télésanté Bretagne (GCS e-santé), "Convention médicale : quels changements côté télésanté ?", 20 June 2024.
  telesanteBretagne2024: 'https://telesante-bretagne.fr/convention-medicale-quels-changements-cote-telesante',
  // Essentiel Santé Magazine (Mutualité), undated: "oscille par exemple entre 0,47€ et 0,61€ selon la zone".
  essentielSante: 'https://www.essentiel-sante-magazine.fr/protection-sociale/parcours-de-soins-et-systeme-de-sante/tarifs-professionnels-sante-remboursements',
  // Minilex, undated: "Le montant dépend du département … entre 0,49 et 0,61".
  minilex: 'https://www.minilex.fr/node/6286',
} as const;

const S = TABLE_START;

// Sources of the professions' rows (docs/reimbursement.md §5).
const P = {
  avocatMaternite: U.avocatMaternite,
  pagesjaunesMaternite: U.pagesjaunesMaternite,
  moneyvox: U.moneyvox,
  mutuelleConseilPf: 'https://www.mutuelle-conseil.com/lexique/contribution-forfaitaire-de-1-euro',
  ameliDental2019: 'https://www.ameli.fr/assure/remboursements/rembourse/soins-protheses-dentaires/soins-protheses-dentaires',
  lesCdf2025: 'https://lescdf.fr/articles-et-doc/plfss-2026-les-cdf-obtiennent-des-suppressions-majeures-et-restent-mobilises',
  infoDentairePlfss: 'https://www.information-dentaire.fr/actualites/plfss-2026-les-franchises-et-participations-forfaitaires-rejetees-mais-pas-la-regulation-financiere',
  klesiaFranchise2024: 'https://www.klesiaprosocial.fr/you-go/i/78259722/franchises-medicales-3-projets-de-decret-precisent-les-modalites-de-la-hausse',
  swisslifeFranchise: 'http://WWW.SWISSLIFE.FR/home/yourlifestories/Franchise-medicale-medicaments-plus-chers-a-partir-du-31-mars-2024.html',
  ctipFranchise: 'https://ctip.asso.fr/contrats-collectifs/complementaire-sante/medicaments-actes-paramedicaux-et-transports-la-franchise-medicale-a-double',
  latribuneFranchise: 'https://www.latribune.fr/economie/france/la-part-non-remboursee-de-l-achat-de-medicaments-passe-de-50-centimes-a-un-euro-994305.html',
  quechoisirFranchise: 'https://www.quechoisir.org/actualite-franchises-medicales-deux-fois-plus-cheres-n120782/',
  // ARCHIVAL: copy of service-public.fr F33956 (modified 2023-10-16, checked 15/05/2024).
  servicePublicF33956: 'https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F33956',
  adpDental2025: 'https://www.adpassurances.fr/particuliers-salaries/mutuelles-sante-particuliers/mutuelle-dentaire/les-soins-et-traitements-dentaires.html',
  quechoisirDental: 'https://www.quechoisir.org/actualite-soins-dentaires-baisse-des-remboursements-des-octobre-n110062/',
  klesiaDental2023: 'https://www.klesiaprosocial.fr/you-go/i/74717353/depenses-dentaires-transferees-aux-complementaires-le-decret-est-publie',
  newsAssurancesDental: 'https://newsassurancespro.com/soins-dentaires-deux-arretes-precisent-la-hausse-du-ticket-moderateur/01691570373',
  dentistFeeNotice: 'https://cabinetdentairenguetta.fr/honoraires',
  monPsy2022: 'https://dicom-portail-sante.cegedim.cloud/prevention-en-sante/sante-mentale/accompagnement-psychologique/article/le-remboursement-des-seances-de-psychologues-monpsy',
  klesiaMsp2024: 'https://www.klesiaprosocial.fr/you-go/i/81292911/le-dispositif-mon-soutien-psy-assoupli-et-revalorise',
  rencontresMsp2024: 'https://rencontressoignantesenpsychiatrie.fr/2024/07/02/les-decrets-sur-lacces-direct-a-mon-soutien-psys-sont-parus',
  agipiMsp: 'https://www.prevoyance-agipi.com/?p=3084',
  pourquoidocteurMsp: 'https://www.pourquoidocteur.fr/Articles/Question-d-actu/51796-Sante-mentale-Sans-mon-soutien-psy-n-auraient-franchi-porte-d-un-cabinet',
  destinationSanteMsp: 'https://destinationsante.com/mon-soutien-psy-des-consultations-gratuites-et-en-acces-direct-sans-ordonnance.html',
  cptsEcmMsp: 'https://cpts-ecm.fr/2025/05/13/sante-mentale-un-accompagnement-psychologique-accessible-avec-mon-soutien-psy/',
  partnerPsyOutside: 'https://laracapelle-psychologue.fr/?page_id=769',
  klesiaKine2023: 'https://www.klesiaprosocial.fr/you-go;search=43975949/c/0/i/74109229/la-cnam-revalorise-le-tarif-des-kines',
  allodocteursKine: 'https://www.allodocteurs.fr/se-soigner/economie-de-la-sante/kines-tout-ce-quil-faut-savoir-sur-les-prix-et-le-remboursement_27053.html',
  appinesKine2025: 'https://blog.appines.fr/avenant-7-1er-juillet-2025',
  csfeKine: 'https://csfe.fr/nos-tarifs',
  ngap2026: 'https://www.ameli.fr/sites/default/files/Documents/NGAP-21062026.pdf',
  andrewappKine2026: 'https://www.andrewapp.fr/blog/guide-revalorisations-kine-2026',
  ordreMk: 'https://www.ordremk.fr/je-suis-patient/honoraires-des-kinesitherapeutes/',
  quotidienSf2018: 'https://static1.lequotidiendumedecin.fr/liberal/honoraires/la-consultation-des-sages-femmes-passe-25-euros-en-2019-autant-que-pour-un-generaliste',
  onssf: 'https://onssf.org/etre-sage-femme/convention-nationale-des-sages-femmes.html',
  bsensiblebabySf: 'https://bsensiblebaby.fr/cotation-sage-femme/',
  cegedimSf2024: 'https://cegedim-sante.com/rencontres-avecsante-mars-2024-notre-engagement-au-coeur-des-msp',
  egoraSf2025: 'https://www.egora.fr/actus-pro/remuneration/acte-egal-remuneration-egale-les-sages-femmes-aussi-veulent-la-consultation',
  hyperassurPodo: 'https://www.hyperassur.com/mutuelle/remboursement/remboursement-podologue/',
  magnoliaPodo: 'https://www.magnolia.fr/remboursement/medecin-podologue',
  rmpPodo: 'https://www.rmp-association.fr/pied-et-diabete/',
  grenoblePodo: 'https://www.podologue-grenoble.fr/seance_PDiab.php',
  aprilOsteo: 'https://april.fr/complementaire-sante/guide/mutuelle-et-osteopathie',
  santianeOsteo: 'https://santiane.fr/mutuelle-sante/guides/remboursement-osteopathe',
} as const;

/** Every parameter the engine reads, plus the rules whose dates and sources it cites. */
export const PARAMETERS: readonly TariffParameter[] = [
  // --- 1.1 General practitioner ---------------------------------------------------------------
  {
    id: 'GP-1', description: 'G, S1/OPTAM/TO, adult (C 23 + MMG 2)', unit: 'cents',
    sources: [U.quotidien2017, U.ag2r],
    values: [{ from: '2017-05-01', until: '2023-10-31', value: 2500, confidence: 'H' }],
  },
  {
    id: 'GP-2', description: 'G, S1/OPTAM/TO, adult (règlement arbitral: MMG +1.50)', unit: 'cents',
    sources: [U.csmfArbitral, U.aef],
    values: [{ from: '2023-11-01', until: '2024-12-21', value: 2650, confidence: 'H' }],
  },
  {
    id: 'GP-3', description: 'G, S1/OPTAM/TO, adult (convention 2024)', unit: 'cents',
    sources: [U.cnam2024, U.f17042, U.fmf2024],
    values: [{ from: '2024-12-22', until: null, value: 3000, confidence: 'H' }],
  },
  {
    // "Since 2011, unchanged 2017–2026": the table only needs it from its own start.
    id: 'GP-4', description: 'Secteur 2 non-OPTAM GP billing a dépassement: code C', unit: 'cents',
    sources: [U.ag2r, U.apicil, U.f10874, U.homeprotection],
    values: [{ from: S, until: null, value: 2300, confidence: 'H' }],
  },
  {
    id: 'GP-5', description: 'G + MEG, child under 6, S1/OPTAM/TO', unit: 'cents',
    sources: [U.quotidien2017, U.csmfArbitral, U.f10874],
    values: [
      { from: '2017-05-01', until: '2023-10-31', value: 3000, confidence: 'H', sources: [U.quotidien2017] },
      { from: '2023-11-01', until: '2024-12-21', value: 3150, confidence: 'H', sources: [U.csmfArbitral] },
      { from: '2024-12-22', until: null, value: 3500, confidence: 'H', sources: [U.f10874] },
    ],
  },
  {
    // F10874 prints 28 € (2024); before, Le Quotidien 2017 says the MEG (5 €) is paid in all
    // sectors, so C 23 + MEG 5 = 28 € holds over the whole table.
    id: 'GP-6', description: 'Child under 6, S2 non-OPTAM GP with dépassement (C 23 + MEG 5)', unit: 'cents',
    sources: [U.f10874, U.quotidien2017],
    values: [{
      from: S, until: null, value: 2800, confidence: 'M',
      derivation: 'before 2024-12-22: C 23 (GP-4) + MEG 5, "MEG in all sectors" (Le Quotidien 2017)',
    }],
  },
  {
    id: 'GP-8', description: 'TCG, GP teleconsultation, S1/OPTAM/TO (not raised in 2024)', unit: 'cents',
    sources: [U.klesia2024, U.qare2025, U.dispofi30],
    values: [{ from: '2018-09-15', until: null, value: 2500, confidence: 'M' }],
  },
  // --- 1.2 Specialist, generic consultation (CS) ------------------------------------------------
  {
    id: 'SP-1', description: 'CS, S1/OPTAM/TO, coordinated: CS 23 + MPC 2 + MCS 5', unit: 'cents',
    sources: [U.lesml, U.syfal, U.quotidien2016],
    values: [{ from: S, until: '2023-10-31', value: 3000, confidence: 'H' }],
  },
  {
    id: 'SP-2', description: 'CS, S1/OPTAM/TO, coordinated: CS 23 + MPC 3.50 + MCS 5', unit: 'cents',
    sources: [U.csmfArbitral, U.avenirSpe],
    values: [{ from: '2023-11-01', until: '2024-12-21', value: 3150, confidence: 'H' }],
  },
  {
    id: 'SP-3', description: 'CS, S1/OPTAM/TO, coordinated: CS 26.50 (MPC merged) + MCS 5', unit: 'cents',
    sources: [U.fmf2024, U.sncufCotation, U.quotidienMcs, U.dispofi30],
    values: [{ from: '2024-12-22', until: null, value: 3150, confidence: 'H' }],
  },
  {
    id: 'SP-4', description: 'CS, S1/OPTAM/TO, non-coordinated (no MCS)', unit: 'cents',
    sources: [U.fmfTarif23],
    values: [
      { from: S, until: '2023-10-31', value: 2500, confidence: 'M' },
      { from: '2023-11-01', until: '2024-12-21', value: 2650, confidence: 'M', derivation: 'SP-2 minus MCS 5' },
      { from: '2024-12-22', until: null, value: 2650, confidence: 'M', derivation: 'SP-3 minus MCS 5' },
    ],
  },
  {
    id: 'SP-5', description: 'CS (code C since 2024-12-22), S2 non-OPTAM specialist with dépassement', unit: 'cents',
    sources: [U.sncufCotation, U.quotidienMcs, U.avenirSpe],
    values: [{ from: S, until: null, value: 2300, confidence: 'H' }],
  },
  {
    id: 'SP-6', description: 'Accès direct spécifique (gynaecology, ophthalmology): coordinated base, non-OPTAM 23', unit: 'rule',
    sources: [U.droitPratique, U.studylibMcs],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  // --- 1.3 Specialties with their own codes -----------------------------------------------------
  {
    id: 'PSY-1', description: 'Psychiatrist / neuropsychiatrist / neurologist, S1/OPTAM/TO, coordinated', unit: 'cents',
    sources: [U.lesml, U.afpep2022, U.csmfArbitral, U.afpep2024, U.orisha],
    values: [
      { from: S, until: '2022-03-31', value: 4670, confidence: 'H', sources: [U.lesml] },
      { from: '2022-04-01', until: '2023-10-31', value: 5020, confidence: 'H', sources: [U.afpep2022] },
      { from: '2023-11-01', until: '2024-12-21', value: 5170, confidence: 'H', sources: [U.csmfArbitral] },
      { from: '2024-12-22', until: '2025-12-31', value: 5500, confidence: 'H', sources: [U.afpep2024, U.orisha] },
      // Cegedim 26.01.2026: "Psychiatre et neurologue … 52 € (57 € avec la MCS)"; What's up Doc 01/2026:
      // "la consultation coordonnée est revalorisée à 57€ (+2€)".
      { from: '2026-01-01', until: null, value: 5700, confidence: 'H', sources: [U.afpep2024, U.orisha, U.cegedim2026, U.whatsupdoc2026] },
    ],
  },
  {
    // Sourced from 2024-12-22. Before, PSY-1 minus the MCS (5 €, SP-1's composition): the same
    // subtraction gives the sourced 50 and 52 from PSY-1's 55 and 57.
    id: 'PSY-2', description: 'Psychiatry, S1/OPTAM/TO, non-coordinated (no MCS)', unit: 'cents',
    sources: [U.orisha],
    values: [
      { from: S, until: '2022-03-31', value: 4170, confidence: 'M', sources: [U.lesml], derivation: 'PSY-1 46.70 minus MCS 5' },
      { from: '2022-04-01', until: '2023-10-31', value: 4520, confidence: 'M', sources: [U.afpep2022], derivation: 'PSY-1 50.20 minus MCS 5' },
      { from: '2023-11-01', until: '2024-12-21', value: 4670, confidence: 'M', sources: [U.csmfArbitral], derivation: 'PSY-1 51.70 minus MCS 5' },
      { from: '2024-12-22', until: '2025-12-31', value: 5000, confidence: 'M' },
      // Orisha and Cegedim 26.01.2026 ("52 € (57 € avec la MCS)") agree.
      { from: '2026-01-01', until: null, value: 5200, confidence: 'H', sources: [U.orisha, U.cegedim2026] },
    ],
  },
  {
    id: 'PSY-3', description: 'Psychiatry, S2 non-OPTAM with dépassement (CNPSY, then CP)', unit: 'cents',
    sources: [U.afpep2024, U.afpep2022],
    values: [
      { from: S, until: '2022-03-31', value: 3900, confidence: 'M', sources: [U.afpep2022] },
      { from: '2022-04-01', until: null, value: 4250, confidence: 'M' },
    ],
  },
  {
    // What's up Doc 01/2026: "avec une majoration renforcée pour les moins de 25 ans, qui passe de 12 à
    // 18€": the totals are coordinated ones (PSY-1 + majoration). The age bound ("moins de 25 ans" here,
    // "jusqu'à 25 ans" elsewhere) and whether it applies without the MCS stay open (PSY5_MAX_AGE).
    id: 'PSY-5', description: 'Psychiatrist, coordinated, patient under 25: CNP + MCS + young-patient majoration (12, then 18)', unit: 'cents',
    sources: [U.dispofi30, U.klesia2024, U.whatsupdoc2026],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 6700, confidence: 'M', derivation: 'PSY-1 55 + majoration 12 (What\'s up Doc: "passe de 12 à 18€")' },
      { from: '2026-01-01', until: null, value: 7500, confidence: 'M', derivation: 'PSY-1 57 + majoration 18 (What\'s up Doc 01/2026)' },
    ],
  },
  {
    id: 'PED-1', description: 'Paediatrician S1/OPTAM/TO, child under 2', unit: 'cents',
    sources: [U.f10874, U.f10874v2024, U.geroscopie],
    values: [
      { from: '2023-11-01', until: '2024-12-21', value: 3850, confidence: 'H', sources: [U.f10874v2024] },
      { from: '2024-12-22', until: '2025-12-31', value: 3900, confidence: 'H', sources: [U.f10874] },
      { from: '2026-01-01', until: null, value: 4000, confidence: 'H', sources: [U.geroscopie] },
    ],
  },
  {
    id: 'PED-2', description: 'Paediatrician S1/OPTAM/TO, child 2 to 5', unit: 'cents',
    sources: [U.f10874],
    values: [
      { from: '2023-11-01', until: '2024-12-21', value: 3350, confidence: 'H' },
      { from: '2024-12-22', until: null, value: 3500, confidence: 'H' },
    ],
  },
  {
    id: 'PED-3', description: 'Paediatrician S1/OPTAM/TO, child 6 to 15', unit: 'cents',
    sources: [U.f10874],
    values: [
      { from: '2023-11-01', until: '2024-12-21', value: 2950, confidence: 'M' },
      { from: '2024-12-22', until: null, value: 3150, confidence: 'M' },
    ],
  },
  {
    id: 'GYN-1', description: 'Medical gynaecology (codes 70/79), S1/OPTAM/TO, coordinated', unit: 'cents',
    sources: [U.klesia2024, U.lecomparateur, U.europe1Tarifs],
    // The 33.50 "≤ 2024-12-21" has no start date in the reference: left out (see assumptions).
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3700, confidence: 'M' },
      // Cegedim 26.01.2026: "Gynécologue … 35 € (40 € avec la MCS)"; What's up Doc 01/2026: "+3€".
      { from: '2026-01-01', until: null, value: 4000, confidence: 'H', sources: [U.europe1Tarifs, U.cegedim2026, U.whatsupdoc2026] },
    ],
  },
  {
    id: 'GYN-2', description: 'Medical gynaecology, S1/OPTAM/TO, without MCS', unit: 'cents',
    sources: [U.vivamagazine, U.fmfGyn],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3200, confidence: 'M' },
      { from: '2026-01-01', until: null, value: 3500, confidence: 'M', sources: [U.fmfGyn, U.cegedim2026] },
    ],
  },
  {
    // Before 2024-12-22 the geriatrician's 31.50 equals the generic SP-2: the engine uses SP.
    id: 'GER-1', description: 'Geriatrician, S1/OPTAM/TO, coordinated', unit: 'cents',
    sources: [U.klesia2024, U.geroscopie],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3700, confidence: 'M' },
      // Cegedim 26.01.2026: "Gériatre … 37 € (42 € avec la MCS)"; What's up Doc: "passe à 42€ (contre 37€)".
      { from: '2026-01-01', until: null, value: 4200, confidence: 'H', sources: [U.geroscopie, U.cegedim2026, U.whatsupdoc2026] },
    ],
  },
  {
    // Cegedim 26.01.2026 prints both values without the MCS ("Janvier 2025: 32 €"; 2026: "37 €").
    id: 'GER-1/base', description: 'Geriatrician, S1/OPTAM/TO, without MCS', unit: 'cents',
    sources: [U.cegedim2026, U.europe1Tarifs, U.dispofi30],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3200, confidence: 'M' },
      { from: '2026-01-01', until: null, value: 3700, confidence: 'M', sources: [U.cegedim2026] },
    ],
  },
  {
    // Cegedim 26.01.2026: "Médecine physique et réadaptation | 31 € | 35 € (40 € avec la MCS)"; the
    // coordinated 36 € of 2025 is Europe 1's figure (31 + MCS 5). Before 2024-12-22: not sourced.
    id: 'MPR-1', description: 'Physical medicine and rehabilitation (MPR), S1/OPTAM/TO, coordinated', unit: 'cents',
    sources: [U.europe1Tarifs, U.cegedim2026],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3600, confidence: 'M' },
      { from: '2026-01-01', until: null, value: 4000, confidence: 'M', sources: [U.cegedim2026] },
    ],
  },
  {
    id: 'MPR-1/base', description: 'MPR, S1/OPTAM/TO, without MCS', unit: 'cents',
    sources: [U.cegedim2026],
    values: [
      { from: '2024-12-22', until: '2025-12-31', value: 3100, confidence: 'M' },
      { from: '2026-01-01', until: null, value: 3500, confidence: 'M' },
    ],
  },
  {
    id: 'CAR-1', description: 'Cardiologist S1/OPTAM/TO: CSC 47.73 + MCC 3.27', unit: 'cents',
    sources: [U.lesml, U.santiane],
    values: [{ from: S, until: null, value: 5100, confidence: 'M' }],
  },
  {
    // The other candidate since the règlement arbitral: Assurland "sur la base de 70 % de 52,50 €",
    // Mutuelledassurance "un tarif de base de 52,50". Sources disagree (SML, Santiane, Smatis 2025
    // still print 51): the engine spans both (a range with the note cardiologyTariffRange).
    id: 'CAR-1/alt', description: 'Cardiologist S1/OPTAM/TO, coordinated: the 52.50 € some sources print since 2023-11-01', unit: 'cents',
    sources: [U.assurland, U.mutuelledassurance],
    values: [{ from: '2023-11-01', until: null, value: 5250, confidence: 'L' }],
  },
  {
    // Egora, 2017-07-01: "Cardiologues — La CSC passe à 47,73 euros".
    id: 'CAR-1/CSC', description: 'Cardiologist S1/OPTAM/TO, non-coordinated: CSC alone', unit: 'cents',
    sources: [U.lesml, U.egora2017],
    values: [{ from: S, until: null, value: 4773, confidence: 'M' }],
  },
  {
    // The CSC itself was raised to 47.73 on 2017-07-01 (Egora 2017); Assurland: secteur 2 "sur une
    // base réduite (47,73 €)". The 45.73 of 2014 (lecardiologue.com) predates the table.
    id: 'CAR-2', description: 'Cardiologist S2 non-OPTAM: CSC', unit: 'cents',
    sources: [U.egora2017, U.assurland],
    values: [{ from: S, until: null, value: 4773, confidence: 'M' }],
  },
  // --- 1.4 AMO rates ----------------------------------------------------------------------------
  {
    id: 'R-1', description: 'AMO rate inside the parcours de soins', unit: 'percent',
    sources: [U.f17042, U.egora, U.magnolia2026],
    values: [{ from: S, until: null, value: 70, confidence: 'H' }],
  },
  {
    id: 'R-2', description: 'Hors parcours: majoration of 40 points of the base', unit: 'percent',
    sources: [U.ash2009, U.f17042b],
    values: [{ from: S, until: null, value: 40, confidence: 'H' }],
  },
  {
    id: 'R-3', description: 'Accès direct spécifique: gynaecology, ophthalmology, stomatology, psychiatry 16–25', unit: 'rule',
    sources: [U.f17042b, U.solimut],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'R-4', description: 'Under this age, no hors-parcours penalty', unit: 'years',
    sources: [U.f10874],
    values: [{ from: S, until: null, value: 16, confidence: 'H' }],
  },
  {
    id: 'R-5', description: 'ALD-related care: rate', unit: 'percent',
    sources: [U.fondshs, U.pagesjaunesExo],
    values: [{ from: S, until: null, value: 100, confidence: 'H' }],
  },
  {
    id: 'R-6', description: 'ALD and hors parcours: the 40-point majoration also applies (60 %)', unit: 'rule',
    sources: [],
    values: [{ from: S, until: null, value: 1, confidence: 'M', derivation: 'CSS art. R322-1-1 (old wording)' }],
  },
  {
    id: 'R-7', description: 'Maternity (6th month to 12 days after birth): rate, no PF', unit: 'percent',
    sources: [U.avocatMaternite, U.pagesjaunesMaternite],
    values: [{ from: S, until: null, value: 100, confidence: 'H' }],
  },
  {
    id: 'R-8', description: 'Alsace-Moselle régime local: rate for soins de ville', unit: 'percent',
    sources: [U.quotidienAlsace, U.cpam67],
    values: [{ from: S, until: null, value: 90, confidence: 'H' }],
  },
  {
    id: 'R-9', description: 'CSS: AMO 70 % + CSS up to 100 % of the base; no PF; dépassements forbidden', unit: 'rule',
    sources: [U.dossierfamilialCss, U.comparezNous],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'R-10', description: 'AME: rate (no PF)', unit: 'percent',
    sources: [U.ameliAme],
    values: [{ from: S, until: null, value: 100, confidence: 'H' }],
  },
  // --- 1.5 Participation forfaitaire ------------------------------------------------------------
  {
    id: 'PF-1', description: 'Participation forfaitaire per consultation', unit: 'cents',
    sources: [U.snds, U.pagesjaunesPf],
    values: [{ from: S, until: '2024-05-14', value: 100, confidence: 'H' }],
  },
  {
    id: 'PF-2', description: 'Participation forfaitaire per consultation', unit: 'cents',
    sources: [U.fo2024, U.magnoliaPf2024, U.franceAssos2026],
    values: [{ from: '2024-05-15', until: null, value: 200, confidence: 'H' }],
  },
  {
    id: 'PF-6', description: 'PF exemption: under this age (also maternity, CSS, AME)', unit: 'years',
    sources: [U.magnoliaPf2024],
    values: [{ from: S, until: null, value: 18, confidence: 'H' }],
  },
  {
    id: 'PF-7', description: 'A contrat responsable may not reimburse the PF', unit: 'rule',
    sources: [U.mutuelleratp],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  // --- 1.6 Secteur 3 ----------------------------------------------------------------------------
  {
    id: 'S3-1', description: "Tarif d'autorité, GP consultation", unit: 'cents',
    sources: [U.aprilTa, U.mutuellesanteS3, U.assurprox],
    values: [{ from: S, until: null, value: 61, confidence: 'H' }],
  },
  {
    id: 'S3-2', description: "Tarif d'autorité, specialist consultation", unit: 'cents',
    sources: [U.aprilTa, U.mutuellesanteS3, U.assurprox],
    values: [{ from: S, until: null, value: 122, confidence: 'H' }],
  },
  {
    // Essentiel Santé: "oscille par exemple entre 0,47€ et 0,61€ selon la zone géographique"; Minilex:
    // "dépend du département … entre 0,49 et 0,61"; 0.43 € is the lowest figure of the project's
    // 2026 research note (Egora 11/12/2025, La Boussole 03/11/2025). Shown, never computed with.
    id: 'S3-1/low', description: "Tarif d'autorité, GP consultation: lowest figure quoted (depends on the town)", unit: 'cents',
    sources: [U.essentielSante, U.minilex],
    values: [{ from: S, until: null, value: 43, confidence: 'L', derivation: 'lowest of the quoted lows: 0.43 (research note: Egora 11/12/2025, La Boussole 03/11/2025), 0.47 (Essentiel Santé), 0.49 (Minilex)' }],
  },
  {
    // Assurprox: "1,22€ chez un spécialiste en zone A (Paris)": other towns are lower.
    id: 'S3-2/low', description: "Tarif d'autorité, specialist consultation: lowest figure quoted (depends on the town)", unit: 'cents',
    sources: [U.assurprox],
    values: [{ from: S, until: null, value: 85, confidence: 'L', derivation: '0.85 (research note: Egora 11/12/2025, La Boussole 03/11/2025); Assurprox gives 1.22 as the zone A (Paris) value' }],
  },
  {
    id: 'S3-3', description: "AMO rate on the tarif d'autorité", unit: 'percent',
    sources: [U.aprilTa2],
    values: [{ from: S, until: null, value: 70, confidence: 'M' }],
  },
  // --- 1.7 Dépassements by secteur 1 doctors ----------------------------------------------------
  {
    id: 'DA-1', description: 'DA cap: billed ≤ coordinated tariff × 117.5 %, rounded to the euro', unit: 'permille',
    sources: [U.fmfTarif23, U.quotidien2005, U.institutmolinari],
    values: [{ from: S, until: null, value: 1175, confidence: 'H' }],
  },
  {
    id: 'DE-1', description: 'DE (exigence particulière): never reimbursed by the AMO', unit: 'rule',
    sources: [U.f17042, U.dossierfamilialDe],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  // --- 1.8 Contrat responsable ------------------------------------------------------------------
  {
    id: 'CR-1', description: 'Contrat responsable covers the whole ticket modérateur (≥ 100 % BR)', unit: 'percent',
    sources: [U.groupagrica, U.mutuelleOrg, U.dispofiDep],
    values: [{ from: S, until: null, value: 100, confidence: 'H' }],
  },
  {
    id: 'CR-3', description: 'Contrat responsable may not cover the hors-parcours majoration', unit: 'rule',
    sources: [U.syngof],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'CR-4', description: 'Contrat responsable may not cover hors-parcours dépassements up to the DA', unit: 'rule',
    sources: [U.syngof, U.groupagrica],
    values: [{ from: S, until: null, value: 1, confidence: 'L' }],
  },
  {
    id: 'CR-5', description: 'Non-DPTAM dépassement coverage ≤ 100 % BR: at most 200 % BR in total', unit: 'percent',
    sources: [U.mutuelleCheminots, U.dispofiDep, U.apicil],
    values: [{ from: S, until: null, value: 200, confidence: 'H' }],
  },
  {
    id: 'CR-6', description: 'Non-DPTAM coverage at least 20 points of BR below DPTAM coverage', unit: 'percent',
    sources: [U.mutuelleCheminots, U.groupagrica, U.meilleurComparateur],
    values: [{ from: S, until: null, value: 20, confidence: 'H' }],
  },
  // --- 1.9 OPTAM and CSS obligations ------------------------------------------------------------
  {
    id: 'OP-1', description: 'OPTAM patients are reimbursed on the secteur 1 base', unit: 'rule',
    sources: [U.apicil, U.snmr, U.sncufOptam],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'CSS-1', description: 'Every conventionné doctor applies the tarif opposable to CSS patients', unit: 'rule',
    sources: [U.dossierfamilialCss, U.avipsy],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    // ameli 13/09/2018: "La téléconsultation est facturée par le médecin téléconsultant au même tarif
    // qu'une consultation en face-à-face. D'éventuelles majorations peuvent s'y ajouter dans les mêmes
    // conditions". It stopped holding for GPs on 2023-11-01 (G 26.50, TCG kept at 25, GP-8); for
    // specialists no source says what the teleconsultation became then (Télésanté Bretagne,
    // 20/06/2024: "le tarif de la téléconsultation restera quant à lui inchangé"), so it ends there.
    id: 'TC-1', description: "Specialist teleconsultation (TC) billed at the face-to-face tariff, with the same majorations", unit: 'rule',
    sources: [U.ameliTele2018, U.telesanteBretagne2024],
    values: [{ from: '2018-09-15', until: '2023-10-31', value: 1, confidence: 'H', sources: [U.ameliTele2018] }],
  },
  {
    // The reference's notation paragraph ("S1/OPTAM/TO"), no row id of its own.
    id: 'TO-1', description: 'A non-OPTAM doctor billing the tarif opposable may use the secteur 1 codes', unit: 'rule',
    sources: [U.ameli2018, U.syfal],
    values: [{ from: '2018-04-01', until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'OP-4', description: 'DPTAM = OPTAM + OPTAM-CO/ACO', unit: 'rule',
    sources: [U.repam],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  // --- Other professions (docs/reimbursement.md §5; research compiled 2026-11-29) --------------
  // Read through SERIES like the doctors' rows; the rule rows are cited by id.
  {
    id: 'XP-1', description: 'No participation forfaitaire on dentists, midwives, auxiliaires médicaux, MSP psychologists', unit: 'rule',
    sources: [P.mutuelleConseilPf, P.ameliDental2019],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'XP-2', description: 'PLFSS 2026 art. 18 (PF and franchise on dental acts) deleted: not in the LFSS 2026', unit: 'rule',
    sources: [P.lesCdf2025, P.infoDentairePlfss],
    values: [{ from: '2025-12-16', until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'FR-1', description: 'Franchise médicale per act of an auxiliaire médical', unit: 'cents',
    sources: [P.klesiaFranchise2024, P.swisslifeFranchise],
    values: [{ from: S, until: '2024-03-30', value: 50, confidence: 'H' }],
  },
  {
    id: 'FR-2', description: 'Franchise médicale per act of an auxiliaire médical', unit: 'cents',
    sources: [P.klesiaFranchise2024, P.ctipFranchise],
    values: [{ from: '2024-03-31', until: null, value: 100, confidence: 'H' }],
  },
  {
    id: 'FR-3', description: 'Franchise daily cap on paramedical acts (assumed not reached)', unit: 'cents',
    sources: [P.klesiaFranchise2024],
    values: [
      { from: S, until: '2024-03-30', value: 200, confidence: 'H' },
      { from: '2024-03-31', until: null, value: 400, confidence: 'H' },
    ],
  },
  {
    id: 'FR-4', description: 'Franchise annual cap, shared with drugs and transport (assumed not reached)', unit: 'cents',
    sources: [P.klesiaFranchise2024, P.latribuneFranchise],
    values: [{ from: S, until: null, value: 5000, confidence: 'H' }],
  },
  {
    id: 'FR-5', description: 'Franchise exemptions: under 18, maternity, CSS, AME; ALD patients pay it; a contrat responsable never covers it', unit: 'years',
    sources: [P.quechoisirFranchise],
    values: [{ from: S, until: null, value: 18, confidence: 'H' }],
  },
  {
    id: 'DEN-1', description: 'Dentist consultation C, conventionné (tarif opposable = base)', unit: 'cents',
    sources: [P.ameliDental2019, P.servicePublicF33956, P.adpDental2025],
    values: [{ from: '2019-11-13', until: null, value: 2300, confidence: 'H' }],
  },
  {
    id: 'DEN-2', description: "AMO rate on dentists' fees", unit: 'percent',
    sources: [P.ameliDental2019],
    values: [{ from: '2019-11-13', until: '2023-10-14', value: 70, confidence: 'H' }],
  },
  {
    id: 'DEN-3', description: "AMO rate on dentists' fees (ticket modérateur 30 → 40 %)", unit: 'percent',
    sources: [P.quechoisirDental, P.klesiaDental2023, P.newsAssurancesDental, P.servicePublicF33956],
    values: [{ from: '2023-10-15', until: null, value: 60, confidence: 'H' }],
  },
  {
    id: 'DEN-4', description: 'Dentist consultation: dépassement only as DE (never reimbursed); none for CSS patients', unit: 'rule',
    sources: [P.dentistFeeNotice],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-1', description: 'Mon soutien psy: evaluation session', unit: 'cents',
    sources: [P.monPsy2022],
    values: [{ from: '2022-04-05', until: '2024-06-28', value: 4000, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-1/follow-up', description: 'Mon soutien psy: follow-up session', unit: 'cents',
    sources: [P.monPsy2022],
    values: [{ from: '2022-04-05', until: '2024-06-28', value: 3000, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-2', description: 'Mon soutien psy: every session (arrêté 24/06/2024, JO 28/06/2024)', unit: 'cents',
    sources: [P.klesiaMsp2024, P.rencontresMsp2024, P.agipiMsp],
    values: [{ from: '2024-06-29', until: null, value: 5000, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-3', description: 'Mon soutien psy: AMO rate (ticket modérateur 40 %)', unit: 'percent',
    sources: [P.klesiaMsp2024, P.pourquoidocteurMsp],
    values: [{ from: '2022-04-05', until: null, value: 60, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-6', description: 'Mon soutien psy: dépassements forbidden (a higher fee is outside the scheme)', unit: 'rule',
    sources: [P.destinationSanteMsp, P.cptsEcmMsp],
    values: [{ from: '2022-04-05', until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'PSY-MSP-8', description: 'Mon soutien psy: no participation forfaitaire, no franchise', unit: 'rule',
    sources: [P.agipiMsp],
    values: [{ from: '2022-04-05', until: null, value: 1, confidence: 'M', derivation: 'psychologists are neither doctors nor auxiliaires médicaux; agipi: no out-of-pocket with a contrat responsable' }],
  },
  {
    id: 'PSY-0', description: 'Psychologist outside Mon soutien psy: not reimbursed by the AMO', unit: 'rule',
    sources: [P.partnerPsyOutside],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'KIN-3', description: 'Kiné standard session (AMS 7.5 × 2.15)', unit: 'cents',
    sources: [P.klesiaKine2023, P.allodocteursKine],
    values: [{ from: '2023-01-01', until: '2024-02-21', value: 1613, confidence: 'H' }],
  },
  {
    id: 'KIN-4', description: 'Kiné standard session (7.5 × 2.21), representative value', unit: 'cents',
    sources: [P.appinesKine2025, P.csfeKine, P.moneyvox],
    values: [{ from: '2024-02-22', until: '2025-12-31', value: 1658, confidence: 'H' }],
  },
  {
    id: 'KIN-4/min', description: 'Kiné standard session, lowest coefficient (7.47 × 2.21)', unit: 'cents',
    sources: [P.csfeKine],
    values: [{ from: '2024-02-22', until: '2025-12-31', value: 1651, confidence: 'M' }],
  },
  {
    id: 'KIN-4/max', description: 'Kiné standard session, highest coefficient (7.53 × 2.21)', unit: 'cents',
    sources: [P.csfeKine],
    values: [{ from: '2024-02-22', until: '2025-12-31', value: 1664, confidence: 'M' }],
  },
  {
    id: 'KIN-5', description: 'Kiné standard session (8.07–8.13 × 2.21), representative value', unit: 'cents',
    sources: [P.ngap2026, P.andrewappKine2026],
    values: [{ from: '2026-01-01', until: null, value: 1790, confidence: 'H' }],
  },
  {
    id: 'KIN-5/min', description: 'Kiné standard session, lowest coefficient (8.07 × 2.21)', unit: 'cents',
    sources: [P.ngap2026],
    values: [{ from: '2026-01-01', until: null, value: 1783, confidence: 'H' }],
  },
  {
    id: 'KIN-5/max', description: 'Kiné standard session, highest coefficient (8.13 × 2.21)', unit: 'cents',
    sources: [P.ngap2026],
    values: [{ from: '2026-01-01', until: null, value: 1797, confidence: 'H' }],
  },
  {
    id: 'KIN-8', description: 'Kiné: AMO rate (100 % when ALD-related)', unit: 'percent',
    sources: [P.allodocteursKine],
    values: [{ from: S, until: null, value: 60, confidence: 'H' }],
  },
  {
    id: 'KIN-9', description: 'Kiné: reimbursed only on a medical prescription (or legal direct access)', unit: 'rule',
    sources: [P.ngap2026, P.ordreMk],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'KIN-11', description: 'Kiné: dépassement only as DE, never reimbursed by the AMO', unit: 'rule',
    sources: [P.ordreMk],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'SF-1', description: 'Midwife consultation (C 23 + MSF 2)', unit: 'cents',
    sources: [P.quotidienSf2018, P.onssf],
    values: [{ from: '2019-02-10', until: '2024-02-21', value: 2500, confidence: 'H' }],
  },
  {
    id: 'SF-2', description: 'Midwife consultation (C 23 + MSF 3.50)', unit: 'cents',
    sources: [P.bsensiblebabySf, P.cegedimSf2024, P.egoraSf2025],
    values: [{ from: '2024-02-22', until: null, value: 2650, confidence: 'M' }],
  },
  {
    id: 'SF-4', description: 'Midwife: AMO rate outside pregnancy', unit: 'percent',
    sources: [P.avocatMaternite],
    values: [{ from: S, until: null, value: 70, confidence: 'H', derivation: "Doctolib's help text contracted_midwife (70 % / 100 % pregnant)" }],
  },
  {
    id: 'SF-4/maternity', description: 'Midwife: AMO rate for pregnancy care (prenatal visits from the 1st month; everything from the 6th)', unit: 'percent',
    sources: [P.avocatMaternite, P.pagesjaunesMaternite],
    values: [{ from: S, until: null, value: 100, confidence: 'H' }],
  },
  {
    id: 'SF-5', description: 'Midwife: no participation forfaitaire, no franchise', unit: 'rule',
    sources: [P.mutuelleConseilPf],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'POD-1', description: 'Podologist POD session (diabetic foot grade 2 or 3 only)', unit: 'cents',
    sources: [P.magnoliaPodo],
    values: [{ from: S, until: '2024-03-06', value: 2700, confidence: 'M' }],
  },
  {
    id: 'POD-1/2024', description: 'Podologist POD session (diabetic foot grade 2 or 3 only)', unit: 'cents',
    sources: [P.hyperassurPodo],
    values: [{ from: '2024-03-07', until: null, value: 3000, confidence: 'M' }],
  },
  {
    id: 'POD-2', description: 'Podologist POD: AMO rate (100 % when ALD-related)', unit: 'percent',
    sources: [P.rmpPodo, P.grenoblePodo],
    values: [{ from: S, until: null, value: 60, confidence: 'M' }],
  },
  {
    id: 'POD-3', description: 'Any other podiatry booking: not reimbursed', unit: 'rule',
    sources: [P.magnoliaPodo],
    values: [{ from: S, until: null, value: 1, confidence: 'M' }],
  },
  {
    id: 'NR-1', description: 'Ostéopathe, chiropracteur: not reimbursed (a mutuelle may pay a yearly allowance)', unit: 'rule',
    sources: [P.aprilOsteo, P.santianeOsteo],
    values: [{ from: S, until: null, value: 1, confidence: 'H' }],
  },
  {
    id: 'NR-2', description: 'Diététicien: not reimbursed (no convention)', unit: 'rule',
    sources: [],
    values: [{ from: S, until: null, value: 1, confidence: 'M', derivation: 'no convention exists; Doctolib help texts (2025-07)' }],
  },
];

/**
 * Named lookups: the parameters that together give one quantity over time, in date order.
 * A day outside every listed value resolves to "not sourced" (NaN).
 */
export const SERIES = {
  gpS1: ['GP-1', 'GP-2', 'GP-3'],
  gpS1Under6: ['GP-5'],
  gpNonOptam: ['GP-4'],
  gpNonOptamUnder6: ['GP-6'],
  gpTele: ['GP-8'],
  spCoordinated: ['SP-1', 'SP-2', 'SP-3'],
  spBase: ['SP-4'],
  spNonOptam: ['SP-5'],
  psyCoordinated: ['PSY-1'],
  psyBase: ['PSY-2'],
  psyNonOptam: ['PSY-3'],
  psyYoung: ['PSY-5'],
  pedUnder2: ['PED-1'],
  ped2to5: ['PED-2'],
  ped6to15: ['PED-3'],
  gynCoordinated: ['GYN-1'],
  gynBase: ['GYN-2'],
  gerCoordinated: ['GER-1'],
  gerBase: ['GER-1/base'],
  mprCoordinated: ['MPR-1'],
  mprBase: ['MPR-1/base'],
  carCoordinated: ['CAR-1'],
  carCoordinatedAlt: ['CAR-1/alt'],
  carBase: ['CAR-1/CSC'],
  carNonOptam: ['CAR-2'],
  taGp: ['S3-1'],
  taSpecialist: ['S3-2'],
  taGpLow: ['S3-1/low'],
  taSpecialistLow: ['S3-2/low'],
  rateS3: ['S3-3'],
  rateBase: ['R-1'],
  horsParcoursPoints: ['R-2'],
  parcoursMinAge: ['R-4'],
  rateAld: ['R-5'],
  rateMaternity: ['R-7'],
  rateAlsace: ['R-8'],
  rateAme: ['R-10'],
  pf: ['PF-1', 'PF-2'],
  pfMinAge: ['PF-6'],
  daCapPermille: ['DA-1'],
  crFloorPct: ['CR-1'],
  crNonDptamMaxPct: ['CR-5'],
  crDptamGapPct: ['CR-6'],
  nonOptamS1Codes: ['TO-1'],
  // Professions other than doctors (docs/reimbursement.md §5).
  franchise: ['FR-1', 'FR-2'],
  franchiseMinAge: ['FR-5'],
  dentistBase: ['DEN-1'],
  dentistRate: ['DEN-2', 'DEN-3'],
  /** The standard session's representative value (cited), then its lowest and highest coefficient. */
  physioSession: ['KIN-3', 'KIN-4', 'KIN-5'],
  physioSessionMin: ['KIN-3', 'KIN-4/min', 'KIN-5/min'],
  physioSessionMax: ['KIN-3', 'KIN-4/max', 'KIN-5/max'],
  physioRate: ['KIN-8'],
  midwifeBase: ['SF-1', 'SF-2'],
  midwifeRate: ['SF-4'],
  midwifeMaternityRate: ['SF-4/maternity'],
  podologyBase: ['POD-1', 'POD-1/2024'],
  podologyRate: ['POD-2'],
  /** Mon soutien psy: the follow-up and the evaluation session (one fee for both since PSY-MSP-2). */
  mspFollowUp: ['PSY-MSP-1/follow-up', 'PSY-MSP-2'],
  mspEvaluation: ['PSY-MSP-1', 'PSY-MSP-2'],
  mspRate: ['PSY-MSP-3'],
} as const satisfies Record<string, readonly string[]>;

export type SeriesName = keyof typeof SERIES;

/** A series resolved for one day: `value` is NaN when no sourced value covers the day. */
export interface Resolved {
  readonly value: number;
  /** Parameter id the value comes from ('' when none). */
  readonly id: string;
  /** Its position in PARAMETERS (-1 when none): its bit in a SourceSet. */
  readonly index: number;
  readonly confidence: Confidence | '';
}

export type Snapshot = { readonly [K in SeriesName]: Resolved };

const BY_ID = new Map<string, TariffParameter>(PARAMETERS.map((p) => [p.id, p]));

export function getParameter(id: string): TariffParameter | undefined {
  return BY_ID.get(id);
}

interface CompiledEntry {
  from: number;
  until: number; // inclusive; Infinity when open-ended
  resolved: Resolved;
}

const COMPILED: Record<string, CompiledEntry[]> = {};
for (const name of Object.keys(SERIES) as SeriesName[]) {
  const entries: CompiledEntry[] = [];
  for (const id of SERIES[name]) {
    const p = BY_ID.get(id);
    if (!p) throw new Error(`tariffs: series ${name} names unknown parameter ${id}`);
    for (const v of p.values) {
      entries.push({
        from: parseDay(v.from),
        until: v.until == null ? Infinity : parseDay(v.until),
        resolved: Object.freeze({ value: v.value, id: p.id, index: PARAMETERS.indexOf(p), confidence: v.confidence }),
      });
    }
  }
  COMPILED[name] = entries;
}

const NONE: Resolved = Object.freeze({ value: NaN, id: '', index: -1, confidence: '' });

function resolve(name: SeriesName, day: number): Resolved {
  const entries = COMPILED[name]!;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (day >= e.from && day <= e.until) return e.resolved;
  }
  return NONE;
}

// Nearly every call in a page shares one day: snapshots are cached per day.
const cache = new Map<number, Snapshot>();
const CACHE_LIMIT = 512;

/** A contrat responsable's limits on a day (CR-1, CR-5, CR-6), percent of the BR; NaN where none is sourced. */
export function responsableLimits(date: string): { floorPct: number; nonDptamMaxPct: number; dptamGapPct: number } {
  const s = snapshotFor(parseDay(date));
  return { floorPct: s.crFloorPct.value, nonDptamMaxPct: s.crNonDptamMaxPct.value, dptamGapPct: s.crDptamGapPct.value };
}

/** Every series resolved for a day (yyyymmdd). Cached; the result is frozen. */
export function snapshotFor(day: number): Snapshot {
  let snap = cache.get(day);
  if (snap) return snap;
  const s: Record<string, Resolved> = {};
  for (const name of Object.keys(SERIES) as SeriesName[]) s[name] = resolve(name, day);
  snap = Object.freeze(s) as Snapshot;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(day, snap);
  return snap;
}

interface CompiledSources {
  from: number;
  until: number;
  sources: readonly string[];
}
const SOURCES_BY_ID = new Map<string, CompiledSources[]>(
  PARAMETERS.map((p) => [
    p.id,
    p.values.map((v) => ({
      from: parseDay(v.from),
      until: v.until == null ? Infinity : parseDay(v.until),
      sources: v.sources ?? p.sources,
    })),
  ]),
);

/** Sources of the value a parameter has on a day (the parameter's list if none of its own). */
export function sourcesOf(id: string, day: number): readonly string[] {
  const list = SOURCES_BY_ID.get(id);
  if (!list) return [];
  for (const v of list) if (day >= v.from && day <= v.until) return v.sources;
  return BY_ID.get(id)!.sources;
}

/** A parameter's position in PARAMETERS: its bit in a `SourceSet`. */
export const PARAM_INDEX = new Map<string, number>(PARAMETERS.map((p, i) => [p.id, i]));

/** The parameters an estimate used, as a bit set over PARAMETERS (4 × 31 bits). */
export interface SourceSet {
  s0: number;
  s1: number;
  s2: number;
  s3: number;
}
const SOURCE_SET_BITS = 124;
if (PARAMETERS.length > SOURCE_SET_BITS) throw new Error(`tariffs: SourceSet holds ${SOURCE_SET_BITS} parameters at most`);

export function emptySourceSet(): SourceSet {
  return { s0: 0, s1: 0, s2: 0, s3: 0 };
}

/** A parameter's index, for code that cites it by id (throws at load time on a typo). */
export function paramIndex(id: string): number {
  const i = PARAM_INDEX.get(id);
  if (i === undefined) throw new Error(`tariffs: no parameter ${id}`);
  return i;
}

export function addSource(set: SourceSet, i: number): void {
  if (i < 0 || i >= SOURCE_SET_BITS) return;
  if (i < 31) set.s0 |= 1 << i;
  else if (i < 62) set.s1 |= 1 << (i - 31);
  else if (i < 93) set.s2 |= 1 << (i - 62);
  else set.s3 |= 1 << (i - 93);
}

function wordOf(set: SourceSet, i: number): number {
  return i < 31 ? set.s0 : i < 62 ? set.s1 : i < 93 ? set.s2 : set.s3;
}

const sourcesCache = new Map<string, readonly string[]>();

/** The URLs behind a set of parameters on a day, deduplicated, in table order. A fresh array. */
export function sourcesFor(set: SourceSet, day: number): string[] {
  const key = `${day}|${set.s0}|${set.s1}|${set.s2}|${set.s3}`;
  let urls = sourcesCache.get(key);
  if (!urls) {
    const out: string[] = [];
    PARAMETERS.forEach((p, i) => {
      if (!(wordOf(set, i) & (1 << i % 31))) return;
      for (const url of sourcesOf(p.id, day)) if (out.indexOf(url) < 0) out.push(url);
    });
    if (sourcesCache.size >= 1024) sourcesCache.clear();
    sourcesCache.set(key, (urls = out));
  }
  return urls.slice();
}

/** Every source URL in the table, deduplicated (for an "about & sources" page). */
export function listTariffSources(): string[] {
  const out = new Set<string>();
  for (const p of PARAMETERS) {
    for (const s of p.sources) out.add(s);
    for (const v of p.values) for (const s of v.sources ?? []) out.add(s);
  }
  return [...out];
}

/**
 * Problems in the data: a series whose values overlap or leave a gap, or a bad date. Empty when
 * the table is sound (a unit test asserts it).
 */
export function checkTable(): string[] {
  const problems: string[] = [];
  for (const p of PARAMETERS) {
    for (const v of p.values) {
      if (parseDay(v.from) < 0) problems.push(`${p.id}: bad from ${v.from}`);
      if (v.until != null && parseDay(v.until) < parseDay(v.from)) problems.push(`${p.id}: until before from`);
      if (!Number.isInteger(v.value)) problems.push(`${p.id}: non-integer value ${v.value}`);
    }
    if (p.sources.length === 0 && p.values.every((v) => !v.sources && !v.derivation)) {
      problems.push(`${p.id}: no source`);
    }
  }
  for (const name of Object.keys(SERIES) as SeriesName[]) {
    const entries = COMPILED[name]!;
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1]!;
      const cur = entries[i]!;
      if (prev.until === Infinity || previousDay(cur.from) !== prev.until) {
        problems.push(`${name}: ${isoDay(cur.from)} does not follow ${prev.until === Infinity ? 'an open end' : isoDay(prev.until)}`);
      }
    }
    const last = entries[entries.length - 1];
    if (!last || last.until !== Infinity) problems.push(`${name}: no open-ended last value`);
  }
  return problems;
}
