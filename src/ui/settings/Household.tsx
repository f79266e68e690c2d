// The household in the extension's own pages: who the estimates are for (the popup and the options
// page), and in the options page each person's name, birth month and contract. Names stay on the
// device; nothing of this reaches a page (the content scripts get only the active profile).
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { localDay } from '../../core/dates';
import { ageAt, isBirthMonth, MAX_NAME, MAX_PEOPLE, type Household, type Person } from '../../settings';
import { Check } from './Check';
import { Section } from './Layout';
import type { HouseholdController } from './useSettings';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** "Léo" or "Personne 2". */
export function personName(h: Household, p: Person): string {
  return p.name || t('household.unnamed', { n: h.people.indexOf(p) + 1 });
}

function ageOf(p: Person): number {
  return p.birthMonth ? ageAt(p.birthMonth, localDay(new Date())) : p.age;
}

/** "Léo, 8 ans": what tells the people apart in the switcher. */
export function personLabel(h: Household, p: Person): string {
  return t('household.label', { name: personName(h, p), age: ageOf(p) });
}

/** Who the badges are for: one radio chip per person; nothing when there is only one. */
export function PersonSwitcher(props: { controller: HouseholdController; idPrefix: string }): JSX.Element | null {
  const h = props.controller.state?.household;
  if (!h || h.people.length < 2) return null;
  return (
    <fieldset class="person-switcher">
      <legend class="legend">{t('household.switcher')}</legend>
      <div class="chips person-chips">
        {h.people.map((p) => (
          <label class="chip" key={p.id}>
            <input
              type="radio"
              name={`${props.idPrefix}-person`}
              value={p.id}
              checked={h.activeId === p.id}
              onChange={() => void props.controller.setActive(p.id)}
            />
            <span>{personLabel(h, p)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "MM/AAAA" (or "MM-AAAA", "M/AAAA") → "AAAA-MM"; "" → null (no birth month); else undefined (invalid). */
export function parseBirthMonth(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const value = `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return isBirthMonth(value) && value <= localDay(new Date()).slice(0, 7) ? value : undefined;
}

const shownMonth = (v: string | undefined) => (v ? `${v.slice(5, 7)}/${v.slice(0, 4)}` : '');

function BirthMonthField(props: { id: string; value: string | undefined; onValid(v: string | null): void }): JSX.Element {
  const [text, setText] = useState(shownMonth(props.value));
  const [invalid, setInvalid] = useState(false);
  const onChange = (e: TargetedEvent<HTMLInputElement>) => {
    const v = parseBirthMonth(e.currentTarget.value);
    setText(e.currentTarget.value);
    setInvalid(v === undefined);
    if (v !== undefined && v !== (props.value ?? null)) props.onValid(v);
  };
  return (
    <div class="field">
      <label for={props.id}>{t('household.birthMonth')}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('household.birthMonthPlaceholder')}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${invalid ? `${props.id}-error ` : ''}${props.id}-hint`}
        onChange={onChange}
      />
      {invalid && (
        <p id={`${props.id}-error`} class="error" role="alert">
          {t('household.birthMonthError')}
        </p>
      )}
      <p id={`${props.id}-hint`} class="hint">
        {t('household.birthMonthHint')}
      </p>
    </div>
  );
}

function PersonCard(props: { h: Household; p: Person; controller: HouseholdController }): JSX.Element {
  const { h, p, controller } = props;
  const id = (s: string) => `person-${p.id}-${s}`;
  return (
    <li class="person" data-person={p.id}>
      <h3 class="person-title" id={id('title')}>
        {personLabel(h, p)}
        {h.activeId === p.id && <span class="person-active"> · {t('household.active')}</span>}
      </h3>
      <div class="field">
        <label for={id('name')}>{t('household.name')}</label>
        <input
          id={id('name')}
          type="text"
          autoComplete="off"
          maxLength={MAX_NAME}
          value={p.name ?? ''}
          onChange={(e) => void controller.updatePerson(p.id, { name: e.currentTarget.value.trim() || null })}
        />
      </div>
      <BirthMonthField id={id('birth')} value={p.birthMonth} onValid={(birthMonth) => void controller.updatePerson(p.id, { birthMonth })} />
      <Check
        id={id('own')}
        checked={p.ownMutuelle != null}
        label={t('household.ownContract')}
        hint={t('household.ownContractHint')}
        onChange={(own) => void controller.setOwnContract(p.id, own)}
      />
      {h.people.length > 1 && (
        <button type="button" class="button person-remove" aria-describedby={id('title')} onClick={() => void controller.remove(p.id)}>
          {t('household.remove')}
        </button>
      )}
    </li>
  );
}

/** Options page: everyone in the household, and a way to add someone. */
export function HouseholdSection({ controller }: { controller: HouseholdController }): JSX.Element | null {
  const h = controller.state?.household;
  if (!h) return null;
  return (
    <Section id="household-title" title={t('household.heading')}>
      <p class="hint">{t('household.intro')}</p>
      <ul class="people">
        {h.people.map((p) => (
          <PersonCard key={p.id} h={h} p={p} controller={controller} />
        ))}
      </ul>
      {h.people.length < MAX_PEOPLE && (
        <button type="button" class="button" id="person-add" onClick={() => void controller.add()}>
          {t('household.add')}
        </button>
      )}
    </Section>
  );
}
