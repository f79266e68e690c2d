// French and English must have the same messages with the same placeholders, in every section
// (Dark Reader's locale tests): a missing key shows an empty string in the UI.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const DIR = resolve(__dirname, '../../../src/i18n/locales');

interface Shape {
  type: string;
  positional: number;
  named: string[];
  plurals?: string[];
}

async function load(locale: string): Promise<Map<string, Shape>> {
  const messages = await parseMessagesFile(resolve(DIR, `${locale}.yml`));
  const out = new Map<string, Shape>();
  for (const m of messages) {
    const shape: Shape = { type: m.type, positional: m.substitutions, named: [...m.namedSubstitutions].sort() };
    if (m.type === 'plural') shape.plurals = Object.keys(m.plurals).sort();
    out.set(m.key.join('.'), shape);
  }
  return out;
}

describe('locales', () => {
  it('French is the default and English is complete: the only two locale files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['en.yml', 'fr.yml']);
  });

  it('fr.yml and en.yml have the same keys, in every section', async () => {
    const [fr, en] = await Promise.all([load('fr'), load('en')]);
    const onlyFr = [...fr.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !fr.has(k));
    expect({ onlyFr, onlyEn }).toEqual({ onlyFr: [], onlyEn: [] });
  });

  it('every message has the same placeholders ($1…, {name}) and plural forms in both', async () => {
    const [fr, en] = await Promise.all([load('fr'), load('en')]);
    const diff: string[] = [];
    for (const [key, f] of fr) {
      const e = en.get(key);
      if (e && JSON.stringify(e) !== JSON.stringify(f)) diff.push(`${key}: fr ${JSON.stringify(f)} / en ${JSON.stringify(e)}`);
    }
    expect(diff).toEqual([]);
  });

  it('key segments are valid Chrome message names and no message is empty', async () => {
    for (const locale of ['fr', 'en']) {
      const messages = await parseMessagesFile(resolve(DIR, `${locale}.yml`));
      for (const m of messages) {
        for (const seg of m.key) expect(seg, m.key.join('.')).toMatch(/^[A-Za-z0-9_@]+$/);
        const texts = m.type === 'plural' ? Object.values(m.plurals) : [(m as { message: string }).message];
        for (const t of texts) expect(String(t).trim(), `${locale}: ${m.key.join('.')}`).not.toBe('');
      }
    }
  });

  it('the manifest name and description are localized', async () => {
    const [fr, en] = await Promise.all([
      parseMessagesFile(resolve(DIR, 'fr.yml')),
      parseMessagesFile(resolve(DIR, 'en.yml')),
    ]);
    const text = (ms: typeof fr, key: string) =>
      (ms.find((m) => m.key.join('.') === key) as { message?: string } | undefined)?.message;
    expect(text(fr, 'extName')).toBeTruthy();
    expect(text(en, 'extDescription')).toBeTruthy();
    expect(text(fr, 'extDescription')).not.toBe(text(en, 'extDescription'));
  });
});
