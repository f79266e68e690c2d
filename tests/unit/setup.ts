// Test setup: back browser.i18n.getMessage with the real French messages (the default locale),
// so components render the strings a French user sees. fakeBrowser has no i18n implementation.
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const messages = new Map<string, string>();
const parsed = await parseMessagesFile(resolve(__dirname, '../../src/i18n/locales/fr.yml'));
for (const m of parsed) {
  const key = m.key.join('_');
  if (m.type === 'plural') messages.set(key, Object.values(m.plurals).join(' | '));
  else messages.set(key, (m as { message: string }).message);
}

function getMessage(name: string, subs?: string | string[]): string {
  const text = messages.get(name);
  if (text == null) return '';
  const list = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
  return text.replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '');
}

(fakeBrowser as unknown as { i18n: { getMessage: typeof getMessage } }).i18n.getMessage = getMessage;
