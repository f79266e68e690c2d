// The rest of the situation (options page): age, parcours de soins, ALD, maternité, régime.
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import type { SettingsProfile } from '../../settings';
import { Check } from './Check';
import { IntegerField } from './IntegerField';
import { parseAge } from './levels';

export interface SituationFieldsProps {
  profile: SettingsProfile;
  update(patch: Partial<SettingsProfile>): unknown;
  idPrefix: string;
  /** The age comes from the person's birth month (set with the household): shown, not edited here. */
  ageFromBirthMonth?: boolean;
}

export function SituationFields({ profile, update, idPrefix, ageFromBirthMonth }: SituationFieldsProps): JSX.Element {
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div class="situation">
      <IntegerField
        id={id('age')}
        class="age"
        label={i18n.t('options.situation.age')}
        unit={i18n.t('options.situation.ageUnit')}
        value={profile.age}
        parse={parseAge}
        error={i18n.t('options.situation.ageError')}
        hint={ageFromBirthMonth ? (i18n.t as (k: string) => string)('household.ageFromBirthMonth') : i18n.t('options.situation.ageHint')}
        disabled={ageFromBirthMonth}
        onValid={(age) => update({ age })}
      />
      <Check
        id={id('medecin-traitant')}
        checked={profile.medecinTraitant}
        label={i18n.t('options.situation.medecinTraitant')}
        onChange={(medecinTraitant) => update({ medecinTraitant })}
      />
      <Check
        id={id('referred')}
        checked={profile.medecinTraitant && profile.referred}
        disabled={!profile.medecinTraitant}
        label={i18n.t('options.situation.referred')}
        hint={
          profile.medecinTraitant
            ? i18n.t('options.situation.referredHint')
            : i18n.t('options.situation.referredDisabled')
        }
        onChange={(referred) => update({ referred })}
      />
      <Check
        id={id('ald')}
        checked={profile.ald}
        label={i18n.t('options.situation.ald')}
        hint={i18n.t('options.situation.aldHint')}
        onChange={(ald) => update({ ald })}
      />
      <Check
        id={id('maternity')}
        checked={profile.maternity}
        label={i18n.t('options.situation.maternity')}
        hint={i18n.t('options.situation.maternityHint')}
        onChange={(maternity) => update({ maternity })}
      />
      <fieldset class="regime">
        <legend class="legend">{i18n.t('options.situation.regime')}</legend>
        <div class="radios">
          {(['general', 'alsace-moselle'] as const).map((r) => (
            <div class="radio" key={r}>
              <input
                id={id(`regime-${r}`)}
                type="radio"
                name={id('regime')}
                value={r}
                checked={profile.regime === r}
                aria-describedby={r === 'alsace-moselle' ? id('regime-hint') : undefined}
                onChange={() => update({ regime: r })}
              />
              <label for={id(`regime-${r}`)}>
                {r === 'general' ? i18n.t('options.situation.regimeGeneral') : i18n.t('options.situation.regimeAlsace')}
              </label>
            </div>
          ))}
        </div>
        <p id={id('regime-hint')} class="hint">
          {i18n.t('options.situation.regimeAlsaceHint')}
        </p>
      </fieldset>
    </div>
  );
}
