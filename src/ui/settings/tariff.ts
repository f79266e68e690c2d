// What the options page says about the tariff table: its version, the last day its values are
// known to hold, and its sources (URLs). The calculation core owns these.
import { TARIFF_VERSION, VERIFIED_THROUGH, listTariffSources } from '../../core';

export interface TariffInfo {
  version: string;
  /** YYYY-MM-DD */
  verifiedThrough: string;
  sources: readonly string[];
}

// The one line that ties this page to the core (null would make the page point to each badge's
// own sources instead).
export const TARIFF_INFO: TariffInfo | null = { version: TARIFF_VERSION, verifiedThrough: VERIFIED_THROUGH, sources: listTariffSources() };

/** "2026-01-31" → "31 janvier 2026" (or the English form), for the UI language. */
export function formatDay(day: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A short readable label for a source URL: host and path, without "www." and the scheme. */
export function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 1 ? decodeURIComponent(u.pathname).replace(/\/$/, '') : '';
    const label = u.hostname.replace(/^www\./, '') + path;
    return label.length > 70 ? `${label.slice(0, 67)}…` : label;
  } catch {
    return url;
  }
}
