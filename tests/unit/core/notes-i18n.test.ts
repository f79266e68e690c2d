// Every note code the core can emit has a message `notes.<code>` in both locale files, with
// exactly the core's parameter names as named substitutions ({name}), and nothing positional.
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { NOTE_CODES, NOTE_PARAMS } from '../../../src/core';

const LOCALES = ['fr', 'en'] as const;

async function notesOf(locale: string): Promise<Map<string, { message: string; named: string[]; positional: number }>> {
  const parsed = await parseMessagesFile(resolve(__dirname, `../../../src/i18n/locales/${locale}.yml`));
  const out = new Map<string, { message: string; named: string[]; positional: number }>();
  for (const m of parsed) {
    if (m.key[0] !== 'notes' || m.key.length !== 2 || m.type !== 'simple') continue;
    out.set(m.key[1]!, { message: m.message, named: m.namedSubstitutions, positional: m.substitutions });
  }
  return out;
}

describe('note messages', () => {
  it('codes are camelCase ASCII identifiers (Chrome message names notes_<code>)', () => {
    for (const code of NOTE_CODES) expect(code).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(NOTE_CODES).size).toBe(NOTE_CODES.length);
  });

  it('parameter names follow the UI convention (…Cents, …Pct, …Date, or a plain label)', () => {
    for (const code of NOTE_CODES) {
      for (const name of NOTE_PARAMS[code]) expect(name).toMatch(/^(?:[a-z]+(?:Cents|Pct|Date)|[a-z][A-Za-z]*)$/);
    }
  });

  it.each(LOCALES)('%s has every code, with the same placeholders', async (locale) => {
    const messages = await notesOf(locale);
    for (const code of NOTE_CODES) {
      const m = messages.get(code);
      expect(m, `${locale}: notes.${code} missing`).toBeDefined();
      expect(m!.message.trim().length, code).toBeGreaterThan(0);
      expect([...m!.named].sort(), `${locale}: notes.${code} placeholders`).toEqual([...NOTE_PARAMS[code]].sort());
      expect(m!.positional, `${locale}: notes.${code} uses $n`).toBe(0);
    }
  });

  it('French and English messages use the same placeholders for every notes key', async () => {
    const [fr, en] = await Promise.all(LOCALES.map(notesOf));
    expect([...fr!.keys()].sort()).toEqual([...en!.keys()].sort());
    for (const [key, m] of fr!) expect([...en!.get(key)!.named].sort(), key).toEqual([...m.named].sort());
  });
});
