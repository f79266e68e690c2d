// The popup: the current site and its switch at the top, then the user's coverage, then the way
// to the options page. Every change is saved at once (content scripts re-render their badges).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CoverageChoice } from '../../src/ui/settings/CoverageChoice';
import { MutuelleFields } from '../../src/ui/settings/MutuelleFields';
import { ProfileNotices, SaveStatusLine } from '../../src/ui/settings/Notices';
import { useHousehold, useProfile, useSites } from '../../src/ui/settings/useSettings';
import { PersonSwitcher } from '../../src/ui/settings/Household';
import { YearToDateFields } from '../../src/ui/settings/YearToDate';
import { CORE_APPLIES_LINES } from '../../src/ui/settings/features';
import { SiteCard } from './SiteCard';
import { findTab, onCount, type TabInfo } from './tab';
import { MedecinTraitantPicker } from '../../src/ui/settings/MedecinTraitant';
import { AppHeader } from '../../src/ui/settings/Layout';

export interface PopupAppProps {
  /** The page's query string: `?tab=<id>` targets that tab (tests). */
  search: string;
}

export function PopupApp({ search }: PopupAppProps): JSX.Element {
  const { state, repairNotice, save, generation, update } = useProfile();
  const { sites, setEnabled } = useSites();
  const household = useHousehold();
  const [tab, setTab] = useState<TabInfo | null>(null);

  useEffect(() => {
    let alive = true;
    void findTab(search).then((t) => alive && setTab(t));
    return () => {
      alive = false;
    };
  }, [search]);

  return (
    <div class="popup">
      <AppHeader icon={32} size={24} title={i18n.t('popup.title')} tagline={i18n.t('popup.tagline')} />
      <main>
        <SiteCard tab={tab} sites={sites} setEnabled={setEnabled} />
        <MedecinTraitantPicker tabId={tab?.group ? tab.tabId : null} onCount={onCount} />
        {state && (
          <>
            <ProfileNotices state={state} repairNotice={repairNotice} />
            <div class="card">
              <PersonSwitcher controller={household} idPrefix="popup" />
              <MutuelleFields key={generation} profile={state.profile} update={update} idPrefix="popup" heading={i18n.t('popup.mutuelle.heading')} />
              <CoverageChoice profile={state.profile} update={update} idPrefix="popup" />
            </div>
            {CORE_APPLIES_LINES && (
              <details class="card counters-card">
                <summary class="section-title">{(i18n.t as (k: string) => string)('counters.heading')}</summary>
                <YearToDateFields key={generation} profile={state.profile} update={update} idPrefix="popup" compact />
              </details>
            )}
          </>
        )}
        <SaveStatusLine save={save} />
      </main>
      <footer class="app-footer">
        <button type="button" class="link-button" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.optionsLink')}
          <span aria-hidden="true"> →</span>
        </button>
        <p class="privacy-line">{i18n.t('popup.privacy')}</p>
      </footer>
    </div>
  );
}
