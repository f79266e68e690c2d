// What the options page says about the tariff table: its version, the last day its values are
// known to hold, and its sources (URLs). The calculation core owns these.
import { TARIFF_VERSION, VERIFIED_THROUGH, listTariffSources } from '../../core';

export interface TariffInfo {
  version: string;
  /** YYYY-MM-DD */
  verifiedThrough: string;
  sources: readonly string[];
}

// The one line that ties this page to the core.
export const TARIFF_INFO: TariffInfo = { version: TARIFF_VERSION, verifiedThrough: VERIFIED_THROUGH, sources: listTariffSources() };

/** "2026-01-31" → "31 janvier 2026" (or the English form), for the UI language. */
export function formatDay(day: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A short readable label for a source URL: its site and the last part of its path. */
export function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '')
      .replace(/\.(html?|php|aspx?)$/i, '');
    const tail = last.length > 44 ? `${last.slice(0, 43)}…` : last;
    return tail ? `${host} — ${tail}` : host;
  } catch {
    return url;
  }
}
