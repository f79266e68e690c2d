// The options page: the full situation, the mutuelle (the popup's parts), the sites and their
// switches, how it is computed, the privacy promise, and a reset.
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { CoverageChoice } from '../../src/ui/settings/CoverageChoice';
import { MutuelleFields } from '../../src/ui/settings/MutuelleFields';
import { ProfileNotices, SaveStatusLine } from '../../src/ui/settings/Notices';
import { SiteList } from '../../src/ui/settings/SiteList';
import { SituationFields } from '../../src/ui/settings/SituationFields';
import { useHousehold, useProfile, useSites, type HouseholdController } from '../../src/ui/settings/useSettings';
import { HouseholdSection, PersonSwitcher, personName } from '../../src/ui/settings/Household';
import { activePerson } from '../../src/settings';
import { ContractLines } from '../../src/ui/settings/ContractLines';
import { YearToDateFields } from '../../src/ui/settings/YearToDate';
import { CORE_APPLIES_LINES } from '../../src/ui/settings/features';
import { HowItWorks, Privacy } from '../../src/ui/settings/About';
import { ResetSection } from './Reset';
import { MedecinTraitantSection } from '../../src/ui/settings/MedecinTraitant';
import { AppHeader, Section } from '../../src/ui/settings/Layout';

export function OptionsApp(): JSX.Element {
  const { state, repairNotice, save, generation, update } = useProfile();
  const { sites, setEnabled } = useSites();
  const household = useHousehold();
  const titles = titlesFor(household);
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
            <Section id="situation-title" title={titles.situation}>
              <PersonSwitcher controller={household} idPrefix="options" />
              <SituationFields
                key={generation}
                profile={state.profile}
                update={update}
                idPrefix="options"
                ageFromBirthMonth={titles.ageFromBirthMonth}
              />
              <CoverageChoice profile={state.profile} update={update} idPrefix="options" />
            </Section>
            <div class="card">
              <MutuelleFields
                key={generation}
                profile={state.profile}
                update={update}
                idPrefix="options"
                heading={titles.mutuelle}
              />
            </div>
            {CORE_APPLIES_LINES && (
              <>
                <Section id="contract-title" title={t('contract.heading')}>
                  <p class="hint">{t('contract.intro')}</p>
                  <ContractLines key={generation} profile={state.profile} update={update} idPrefix="options" />
                </Section>
                <Section id="counters-title" title={t('counters.heading')}>
                  <YearToDateFields key={generation} profile={state.profile} update={update} idPrefix="options" />
                </Section>
              </>
            )}
          </>
        )}
        <HouseholdSection controller={household} />
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

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** With several people, the sections say whose situation and which contract they edit. */
function titlesFor({ state }: HouseholdController): { situation: string; mutuelle: string; ageFromBirthMonth: boolean } {
  const h = state?.household;
  const person = h && activePerson(h);
  const one = { situation: i18n.t('options.situation.heading'), mutuelle: i18n.t('options.mutuelle.heading'), ageFromBirthMonth: person?.birthMonth != null };
  if (!h || !person || h.people.length < 2) return one;
  const name = personName(h, person);
  const sharing = h.people.filter((p) => p.ownMutuelle == null).map((p) => personName(h, p));
  return {
    situation: t('household.situationOf', { name }),
    mutuelle: person.ownMutuelle ? t('household.mutuelleOwn', { name }) : t('household.mutuelleShared', { names: sharing.join(', ') }),
    ageFromBirthMonth: one.ageFromBirthMonth,
  };
}
