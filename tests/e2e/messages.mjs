// The extension's UI strings for the e2e scenarios, in the language the browser really shows.
// The catalogue comes from src/i18n/locales/<lang>.yml, read by @wxt-dev/i18n's own parser (the
// same one that builds _locales/*/messages.json: nested keys, plurals, {named} substitutions).
// Which catalogue a browser uses is asked from the extension (i18n.getMessage of the `popup.lang`
// message, flattened to `popup_lang`, in tests/e2e/run.mjs): the browser's UI language
// (getUILanguage) is not the catalogue when the browser has no French language pack.
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The messages of one locale: `m(key, params)` gives the text the UI shows (named
 * substitutions filled in; a plural message takes `params` as its count), `rx(key, params)` a
 * RegExp that finds it in rendered text (any run of spaces, no-break spaces included, matches
 * any other; a placeholder without a value matches one word).
 */
export async function loadMessages(root, lang) {
  const parsed = await parseMessagesFile(join(root, 'src/i18n/locales', `${lang}.yml`));
  const byKey = new Map(parsed.map((msg) => [msg.key.join('.'), msg]));
  const raw = (key, count) => {
    const msg = byKey.get(key);
    if (!msg) throw new Error(`no message "${key}" in src/i18n/locales/${lang}.yml`);
    if (msg.type === 'plural') {
      const n = Number(count);
      return (msg.plurals[String(n)] ?? msg.plurals.n).replace(/\$1/g, String(n));
    }
    return msg.message;
  };
  const m = (key, params = {}) => {
    const text = raw(key, params);
    return typeof params === 'object' ? text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all)) : text;
  };
  const rx = (key, params = {}, { whole = false } = {}) => {
    const text = raw(key, params);
    const source = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name) return typeof params === 'object' && name in params ? escape(String(params[name])) : '\\S+';
        return escape(part);
      })
      .join('')
      .replace(/\s+/g, '\\s+');
    return new RegExp(whole ? `^\\s*${source}\\s*$` : source);
  };
  return { lang, m, rx };
}
