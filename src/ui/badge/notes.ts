// Renders the core's notes ({ code, params }) through i18n: money params (…Cents) in euros,
// percents (…Pct) as numbers, ISO dates as French dates.
import { i18n } from '#i18n';
import { NOTE_CODES } from '../../core';
import type { Note } from '../../core/types';
import { formatEuros } from '../format';

const known = new Set<string>(NOTE_CODES);
const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function formatParam(name: string, value: string | number): string | number {
  if (typeof value === 'number') {
    if (name.endsWith('Cents')) return formatEuros(value);
    return number.format(value);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

export function renderNote(note: Note): string {
  // Unknown codes never reach i18n.t, which would log a warning in the page's console.
  if (!known.has(note.code)) return '';
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(note.params ?? {})) params[k] = formatParam(k, v);
  return t(`notes.${note.code}`, params);
}
