// Money in French format whatever the UI language: amounts are euros in France.
import type { Money } from '../core/types';

const whole = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const bare = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const bareCents = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 });

/** "14,75 €", "2 €" (no ",00" on whole euros: easier to scan in a list). */
export function formatEuros(amountCents: number): string {
  return amountCents % 100 === 0 ? whole.format(amountCents / 100) : cents.format(amountCents / 100);
}

/** "12 à 32 €" for a range, "14,75 €" when exact; both bounds share one style. */
export function formatMoney(m: Money, joiner: string): string {
  if (m.min === m.max) return formatEuros(m.min);
  const fmt = m.min % 100 === 0 && m.max % 100 === 0 ? bare : bareCents;
  return `${fmt.format(m.min / 100)} ${joiner} ${fmt.format(m.max / 100)}\u00a0€`;
}

export function formatPercent(pct: number): string {
  return `${bare.format(pct)}\u00a0%`;
}
