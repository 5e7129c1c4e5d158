import type { SiteState } from './types';
import { t } from '../../utils/i18n';

/** On/off for the current site, with the reason when the switch cannot help. */
export function SiteToggle({
  site,
  onToggle,
  onOpenOptions,
}: {
  site: SiteState;
  onToggle: (on: boolean) => void;
  onOpenOptions: () => void;
}) {
  if (site.reason === 'everywhere-off' || site.reason === 'not-listed') {
    return (
      <div class="site-toggle">
        <p>
          {site.reason === 'everywhere-off' ? t('everywhereOff') : t('siteNotListed', site.host)}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('changeInOptions')}
          </button>
        </p>
      </div>
    );
  }
  const label = t('highlightOnSite', site.host);
  return (
    <div class="site-toggle">
      <span id="site-toggle-label" class="site-toggle-label">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={site.on}
        aria-labelledby="site-toggle-label"
        class="switch"
        onClick={() => onToggle(!site.on)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-text">{site.on ? t('switchOn') : t('switchOff')}</span>
      </button>
    </div>
  );
}
