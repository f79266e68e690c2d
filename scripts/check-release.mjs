#!/usr/bin/env node
// npm run check:release — are the store packages ready to upload?
//   1. `wxt zip` (Chrome/Edge) and `wxt zip -b firefox` (Firefox + the sources archive AMO asks for);
//   2. the Chrome package: manifest keys and version, permissions exactly as the static checks
//      want them, icons 16/48/128 in the zip, each locale's name ≤ 75 and description ≤ 132
//      characters (the Chrome Web Store refuses longer ones);
//   3. the Firefox package: `web-ext lint` on its unzipped files, zero errors (warnings printed);
//   4. the sources archive rebuilds the same add-on: unzipped in a clean temporary directory,
//      `npm ci --offline` (the npm cache the first install warmed), `wxt zip` for both browsers,
//      then every file of the rebuilt packages compared with the shipped ones (SHA-256).
// Prints what it compared and "N passed, N failed"; exits 1 on any failure.
//   node scripts/check-release.mjs [--no-zip]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { manifestProblems } from './check-static.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipName = (kind) => `${pkg.name}-${pkg.version}-${kind}.zip`;
const results = [];
const check = (name, ok, details = []) => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}`);
  for (const d of details) console.log(`      ${d}`);
};
const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });

/** name → Buffer of every file in a zip. */
async function filesOf(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  return out;
}

function zipAll(cwd) {
  for (const args of [['wxt', 'zip'], ['wxt', 'zip', '-b', 'firefox']]) {
    const r = run('npx', ['--no-install', ...args], cwd);
    if (r.status !== 0) return `${args.join(' ')} failed:\n${(r.stderr || r.stdout).slice(-1500)}`;
  }
  return null;
}

function unzipTo(files, dir) {
  for (const [name, buf] of files) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, buf);
  }
}

const sha = (b) => createHash('sha256').update(b).digest('hex');

async function main() {
  const started = Date.now();
  const out = join(ROOT, '.output');
  if (!process.argv.includes('--no-zip')) {
    const err = zipAll(ROOT);
    check('wxt zip (Chrome) and wxt zip -b firefox (Firefox + sources)', err === null, err ? [err] : []);
    if (err) return finish(started);
  }
  const packages = {};
  for (const kind of ['chrome', 'firefox', 'sources']) {
    const path = join(out, zipName(kind));
    packages[kind] = { path, files: await filesOf(path), size: statSync(path).size };
  }
  check(
    `packages: ${Object.entries(packages).map(([k, p]) => `${zipName(k)} ${(p.size / 1000).toFixed(1)} KB (${p.files.size} files)`).join(', ')}`,
    true,
  );

  // Chrome / Edge.
  const chrome = packages.chrome.files;
  const manifest = JSON.parse(chrome.get('manifest.json').toString('utf8'));
  const problems = [...manifestProblems(manifest, 'chrome')];
  if (manifest.version !== pkg.version) problems.push(`version ${manifest.version}, package.json says ${pkg.version}`);
  if (!/^\d+(?:\.\d+){0,3}$/.test(manifest.version)) problems.push(`version "${manifest.version}" is not 1 to 4 dot-separated integers`);
  for (const size of ['16', '48', '128']) {
    const icon = manifest.icons?.[size];
    if (!icon || !chrome.has(icon)) problems.push(`icon ${size}: ${icon ?? 'not in the manifest'}${icon ? ' missing from the zip' : ''}`);
    else if (chrome.get(icon).subarray(1, 4).toString('latin1') !== 'PNG') problems.push(`icon ${size} is not a PNG`);
  }
  const locales = [...chrome.keys()].filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
  const texts = [];
  for (const f of locales) {
    const messages = JSON.parse(chrome.get(f).toString('utf8'));
    const resolve = (v) => v.replace(/^__MSG_(\w+)__$/, (_, k) => messages[k]?.message ?? messages[Object.keys(messages).find((m) => m.toLowerCase() === k.toLowerCase())]?.message ?? `(missing ${k})`);
    const name = resolve(manifest.name);
    const description = resolve(manifest.description);
    texts.push(`${f.split('/')[1]}: name ${name.length} chars, description ${description.length} chars`);
    if (name.length > 75) problems.push(`${f}: name is ${name.length} characters (the store allows 75)`);
    if (description.length > 132) problems.push(`${f}: description is ${description.length} characters (the store allows 132): "${description}"`);
  }
  if (manifest.default_locale && !locales.includes(`_locales/${manifest.default_locale}/messages.json`)) problems.push(`default_locale ${manifest.default_locale} has no messages`);
  check(`Chrome package: manifest v${manifest.version}, permissions, icons 16/48/128, ${locales.length} locales (${texts.join('; ')})`, problems.length === 0, problems);

  // Firefox: web-ext lint on the package's own files.
  const tmp = mkdtempSync(join(tmpdir(), 'rac-release-'));
  try {
    const ffDir = join(tmp, 'firefox');
    unzipTo(packages.firefox.files, ffDir);
    const lint = run('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', ffDir, '--output', 'json', '--no-config-discovery'], ROOT);
    let report = null;
    try {
      report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    } catch {
      // reported below
    }
    if (!report) check('Firefox package: web-ext lint ran', false, [(lint.stderr || lint.stdout).slice(-1500)]);
    else {
      check(
        `Firefox package: web-ext lint — ${report.errors.length} errors, ${report.warnings.length} warnings`,
        report.errors.length === 0,
        [...report.errors, ...report.warnings].map((w) => `${w._type ?? ''} ${w.code}: ${w.message} (${w.file ?? ''})`),
      );
    }

    // The sources archive rebuilds the same add-on.
    const src = join(tmp, 'sources');
    unzipTo(packages.sources.files, src);
    let install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], src);
    let mode = '--offline';
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      // A cache warmed by `npm install <pkg>` may lack some metadata `npm ci` wants: fetch only that.
      mode = '--prefer-offline (the npm cache lacked some metadata)';
      install = run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], src);
    }
    check(`sources: npm ci ${mode} in a clean directory`, install.status === 0, install.status === 0 ? [] : [(install.stderr || install.stdout).slice(-1500)]);
    if (install.status !== 0) return finish(started);
    const err = zipAll(src);
    if (err) {
      check('sources: wxt zip in a clean directory', false, [err]);
      return finish(started);
    }
    for (const kind of ['chrome', 'firefox']) {
      const rebuilt = await filesOf(join(src, '.output', zipName(kind)));
      const shipped = packages[kind].files;
      const diffs = [];
      for (const [name, buf] of shipped) {
        if (!rebuilt.has(name)) diffs.push(`only in the shipped zip: ${name}`);
        else if (sha(rebuilt.get(name)) !== sha(buf)) diffs.push(`differs: ${name}`);
      }
      for (const name of rebuilt.keys()) if (!shipped.has(name)) diffs.push(`only in the rebuilt zip: ${name}`);
      check(`sources → ${kind}: ${shipped.size} files rebuilt from ${zipName('sources')}, SHA-256 compared`, diffs.length === 0, diffs.slice(0, 20));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return finish(started);
}

function finish(started) {
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`\nrelease check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
