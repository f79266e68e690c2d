// The shared page-reading parts: text, sector and fee parsers, specialties, acts, the guarded run
// of a reader, the generic reader and the self-check engine. Each site's knowledge is in
// src/sites/<site>/; the dispatch over the sites (`detectListings`, `readerFor`) in src/sites.
export type { Listing, FeeRow, Site } from './types';
export type { Reader, ReaderRule, SiteCheck, SiteModule, PageKind } from './reader';
export { parseSector, SECTOR_SIGNALS, KNOWN_SECTOR_LABELS, type SectorResult, type SectorRule } from './parse-sector';
export { parseFee, findFee, type ParsedFee } from './parse-fee';
export { normalizeSpecialty, matchSpecialty, SPECIALTY_RULES, type SpecialtyKey } from './specialty';
export { actFromFeeLabel } from './act';
export { siteGroupOf, type SiteGroup } from '../hosts';
export { isBlockedPage, runReader } from './run';
export { GENERIC_TITLES, TITLE_WORDS, type SectionTitles } from './titles';
