// "This period so far": what the user says is already used (the participation forfaitaire and
// franchise ceilings reached, Mon soutien psy sessions, the allowance used), set in a few
// seconds. Counters of a period that is over are shown empty, and the next change starts the
// current period (the core ignores counters outside their period: no timer is needed).
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { localDay } from '../../core/dates';
import {
  currentPeriodStart,
  inPeriod,
  isEmptyYearToDate,
  januaryFirst,
  MAX_MSP_SESSIONS,
  MAX_SESSIONS,
  type ProfilePatch,
  type SettingsProfile,
  type YearToDate,
} from '../../settings';
import { Check } from './Check';
import { IntegerField } from './IntegerField';
import { parseWhole } from './levels';
import { formatDay } from './tariff';
import { APPLIED, type FormFeatures } from './features';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

export interface YearToDateProps {
  profile: SettingsProfile;
  update(patch: ProfilePatch): unknown;
  idPrefix: string;
  /** The popup shows the two ceilings and the sessions only. */
  compact?: boolean;
  /** The counters shown: those the core applies (default). */
  features?: FormFeatures;
}

/** The counters that hold today (none when the stored period is over), and the period they belong to. */
export function currentCounters(ytd: YearToDate | undefined, day: string): YearToDate {
  const start = currentPeriodStart(ytd?.periodStart ?? januaryFirst(day), day);
  return ytd && inPeriod(ytd.periodStart, day) ? ytd : { periodStart: start };
}

export function YearToDateFields({ profile, update, idPrefix, compact, features = APPLIED }: YearToDateProps): JSX.Element {
  const day = localDay(new Date());
  const ytd = currentCounters(profile.yearToDate, day);
  const id = (s: string) => `${idPrefix}-ytd-${s}`;
  // Applied to the counters as stored when written: two quick changes both count.
  const set = (patch: Partial<YearToDate>) =>
    update((p) => {
      const next: YearToDate = { ...currentCounters(p.yearToDate, day), ...patch };
      for (const k of Object.keys(next) as (keyof YearToDate)[]) if (next[k] === undefined) delete next[k];
      // Nothing counted in the default period: nothing stored.
      return { yearToDate: isEmptyYearToDate(next) && next.periodStart === januaryFirst(day) ? null : next } as Partial<SettingsProfile>;
    });
  const allowance = profile.mutuelle.kind === 'brss' ? profile.mutuelle.allowance : undefined;
  return (
    <fieldset class="year-to-date">
      <legend class="legend">{t('counters.legend', { date: formatDay(ytd.periodStart, i18n.t('popup.lang')) })}</legend>
      <Check id={id('pf')} checked={ytd.pfCapReached === true} label={t('counters.pfCap')} hint={compact ? undefined : t('counters.pfCapHint')} onChange={(v) => set({ pfCapReached: v || undefined })} />
      <Check
        id={id('franchise')}
        checked={ytd.franchiseCapReached === true}
        label={t('counters.franchiseCap')}
        onChange={(v) => set({ franchiseCapReached: v || undefined })}
      />
      {features.mspSessions && <IntegerField
        id={id('msp')}
        label={t('counters.mspSessions')}
        value={ytd.mspSessions ?? 0}
        parse={(s) => parseWhole(s, 0, MAX_MSP_SESSIONS)}
        error={t('counters.sessionsError', { max: MAX_MSP_SESSIONS })}
        hint={compact ? undefined : t('counters.mspHint')}
        onValid={(v) => set({ mspSessions: v || undefined })}
      />}
      {features.allowance && allowance && (
        <>
          <IntegerField
            id={id('allowance-eur')}
            label={t('counters.allowanceUsed')}
            unit="€"
            value={Math.round((ytd.allowanceUsedCents ?? 0) / 100)}
            parse={(s) => parseWhole(s.replace(/€/, ''), 0, 10000)}
            error={t('contract.allowance.eurosError')}
            onValid={(v) => set({ allowanceUsedCents: v * 100 || undefined })}
          />
          <IntegerField
            id={id('allowance-sessions')}
            label={t('counters.allowanceSessions')}
            value={ytd.allowanceSessions ?? 0}
            parse={(s) => parseWhole(s, 0, MAX_SESSIONS)}
            error={t('counters.sessionsError', { max: MAX_SESSIONS })}
            onValid={(v) => set({ allowanceSessions: v || undefined })}
          />
        </>
      )}
      {!compact && <p class="hint">{t('counters.periodHint')}</p>}
    </fieldset>
  );
}
