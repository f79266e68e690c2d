// How many generated inputs each robustness property runs on: 10⁴ in `npm test`, 10⁵ in
// `npm run fuzz` (vitest --mode fuzz), or RAC_FUZZ_RUNS=N for anything else. RAC_FUZZ_SEED=S
// replays a run (fast-check prints the seed and path of any failure).
const fromEnv = Number(process.env.RAC_FUZZ_RUNS);
export const FUZZ = import.meta.env.MODE === 'fuzz';
export const RUNS = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : FUZZ ? 100_000 : 10_000;
const seed = Number(process.env.RAC_FUZZ_SEED);
export const SEED: { seed?: number } = Number.isInteger(seed) ? { seed } : {};
/**
 * Per-test timeout that grows with the run count (happy-dom DOM building is the slow part): the
 * readers took 14 ms per page on this project's 2-core machine kept busy by other jobs; 40 ms
 * per run leaves margin.
 */
export const TIMEOUT_MS = Math.max(120_000, RUNS * 40);
