// Reset with an inline confirmation (no window.confirm): focus moves to the question, then back.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { clearAllMarkedGps, resetProfile, resetSites } from '../../src/settings';
import { Section } from '../../src/ui/settings/Layout';

export function ResetSection(): JSX.Element {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const start = useRef<HTMLButtonElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (step === 'confirm') confirmYes.current?.focus();
    else start.current?.focus();
  }, [step]);

  const go = (next: typeof step) => {
    moved.current = true;
    setStep(next);
  };
  const reset = async () => {
    await Promise.all([resetProfile(), resetSites(), clearAllMarkedGps()]);
    go('done');
  };

  return (
    <Section id="reset-title" title={i18n.t('options.reset.heading')}>
      <p class="hint">{i18n.t('options.reset.intro')}</p>
      {step === 'confirm' ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{i18n.t('options.reset.confirm')}</p>
          <div class="buttons">
            <button type="button" class="button danger" id="reset-yes" ref={confirmYes} onClick={() => void reset()}>
              {i18n.t('options.reset.confirmYes')}
            </button>
            <button type="button" class="button" id="reset-cancel" onClick={() => go('idle')}>
              {i18n.t('options.reset.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" id="reset" ref={start} onClick={() => go('confirm')}>
          {i18n.t('options.reset.button')}
        </button>
      )}
      <p class="save-status" role="status">
        {step === 'done' ? i18n.t('options.reset.done') : ''}
      </p>
    </Section>
  );
}
