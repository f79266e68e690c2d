// What the annuaire's list shows, by name (docs/sites.md §2.2): server-rendered class names,
// stable since 2015.
export const ITEM = 'div.item-professionnel';
export const NAME_LINK = 'h2 a[href*="fiche-detaillee"]';
export const FEE_TYPE = '.type_honoraires';
export const CONVENTION = '.convention';
export const SPECIALTY = '.specialite';
export const ADDRESS = '.adresse';
export const PICTOS = '.pictos img[alt]';
export const FICHE_NAME = '.nom_pictos h1';
