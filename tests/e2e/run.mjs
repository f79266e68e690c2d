// npm run test:e2e — builds the extension for each browser and runs every scenario of
// tests/e2e/scenarios in real Chromium and in real Firefox: most against the test build (open
// shadow roots and the amount hook, so tests read what the user sees directly), the privacy
// scenarios (`build: 'production'`) against the build users get (closed roots, no hook), read
// through the browser's automation protocol. A scenario that cannot run in one browser lists the
// others in `browsers` and says why in its name.
// Before anything, the preflight (scripts/browsers.mjs): a missing browser is said in one line and
// its suite skipped; no browser at all, or one RAC_REQUIRE_BROWSERS names, fails at once. UI strings
// are checked against the catalogue each browser really uses (tests/e2e/messages.mjs).
//
// Usage: node tests/e2e/run.mjs [--no-build] [--chromium|--firefox] [--readme-screenshots] [name-filter]
//   name-filter          runs the scenarios whose name or file name contains it
//   --readme-screenshots refreshes tests/e2e/screenshots (npm run screenshots; Chromium, French UI);
//                        without it, a run writes only to the git-ignored tests/e2e/out
import { buildOnce } from '../../scripts/build-once.mjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preflight } from '../../scripts/browsers.mjs';
import { ROOT, closeWelcome, launch, toolkit, foreignRequests } from './harness.mjs';
import { launchFirefox } from './firefox.mjs';
import { loadMessages } from './messages.mjs';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const readmeScreenshots = args.includes('--readme-screenshots');
const started = Date.now();
const BROWSERS = {
  chromium: {
    label: 'Chromium',
    launch,
    builds: {
      e2e: { dir: '.output/chrome-mv3-e2e' },
      production: { dir: '.output/chrome-mv3' },
    },
  },
  firefox: {
    label: 'Firefox',
    launch: launchFirefox,
    builds: {
      e2e: { dir: '.output/firefox-mv2-e2e' },
      production: { dir: '.output/firefox-mv2' },
    },
  },
};
const only = Object.keys(BROWSERS).filter((b) => args.includes(`--${b}`));
const { ok: usable, found, missing } = preflight({ only: only.length > 0 ? only : undefined });
if (!usable) process.exit(1);
const browsers = Object.keys(BROWSERS).filter((b) => found.has(b));
const FRENCH_PACK = { chromium: 'chromium-l10n', firefox: 'firefox-esr-l10n-fr' };

const dir = join(ROOT, 'tests/e2e/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
const scenarios = [];
for (const file of files) {
  const { default: scenario } = await import(pathToFileURL(join(dir, file)).href);
  for (const s of Array.isArray(scenario) ? scenario : [scenario]) {
    if (!filter || s.name.includes(filter) || file.includes(filter)) scenarios.push(s);
  }
}
const summaries = [];
let passed = 0;
let failed = 0;
for (const name of browsers) {
  const b = BROWSERS[name];
  const t0 = Date.now();
  let ok = 0;
  let bad = 0;
  let version = '';
  for (const [build, { dir: outDir }] of Object.entries(b.builds)) {
    const mine = scenarios.filter((s) => (s.build ?? 'e2e') === build && (!s.browsers || s.browsers.includes(name)));
    if (mine.length === 0) continue;
    // A scenario that reloads the extension may leave it unloaded: those run after all the others.
    // One that restarts the browser (a new process on the same profile) runs just before them, so
    // that the others run in the browser as launched.
    const rank = (s) => (s.reloadsExtension ? 2 : s.restartsBrowser ? 1 : 0);
    mine.sort((x, y) => rank(x) - rank(y));
    let env;
    try {
      // One build per browser and mode, shared with the static step (scripts/build-once.mjs).
      if (!args.includes('--no-build')) buildOnce(`${name === 'chromium' ? 'chrome' : 'firefox'}:${build}`);
      env = await b.launch({ extensionDir: join(ROOT, outDir), executablePath: found.get(name).path });
      version = env.version;
      env.welcomeOpened = await closeWelcome(env);
      // Which catalogue the extension really uses (the browser's UI language is not it).
      const lang = await env.ext(() => (globalThis.browser ?? globalThis.chrome).i18n.getMessage('popup_lang'));
      env.messages = await loadMessages(ROOT, lang);
      env.readmeScreenshots = readmeScreenshots && lang === 'fr';
      console.log(`e2e: ${b.label} ${env.version} (${env.executablePath}), ${build} build, extension ${env.extensionId}, UI in "${lang}"`);
      if (lang !== 'fr' && build === 'e2e') {
        console.log(`French UI not tested here: install ${FRENCH_PACK[name]} (Debian) to cover it`);
        if (readmeScreenshots && name === 'chromium') console.log('e2e: README screenshots NOT refreshed: they show the French UI');
      }
      // Installing the add-on is its first run: the welcome page must have opened, once.
      if (env.welcomeOpened === 1) ok++;
      else bad++;
      console.log(`  ${env.welcomeOpened === 1 ? '✓' : '✗'} first run: the welcome page opened once on install (${env.welcomeOpened} opened)`);
      for (const s of mine) {
        const s0 = Date.now();
        await env.beforeScenario?.();
        env.requests.length = 0;
        env.routes.clear();
        const t = toolkit(env);
        try {
          await t.clearStorage();
          await s.run(t);
          // Privacy, checked after every scenario: nothing left for any other host.
          t.assert.deepEqual(foreignRequests(env), [], 'requests to hosts other than the routed page and the extension');
          const errors = t.consoleErrors().filter((e) => !s.allowConsole?.(e));
          t.assert.deepEqual(errors, [], 'console errors or warnings');
          ok++;
          console.log(`  ✓ ${s.name} (${Date.now() - s0} ms)`);
        } catch (err) {
          bad++;
          console.log(`  ✗ ${s.name} (${Date.now() - s0} ms)\n    ${String(err?.stack ?? err).split('\n').slice(0, 12).join('\n    ')}`);
        } finally {
          await env.closePages();
        }
      }
    } catch (err) {
      bad++;
      console.log(`e2e: could not run the ${build} build in ${b.label}: ${err?.message ?? err}`);
    } finally {
      await env?.close();
    }
  }
  passed += ok;
  failed += bad;
  summaries.push(`e2e (real ${b.label} ${version}): ${ok} passed, ${bad} failed — ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
for (const name of missing) summaries.push(`e2e (${BROWSERS[name].label}): NOT COVERED on this machine (see the preflight line at the top)`);
console.log(`\n${summaries.join('\n')}`);
console.log(`${passed} passed, ${failed} failed — e2e ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
