// Fees as a person reads them: a number glued to a letter, a sign or an exponent, or a text with
// bidi controls (which reorder what is displayed), is not a fee. The parser says null, never a
// different amount than the one a person sees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFee } from '../../../src/detect/parse-fee';
import { RUNS, SEED } from '../robustness/runs';

describe('parseFee on hostile text', () => {
  it.each([
    ['1e309 €', 'an exponent: not 309 €'],
    ['1E+309 €', 'an exponent with its sign'],
    ['10^3 €', 'a power'],
    ['-30 €', 'a negative amount'],
    ['−30 €', 'a negative amount (minus sign)'],
    ['+30 €', 'a signed amount'],
    ['Consultation -30 €', 'a negative amount after a label'],
    ['A30 €', 'a number glued to a letter'],
    ['euR1 €', 'a number glued to a currency word (found by the property below)'],
    ['\u202e03 €', 'displayed "€ 30" by a right-to-left override'],
    ['Consultation \u202a60 €\u202c', 'an embedding'],
    ['\u206760 €\u2069', 'an isolate'],
    ['60 \u200f€', 'a right-to-left mark'],
  ])('%s → null (%s)', (text) => {
    expect(parseFee(text)).toBeNull();
  });

  it('still reads the ranges and labels people write with dashes', () => {
    expect(parseFee('50-80 €')).toEqual({ min: 5000, max: 8000 });
    expect(parseFee('50 € - 80 €')).toEqual({ min: 5000, max: 8000 });
    expect(parseFee('50 €–80 €')).toEqual({ min: 5000, max: 8000 });
    expect(parseFee('Consultation - 30 €')).toEqual({ min: 3000, max: 3000 });
    expect(parseFee('Consultation : 30 €')).toEqual({ min: 3000, max: 3000 });
    expect(parseFee('€60')).toEqual({ min: 6000, max: 6000 });
  });

  const amount = fc.integer({ min: 1, max: 99_999 });
  const glue = fc.constantFrom('e', 'E', 'e+', 'e-', 'x', 'é', '^', '-', '−', '+', '±', 'Ω', 'я');
  const bidi = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');
  const label = fc.constantFrom('', 'Consultation ', 'Tarif : ', 'Lieu 2 ');

  it('a number glued to a letter, an exponent or a sign is never read as a fee', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 0, max: 9 }), glue, amount, (l, lead, g, euros) => {
        // "1e309 €", "Consultation -30 €": null, never `euros` nor any other amount.
        const head = /^[+\-−±^]$/.test(g) ? '' : String(lead);
        expect(parseFee(`${l}${head}${g}${euros} €`)).toBeNull();
      }),
      { numRuns: Math.min(RUNS, 20_000), ...SEED },
    );
  });

  it('a bidi control anywhere in a fee text makes it no fee', () => {
    fc.assert(
      fc.property(label, amount, bidi, fc.nat(20), (l, euros, control, at) => {
        const text = `${l}${euros} €`;
        const i = at % (text.length + 1);
        expect(parseFee(text.slice(0, i) + control + text.slice(i))).toBeNull();
      }),
      { numRuns: Math.min(RUNS, 20_000), ...SEED },
    );
  });

  it('when it reads a fee, its amounts are written in the text as a person sees them', () => {
    // Any text around a fee: each bound read is a standalone number of the text (leading zeros
    // and thousands separators allowed; a dash only as a range's, after a number or "€").
    const standalone = (text: string, cents: number) => {
      const t = text.normalize('NFC').replace(/(?<=\d)[ '’ʼ‘.\u00a0\u202f](?=\d{3}(?!\d))/g, '');
      const whole = Math.floor(cents / 100);
      return new RegExp(`(?<![\\p{L}\\p{M}\\d^+−±])(?<!(?:^|[^\\d€\\s])\\s*-)0*${whole}(?!\\d)`, 'u').test(t);
    };
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((b) => !/[\d\s.,'’ʼ‘]$/.test(b)),
        amount,
        fc.string({ maxLength: 10 }),
        (before, euros, after) => {
          const text = `${before}${euros} €${after}`;
          const r = parseFee(text);
          if (r === null) return;
          expect(standalone(text, r.min)).toBe(true);
          if (r.max !== null) expect(standalone(text, r.max)).toBe(true);
        },
      ),
      { numRuns: Math.min(RUNS, 20_000), ...SEED },
    );
  });
});
