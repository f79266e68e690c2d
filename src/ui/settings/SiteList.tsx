// Every supported site with its switch (options page).
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { SITE_GROUPS, isSiteEnabled, type SiteGroup, type SiteSwitches } from '../../settings';
import { SITE_HOSTS, SITE_NAME_KEY } from './site-groups';
import { Switch } from './Switch';

export interface SiteListProps {
  sites: SiteSwitches;
  setEnabled(group: SiteGroup, enabled: boolean): unknown;
}

export function SiteList({ sites, setEnabled }: SiteListProps): JSX.Element {
  return (
    <ul class="site-list">
      {SITE_GROUPS.map((group) => {
        const on = isSiteEnabled(sites, group);
        return (
          <li key={group} class="site-row" data-site={group}>
            <div class="site-text">
              <span class="site-name">
                {i18n.t(SITE_NAME_KEY[group])}
              </span>
              <span class="site-hosts">{SITE_HOSTS[group].join(', ')}</span>
            </div>
            <span class="switch-state" aria-hidden="true">
              {on ? i18n.t('popup.site.on') : i18n.t('popup.site.off')}
            </span>
            <Switch
              checked={on}
              label={i18n.t('popup.site.switchLabel', { site: i18n.t(SITE_NAME_KEY[group]) })}
              onChange={(next) => setEnabled(group, next)}
            />
          </li>
        );
      })}
    </ul>
  );
}
