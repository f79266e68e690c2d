// One build per browser and mode for the whole `npm test`: the static step and the e2e runner both
// ask for the production builds, and the e2e runner for the test builds; a build whose inputs (the
// sources, the config, the lockfile) did not change since it was made is not made again. The
// inputs' hash is kept beside the builds, in .output/.stamps/ (not inside a build: it would ship).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT_DIRS = ['src', 'entrypoints', 'public'];
const INPUT_FILES = ['wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

export const BUILDS = {
  'chrome:production': { command: 'npx wxt build', dir: '.output/chrome-mv3' },
  'chrome:e2e': { command: 'npx wxt build --mode e2e', dir: '.output/chrome-mv3-e2e' },
  'firefox:production': { command: 'npx wxt build -b firefox', dir: '.output/firefox-mv2' },
  'firefox:e2e': { command: 'npx wxt build -b firefox --mode e2e', dir: '.output/firefox-mv2-e2e' },
};

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** A hash of everything a build is made from. */
export function inputsHash(root = ROOT) {
  const h = createHash('sha256');
  const files = [...INPUT_DIRS.flatMap((d) => walk(join(root, d))), ...INPUT_FILES.map((f) => join(root, f)).filter(existsSync)].sort();
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/**
 * Makes the build `key` ('chrome:e2e'…) unless the one in place was made from the same inputs.
 * Returns its directory and whether it was built now.
 */
export function buildOnce(key, { root = ROOT, stdio = ['ignore', 'ignore', 'inherit'] } = {}) {
  const { command, dir } = BUILDS[key];
  const stamp = join(root, '.output/.stamps', `${key.replace(':', '-')}.txt`);
  const hash = inputsHash(root);
  const fresh = existsSync(join(root, dir, 'manifest.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
  if (fresh) return { dir: join(root, dir), built: false };
  execSync(command, { cwd: root, stdio });
  // The inputs as they were when the build started: an edit during it makes the next one rebuild.
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, hash);
  return { dir: join(root, dir), built: true };
}
