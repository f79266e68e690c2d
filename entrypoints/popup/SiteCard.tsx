// The top of the popup: the current tab's site, its big on/off switch (uBlock Origin style) and
// how many practitioners the content script annotated there.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isSiteEnabled, type SiteGroup, type SiteSwitches } from '../../src/settings';
import { Switch } from '../../src/ui/settings/Switch';
import { askCountPatiently, onCount, type TabInfo } from './tab';
import { SelfCheckPanel } from '../../src/ui/self-check/SelfCheckPanel';
import type { SelfCheckResult } from '../../src/messages';
import { runSelfCheck } from './self-check';
import { browser } from 'wxt/browser';

/** What the self-check report says of the extension itself. */
function reportMeta(): { version: string; browser: string } {
  let version = 'unknown';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // no manifest to read (unit tests)
  }
  return { version, browser: import.meta.env.BROWSER };
}

type CountState = { kind: 'checking' } | { kind: 'count'; count: number } | { kind: 'absent' };

export interface SiteCardProps {
  /** null while the tab is being looked up. */
  tab: TabInfo | null;
  sites: SiteSwitches | null;
  setEnabled(group: SiteGroup, enabled: boolean): unknown;
}

export function SiteCard({ tab, sites, setEnabled }: SiteCardProps): JSX.Element {
  const count = useCount(tab);
  const [verdict, setVerdict] = useState<SelfCheckResult['verdict'] | null>(null);
  const group = tab?.group ?? null;
  if (tab == null || sites == null) {
    return <section class="site-card" aria-busy="true" />;
  }
  if (group == null) return <UnsupportedSite />;
  const on = isSiteEnabled(sites, group);
  return (
    <section class={`site-card ${on ? 'site-on' : 'site-off'}`} aria-labelledby="site-name" data-site={group}>
      <div class="site-head">
        <div class="site-text">
          <p id="site-name" class="site-name">
            {group}
          </p>
          <p class="site-state">{on ? i18n.t('popup.site.stateOn') : i18n.t('popup.site.stateOff')}</p>
        </div>
        <Switch
          id="site-switch"
          size="big"
          checked={on}
          label={i18n.t('popup.site.switchLabel', { site: group })}
          onChange={(next) => setEnabled(group, next)}
        />
      </div>
      {/* A zero count beside a verdict that explains it (empty, not understood, language) would say it twice. */}
      {on && !(count.kind === 'count' && count.count === 0 && verdict !== null && verdict !== 'ok') && <CountLine count={count} />}
      {on && tab.tabId != null && (
        <SelfCheckPanel tabId={tab.tabId} refresh={count.kind === 'count' ? count.count : count.kind} run={runSelfCheck} meta={reportMeta()} onVerdict={setVerdict} />
      )}
    </section>
  );
}

/** How many practitioners the tab's content script annotated: asked, then kept up to date. */
function useCount(tab: TabInfo | null): CountState {
  const [count, setCount] = useState<CountState>({ kind: 'checking' });
  const tabId = tab?.tabId ?? null;
  const group = tab?.group ?? null;
  useEffect(() => {
    if (tabId == null || group == null) return;
    let alive = true;
    const stopCounts = onCount(tabId, (n) => alive && setCount({ kind: 'count', count: n }));
    void askCountPatiently(tabId, tab?.loading ?? false, () => alive).then((answer) => {
      if (!alive) return;
      // A live count may have arrived meanwhile: it wins over "absent".
      setCount((c) => (answer ? { kind: 'count', count: answer.count } : c.kind === 'count' ? c : { kind: 'absent' }));
    });
    return () => {
      alive = false;
      stopCounts();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId, group]);
  return count;
}

function CountLine({ count }: { count: CountState }): JSX.Element {
  if (count.kind === 'absent') {
    return (
      <p class="notice notice-warn site-reload" role="status" data-count="absent">
        {i18n.t('popup.site.reload')}
      </p>
    );
  }
  if (count.kind === 'count') {
    return (
      <p class="site-count" role="status" data-count={count.count}>
        {i18n.t('popup.site.count', count.count)}
      </p>
    );
  }
  return (
    <p class="site-count" role="status" data-count="checking">
      {i18n.t('popup.site.checking')}
    </p>
  );
}

/** A tab the extension does not run on: the switch shown off and disabled, with the reason. */
function UnsupportedSite(): JSX.Element {
  return (
    <section class="site-card site-unsupported" aria-labelledby="site-name">
      <div class="site-head">
        <div class="site-text">
          <p id="site-name" class="site-name">
            {i18n.t('popup.site.noSite')}
          </p>
          <p id="site-reason" class="site-state">
            {i18n.t('popup.site.unsupported')}
          </p>
        </div>
        <Switch
          size="big"
          checked={false}
          disabled
          label={i18n.t('popup.site.switchUnsupported')}
          describedBy="site-reason site-hint"
          onChange={() => {}}
        />
      </div>
      <p id="site-hint" class="hint">
        {i18n.t('popup.site.unsupportedHint')}
      </p>
    </section>
  );
}
