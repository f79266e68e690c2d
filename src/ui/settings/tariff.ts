// What the options page says about the tariff table: its version, the last day its values are
// known to hold, and its sources (URLs). The calculation core owns these.
import { TARIFF_VERSION, VERIFIED_THROUGH, listTariffSources } from '../../core';
import { selectSources, type ShownSource } from '../../domain/sources';

export interface TariffInfo {
  version: string;
  /** YYYY-MM-DD */
  verifiedThrough: string;
  /** Every source of the table as shown to a patient: official pages first, no mirror. */
  sources: readonly ShownSource[];
}

// The one line that ties this page to the core.
export const TARIFF_INFO: TariffInfo = { version: TARIFF_VERSION, verifiedThrough: VERIFIED_THROUGH, sources: selectSources(listTariffSources()) };

/** "2026-01-31" → "31 janvier 2026" (or the English form), for the UI language. */
export function formatDay(day: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
