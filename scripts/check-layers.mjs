#!/usr/bin/env node
// The layers hold: dependency-cruiser with the rules of .dependency-cruiser.cjs (docs/architecture.md,
// "may use") over src/ and entrypoints/, type-only imports included. Part of `npm run test:static`;
// alone: node scripts/check-layers.mjs
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/**
 * Cycles tolerated while a refactor that removes them is under way, as pairs of modules; empty
 * now. A listed cycle that no longer exists fails the check, so the list cannot go stale.
 */
export const TEMPORARY_KNOWN_CYCLES = [];

/** The modules of a no-circular violation: its start and the cycle back to it. */
function cycleOf(v) {
  return [v.from, ...(v.cycle ?? []).map((c) => (typeof c === 'string' ? c : c.name))];
}

function isKnownCycle(v, known) {
  if (v.rule.name !== 'no-circular') return null;
  const modules = new Set(cycleOf(v));
  return known.find((k) => modules.size === k.length && k.every((m) => modules.has(m))) ?? null;
}

/** dependency-cruiser's result over `baseDir` (the project, or a copy of it in a test), or an error line. */
export function cruise(baseDir = ROOT) {
  const r = spawnSync(process.execPath, [CLI, '--config', CONFIG, '--output-type', 'json', 'src', 'entrypoints'], {
    cwd: baseDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    return JSON.parse(r.stdout);
  } catch {
    return `dependency-cruiser did not run (exit ${r.status}): ${(r.stderr || r.stdout).slice(-1500)}`;
  }
}

/**
 * { problems, known, modules }: each violation of `result` (default: a cruise of the project) not
 * in `knownCycles` as one line, the known cycles seen, and how many modules were read. Known
 * cycles that matched nothing are problems too.
 */
export function layerProblems({ result = cruise(), knownCycles = TEMPORARY_KNOWN_CYCLES } = {}) {
  if (typeof result === 'string') return { problems: [result], known: [], modules: 0 };
  const problems = [];
  const seenKnown = new Set();
  for (const v of result.summary.violations) {
    const k = isKnownCycle(v, knownCycles);
    if (k) {
      seenKnown.add(k);
      continue;
    }
    const what = v.rule.name === 'no-circular' ? cycleOf(v).join(' → ') : `${v.from} → ${v.to}`;
    const rule = result.summary.ruleSetUsed?.forbidden?.find((f) => f.name === v.rule.name);
    problems.push(`${v.rule.name}: ${what}${rule?.comment ? ` (${rule.comment})` : ''}`);
  }
  for (const k of knownCycles) {
    if (!seenKnown.has(k)) problems.push(`known cycle ${k.join(' ↔ ')} is gone: remove it from TEMPORARY_KNOWN_CYCLES (scripts/check-layers.mjs)`);
  }
  // Each cycle is reported once per module in it: dedupe.
  return { problems: [...new Set(problems)], known: [...seenKnown], modules: result.summary.totalCruised };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, known, modules } = layerProblems();
  console.log(`${problems.length === 0 ? '  ✓' : '  ✗'} layers (dependency-cruiser, ${modules} modules): no import cycle, no import against docs/architecture.md's "may use"`);
  for (const p of problems) console.log(`      ${p}`);
  for (const k of known) console.log(`      temporary exception: cycle ${k.join(' ↔ ')}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
