// The options page: the full situation, the mutuelle (the popup's parts), the sites and their
// switches, how it is computed, the privacy promise, and a reset.
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { CoverageChoice } from '../../src/ui/settings/CoverageChoice';
import { MutuelleFields } from '../../src/ui/settings/MutuelleFields';
import { ProfileNotices, SaveStatusLine } from '../../src/ui/settings/Notices';
import { SiteList } from '../../src/ui/settings/SiteList';
import { SituationFields } from '../../src/ui/settings/SituationFields';
import { useProfile, useSites } from '../../src/ui/settings/useSettings';
import { HowItWorks, Privacy } from '../../src/ui/settings/About';
import { ResetSection } from './Reset';
import { MedecinTraitantSection } from '../../src/ui/settings/MedecinTraitant';
import { AppHeader, Section } from '../../src/ui/settings/Layout';

export function OptionsApp(): JSX.Element {
  const { state, repairNotice, save, generation, update } = useProfile();
  const { sites, setEnabled } = useSites();
  return (
    <div class="options">
      <AppHeader icon={48} size={40} title={i18n.t('options.title')} tagline={i18n.t('options.intro')}>
        {/* What changed, for users after an update (an update opens no page). */}
        <details class="news">
          <summary>{i18n.t('options.news.summary')}</summary>
          <ul>
            <li>{i18n.t('options.news.privacy')}</li>
            <li>{i18n.t('options.news.firefox')}</li>
            <li>{i18n.t('options.news.welcome')}</li>
            <li>{i18n.t('medecinTraitant.news')}</li>
          </ul>
        </details>
      </AppHeader>
      <main>
        {state && (
          <>
            <ProfileNotices state={state} repairNotice={repairNotice} />
            <Section id="situation-title" title={i18n.t('options.situation.heading')}>
              <SituationFields key={generation} profile={state.profile} update={update} idPrefix="options" />
              <CoverageChoice profile={state.profile} update={update} idPrefix="options" />
            </Section>
            <div class="card">
              <MutuelleFields
                key={generation}
                profile={state.profile}
                update={update}
                idPrefix="options"
                heading={i18n.t('options.mutuelle.heading')}
              />
            </div>
          </>
        )}
        <MedecinTraitantSection />
        <Section id="sites-title" title={i18n.t('options.sites.heading')}>
          <p class="hint">{i18n.t('options.sites.intro')}</p>
          {sites && <SiteList sites={sites} setEnabled={setEnabled} />}
        </Section>
        <HowItWorks />
        <Privacy />
        <ResetSection />
      </main>
      <div class="toast-region">
        <SaveStatusLine save={save} />
      </div>
    </div>
  );
}
