// A checkbox with its label and an optional hint (described-by), as every settings form shows one.
import type { JSX } from 'preact';

interface CheckProps {
  id: string;
  checked: boolean;
  label: string;
  hint?: string;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Check({ id, checked, label, hint, disabled, onChange }: CheckProps): JSX.Element {
  return (
    <div class="check-block">
      <div class="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="hint indented">
          {hint}
        </p>
      )}
    </div>
  );
}
