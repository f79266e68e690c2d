import { describe, expect, it } from 'vitest';
import { formatEuros, formatMoney, formatPercent } from '../../../src/ui/format';

// Intl's French format uses U+202F (thousands) and U+00A0 (before €): normalise for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('French money format', () => {
  it.each([
    [1475, '14,75 €'],
    [200, '2 €'],
    [0, '0 €'],
    [3150, '31,50 €'],
    [123450, '1 234,50 €'],
  ])('%i cents → %s', (cents, text) => {
    expect(plain(formatEuros(cents))).toBe(text);
  });

  it('writes ranges with one currency sign and the same precision on both bounds', () => {
    expect(plain(formatMoney({ min: 1200, max: 3200 }, 'à'))).toBe('12 à 32 €');
    expect(plain(formatMoney({ min: 1250, max: 3200 }, 'à'))).toBe('12,50 à 32,00 €');
    expect(plain(formatMoney({ min: 1475, max: 1475 }, 'à'))).toBe('14,75 €');
  });

  it('writes percents the French way', () => {
    expect(plain(formatPercent(70))).toBe('70 %');
    expect(plain(formatPercent(12.5))).toBe('12,5 %');
  });
});
