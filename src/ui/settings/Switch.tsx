// An on/off switch: a real <button role="switch" aria-checked>, Space and Enter toggle it.
import type { JSX } from 'preact';

export interface SwitchProps {
  id?: string;
  checked: boolean;
  onChange(next: boolean): void;
  /** Accessible name (contains the visible label next to the switch). */
  label: string;
  describedBy?: string;
  disabled?: boolean;
  size?: 'big' | 'small';
}

export function Switch(props: SwitchProps): JSX.Element {
  const { id, checked, onChange, label, describedBy, disabled = false, size = 'small' } = props;
  return (
    <button
      id={id}
      type="button"
      role="switch"
      class={`switch switch-${size}`}
      aria-checked={checked}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
