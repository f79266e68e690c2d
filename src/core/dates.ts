// Day-of-care handling. Dates travel as 'YYYY-MM-DD' strings and are compared as integers
// yyyymmdd (20250601): ordering is preserved and parsing allocates nothing.

/** 'YYYY-MM-DD' → yyyymmdd, or -1 when the string is not a real calendar day. */
export function parseDay(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10) return -1;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1; // '-'
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The local calendar day of a Date, 'YYYY-MM-DD' (the caller reads the clock: the core has none). */
export function localDay(d: Date): string {
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** yyyymmdd → 'YYYY-MM-DD'. */
export function isoDay(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The day before a yyyymmdd day (used to check that dated series have no gap). */
export function previousDay(day: number): number {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  if (d > 1) return day - 1;
  if (m > 1) return y * 10000 + (m - 1) * 100 + daysInMonth(y, m - 1);
  return (y - 1) * 10000 + 1231;
}
