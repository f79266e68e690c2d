// Section titles of French booking pages, once: each site's folder (src/sites/<site>/labels.ts)
// says which of them its pages use; the generic reader and the self-check read them from there.
// Folded (text.ts `fold`): lower case, no accents, apostrophes and hyphens as spaces.

/** The French wording of sections, by meaning. */
export const TITLE_WORDS = {
  /** "Tarif", "Tarifs". */
  tarifs: ['tarif', 'tarifs'],
  /** "Tarifs et remboursement(s)" (Doctolib's profile block; its help centre adds the s). */
  tarifsEtRemboursement: ['tarif et remboursement', 'tarif et remboursements', 'tarifs et remboursement', 'tarifs et remboursements'],
  tarifDeLaConsultation: ['tarif de la consultation'],
  /** The fee dialog's title ("Détail des honoraires"). */
  detailDesHonoraires: ['detail des honoraires'],
  honoraires: ['honoraires'],
  secteurDeConventionnement: ['secteur de conventionnement'],
  secteur: ['secteur'],
  conventionnement: ['conventionnement'],
} as const;

/** A site's section titles (folded). */
export interface SectionTitles {
  /** Titles over a practitioner's fees (a prefix: "Tarifs (Lieu 1)"). */
  fees: readonly string[];
  /** Titles of a practice's sector-and-fees block: one per practice on a profile (whole title). */
  practice: readonly string[];
  /** Titles over the sector line alone (a prefix). */
  sector: readonly string[];
}

/** Titles French health pages use whatever the site: the generic reader's, and what the self-check looks for on every site. */
export const GENERIC_TITLES: SectionTitles = {
  fees: [
    ...TITLE_WORDS.tarifs,
    ...TITLE_WORDS.honoraires,
    ...TITLE_WORDS.tarifDeLaConsultation,
    ...TITLE_WORDS.detailDesHonoraires,
    ...TITLE_WORDS.tarifsEtRemboursement,
  ],
  practice: [...TITLE_WORDS.tarifsEtRemboursement, ...TITLE_WORDS.secteurDeConventionnement],
  sector: [...TITLE_WORDS.secteur, ...TITLE_WORDS.secteurDeConventionnement, ...TITLE_WORDS.conventionnement],
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for folded titles: the whole title (`exact`), or its first words (`prefix`, up to a
 * word boundary). Longest first, so that "tarifs et remboursement" wins over "tarif".
 */
export function titleRegExp(titles: readonly string[], mode: 'exact' | 'prefix'): RegExp {
  const alts = [...new Set(titles)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`^(?:${alts.join('|')})${mode === 'exact' ? '$' : '\\b'}`);
}

/** Titles of all the lists, without repeats. */
export function allTitles(...lists: readonly SectionTitles[]): string[] {
  const out = new Set<string>();
  for (const l of lists) for (const t of [...l.fees, ...l.practice, ...l.sector]) out.add(t);
  return [...out];
}
