// "Comparer": a small collapsible panel listing the practitioners of a results page sorted by
// estimated out-of-pocket; each entry scrolls to its card and focuses its badge. It lives in its
// own shadow root on <html>, outside the site's React tree, and never reorders the site's DOM.
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BadgeLevel, BadgeView } from '../badge/model';
import { formatMoney } from '../format';

export interface CompareItem {
  id: number;
  name: string;
  specialty: string;
  /** The amount as the list shows it (compareText): "2 €", "dès 2 €", "12 à 32 €", "Non estimé". */
  summary: string;
  level: BadgeLevel;
  /** Sort keys: the lowest out-of-pocket in cents (unknown last), then the highest (a floor
   *  "dès 2 €" counts as unbounded, so an exact 2 € comes first). */
  sortCents: number;
  sortUpperCents: number;
  /**
   * The badge to focus. On a long list a card far from the viewport has no badge yet: this
   * scrolls to the card and mounts its badge first.
   */
  reveal(): HTMLElement | null;
}

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** The amount alone, short enough for the list's fixed column: the badge has the full sentence. */
export function compareText(view: BadgeView): string {
  if (view.kind === 'secteur3NoFee') return t('compare.secteur3NoFee'); // no amount to show
  if (!view.amount) return t(view.kind === 'notReimbursed' ? 'compare.notReimbursed' : 'badge.nonMedical');
  const amount = formatMoney(view.amount, t('badge.rangeJoiner'));
  return view.kind === 'from' || view.kind === 'fromCovered' ? t('compare.from', { amount }) : amount;
}

export interface ComparePanelProps {
  count: number;
  /** Built only while the panel is open: a closed panel costs nothing per page change. */
  getItems(): CompareItem[];
  onPick(item: CompareItem): void;
}

export function ComparePanel({ count, getItems, onPick }: ComparePanelProps) {
  const [open, setOpen] = useState(false);
  const sorted = open
    ? getItems().sort(
        (a, b) => a.sortCents - b.sortCents || a.sortUpperCents - b.sortUpperCents || a.name.localeCompare(b.name, 'fr'),
      )
    : [];
  return (
    <section class={`compare${open ? ' open' : ''}`} aria-label={t('compare.title')}>
      <button type="button" class="toggle" aria-expanded={open} aria-controls="rac-compare-list" onClick={() => setOpen(!open)}>
        {t('compare.toggle', { count })}
      </button>
      {open && (
        <ol id="rac-compare-list" class="list">
          {sorted.map((item) => (
            <li key={item.id}>
              <button type="button" class={`item level-${item.level}`} onClick={() => onPick(item)}>
                <span class="name">{item.name}</span>
                <span class="spec">{item.specialty}</span>
                <span class="amount">{item.summary}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
