import { useEffect, useState } from 'preact/hooks';
import type { SiteState } from '../../components/popup/types';
import type { Settings } from '../../core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import { siteChange, siteStateOf } from './site-control';

/** The reader's settings, live, and the on/off switch for `host` (null when there is no site to switch). */
export function useSiteControl(host: string | undefined): {
  settings: Settings | null;
  site: SiteState | null;
  toggle(on: boolean): Promise<void>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((c) => live && setSettings(c.settings));
    const unwatch = watchSettings((c) => setSettings(c.settings));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const site =
    settings && host && siteChange(settings, host, true) !== null ? siteStateOf(settings, host) : null;
  const toggle = async (on: boolean) => {
    if (!settings || !host) return;
    const change = siteChange(settings, host, on);
    if (!change) return;
    setSettings(await updateSettings(change));
  };
  return { settings, site, toggle };
}
