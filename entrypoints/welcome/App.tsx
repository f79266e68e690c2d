// The first-run page, opened once on install (entrypoints/background.ts): the three things that
// change most amounts (the mutuelle as printed on the tableau de garanties, the médecin traitant,
// the special situations), one worked example that follows the answers, and what happens to the
// data. Every answer is saved at once, as in the popup; "Passer" leaves the default profile (and
// its mark on the badges) untouched.
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { estimate } from '../../src/core';
import { localDay } from '../../src/core/dates';
import type { CoverageProfile } from '../../src/core/types';
import { formatMoney } from '../../src/ui/format';
import { CoverageChoice } from '../../src/ui/settings/CoverageChoice';
import { MutuelleFields } from '../../src/ui/settings/MutuelleFields';
import { ProfileNotices, SaveStatusLine } from '../../src/ui/settings/Notices';
import { SituationFields } from '../../src/ui/settings/SituationFields';
import { AppHeader, Section } from '../../src/ui/settings/Layout';
import { useProfile } from '../../src/ui/settings/useSettings';
import { Privacy } from '../../src/ui/settings/About';
import { ContractLines } from '../../src/ui/settings/ContractLines';
import { CORE_APPLIES_LINES } from '../../src/ui/settings/features';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** Closes this tab (window.close() is refused for a tab the extension opened). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id != null) await browser.tabs.remove(tab.id).catch(() => {});
  else window.close();
}

/** "Chez un dermatologue secteur 2 non OPTAM à 60 € : vous paieriez …", live. */
function Example({ profile }: { profile: CoverageProfile }): JSX.Element {
  const e = estimate({
    date: localDay(new Date()), sector: '2', specialty: 'dermatologue', act: 'consultation', feeCents: { min: 6000, max: 6000 }, profile,
  });
  const amount = e.outOfPocket ? formatMoney(e.outOfPocket, i18n.t('badge.rangeJoiner')) : null;
  return (
    <Section id="example-title" title={i18n.t('welcome.example.heading')}>
      <p class="example" aria-live="polite">
        {amount ? i18n.t('welcome.example.text', { amount }) : i18n.t('welcome.example.unknown')}
      </p>
      <p class="hint">{i18n.t('welcome.example.hint')}</p>
    </Section>
  );
}

export function WelcomeApp(): JSX.Element {
  const { state, repairNotice, save, generation, update } = useProfile();
  return (
    <div class="options welcome">
      <AppHeader icon={48} size={40} title={i18n.t('welcome.title')} tagline={i18n.t('welcome.intro')} />
      <main>
        {state && (
          <>
            <ProfileNotices state={state} repairNotice={repairNotice} />
            <div class="card">
              <MutuelleFields key={generation} profile={state.profile} update={update} idPrefix="welcome" heading={i18n.t('welcome.mutuelle')} />
            </div>
            {CORE_APPLIES_LINES && (
              <details class="card welcome-lines">
                <summary class="section-title">{t('welcome.lines')}</summary>
                <ContractLines key={generation} profile={state.profile} update={update} idPrefix="welcome" />
              </details>
            )}
            <Section id="situation-title" title={i18n.t('welcome.situation')}>
              <SituationFields key={generation} profile={state.profile} update={update} idPrefix="welcome" />
              <CoverageChoice profile={state.profile} update={update} idPrefix="welcome" />
              <p class="hint welcome-household">{t('welcome.household')}</p>
            </Section>
            <Example profile={state.profile} />
          </>
        )}
        <Privacy />
        <div class="welcome-actions">
          <button type="button" class="primary-button" id="welcome-done" onClick={() => void closeTab()}>
            {i18n.t('welcome.done')}
          </button>
          <button type="button" class="link-button" id="welcome-skip" onClick={() => void closeTab()}>
            {i18n.t('welcome.skip')}
          </button>
        </div>
      </main>
      <div class="toast-region">
        <SaveStatusLine save={save} />
      </div>
    </div>
  );
}
