// What the user must know about the stored profile: the default is in use, or the stored data
// was unreadable and was repaired (said once: see acknowledgeRepair).
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import type { ProfileState } from '../../settings';
import type { SaveStatus } from './useSettings';

export function ProfileNotices({ state, repairNotice }: { state: ProfileState; repairNotice: boolean }): JSX.Element | null {
  if (!repairNotice && !state.isDefault) return null;
  return (
    <div class="notices">
      {repairNotice && (
        <div class="notice notice-warn" role="alert" data-notice="repaired">
          <strong>{i18n.t('popup.notice.repaired')}</strong>
          <span>{i18n.t('popup.notice.repairedDetail')}</span>
        </div>
      )}
      {state.isDefault && !repairNotice && (
        <div class="notice notice-info" data-notice="default">
          <strong>{i18n.t('popup.notice.default')}</strong>
          <span>{i18n.t('popup.notice.defaultDetail')}</span>
        </div>
      )}
    </div>
  );
}

/** A polite live region: "Enregistré" after a save, the error otherwise. */
export function SaveStatusLine({ save }: { save: SaveStatus }): JSX.Element {
  return (
    <p class={`save-status save-${save}`} role="status" aria-live="polite">
      {save === 'saved' ? i18n.t('popup.saved') : save === 'error' ? i18n.t('popup.notice.saveError') : ''}
    </p>
  );
}
