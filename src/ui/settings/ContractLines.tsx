// The rest of the tableau de garanties, organised by the table's own headings (Soins courants,
// Dentaire): the lines beyond the doctors' (paramédicaux, Mon soutien psy, dental care,
// prostheses, orthodontics), the allowance for unreimbursed care, each with where to read it on
// the table, and a start from a published contract. A line never set shows the doctors' level,
// which is what the estimates use for it until the user writes their own.
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { getParameter } from '../../core';
import { localDay, parseDay } from '../../core/dates';
import {
  ALLOWANCE_PROFESSIONS,
  MAX_SESSIONS,
  type Allowance,
  type BrssMutuelle,
  type LineKey,
  type ProfilePatch,
  type SettingsProfile,
} from '../../settings';
import { Check } from './Check';
import { IntegerField } from './IntegerField';
import { parseLevel, parseWhole, parseAge } from './levels';
import { CONTRACT_PRESETS, PRESET_TABLES } from './presets';
import { APPLIED, type FormFeatures } from './features';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/**
 * The Assurance Maladie rate of each line, as the dated tariff table gives it (for the "hors
 * Sécu" conversion). Orthodontics: the table has no rate, so no conversion is offered.
 */
const LINE_RATE_PARAM: Record<LineKey | 'dptamPct', string | null> = {
  dptamPct: 'R-1',
  auxiliariesPct: 'KIN-8',
  psyMspPct: 'PSY-MSP-3',
  dentalCarePct: 'DEN-3',
  dentalProsthesisPct: 'DEN-3',
  orthodonticsPct: null,
};

/** The rate a parameter gives on a day, or null when the table has none then. */
export function rateOn(paramId: string | null, day: string): number | null {
  const p = paramId ? getParameter(paramId) : undefined;
  const d = parseDay(day);
  const v = p?.values.find((x) => parseDay(x.from) <= d && (x.until == null || d <= parseDay(x.until)));
  return typeof v?.value === 'number' ? v.value : null;
}

/** "X % hors Sécu" as printed → "Sécu comprise": X + the line's Assurance Maladie rate (an approximation). */
export function fromHorsSecu(pct: number, rate: number): number {
  return pct + rate;
}

interface LinesProps {
  profile: SettingsProfile;
  update(patch: ProfilePatch): unknown;
  idPrefix: string;
  /** The fields shown: those the core applies (default). */
  features?: FormFeatures;
}

/** Changes the stored mutuelle (as it is when written: quick edits of two lines both count). */
type Change = (fn: (m: BrssMutuelle) => BrssMutuelle) => void;

const SOINS_COURANTS: LineKey[] = ['auxiliariesPct', 'psyMspPct'];
const DENTAIRE: LineKey[] = ['dentalCarePct', 'dentalProsthesisPct', 'orthodonticsPct'];

export function ContractLines({ profile, update, idPrefix, features = APPLIED }: LinesProps): JSX.Element | null {
  const m = profile.mutuelle;
  if (m.kind !== 'brss' || profile.css || profile.ame) return null;
  const id = (s: string) => `${idPrefix}-${s}`;
  const set: Change = (fn) => update((p) => (p.mutuelle.kind === 'brss' ? { mutuelle: fn(p.mutuelle) } : {}));
  return (
    <div class="contract-lines">
      <PresetPicker id={id('preset')} mutuelle={m} set={set} />
      <h3 class="lines-heading">{t('contract.soinsCourants')}</h3>
      <p class="hint">{t('contract.doctorsAbove')}</p>
      {SOINS_COURANTS.filter((k) => features.lines.includes(k)).map((k) => (
        <LineField key={k} id={id(k)} line={k} m={m} set={set} />
      ))}
      {features.allowance && <AllowanceFields id={id('allowance')} m={m} set={set} />}
      <h3 class="lines-heading">{t('contract.dentaire')}</h3>
      {DENTAIRE.filter((k) => features.lines.includes(k)).map((k) => (
        <LineField key={k} id={id(k)} line={k} m={m} set={set} />
      ))}
    </div>
  );
}

function PresetPicker(props: { id: string; mutuelle: BrssMutuelle; set: Change }): JSX.Element {
  return (
    <div class="field preset">
      <label for={props.id}>{t('contract.presetLabel')}</label>
      <select
        id={props.id}
        aria-describedby={`${props.id}-hint`}
        value=""
        onChange={(e) => {
          const chosen = CONTRACT_PRESETS.find((p) => p.id === e.currentTarget.value);
          if (chosen) props.set(() => structuredClone(chosen.mutuelle));
          e.currentTarget.value = '';
        }}
      >
        <option value="">{t('contract.presetNone')}</option>
        {PRESET_TABLES.map((table) => (
          <optgroup key={table.name} label={table.name}>
            {table.presets.map((p) => (
              <option key={p.id} value={p.id}>{`${p.table} — ${p.level}`}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={`${props.id}-hint`} class="hint">
        {t('contract.presetHint')}
      </p>
    </div>
  );
}

function LineField(props: { id: string; line: LineKey; m: BrssMutuelle; set: Change }): JSX.Element {
  const { id, line, m, set } = props;
  const stored = m[line];
  const value = stored ?? m.dptamPct;
  const rate = rateOn(LINE_RATE_PARAM[line], localDay(new Date()));
  const where = t(`contract.lines.${line}.where`);
  const hint = stored == null ? `${where} ${t('contract.sameAsDoctors', { pct: m.dptamPct })}` : where;
  return (
    <div class="line" data-line={line}>
      <IntegerField
        id={id}
        class="line-level"
        label={t(`contract.lines.${line}.label`)}
        unit="%"
        value={value}
        parse={parseLevel}
        error={t('contract.levelError')}
        hint={hint}
        onValid={(pct) => set((m) => ({ ...m, [line]: pct }))}
      />
      {value < 100 && (
        <HorsSecu id={`${id}-hors-secu`} pct={value} rate={rate} onUse={(pct) => set((m) => ({ ...m, [line]: pct }))} />
      )}
    </div>
  );
}

/** Below 100 %, a table probably prints the mutuelle's share only: offer the conversion, said to be approximate. */
export function HorsSecu(props: { id: string; pct: number; rate: number | null; onUse(pct: number): void }): JSX.Element {
  const { id, pct, rate } = props;
  if (rate == null) {
    return (
      <p id={id} class="notice notice-info hors-secu">
        {t('contract.horsSecu.noRate')}
      </p>
    );
  }
  const converted = fromHorsSecu(pct, rate);
  return (
    <div id={id} class="notice notice-info hors-secu">
      <p>{t('contract.horsSecu.explain', { pct, rate, converted })}</p>
      <button type="button" class="button" onClick={() => props.onUse(converted)}>
        {t('contract.horsSecu.use', { converted })}
      </button>
    </div>
  );
}

const euros = (text: string) => parseWhole(text.replace(/€/, ''), 0, 10000);
const sessions = (text: string) => parseWhole(text, 0, MAX_SESSIONS);

function AllowanceFields(props: { id: string; m: BrssMutuelle; set: Change }): JSX.Element {
  const { id, m, set } = props;
  const a = m.allowance;
  const change = (fn: (a: Allowance) => Allowance) => set((m) => (m.allowance ? { ...m, allowance: fn(m.allowance) } : m));
  const setA = (patch: Partial<Allowance>) => change((a) => ({ ...a, ...patch }));
  const toggle = (on: boolean) =>
    set((m) => {
      const { allowance: _gone, ...rest } = m;
      // The profile's proposed default pool: ostéopathe and chiropracteur, no limit until the user sets one.
      return on ? { ...m, allowance: { professions: ['osteopathe', 'chiropracteur'], perSessionCents: null, sessionsPerYear: null, perYearCents: null } } : rest;
    });
  return (
    <fieldset class="allowance">
      <legend class="legend">{t('contract.allowance.legend')}</legend>
      <Check id={id} checked={a != null} label={t('contract.allowance.has')} hint={t('contract.allowance.where')} onChange={toggle} />
      {a && (
        <div class="allowance-details indented">
          <fieldset class="professions">
            <legend class="legend">{t('contract.allowance.professions')}</legend>
            {ALLOWANCE_PROFESSIONS.map((p) => (
              <Check
                key={p}
                id={`${id}-${p}`}
                checked={a.professions.includes(p)}
                label={t(`contract.allowance.profession.${p}`)}
                onChange={(on) => change((a) => ({ ...a, professions: on ? [...a.professions.filter((x) => x !== p), p] : a.professions.filter((x) => x !== p) }))}
              />
            ))}
          </fieldset>
          <AllowanceLimits id={id} a={a} setA={setA} change={change} />
        </div>
      )}
    </fieldset>
  );
}

/** The pool's limits: per session, sessions and per year (empty = no such limit), and an age limit. */
function AllowanceLimits(props: {
  id: string;
  a: Allowance;
  setA(patch: Partial<Allowance>): void;
  change(fn: (a: Allowance) => Allowance): void;
}): JSX.Element {
  const { id, a, setA, change } = props;
  return (
    <>
      <IntegerField
        id={`${id}-per-session`}
        label={t('contract.allowance.perSession')}
        unit="€"
        value={a.perSessionCents == null ? null : Math.round(a.perSessionCents / 100)}
        parse={euros}
        error={t('contract.allowance.eurosError')}
        hint={t('contract.allowance.emptyNoLimit')}
        onValid={(v) => setA({ perSessionCents: v * 100 })}
        onEmpty={() => setA({ perSessionCents: null })}
      />
      <IntegerField
        id={`${id}-sessions`}
        label={t('contract.allowance.sessions')}
        value={a.sessionsPerYear}
        parse={sessions}
        error={t('contract.allowance.sessionsError')}
        hint={t('contract.allowance.emptyNoLimit')}
        onValid={(v) => setA({ sessionsPerYear: v })}
        onEmpty={() => setA({ sessionsPerYear: null })}
      />
      <IntegerField
        id={`${id}-per-year`}
        label={t('contract.allowance.perYear')}
        unit="€"
        value={a.perYearCents == null ? null : Math.round(a.perYearCents / 100)}
        parse={euros}
        error={t('contract.allowance.eurosError')}
        hint={t('contract.allowance.emptyNoLimit')}
        onValid={(v) => setA({ perYearCents: v * 100 })}
        onEmpty={() => setA({ perYearCents: null })}
      />
      <IntegerField
        id={`${id}-max-age`}
        label={t('contract.allowance.maxAge')}
        unit={i18n.t('options.situation.ageUnit')}
        value={a.maxAge ?? null}
        parse={parseAge}
        error={i18n.t('options.situation.ageError')}
        hint={t('contract.allowance.maxAgeHint')}
        onValid={(v) => setA({ maxAge: v })}
        onEmpty={() =>
          change((a) => {
            const { maxAge: _gone, ...rest } = a;
            return rest;
          })
        }
      />
    </>
  );
}
