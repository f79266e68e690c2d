// The self-check report as text (what the popup shows in its read-only box and copies):
// scripts/fixture-from-report.mjs reads this format back, keep the two in step.
import type { SelfCheckResult } from '../../messages';

export const REPORT_HEADER = 'Reste à charge — page report (self-check v1)';
/** The report's cap; the skeleton is capped before (src/detect/skeleton.ts), this is a last guard. */
export const MAX_REPORT_CHARS = 12_000;

export interface ReportMeta {
  version: string;
  browser: string;
}

export function formatReport(r: SelfCheckResult, meta: ReportMeta): string {
  const s = r.signals;
  const lines = [
    REPORT_HEADER,
    `extension: ${meta.version} ${meta.browser}`,
    `site: ${r.site}`,
    `page: ${r.page}`,
    `route: ${r.route}`,
    `lang: ${r.lang === '' ? '(none)' : r.lang}`,
    `verdict: ${r.verdict}`,
    `read: ${r.listings} listings, ${r.fees} fees`,
    `expected at least: ${r.expected.listings} listings, ${r.expected.fees} fees`,
    'signals:',
    `  sector labels: ${s.sectorLabels.total} (read ${s.sectorLabels.covered})`,
    `  fee amounts under Tarifs/Honoraires: ${s.feeAmounts.total} (read ${s.feeAmounts.covered})`,
    `  profile links: ${s.profileLinks.total} (in a listing ${s.profileLinks.covered})`,
    'rules:',
    ...r.rules.map((rule) => `  ${rule.count > 0 ? '+' : '-'} ${rule.id}: ${rule.count}`),
    `skeleton:${r.skeletonTruncated ? ' (cut)' : ''}`,
    ...r.skeleton.map((l) => `  ${l}`),
  ];
  let text = '';
  for (const line of lines) {
    if (text.length + line.length + 1 > MAX_REPORT_CHARS) {
      text += '  …\n';
      break;
    }
    text += `${line}\n`;
  }
  return text;
}
