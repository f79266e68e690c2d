// The popup's page check (issue 18): its states, the expected/found table, the read-only report
// box and its Copier button.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelfCheckPanel } from '../../../src/ui/self-check/SelfCheckPanel';
import type { SelfCheckResult } from '../../../src/messages';
import { mount, settle, unmountAll, until } from './helpers';

const base: SelfCheckResult = {
  v: 1,
  site: 'doctolib',
  page: 'search',
  route: '/search?location&speciality',
  lang: 'fr',
  verdict: 'ok',
  listings: 3,
  fees: 0,
  signals: { sectorLabels: { total: 3, covered: 3 }, feeAmounts: { total: 0, covered: 0 }, profileLinks: { total: 3, covered: 3 } },
  expected: { listings: 3, fees: 0 },
  rules: [{ id: 'card [data-design-system-component=Card]', count: 3 }, { id: 'card (2021) .dl-search-result', count: 0 }],
  skeleton: ['body', '  main[id][role="main"]', '    article.result-card', '      ‹name›', '      ‹sector label: secteur-2›'],
  skeletonTruncated: false,
};
const meta = { version: '0.1.0', browser: 'chrome' };

async function show(result: SelfCheckResult | null) {
  const run = vi.fn(async () => result);
  const m = mount(<SelfCheckPanel tabId={7} run={run} meta={meta} />);
  await until(() => expect(m.$('.self-check').dataset.selfCheck).not.toBe('checking'));
  expect(run).toHaveBeenCalledWith(7);
  return m;
}

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('self-check panel', () => {
  it('not understood: the warning, expected against found, and the report open', async () => {
    const m = await show({ ...base, verdict: 'not-understood', listings: 0, expected: { listings: 12, fees: 0 }, signals: { ...base.signals, sectorLabels: { total: 12, covered: 0 } } });
    expect(m.$('.self-check-status').textContent).toContain("Cette page a peut-être changé : l'extension ne la comprend plus");
    expect(m.$('tr[data-row="listings"]').textContent).toBe('Praticiens120');
    expect(m.$<HTMLDetailsElement>('details.self-check-report').open).toBe(true);
    const box = m.$<HTMLTextAreaElement>('#self-check-report');
    expect(box.readOnly).toBe(true);
    expect(box.value).toContain('verdict: not-understood');
    expect(box.value).toContain('  sector labels: 12 (read 0)');
    expect(box.value).toContain('extension: 0.1.0 chrome');
    expect(box.value).toContain('  - card (2021) .dl-search-result: 0');
    expect(box.value).toContain('      ‹sector label: secteur-2›');
  });

  it('a page with no results: "Page reconnue, aucun praticien"; the report closed', async () => {
    const m = await show({ ...base, verdict: 'empty', listings: 0, expected: { listings: 0, fees: 0 } });
    expect(m.$('.self-check-status').textContent).toBe('Page reconnue, aucun praticien');
    expect(m.$<HTMLDetailsElement>('details.self-check-report').open).toBe(false);
  });

  it('a page in English: "langue de la page non prise en charge", never "aucun praticien"', async () => {
    const m = await show({ ...base, verdict: 'language', lang: 'en', listings: 0 });
    expect(m.text()).toContain('Langue de la page non prise en charge (en)');
    expect(m.text()).not.toContain('aucun praticien');
  });

  it('ok: no extra line (the count line says "N praticiens annotés"), the report available', async () => {
    const m = await show(base);
    expect(m.maybe('.self-check-status')).toBeNull();
    expect(m.$<HTMLTextAreaElement>('#self-check-report').value).toContain('verdict: ok');
  });

  it('no answer from the tab: says it could not check', async () => {
    const m = await show(null);
    expect(m.text()).toContain('Impossible de vérifier cette page');
  });

  it('Copier writes the report to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const m = await show({ ...base, verdict: 'not-understood', listings: 0 });
    m.$<HTMLButtonElement>('#self-check-copy').click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(m.$<HTMLTextAreaElement>('#self-check-report').value);
    expect(m.text()).toContain('Copié');
    vi.unstubAllGlobals();
  });
});

describe('self-check panel, when the page changes', () => {
  it('runs again when the count changes, keeping the last answer meanwhile', async () => {
    let answer: SelfCheckResult | null = { ...base, verdict: 'empty', listings: 0 };
    const run = vi.fn(async () => answer);
    const { render } = await import('preact');
    const m = mount(<SelfCheckPanel tabId={7} refresh={0} run={run} meta={meta} />);
    await until(() => expect(m.$('.self-check').dataset.selfCheck).toBe('empty'));
    answer = { ...base, verdict: 'ok', listings: 3 };
    render(<SelfCheckPanel tabId={7} refresh={3} run={run} meta={meta} />, m.el);
    await until(() => expect(m.$('.self-check').dataset.selfCheck).toBe('ok'));
    expect(run).toHaveBeenCalledTimes(2);
    answer = null;
    render(<SelfCheckPanel tabId={7} refresh={4} run={run} meta={meta} />, m.el);
    await settle();
    expect(run).toHaveBeenCalledTimes(3);
    expect(m.$('.self-check').dataset.selfCheck).toBe('ok');
  });
});
