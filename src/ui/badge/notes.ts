// Renders the core's notes ({ code, params }) through i18n: money params (…Cents) in euros,
// percents (…Pct) as numbers, ISO dates as French dates. The message is looked up first, so a
// code without a message is skipped quietly (i18n.t would warn in the page's console), and the
// content script need not bundle the core's list of codes.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Note } from '../../core/types';
import { formatEuros } from '../format';

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

// Typed for the predefined @@ messages only; note codes are dynamic.
const getMessage = browser.i18n.getMessage as (name: string) => string;

export function renderNote(note: Note): string {
  if (!/^\w+$/.test(note.code) || !getMessage(`notes_${note.code}`)) return '';
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(note.params ?? {})) params[k] = formatParam(k, v);
  return t(`notes.${note.code}`, params);
}
