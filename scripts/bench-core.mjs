#!/usr/bin/env node
// Prints how many estimates per second the calculation core computes in Node (target ≥ 10^5/s).
// Bundles src/core/index.ts with rolldown (shipped with vite 8) into a temp dir, then times a
// mix of realistic inputs. Prints numbers only; no assertions.
//   node scripts/bench-core.mjs [seconds per case, default 1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'rac-bench-'));
const file = join(dir, 'core.mjs');
try {
  await build({
    input: join(root, 'src/core/index.ts'),
    output: { file, format: 'esm' },
    logLevel: 'silent',
  });
  const { estimate } = await import(pathToFileURL(file).href);
  const seconds = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 1;

  const profile = {
    mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 150, responsable: true },
    age: 30,
    medecinTraitant: true,
    referred: true,
    ald: false,
    maternity: false,
    regime: 'general',
    css: false,
    ame: false,
  };
  const base = { date: '2025-06-01', act: 'consultation', profile };
  const cases = {
    'GP secteur 1, fee shown': { ...base, sector: '1', specialty: 'generaliste', feeCents: { min: 3000, max: 3000 } },
    'specialist OPTAM, fee range': { ...base, sector: '2-optam', specialty: 'dermatologue', feeCents: { min: 5000, max: 7000 } },
    'sector unknown, no fee': { ...base, sector: 'unknown', specialty: 'psychiatre', feeCents: null },
    'GP or specialist, sector unknown, range': {
      ...base,
      sector: 'unknown',
      specialty: 'medecin',
      feeCents: { min: 2500, max: 8000 },
    },
  };
  // Acts beyond the consultation (docs/acts.md): a dentist's and a cardiologist's fee rows.
  const acts = {
    'dentist, détartrage': { ...base, sector: '1', specialty: 'dentiste', act: 'HBJD001', feeCents: { min: 2892, max: 2892 } },
    'dentist, crown, tooth not named': {
      ...base, sector: '1', specialty: 'dentiste', act: 'HBLD634', actCandidates: ['HBLD491', 'HBLD734'], feeCents: { min: 50000, max: 50000 },
    },
    'cardiologist OPTAM, ECG': { ...base, sector: '2-optam', specialty: 'cardiologue', act: 'DEQP003', feeCents: { min: 3000, max: 3000 } },
    'GP, consultation + ECG': { ...base, sector: '1', specialty: 'generaliste', acts: ['consultation', 'DEQP003'], feeCents: { min: 4426, max: 4426 } },
  };
  // A page mixes these; also vary the fee so nothing is trivially cached.
  const mixed = Object.values(cases).flatMap((c) =>
    Array.from({ length: 25 }, (_, i) =>
      c.feeCents ? { ...c, feeCents: { min: c.feeCents.min + i * 10, max: c.feeCents.max + i * 10 } } : c,
    ),
  );

  const run = (label, inputs) => {
    for (let i = 0; i < 20000; i++) estimate(inputs[i % inputs.length]); // warm-up
    let n = 0;
    const start = process.hrtime.bigint();
    const budget = BigInt(Math.round(seconds * 1e9));
    let elapsed = 0n;
    while (elapsed < budget) {
      for (let i = 0; i < 1000; i++) estimate(inputs[(n + i) % inputs.length]);
      n += 1000;
      elapsed = process.hrtime.bigint() - start;
    }
    const perSecond = Math.round(n / (Number(elapsed) / 1e9));
    console.log(`${label.padEnd(42)} ${perSecond.toLocaleString('en-US').padStart(12)} estimates/s`);
  };

  console.log(`node ${process.version}, ${seconds}s per case`);
  for (const [label, input] of Object.entries(cases)) run(label, [input]);
  run('mixed page (100 inputs)', mixed);
  for (const [label, input] of Object.entries(acts)) run(label, [input]);
  const withActs = mixed.concat(
    Object.values(acts).flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ ...c, feeCents: { min: c.feeCents.min + i * 10, max: c.feeCents.max + i * 10 } }))),
  );
  run('mixed page with acts (140 inputs)', withActs);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
