// What Doctolib's pages show, by name: the markup the reader keys on (data attributes and icon
// names, never hashed class names) and the section titles (docs/sites.md §1.2–1.4).
import { TITLE_WORDS, titleRegExp, type SectionTitles } from '../../detect/titles';

// Cards by the design system's attribute (a bare `.dl-card` is any Doctolib box), or the old markup.
export const CARD_SELECTOR = '[data-design-system-component="Card"], .dl-search-result';
export const RESULTS_SELECTOR = '[data-test-id="hcp-results"]';
export const EURO_ICON = 'svg[data-icon-name$="euro-sign"]';
export const LOCATION_ICON = 'svg[data-icon-name$="location-dot"]';
export const ORG_ICON = 'svg[data-test-id="organization-icon"], svg[data-icon-name$="/hospital"]';
export const AVAILABILITIES = '[data-test-id="availabilities-container"]';
/** What only a result card carries: its sector, address and organisation icons, its slots. */
export const CARD_SIGNALS = `${EURO_ICON}, ${ORG_ICON}, ${AVAILABILITIES}, ${LOCATION_ICON}`;
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
export const PILL = '[data-design-system-component="Pill"]';
export const FEE_ROW = '.dl-profile-fee';
export const FEE_NAME = '.dl-profile-fee-name';
export const FEE_TAG = '.dl-profile-fee-tag';

/** Doctolib's section titles (`profiles.show.*`: "Tarifs et remboursement", "Tarifs", "Tarif de la consultation", "Détail des honoraires", "Secteur de conventionnement"). */
export const TITLES: SectionTitles = {
  fees: [...TITLE_WORDS.tarifs, ...TITLE_WORDS.tarifDeLaConsultation, ...TITLE_WORDS.tarifsEtRemboursement, ...TITLE_WORDS.detailDesHonoraires],
  practice: [...TITLE_WORDS.tarifsEtRemboursement, ...TITLE_WORDS.secteurDeConventionnement],
  sector: [...TITLE_WORDS.secteurDeConventionnement],
};

/** The fee dialog's titles (`fees_details_title`, `fees_dialog.title`): the one kind of dialog the reader reads. */
export const FEE_DIALOG_TITLES: readonly string[] = [...TITLE_WORDS.detailDesHonoraires];
export const FEE_DIALOG_TITLE = titleRegExp(FEE_DIALOG_TITLES, 'exact');

/** A practice's block title: "Tarifs et remboursement(s)", "Secteur de conventionnement". */
export const PRACTICE_TITLE = titleRegExp(TITLES.practice, 'exact');
/** A title over fees ("Tarifs", "Tarif de la consultation"…), also as the first words of a longer one. */
export const FEE_TITLE = titleRegExp(TITLES.fees, 'prefix');
/** Whole texts that are a section title (for titles that are not h1–h6 elements). */
export const TITLE_EXACT = titleRegExp([...TITLES.fees, ...TITLES.practice], 'exact');

/** Link and button texts that are actions, never a practitioner's name (folded). */
export const ACTION_TEXT = /^(?:prendre (?:un )?rendez vous|prendre rdv|rdv|reserver|voir (?:le profil|les tarifs|plus de tarifs|plus)|plus d informations?|page (?:precedente|suivante)|en savoir plus)\b/;
