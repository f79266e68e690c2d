// npm run test:e2e — the preflight (which browsers are here: scripts/browsers.mjs), then the
// extension built in e2e mode (open shadow roots and the data-out-of-pocket-cents hook, so tests
// can read the breakdown) and every scenario of tests/e2e/scenarios in real Chromium, checked
// against the UI strings of the catalogue the browser really uses (tests/e2e/messages.mjs).
//
// Usage: node tests/e2e/run.mjs [--no-build] [--readme-screenshots] [name-filter]
//   name-filter          runs the scenarios whose name or file name contains it
//   --readme-screenshots refreshes tests/e2e/screenshots (npm run screenshots); without it, a run
//                        writes only to the git-ignored tests/e2e/out
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preflight } from '../../scripts/browsers.mjs';
import { ROOT, launch, liveWorker, toolkit, foreignRequests } from './harness.mjs';
import { catalogueLanguage, loadMessages } from './messages.mjs';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const readmeScreenshots = args.includes('--readme-screenshots');
const started = Date.now();

// Before anything else: a missing browser is said at once, in one line each.
const { ok, found } = preflight();
if (!ok) process.exit(1);

if (!args.includes('--no-build')) {
  execSync('npx wxt build --mode e2e', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

let passed = 0;
let failed = 0;
if (found.has('chromium')) {
  ({ passed, failed } = await chromiumSuite(found.get('chromium').path));
}
console.log(`\ne2e (real Chromium): ${passed} passed, ${failed} failed — ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

async function chromiumSuite(executablePath) {
  const extensionDir = join(ROOT, '.output/chrome-mv3-e2e');
  const dir = join(ROOT, 'tests/e2e/scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  let passed = 0;
  let failed = 0;
  let env;
  try {
    env = await launch({ extensionDir, executablePath });
    const lang = await catalogueLanguage(env.context, env.extensionId);
    env.messages = await loadMessages(ROOT, lang);
    env.readmeScreenshots = readmeScreenshots && lang === 'fr';
    console.log(`e2e: Chromium ${env.context.browser()?.version() ?? ''} (${env.executablePath}), extension ${env.extensionId}, UI in "${lang}"`);
    if (lang !== 'fr') {
      console.log('French UI not tested here: install chromium-l10n (Debian) to cover it');
      if (readmeScreenshots) console.log('e2e: README screenshots NOT refreshed: they show the French UI');
    }
    const scenarios = [];
    for (const file of files) {
      const { default: scenario } = await import(pathToFileURL(join(dir, file)).href);
      for (const s of Array.isArray(scenario) ? scenario : [scenario]) {
        if (!filter || s.name.includes(filter) || file.includes(filter)) scenarios.push(s);
      }
    }
    // A scenario that reloads the extension leaves it unloaded: those run after all the others.
    scenarios.sort((a, b) => Number(!!a.reloadsExtension) - Number(!!b.reloadsExtension));
    for (const s of scenarios) {
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
    console.log(`e2e: could not run: ${err?.message ?? err}`);
  } finally {
    await env?.close();
  }
  return { passed, failed };
}
