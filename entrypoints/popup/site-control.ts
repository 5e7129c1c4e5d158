/** The popup's on/off switch for one site, as pure functions over the settings. */
import type { SiteState } from '../../components/popup/types';
import { isActiveOn, type Settings } from '../../core/settings';
import { checkSettings } from '../../core/settings-check';
import { checkSitePattern, siteMatches } from '../../core/site-patterns';

export function siteStateOf(settings: Settings, host: string): SiteState {
  if (!settings.enabled) return { host, on: false, reason: 'everywhere-off' };
  if (settings.neverSites.some((p) => siteMatches(p, host))) return { host, on: false, reason: 'site-off' };
  if (!isActiveOn(settings, host)) return { host, on: false, reason: 'not-listed' };
  return { host, on: true, reason: 'on' };
}

/**
 * The settings change that turns highlighting on or off for `host`, or null when the switch cannot do it
 * (a host that is not a valid site rule). Off adds the host to "never" sites; on removes every "never"
 * rule matching the host (a `*.example.com` rule too, so it turns on for the whole domain). Also null
 * when the new list would not pass the settings checks (too many sites), which would reset it.
 */
export function siteChange(
  settings: Settings,
  host: string,
  on: boolean,
): Pick<Settings, 'neverSites'> | null {
  const check = checkSitePattern(host);
  if (!check.ok) return null;
  const neverSites = on
    ? settings.neverSites.filter((p) => !siteMatches(p, host))
    : settings.neverSites.includes(check.pattern)
      ? settings.neverSites
      : [...settings.neverSites, check.pattern];
  const checked = checkSettings({ ...settings, neverSites });
  if (checked.notices.length > 0) return null;
  return { neverSites };
}
