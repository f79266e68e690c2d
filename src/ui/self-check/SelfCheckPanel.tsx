// The popup's page check: what the extension understood of the current tab, and a
// report the user can copy into an issue. Nothing is sent anywhere; no message on the page itself.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SelfCheckResult } from '../../messages';
import { formatReport, type ReportMeta } from './report';

type State = { kind: 'checking' } | { kind: 'failed' } | { kind: 'done'; result: SelfCheckResult };

export interface SelfCheckPanelProps {
  /** Changes when the tab does (the check runs again). */
  tabId: number;
  /** Changes when the page does (the content script's count): the check runs again, the last answer stays shown meanwhile. */
  refresh?: number | string;
  run(tabId: number): Promise<SelfCheckResult | null>;
  meta: ReportMeta;
  /** Told each verdict, so the popup does not say "aucun praticien" beside a verdict that explains why. */
  onVerdict?(verdict: SelfCheckResult['verdict']): void;
}

export function SelfCheckPanel({ tabId, refresh, run, meta, onVerdict }: SelfCheckPanelProps): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const verdict = state.kind === 'done' ? state.result.verdict : null;
  useEffect(() => {
    if (verdict !== null) onVerdict?.(verdict);
  }, [verdict, onVerdict]);
  useEffect(() => {
    let alive = true;
    void run(tabId).then((result) =>
      // A later check that fails (the page navigating) keeps the answer already shown.
      alive && setState((s) => (result ? { kind: 'done', result } : s.kind === 'done' ? s : { kind: 'failed' })),
    );
    return () => {
      alive = false;
    };
  }, [tabId, run, refresh]);

  if (state.kind === 'checking') {
    return (
      <div class="self-check" data-self-check="checking" aria-busy="true">
        <p class="hint">{i18n.t('popup.selfCheck.checking')}</p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div class="self-check" data-self-check="failed">
        <p class="hint">{i18n.t('popup.selfCheck.failed')}</p>
      </div>
    );
  }
  const r = state.result;
  const report = formatReport(r, meta);
  return (
    <div class="self-check" data-self-check={r.verdict}>
      <Status result={r} />
      <details class="self-check-report" open={r.verdict === 'not-understood'}>
        <summary>{i18n.t('popup.selfCheck.reportTitle')}</summary>
        <ReportBox report={report} />
      </details>
    </div>
  );
}

function Status({ result: r }: { result: SelfCheckResult }): JSX.Element | null {
  switch (r.verdict) {
    case 'ok':
      // The count line above already says "N praticiens annotés".
      return null;
    case 'empty':
      return (
        <p class="self-check-status" role="status">
          {i18n.t('popup.selfCheck.empty')}
        </p>
      );
    case 'blocked':
      return (
        <p class="self-check-status" role="status">
          {i18n.t('popup.selfCheck.blocked')}
        </p>
      );
    case 'language':
      return (
        <p class="notice notice-warn self-check-status" role="status">
          {i18n.t('popup.selfCheck.language', { lang: r.lang })}
        </p>
      );
    case 'not-understood':
      return (
        <div class="notice notice-warn self-check-status" role="status">
          <p>
            <strong>{i18n.t('popup.selfCheck.notUnderstood')}</strong>
          </p>
          <table class="self-check-table">
            <thead>
              <tr>
                <td />
                <th scope="col">{i18n.t('popup.selfCheck.expected')}</th>
                <th scope="col">{i18n.t('popup.selfCheck.found')}</th>
              </tr>
            </thead>
            <tbody>
              <tr data-row="listings">
                <th scope="row">{i18n.t('popup.selfCheck.listings')}</th>
                <td>{r.expected.listings}</td>
                <td>{r.listings}</td>
              </tr>
              <tr data-row="fees">
                <th scope="row">{i18n.t('popup.selfCheck.fees')}</th>
                <td>{r.expected.fees}</td>
                <td>{r.fees}</td>
              </tr>
            </tbody>
          </table>
        </div>
      );
    default:
      return null;
  }
}

/** The report, read-only, and a button that copies it (the clipboard API from the popup, else a selection and execCommand). */
function ReportBox({ report }: { report: string }): JSX.Element {
  const box = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'select'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied('copied');
      return;
    } catch {
      // No clipboard access (unfocused popup, older browser): select the text instead.
    }
    const el = box.current;
    el?.focus();
    el?.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    setCopied(done ? 'copied' : 'select');
  };
  return (
    <div class="self-check-box">
      <label class="hint" for="self-check-report">
        {i18n.t('popup.selfCheck.reportHint')}
      </label>
      <textarea id="self-check-report" ref={box} readOnly rows={8} spellcheck={false} value={report} />
      <div class="self-check-actions">
        <button type="button" class="button" id="self-check-copy" onClick={() => void copy()}>
          {i18n.t('popup.selfCheck.copy')}
        </button>
        <span class="hint" role="status" aria-live="polite">
          {copied === 'copied' ? i18n.t('popup.selfCheck.copied') : copied === 'select' ? i18n.t('popup.selfCheck.selectHint') : ''}
        </span>
      </div>
    </div>
  );
}
