// Test helpers: load a synthetic fixture and the URL it imitates.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, '../../fixtures');

export interface Loaded {
  doc: Document;
  url: URL;
  html: string;
}

/** Parse `tests/fixtures/<name>` with DOMParser; its URL is the `rac-fixture-url` meta. */
export function load(name: string): Loaded {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = doc.querySelector('meta[name="rac-fixture-url"]')?.getAttribute('content');
  if (meta == null) throw new Error(`${name}: no rac-fixture-url meta`);
  return { doc, url: new URL(meta), html };
}

/** Every fixture file, as "<site>/<file>.html". */
export function allFixtures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(resolve(FIXTURES, dir.name))) if (f.endsWith('.html')) out.push(`${dir.name}/${f}`);
  }
  return out.sort();
}
