// Sizes for `npm run bench` (its part (f)): every built bundle of .output/chrome-mv3, raw and gzip -9,
// and, with --sizes, which modules make up the content script (WXT's bundle analysis: rendered
// bytes before minification, so shares rather than final bytes).
//   node scripts/bench-sizes.mjs            → the table
//   node scripts/bench-sizes.mjs --modules [content-scripts/doctolib.js]
//                                           → + that content script's biggest modules (rebuilds)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Content script budget: 36 KB (36 000 bytes) after gzip -9. It was 30 KB until the Doctolib
 * script had to carry the other professions' readers, the sector labels it names, the long-list
 * machinery and the médecin traitant's identity (30.7 KB with them), then 35 KB; the household's
 * settings (read and validated in each content script) and the cards found by their shape, with
 * the fee dialog, took Doctolib's to 35.4 KB. About 22 KB raw of it is webextension-polyfill, and
 * about 9 KB raw is the settings' validation, which a background that owns the settings would
 * take out. Code that runs only on demand (the self-check) stays out of it.
 */
export const CONTENT_GZIP_BUDGET = 36_000;

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every JS/CSS/HTML/JSON file of a build: { file, raw, gzip } in bytes, biggest first. */
export function bundleSizes(dir = join(ROOT, '.output/chrome-mv3')) {
  return walk(dir)
    .filter((f) => /\.(?:js|css|html|json)$/.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return { file: relative(dir, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** A content script's modules by rendered size (runs a production build with analysis on). */
export async function contentModules(script = 'content-scripts/doctolib.js') {
  const { build } = await import('wxt');
  const dir = mkdtempSync(join(tmpdir(), 'rac-sizes-'));
  const quiet = () => {};
  try {
    await build({
      root: ROOT,
      logger: { debug: quiet, info: quiet, log: quiet, success: quiet, warn: console.warn, error: console.error, fatal: console.error, box: quiet, start: quiet, ready: quiet, fail: console.error, trace: quiet, verbose: quiet, level: 0 },
      analysis: { enabled: true, keepArtifacts: true, outputFile: join(dir, 'stats.html'), open: false },
    });
    const rows = new Map();
    for (const f of readdirSync(dir).filter((x) => /^stats-\d+\.json$/.test(x))) {
      const j = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      for (const meta of Object.values(j.nodeMetas)) {
        const part = meta.moduleParts?.[script];
        if (part === undefined) continue;
        const id = meta.id.replace(/^\0/, '').replace(/^.*\/node_modules\//, '').replace(/^\//, '');
        const group = meta.id.includes('node_modules/')
          ? id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/')
          : id.split('/').slice(0, id.startsWith('src/') || id.startsWith('entrypoints/') ? 2 : 1).join('/');
        rows.set(id, { id, group, rendered: j.nodeParts[part].renderedLength });
      }
    }
    const modules = [...rows.values()].sort((a, b) => b.rendered - a.rendered);
    const groups = new Map();
    for (const m of modules) groups.set(m.group, (groups.get(m.group) ?? 0) + m.rendered);
    const total = modules.reduce((s, m) => s + m.rendered, 0);
    return { script, total, modules, groups: [...groups].map(([group, rendered]) => ({ group, rendered })).sort((a, b) => b.rendered - a.rendered) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  for (const s of bundleSizes()) console.log(`${s.file.padEnd(44)} ${kb(s.raw)} KB ${kb(s.gzip)} KB gzip`);
  if (process.argv.includes('--modules')) {
    const i = process.argv.indexOf('--modules');
    const m = await contentModules(process.argv[i + 1] && !process.argv[i + 1].startsWith('-') ? process.argv[i + 1] : undefined);
    console.log(`\n${m.script}: modules by rendered size (before minification), total ${kb(m.total)} KB`);
    for (const g of m.groups.slice(0, 15)) console.log(`  ${g.group.padEnd(40)} ${kb(g.rendered)} KB ${((100 * g.rendered) / m.total).toFixed(0).padStart(3)} %`);
    console.log('');
    for (const x of m.modules.slice(0, process.env.RAC_TOP ? Number(process.env.RAC_TOP) : 15)) console.log(`  ${x.id.slice(0, 60).padEnd(60)} ${kb(x.rendered)} KB`);
  }
}
