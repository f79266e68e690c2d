// npm run test:e2e — builds the extension twice and runs every scenario in tests/e2e/scenarios in
// real Chromium: most against the test build (open shadow roots and the amount hook, so tests read
// what the user sees directly), the privacy scenarios (`build: 'production'`) against the build
// users get (closed roots, no hook), read through the DevTools Protocol.
// Usage: node tests/e2e/run.mjs [--no-build] [name-filter]
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, launch, liveWorker, toolkit, foreignRequests } from './harness.mjs';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const started = Date.now();
const BUILDS = {
  e2e: { command: 'npx wxt build --mode e2e', dir: '.output/chrome-mv3-e2e' },
  production: { command: 'npx wxt build', dir: '.output/chrome-mv3' },
};

const dir = join(ROOT, 'tests/e2e/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
let passed = 0;
let failed = 0;
const scenarios = [];
for (const file of files) {
  const { default: scenario } = await import(pathToFileURL(join(dir, file)).href);
  for (const s of Array.isArray(scenario) ? scenario : [scenario]) {
    if (!filter || s.name.includes(filter) || file.includes(filter)) scenarios.push(s);
  }
}
for (const [build, { command, dir: outDir }] of Object.entries(BUILDS)) {
  const mine = scenarios.filter((s) => (s.build ?? 'e2e') === build);
  if (mine.length === 0) continue;
  // A scenario that reloads the extension leaves it unloaded: those run after all the others.
  mine.sort((a, b) => Number(!!a.reloadsExtension) - Number(!!b.reloadsExtension));
  let env;
  try {
    if (!args.includes('--no-build')) execSync(command, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    env = await launch({ extensionDir: join(ROOT, outDir) });
    console.log(`e2e: Chromium ${env.context.browser()?.version() ?? ''} (${env.executablePath}), ${build} build, extension ${env.extensionId}`);
    for (const s of mine) {
      const t0 = Date.now();
      env.sw = await liveWorker(env);
      env.requests.length = 0;
      env.routes.clear();
      await env.sw.evaluate(() => chrome.storage.local.clear());
      const t = toolkit(env);
      try {
        await s.run(t);
        // Privacy, checked after every scenario: nothing left for any other host.
        const foreign = foreignRequests(env);
        t.assert.deepEqual(foreign, [], 'requests to hosts other than the routed page and the extension');
        const extErrors = t.consoleErrors.filter((e) => !s.allowConsole?.(e));
        t.assert.deepEqual(extErrors, [], 'console errors or warnings');
        passed++;
        console.log(`  ✓ ${s.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${s.name} (${Date.now() - t0} ms)\n    ${String(err?.stack ?? err).split('\n').slice(0, 12).join('\n    ')}`);
      } finally {
        // Keep the first (blank) page so that the browser stays up between scenarios.
        for (const page of env.context.pages().slice(1)) await page.close().catch(() => {});
      }
    }
  } catch (err) {
    failed++;
    console.log(`e2e: could not run the ${build} build: ${err?.message ?? err}`);
  } finally {
    await env?.close();
  }
}
console.log(`\ne2e (real Chromium): ${passed} passed, ${failed} failed — ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
