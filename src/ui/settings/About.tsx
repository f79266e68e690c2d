// "Comment c'est calculé", the privacy promise: plain words, the tariff table and its sources.
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { TARIFF_INFO, formatDay } from './tariff';
import { Section } from './Layout';

const STEPS = [
  'options.how.step1',
  'options.how.step2',
  'options.how.step3',
  'options.how.step4',
  'options.how.step5',
  'options.how.step6',
] as const;

export function HowItWorks(): JSX.Element {
  return (
    <Section id="how-title" title={i18n.t('options.how.heading')}>
      <ol class="steps">
        {STEPS.map((key) => (
          <li key={key}>{i18n.t(key)}</li>
        ))}
      </ol>
      <p class="hint">{i18n.t('options.how.estimate')}</p>
      <div class="tariff">
        <p>
          {i18n.t('options.how.tariff', { version: TARIFF_INFO.version })}
          {' · '}
          {i18n.t('options.how.verifiedThrough', { date: formatDay(TARIFF_INFO.verifiedThrough, i18n.t('popup.lang')) })}
        </p>
        <details class="sources">
          <summary>
            {i18n.t('options.how.sources')} ({TARIFF_INFO.sources.length})
          </summary>
          <ul>
            {TARIFF_INFO.sources.map((src) => (
              <li key={src.url}>
                <a href={src.url} target="_blank" rel="noreferrer noopener">
                  {src.label}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </Section>
  );
}

export function Privacy(): JSX.Element {
  return (
    <Section id="privacy-title" title={i18n.t('options.privacy.heading')}>
      <ul class="privacy">
        <li>{i18n.t('options.privacy.noNetwork')}</li>
        <li>{i18n.t('options.privacy.localOnly')}</li>
        <li>{i18n.t('options.privacy.closedPanel')}</li>
        <li>{i18n.t('options.privacy.siteSees')}</li>
      </ul>
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">{i18n.t('options.privacy.policyLink')}</a>
      </p>
    </Section>
  );
}
