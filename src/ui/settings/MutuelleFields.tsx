// The mutuelle part of the form, shared by the popup and the options page: the level (presets
// or a custom number), the OPTAM / non-OPTAM split pre-filled with what a contrat responsable
// allows, the contrat responsable switch; all disabled (and why) under the CSS or the AME.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CoverageProfile, Mutuelle } from '../../core/types';
import { DEFAULT_PROFILE } from '../../settings';
import { Check } from './Check';
import { HorsSecu, rateOn } from './ContractLines';
import { localDay } from '../../core/dates';
import { IntegerField, type IntegerFieldProps } from './IntegerField';
import {
  LEVEL_PRESETS,
  choiceOf,
  parseLevel,
  responsableNonDptam,
  type LevelChoice,
} from './levels';

type Brss = Extract<Mutuelle, { kind: 'brss' }>;

export interface MutuelleFieldsProps {
  profile: CoverageProfile;
  update(patch: Partial<CoverageProfile>): unknown;
  /** Prefix of element ids, so that two forms never share one. */
  idPrefix: string;
  /** The section's title, shown as the fieldset's legend (a heading). */
  heading: string;
  headingLevel?: 2 | 3;
}

const pct = (n: number) => i18n.t('popup.mutuelle.pct', { pct: n });

export function MutuelleFields(props: MutuelleFieldsProps): JSX.Element {
  const { profile, update, idPrefix, heading, headingLevel = 2 } = props;
  const { brss, base, selected, choose, setLevel, split, onSplit, setMutuelle, customInput } = useMutuelleChoice(profile, update);
  const disabledReason = profile.ame ? 'ame' : profile.css ? 'css' : null;
  const id = (s: string) => `${idPrefix}-${s}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <fieldset
      class="mutuelle"
      disabled={disabledReason != null}
      aria-describedby={disabledReason ? id('disabled-reason') : undefined}
    >
      <legend>
        <Heading class="section-title">{heading}</Heading>
      </legend>
      {disabledReason && (
        <p id={id('disabled-reason')} class="notice notice-info disabled-reason">
          {disabledReason === 'ame' ? i18n.t('popup.mutuelle.disabledAme') : i18n.t('popup.mutuelle.disabledCss')}
        </p>
      )}
      <LevelChoices id={id} selected={selected} choose={choose} />
      {selected === 'custom' && (
        <LevelField
          id={id('custom-level')}
          class="custom-level"
          label={i18n.t('popup.mutuelle.customLabel')}
          value={base.dptamPct}
          onValid={setLevel}
          inputRef={customInput}
        />
      )}
      {selected === 'custom' && brss && brss.dptamPct < 100 && (
        <HorsSecu id={id('hors-secu')} pct={brss.dptamPct} rate={rateOn('R-1', localDay(new Date()))} onUse={setLevel} />
      )}
      {brss && <MutuelleDetails id={id} brss={brss} split={split} onSplit={onSplit} setMutuelle={setMutuelle} />}
    </fieldset>
  );
}

/** A level typed in percent of the BRSS. */
function LevelField(props: Omit<IntegerFieldProps, 'unit' | 'parse' | 'error'>): JSX.Element {
  return <IntegerField {...props} unit="%" parse={parseLevel} error={i18n.t('popup.mutuelle.levelError')} />;
}

const CHOICES: LevelChoice[] = ['none', ...LEVEL_PRESETS, 'custom'];

const labelOf = (c: LevelChoice) =>
  c === 'none' ? i18n.t('popup.mutuelle.none') : c === 'custom' ? i18n.t('popup.mutuelle.custom') : pct(c);

/** The level as radio chips: none, the presets, custom. */
function LevelChoices(props: { id(s: string): string; selected: LevelChoice; choose(c: LevelChoice): void }): JSX.Element {
  const { id, selected, choose } = props;
  return (
    <fieldset class="levels" aria-describedby={id('level-hint')}>
      <legend class="legend">{i18n.t('popup.mutuelle.legend')}</legend>
      <div class="chips">
        {CHOICES.map((c) => (
          <label class="chip" key={String(c)}>
            <input type="radio" name={id('level')} value={String(c)} checked={selected === c} onChange={() => choose(c)} />
            <span>{labelOf(c)}</span>
          </label>
        ))}
      </div>
      <p id={id('level-hint')} class="hint">
        {i18n.t('popup.mutuelle.hint')}
      </p>
    </fieldset>
  );
}

interface DetailsProps {
  id(s: string): string;
  brss: Brss;
  split: boolean;
  onSplit(on: boolean): void;
  setMutuelle(m: Mutuelle): unknown;
}

/** With a mutuelle: the OPTAM / non-OPTAM split and the contrat responsable switch. */
function MutuelleDetails({ id, brss, split, onSplit, setMutuelle }: DetailsProps): JSX.Element {
  return (
    <div class="mutuelle-details">
      <Check id={id('split')} checked={split} label={i18n.t('popup.mutuelle.split')} onChange={onSplit} />
      {split && (
        <LevelField
          id={id('non-optam')}
          class="non-optam indented"
          label={i18n.t('popup.mutuelle.nonOptamLabel')}
          value={brss.nonDptamPct}
          hint={i18n.t('popup.mutuelle.nonOptamHint')}
          onValid={(nonDptamPct) => setMutuelle({ ...brss, nonDptamPct })}
        />
      )}
      <Check
        id={id('responsable')}
        checked={brss.responsable}
        label={i18n.t('popup.mutuelle.responsable')}
        hint={i18n.t('popup.mutuelle.responsableHint')}
        onChange={(responsable) => setMutuelle({ ...brss, responsable })}
      />
    </div>
  );
}

/** The form's state over the stored mutuelle: the level chosen, custom mode, the split. */
function useMutuelleChoice(profile: CoverageProfile, update: MutuelleFieldsProps['update']) {
  const m = profile.mutuelle;
  const brss: Brss | null = m.kind === 'brss' ? m : null;
  // What a brss choice starts from when the stored mutuelle is "none".
  const base: Brss = brss ?? (DEFAULT_PROFILE.mutuelle as Brss);

  const [customMode, setCustomMode] = useState(choiceOf(m) === 'custom');
  const [split, setSplit] = useState(brss != null && brss.nonDptamPct !== brss.dptamPct);
  const customInput = useRef<HTMLInputElement>(null);
  const focusCustom = useRef(false);

  // Another page changed the levels: show the split if they now differ.
  useEffect(() => {
    if (brss && brss.nonDptamPct !== brss.dptamPct) setSplit(true);
    if (choiceOf(m) === 'custom') setCustomMode(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [brss?.dptamPct, brss?.nonDptamPct, m.kind]);

  useEffect(() => {
    if (customMode && focusCustom.current) {
      focusCustom.current = false;
      customInput.current?.focus();
    }
  }, [customMode]);

  const setMutuelle = (next: Mutuelle) => update({ mutuelle: next });

  /** A new OPTAM level; the non-OPTAM level follows it unless the user set it apart. */
  const setLevel = (dptamPct: number) => {
    let nonDptamPct = dptamPct;
    if (split && brss) {
      const wasSuggested = brss.nonDptamPct === responsableNonDptam(brss.dptamPct);
      nonDptamPct = wasSuggested ? responsableNonDptam(dptamPct) : brss.nonDptamPct;
    } else if (split) {
      nonDptamPct = responsableNonDptam(dptamPct);
    }
    // The other lines of the table (and the allowance) stay as they were.
    setMutuelle({ ...base, kind: 'brss', dptamPct, nonDptamPct });
  };

  const choose = (choice: LevelChoice) => {
    if (choice === 'custom') {
      focusCustom.current = true;
      setCustomMode(true);
      return;
    }
    setCustomMode(false);
    if (choice === 'none') setMutuelle({ kind: 'none' });
    else setLevel(choice);
  };

  const onSplit = (on: boolean) => {
    setSplit(on);
    if (!brss) return;
    const nonDptamPct = on ? responsableNonDptam(brss.dptamPct) : brss.dptamPct;
    setMutuelle({ ...brss, nonDptamPct });
  };

  const selected: LevelChoice = customMode ? 'custom' : choiceOf(m);
  return { brss, base, selected, choose, setLevel, split, onSplit, setMutuelle, customInput };
}
