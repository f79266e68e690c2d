// CSS / AME: one choice out of three (they exclude each other), which makes the mutuelle fields
// irrelevant (MutuelleFields says why).
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import type { CoverageProfile } from '../../core/types';

export type Coverage = 'none' | 'css' | 'ame';

export const coverageOf = (p: CoverageProfile): Coverage => (p.ame ? 'ame' : p.css ? 'css' : 'none');

export interface CoverageChoiceProps {
  profile: CoverageProfile;
  update(patch: Partial<CoverageProfile>): unknown;
  idPrefix: string;
}

export function CoverageChoice({ profile, update, idPrefix }: CoverageChoiceProps): JSX.Element {
  const current = coverageOf(profile);
  const options: { value: Coverage; label: string }[] = [
    { value: 'none', label: i18n.t('popup.coverage.none') },
    { value: 'css', label: i18n.t('popup.coverage.css') },
    { value: 'ame', label: i18n.t('popup.coverage.ame') },
  ];
  return (
    <fieldset class="coverage">
      <legend class="legend">{i18n.t('popup.coverage.legend')}</legend>
      <div class="radios">
        {options.map((o) => (
          <div class="radio" key={o.value}>
            <input
              id={`${idPrefix}-coverage-${o.value}`}
              type="radio"
              name={`${idPrefix}-coverage`}
              value={o.value}
              checked={current === o.value}
              onChange={() => update({ css: o.value === 'css', ame: o.value === 'ame' })}
            />
            <label for={`${idPrefix}-coverage-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
