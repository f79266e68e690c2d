// A whole-number text field with inline validation: every valid value is saved at once, an
// invalid one is shown as such (aria-invalid + a message tied to the field) and never saved.
import type { JSX, Ref, TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Parsed } from './levels';

export interface IntegerFieldProps {
  id: string;
  label: string;
  /** null: empty (only with `optional`). */
  value: number | null;
  parse(text: string): Parsed;
  error: string;
  onValid(value: number): void;
  /** An empty field is a valid answer too: `onEmpty` is called instead of `onValid`. */
  onEmpty?(): void;
  unit?: string;
  hint?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  class?: string;
}

export function IntegerField(props: IntegerFieldProps): JSX.Element {
  const { id, label, value, parse, error, onValid, onEmpty, unit, hint, disabled, inputRef } = props;
  const shown = (v: number | null) => (v == null ? '' : String(v));
  const [text, setText] = useState(shown(value));
  const [invalid, setInvalid] = useState(false);

  // Follow changes made elsewhere (another page, a preset), unless the text already says so.
  useEffect(() => {
    const p = parse(text);
    if (value == null ? text.trim() !== '' : !p.ok || p.value !== value) {
      if (!invalid) setText(shown(value));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (e: TargetedEvent<HTMLInputElement>) => {
    const next = e.currentTarget.value;
    setText(next);
    const p = parse(next);
    const empty = next.trim() === '';
    // An empty field is not an error while typing; leaving it empty is, unless optional (see onBlur).
    setInvalid(!p.ok && !empty);
    if (p.ok && p.value !== value) onValid(p.value);
    else if (empty && onEmpty && value != null) onEmpty();
  };
  const onBlur = () => {
    if (!parse(text).ok && !(onEmpty && text.trim() === '')) setInvalid(true);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [invalid ? errorId : null, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field integer-field ${props.class ?? ''}`}>
      <label for={id}>{label}</label>
      <div class="input-row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          value={text}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={onInput}
          onBlur={onBlur}
        />
        {unit && <span class="unit" aria-hidden="true">{unit}</span>}
      </div>
      {invalid && (
        <p id={errorId} class="error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
