// Displayed fee text → integer cents (sites.md §1.5, §7 16–21).
//
// Only numbers attached to a currency count ("60 €", "€ 60", "60 euros", "60 EUR"); "3,2 km",
// postcodes, "1 gastro-entérologue" never do. Ranges: "de 50 € à 80 €", "50 € à 80 €", "50 à 80 €",
// "50 – 80 €", "entre 50 et 80 €". Floors: "À partir de 45 €", "dès 45 €" (max null). A text with
// two separate amounts that are not a range is ambiguous → null. Above MAX_FEE_CENTS → null.
import { MAX_FEE_CENTS } from '../core/limits';

export interface ParsedFee {
  /** Cents. */
  min: number;
  /** Cents; equals `min` for a single price; null for "à partir de X". */
  max: number | null;
}

export interface FoundFee extends ParsedFee {
  /** Index of the match in `text.normalize('NFC')`, used to split "label price" rows. */
  index: number;
}


// Amount: "1 234,50", "1.234,50", "60", "60,00", "60.5", "26,50". Thousands separators are spaces
// (any kind: folded to U+0020 before matching) or dots, followed by exactly 3 digits.
// A number glued to a letter ("1e309", "A4"), an exponent ("10^3") or a sign ("-30", "−30", "+30")
// is not an amount: a person would not read it as the fee, so neither do we. A dash after a number
// or "€" is a range's ("50-80 €", "50 € -80 €"); "+", "−" and "±" are always signs.
const NOT_AMOUNT_BEFORE = String.raw`(?<![\d.,^+−±\p{L}\p{M}])(?<!(?:^|[^\d€ ]|[\p{L}\p{M}^+−±]\d+) *[\-–—‐‑‒])`;
const NUM = String.raw`${NOT_AMOUNT_BEFORE}(\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?|\d{1,6}(?:[,.]\d{1,2})?)(?![\d])(?!,\d)(?![.,]\d)`;
const CUR = '€';
// An amount with its currency before or after it.
const MONEY = String.raw`(?:${CUR} *${NUM}|${NUM} *${CUR})`;
// A bare amount, only allowed as the first half of "50 à 80 €".
const BARE = NUM;
const JOIN = String.raw` *(?:a|au|et|jusqu a) *| *[-–—] *`;

const RANGE_RE = new RegExp(String.raw`(?:\b(?:de|entre) +)?(?:${MONEY}|${BARE})(?:${JOIN})${MONEY}`, 'gu');
const FROM_RE = new RegExp(String.raw`\b(?:a +partir +de|des|minimum|min\.?|au +moins)(?: *:)? *${MONEY}`, 'gu');
const SINGLE_RE = new RegExp(MONEY, 'gu');
/** Bidi controls reorder what is displayed ("\u202e03 €" shows "€ 30"): such a text is no fee. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Lower case, accents removed, space-like characters, apostrophes and hyphens-as-spaces mapped
 * one character for one, currency words → "€" padded with spaces: the result has the same length
 * as `text` (already NFC), so match indexes point into the original.
 */
function prepare(text: string): string {
  let out = '';
  for (const c of text) {
    if (c.length !== 1) {
      out += c;
      continue;
    }
    if (/\s/.test(c)) {
      out += ' ';
      continue;
    }
    if (c === '’' || c === "'" || c === 'ʼ' || c === '‘') {
      out += ' ';
      continue;
    }
    const base = (c.normalize('NFD')[0] ?? c).toLowerCase();
    out += base.length === 1 ? base : c;
  }
  return out.replace(/(?<=[\d ]|^)(?:euros?|eur)(?![a-z\d])/g, (w) => '€'.padEnd(w.length, ' '));
}

/** "1 234,50" → 123450 cents; null when not a number. Integer arithmetic only (no float rounding). */
export function amountToCents(raw: string): number | null {
  const m = /^(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(raw.trim());
  if (m === null) return null;
  const whole = Number((m[1] ?? '').replace(/[ .]/g, ''));
  const decimals = m[2] ?? '';
  const cents = decimals === '' ? 0 : Number(decimals.length === 1 ? `${decimals}0` : decimals);
  if (!Number.isSafeInteger(whole) || !Number.isSafeInteger(cents)) return null;
  const total = whole * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** The amounts (cents) captured by one match: the non-undefined number groups, in order. */
function amounts(m: RegExpExecArray): number[] {
  const out: number[] = [];
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    if (g !== undefined) {
      const c = amountToCents(g);
      if (c !== null) out.push(c);
    }
  }
  return out;
}

interface Hit {
  start: number;
  end: number;
  min: number;
  max: number | null;
  /** A fee-like expression that cannot be trusted ("Lieu 2 - 60 €", "80 € à 50 €"). */
  bad?: boolean;
}

/** Smallest bare first bound accepted in "X à Y €" (cents): "Lieu 2 - 60 €" is not a range. */
const MIN_BARE_CENTS = 500;

function collect(re: RegExp, text: string, kind: 'range' | 'from' | 'single', taken: Hit[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (taken.some((h) => start < h.end && end > h.start)) continue;
    const a = amounts(m);
    if (kind === 'range' && a.length === 2) {
      const min = a[0] as number;
      const max = a[1] as number;
      // Groups: 1–2 first amount with currency, 3 bare first amount, 4–5 second amount.
      const bareFirst = m[3] !== undefined;
      const bad = min > max || (bareFirst && min < MIN_BARE_CENTS);
      taken.push({ start, end, min, max, bad });
    }
    else if (kind === 'from' && a.length === 1) taken.push({ start, end, min: a[0] as number, max: null });
    else if (kind === 'single' && a.length === 1) taken.push({ start, end, min: a[0] as number, max: a[0] as number });
  }
}

/**
 * Every fee expression in the text with where the first one starts; null when there is none, when
 * there are several, or when the amount is absurd. Used by readers to split "Consultation 60 €".
 */
export function findFee(text: string): FoundFee | null {
  if (typeof text !== 'string' || text === '' || text.length > 2000 || BIDI_CONTROL.test(text)) return null;
  const t = prepare(text.normalize('NFC'));
  if (!t.includes('€')) return null;
  const hits: Hit[] = [];
  collect(FROM_RE, t, 'from', hits);
  collect(RANGE_RE, t, 'range', hits);
  collect(SINGLE_RE, t, 'single', hits);
  if (hits.length !== 1) return null;
  const h = hits[0] as Hit;
  if (h.bad === true) return null;
  if (h.min > MAX_FEE_CENTS || (h.max !== null && h.max > MAX_FEE_CENTS)) return null;
  return { min: h.min, max: h.max, index: h.start };
}

/** Cents of a displayed fee; `max` null for "à partir de"; null for anything else. Never throws, never NaN. */
export function parseFee(text: string): ParsedFee | null {
  try {
    const f = findFee(text);
    return f === null ? null : { min: f.min, max: f.max };
  } catch {
    return null;
  }
}

/** The text before the fee in a "label price" row ("Consultation : 60 €" → "Consultation"). */
export function labelBeforeFee(text: string): string {
  const f = findFee(text);
  if (f === null) return '';
  return text
    .normalize('NFC')
    .slice(0, f.index)
    .replace(/\s+/g, ' ')
    .replace(/[\s:–—-]+$/u, '')
    .trim();
}
