// The demo/fixture pages and the real URLs they are served at (their <meta name="rac-fixture-url">).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function fixturePages(root) {
  const base = join(root, 'tests/fixtures');
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const html = readFileSync(p, 'utf8');
        const m = /<meta\s+name="rac-fixture-url"\s+content="([^"]+)"/.exec(html);
        if (m) out.push({ file: relative(base, p), url: m[1].replaceAll('&amp;', '&'), html });
      }
    }
  };
  walk(base);
  return out;
}
