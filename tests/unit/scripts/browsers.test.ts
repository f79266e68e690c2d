// The preflight before the real-browser steps (scripts/browsers.mjs, scripts/chrome.mjs).
import { describe, expect, it } from 'vitest';
import { preflight, requiredBrowsers, type Browser } from '../../../scripts/browsers.mjs';
import { locateChromium, refusal } from '../../../scripts/chrome.mjs';

const here = (name: string): Browser => ({ name, label: name[0]!.toUpperCase() + name.slice(1), locate: () => ({ path: `/usr/bin/${name}`, version: '1.0' }) });
const gone = (name: string): Browser => ({ name, label: name[0]!.toUpperCase() + name.slice(1), locate: () => ({ problem: `install ${name}` }) });

function run(browsers: Browser[], env: Record<string, string> = {}) {
  const lines: string[] = [];
  const r = preflight({ env, log: (l: string) => lines.push(l), browsers });
  return { ...r, lines };
}

describe('preflight', () => {
  it('every browser present: goes on, says nothing', () => {
    const r = run([here('chromium'), here('firefox')]);
    expect(r.ok).toBe(true);
    expect(r.lines).toEqual([]);
    expect([...r.found.keys()]).toEqual(['chromium', 'firefox']);
  });

  it('one missing: one actionable line, its suite skipped, the others run', () => {
    const r = run([here('chromium'), gone('firefox')]);
    expect(r.ok).toBe(true);
    expect(r.lines).toEqual(['e2e: Firefox suite skipped — install firefox']);
    expect(r.missing).toEqual(['firefox']);
  });

  it('no browser at all: fails at once', () => {
    const r = run([gone('chromium')]);
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toBe('e2e: Chromium suite skipped — install chromium');
    expect(r.lines[1]).toMatch(/FAILED — no browser/);
  });

  it('RAC_REQUIRE_BROWSERS naming a missing browser fails; naming an unknown one fails too', () => {
    expect(run([here('chromium'), gone('firefox')], { RAC_REQUIRE_BROWSERS: 'chromium, firefox' }).ok).toBe(false);
    expect(run([here('chromium'), gone('firefox')], { RAC_REQUIRE_BROWSERS: 'chromium' }).ok).toBe(true);
    const unknown = run([here('chromium')], { RAC_REQUIRE_BROWSERS: 'safari' });
    expect(unknown.ok).toBe(false);
    expect(unknown.lines.join('\n')).toMatch(/"safari", which has no e2e suite/);
  });

  it('CI=true alone never makes a browser required', () => {
    expect(run([here('chromium'), gone('firefox')], { CI: 'true' }).ok).toBe(true);
  });

  it('reads RAC_REQUIRE_BROWSERS as a comma list', () => {
    expect(requiredBrowsers({ RAC_REQUIRE_BROWSERS: ' Chromium,,firefox ' })).toEqual(['chromium', 'firefox']);
    expect(requiredBrowsers({})).toEqual([]);
  });
});

describe('Chromium', () => {
  it('refuses branded Google Chrome 137 and later, not Chromium nor Chrome for Testing', () => {
    expect(refusal('/opt/google/chrome/chrome', 'Google Chrome 137.0.7151.55')).toMatch(/ignores --load-extension.*Chromium/);
    expect(refusal('/opt/google/chrome/chrome', 'Google Chrome 136.0.7103.113')).toBeNull();
    expect(refusal('/x', 'Google Chrome for Testing 140.0.1.2')).toBeNull();
    expect(refusal('/usr/bin/chromium', 'Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)')).toBeNull();
  });

  it('a CHROME_PATH that does not exist is said, never replaced by another binary', () => {
    const r = locateChromium({ CHROME_PATH: '/nonexistent/chromium' });
    expect(r).toEqual({ problem: expect.stringMatching(/^CHROME_PATH=\/nonexistent\/chromium does not exist/) });
  });

  it('no Chromium anywhere: one line that says what to install', () => {
    const r = locateChromium({}, { candidates: ['/nonexistent/chromium'], names: [] });
    expect(r).toEqual({ problem: expect.stringContaining('sudo apt-get install chromium chromium-l10n') });
    expect((r as { problem: string }).problem).toContain('CHROME_PATH=');
  });
});
