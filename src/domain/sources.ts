// Which sources a patient is shown, and under which name. Pure: no DOM, no browser API.
//
// The tariff table (src/core/tariffs.ts) keeps every page that was read while researching,
// including copies of official pages found on other sites (archival evidence, with the date they
// were read). None of those copies is ever shown: a copy of a service-public.fr sheet Fxxxxx is
// shown as service-public.fr's own page for that sheet; a copy of something else is not shown.
// Official pages come first, then the best secondary sources, each named after its publisher.

/** Hosts of the official pages (the State, the Assurance Maladie, the law). */
const OFFICIAL_HOSTS = ['service-public.fr', 'ameli.fr', 'legifrance.gouv.fr', 'securite-sociale.fr'] as const;

/**
 * Sites that republished an official sheet (comarquage: a town's or an agency's copy of a
 * service-public.fr sheet, `?xml=F17042` or `/service-public/particuliers/vosdroits/F10874`).
 * Never shown; mapped to the official sheet when its id can be read.
 */
const MIRROR_HOSTS = ['stmeen-montauban.fr', 'ville-thonon.fr', 'associations.gouv.fr', 'comarquage.net15.fr', 'agglo-paysdemeaux.fr'];

/** The official address of a service-public.fr sheet for individuals. */
export const SERVICE_PUBLIC_SHEET = 'https://www.service-public.fr/particuliers/vosdroits/';

/**
 * Secondary sources: the publisher's name and a rank (lower = more authoritative). 1: public
 * bodies, doctors' unions and the professional press; 2: general press and specialised media;
 * 3: insurers, brokers, comparators and other commercial pages. Unknown hosts rank 4 and are
 * named by their host.
 */
const PUBLISHERS: Readonly<Record<string, readonly [name: string, rank: number]>> = {
  // A preview copy of the SNDS documentation site (Health Data Hub), the only one found.
  'deploy-preview-436--documentation-snds.netlify.app': ['Documentation du SNDS (Health Data Hub)', 1],
  'france-assos-sante.org': ['France Assos Santé', 1],
  'csmf.org': ['CSMF (syndicat de médecins)', 1],
  'fmfpro.org': ['FMF (syndicat de médecins)', 1],
  'lesml.org': ['SML (syndicat de médecins)', 1],
  'sncuf.fr': ['SNCUF (syndicat médical)', 1],
  'syndicatavenirspe.fr': ['Avenir Spé (syndicat de médecins)', 1],
  'afpep-snpp.org': ['AFPEP-SNPP (syndicat de psychiatres)', 1],
  'syngof.fr': ['Syngof (syndicat de gynécologues)', 1],
  'snmr.org': ['SNMR (syndicat médical)', 1],
  'lecardiologue.com': ['Le Cardiologue', 1],
  'force-ouvriere.fr': ['Force Ouvrière', 1],
  'lequotidiendumedecin.fr': ['Le Quotidien du médecin', 1],
  'aefinfo.fr': ['AEF info', 1],
  'ash.tm.fr': ['ASH, Actualités sociales hebdomadaires', 1],
  'egora.fr': ['Egora', 1],
  'veille-acteurs-sante.fr': ["Communiqué de l'Assurance Maladie (relayé par Veille acteurs santé)", 1],
  'europe1.fr': ['Europe 1', 2],
  'cpam67-ts.fr': ['cpam67-ts.fr', 2],
  'moneyvox.fr': ['MoneyVox', 2],
  'geroscopie.fr': ['Géroscopie', 2],
  'dossierfamilial.com': ['Dossier Familial', 2],
  'vivamagazine.fr': ['Viva Magazine', 2],
  'institutmolinari.org': ['Institut Molinari', 2],
  'syfal.net': ['Syfal', 2],
  'healthcare.orisha.com': ['Orisha Healthcare', 2],
  'qare.fr': ['Qare', 2],
  'avocat.fr': ['Conseil national des barreaux (avocat.fr)', 2],
  'droit-pratique.fr': ['Droit-Pratique', 3],
  'studylibfr.com': ['Studylib (copie de document)', 3],
  'ag2rlamondiale.fr': ['AG2R La Mondiale', 3],
  'apicil.com': ['Apicil', 3],
  'klesiaprosocial.fr': ['Klesia', 3],
  'dispofi.fr': ['Dispofi', 3],
  'homeprotection.fr': ['Home Protection', 3],
  'santiane.fr': ['Santiane', 3],
  'magnolia.fr': ['Magnolia.fr', 3],
  'solimut-centre-ocean.fr': ['Solimut', 3],
  'fondshs.fr': ['Fonds Handicap & Société', 3],
  'pagesjaunes.fr': ['PagesJaunes Mutuelle', 3],
  'comparez-nous.fr': ['Comparez-nous', 3],
  'mutuelleratp.fr': ['Mutuelle RATP', 3],
  'april.fr': ['April', 3],
  'mutuellesante.fr': ['Mutuellesante.fr', 3],
  'assurprox.com': ['Assurprox', 3],
  'groupagrica.com': ['Groupe Agrica', 3],
  'mutuelle.org': ['Mutuelle.org', 3],
  'mutuelle-cheminots.fr': ['Mutuelle des cheminots', 3],
  'meilleur-comparateur-mutuelle.com': ['Meilleur comparateur mutuelle', 3],
  'repam.fr': ['Repam', 3],
  'avipsy.fr': ['Avipsy', 3],
  'lecomparateurassurance.com': ['Le Comparateur Assurance', 3],
  // Read for the 2026 update of the table.
  'whatsupdoc-lemag.fr': ["What's up Doc", 1],
  'telesante-bretagne.fr': ['GCS e-Santé Bretagne (Télésanté Bretagne)', 1],
  'cegedim-sante.com': ['Cegedim Santé (éditeur de logiciels médicaux)', 2],
  'essentiel-sante-magazine.fr': ['Essentiel Santé Magazine', 2],
  'minilex.fr': ['Minilex', 3],
  'assurland.com': ['Assurland', 3],
  'mutuelledassurance.net': ['Mutuelledassurance.net', 3],
  // --- Professions other than doctors (docs/reimbursement.md §5) ---
  'ordremk.fr': ['Ordre des masseurs-kinésithérapeutes', 1],
  'onssf.org': ['ONSSF (syndicat de sages-femmes)', 1],
  'lescdf.fr': ['Les CDF (syndicat de chirurgiens-dentistes)', 1],
  'information-dentaire.fr': ["L'Information dentaire", 1],
  'ctip.asso.fr': ['CTIP (institutions de prévoyance)', 1],
  'dicom-portail-sante.cegedim.cloud': ['Ministère de la Santé (copie de la page Mon Psy)', 1],
  'rencontressoignantesenpsychiatrie.fr': ['Rencontres soignantes en psychiatrie', 1],
  'cpts-ecm.fr': ['CPTS Est Cœur de Marne', 1],
  'quechoisir.org': ['UFC-Que Choisir', 2],
  'latribune.fr': ['La Tribune', 2],
  'pourquoidocteur.fr': ['Pourquoi Docteur', 2],
  'destinationsante.com': ['Destination Santé', 2],
  'allodocteurs.fr': ['Allodocteurs (France Télévisions)', 2],
  'newsassurancespro.com': ['News Assurances Pro', 2],
  'andrewapp.fr': ['Andrew (logiciel pour kinés)', 2],
  'appines.fr': ['Appines (logiciel pour kinés)', 2],
  'bsensiblebaby.fr': ['B Sensible Baby (sage-femme)', 2],
  'rmp-association.fr': ['Réseau Maladies chroniques (RMP)', 2],
  'csfe.fr': ['Centre de santé CSFE (grille de tarifs)', 3],
  'cabinetdentairenguetta.fr': ["Cabinet dentaire (affichage d'honoraires)", 3],
  'laracapelle-psychologue.fr': ['Psychologue partenaire Mon soutien psy (site du cabinet)', 3],
  'podologue-grenoble.fr': ['Cabinet de podologie (Grenoble)', 3],
  'mutuelle-conseil.com': ['Mutuelle Conseil', 3],
  'swisslife.fr': ['Swiss Life', 3],
  'adpassurances.fr': ['ADP Assurances', 3],
  'prevoyance-agipi.com': ['AGIPI', 3],
  'hyperassur.com': ['Hyperassur', 3],
};

export interface ShownSource {
  readonly url: string;
  /** The publisher (official pages: the site and, for a service-public sheet, its id). */
  readonly label: string;
  readonly official: boolean;
  /** 0 official, then the publisher's rank (see PUBLISHERS). */
  readonly rank: number;
}

/** At most this many sources in one breakdown. */
export const MAX_BREAKDOWN_SOURCES = 3;

function hostnameOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** `host` is `domain` or one of its subdomains. */
function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The service-public.fr sheet id (F17042…) a copied page carries, if any. */
function sheetId(url: URL): string | null {
  const fromQuery = url.searchParams.get('xml');
  if (fromQuery && /^F\d+$/.test(fromQuery)) return fromQuery;
  const m = /\/vosdroits\/(F\d+)(?:$|[/?#])/.exec(url.pathname);
  return m ? m[1]! : null;
}

/** A copy of an official page (comarquage): never shown as such. */
export function isMirror(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = hostnameOf(u);
  if (OFFICIAL_HOSTS.some((d) => within(host, d))) return false;
  return MIRROR_HOSTS.some((d) => within(host, d)) || (sheetId(u) !== null && /comarquage|service-public|[?&]xml=F\d/.test(url));
}

/**
 * How one URL is shown: a mirror becomes the official sheet (or null when no official page can
 * be named), a page that is not http(s) is never shown.
 */
export function showSource(url: string): ShownSource | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (isMirror(url)) {
    const id = sheetId(u);
    return id ? { url: `${SERVICE_PUBLIC_SHEET}${id}`, label: `Service-Public.fr (fiche ${id})`, official: true, rank: 0 } : null;
  }
  const host = hostnameOf(u);
  if (within(host, 'service-public.fr')) {
    const id = sheetId(u);
    return { url, label: id ? `Service-Public.fr (fiche ${id})` : 'Service-Public.fr', official: true, rank: 0 };
  }
  if (within(host, 'ameli.fr')) return { url, label: 'ameli.fr (Assurance Maladie)', official: true, rank: 0 };
  if (within(host, 'legifrance.gouv.fr')) return { url, label: 'Légifrance', official: true, rank: 0 };
  if (within(host, 'securite-sociale.fr')) return { url, label: 'securite-sociale.fr', official: true, rank: 0 };
  const known = Object.keys(PUBLISHERS).find((d) => within(host, d));
  if (known) {
    const [name, rank] = PUBLISHERS[known]!;
    return { url, label: name, official: false, rank };
  }
  return { url, label: host, official: false, rank: 4 };
}

/**
 * The sources to show, most official first (the given order within a rank), no mirror, one
 * link per address; with `perPublisher`, one per publisher (several pages of one publisher read
 * as duplicates in a short list); at most `limit`.
 */
export function selectSources(
  urls: readonly string[],
  { limit = Infinity, perPublisher = false }: { limit?: number; perPublisher?: boolean } = {},
): ShownSource[] {
  const seen = new Set<string>();
  const out: ShownSource[] = [];
  for (const url of urls) {
    const s = showSource(url);
    if (!s) continue;
    const key = perPublisher ? s.label : s.url;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  // Array.prototype.sort is stable: the table's order holds within a rank.
  return out.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

/** The sources of one estimate's breakdown: at most three, one per publisher, official first. */
export function breakdownSources(urls: readonly string[]): ShownSource[] {
  return selectSources(urls, { limit: MAX_BREAKDOWN_SOURCES, perPublisher: true });
}
