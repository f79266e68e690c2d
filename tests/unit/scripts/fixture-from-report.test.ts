// npm run fixture:from-report (issue 18): a self-check report back into a fixture skeleton that
// the readers and the self-check read like the page the report came from.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without types
import { parseLine, parseReport, reportToFixture, REPORT_HEADER as SCRIPT_HEADER } from '../../../scripts/fixture-from-report.mjs';
import { detectListings, siteFor } from '../../../src/sites';
import { selfCheck } from '../../../src/detect/self-check';
import { formatReport, REPORT_HEADER } from '../../../src/ui/self-check/report';
import { load } from '../detect/fixtures';

function reportOf(file: string): string {
  const { doc, url } = load(file);
  const r = selfCheck(doc, url.href, siteFor(url));
  if (r === null) throw new Error(file);
  return formatReport(r, { version: '0.1.0', browser: 'firefox' });
}

function parse(html: string): { doc: Document; url: URL } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(doc.querySelector('meta[name="rac-fixture-url"]')?.getAttribute('content') ?? '');
  return { doc, url };
}

describe('fixture:from-report', () => {
  it('reads the format the popup writes', () => {
    expect(SCRIPT_HEADER).toBe(REPORT_HEADER);
    const { meta, rules, skeleton } = parseReport(reportOf('doctolib/search-broken-markup.html'));
    expect(meta).toMatchObject({ site: 'doctolib', page: 'search', route: '/search?location&speciality', verdict: 'not-understood' });
    expect(rules).toContainEqual({ id: 'card [data-design-system-component=Card]', count: 0 });
    expect(skeleton[0]).toBe('body.search-page');
    expect(parseLine('    a.x[href="/:specialty/:city/:slug?pid"][data-ds="Card"][aria-label] …')).toEqual({
      depth: 2, type: 'element', tag: 'a', classes: ['x'], collapsed: true,
      attrs: [{ name: 'href', value: '/:specialty/:city/:slug?pid' }, { name: 'data-ds', value: 'Card' }, { name: 'aria-label', value: undefined }],
    });
    expect(() => parseReport('hello')).toThrow(/not a self-check report/);
  });

  it('a broken page becomes a fixture the self-check flags again (the failing test before the fix)', () => {
    const { doc, url } = parse(reportToFixture(reportOf('doctolib/search-broken-markup.html')));
    expect(url.hostname).toBe('www.doctolib.fr');
    expect(url.pathname).toBe('/search');
    expect(detectListings(doc, url)).toEqual([]);
    expect(doc.querySelectorAll('article.result-card').length).toBe(3);
    const r = selfCheck(doc, url.href, siteFor(url));
    expect(r?.verdict).toBe('not-understood');
    expect(r?.expected.listings).toBeGreaterThanOrEqual(2);
  });

  it('a page the reader reads gives a fixture it reads the same way (two cards shown open)', () => {
    const { doc, url } = parse(reportToFixture(reportOf('doctolib/search-gastro-75012.html')));
    const listings = detectListings(doc, url);
    expect(listings.slice(0, 2).map((l) => [/^Dr Prénom NOM\d+$/.test(l.name ?? ''), l.sector])).toEqual([
      [true, '2'],
      [true, 'unknown'],
    ]);
    expect(listings[1]?.sectorEvidence).toBe('Conventionné secteur 1 avec droit permanent à dépassement');
  });

  it('a profile page: the fee rows come back with placeholder amounts', () => {
    const { doc, url } = parse(reportToFixture(reportOf('doctolib/profile-several-acts.html')));
    expect(url.pathname).toBe('/medecin-generaliste/ville-exemple/praticien-exemple-1');
    const [l] = detectListings(doc, url);
    expect(l?.sector).toBe('2-optam');
    expect(l?.fees.length).toBeGreaterThanOrEqual(2);
    expect(l?.fees[0]?.min).toBe(6000);
  });

  it('as a command: report file in, fixture file out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rac-fixture-'));
    const report = join(dir, 'report.txt');
    const out = join(dir, 'fixture.html');
    writeFileSync(report, `Some text pasted before it\n${reportOf('doctolib/search-broken-markup.html')}`);
    const script = resolve(__dirname, '../../../scripts/fixture-from-report.mjs');
    const run = spawnSync(process.execPath, [script, report, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<meta name="rac-fixture-url" content="https://www.doctolib.fr/search?location=75000-ville-exemple&amp;speciality=medecin-generaliste">');
    const bad = spawnSync(process.execPath, [script], { input: 'not a report', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not a self-check report');
  });
});
