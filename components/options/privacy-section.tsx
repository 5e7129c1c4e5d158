import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  hasHostAccess,
  hostAccessIsOptional,
  isFirefox,
  requestHostAccess,
  watchHostAccess,
} from '../../utils/host-access';
import { RadioGroup, Section } from './controls';
import { t } from '../../utils/i18n';

type Mode = 'automatic' | 'privacy';

/**
 * Automatic highlighting or privacy mode, and what the browser's permission really is. Turning privacy
 * mode off asks the browser for access to every site first (the prompt must come from the click);
 * turning it on is saved at once and the background gives the access back where the browser allows.
 */
export function PrivacySection(props: {
  privacyMode: boolean;
  onChange: (privacyMode: boolean) => Promise<void>;
}) {
  const [access, setAccess] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const optional = hostAccessIsOptional();
  const firefox = isFirefox();

  useEffect(() => {
    let live = true;
    const read = () => void hasHostAccess().then((granted) => live && setAccess(granted));
    read();
    const unwatch = watchHostAccess(read);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const choose = (mode: Mode) => {
    setRefused(false);
    if (mode === 'privacy') {
      void props.onChange(true);
      return;
    }
    if (access) {
      void props.onChange(false);
      return;
    }
    // No await before this call: the browser shows its prompt only while handling the click.
    void requestHostAccess().then((granted) => {
      setAccess(granted);
      if (granted) void props.onChange(false);
      else setRefused(true);
    });
  };

  const askAgain = () => {
    setRefused(false);
    void requestHostAccess().then((granted) => {
      setAccess(granted);
      setRefused(!granted);
    });
  };

  return (
    <Section id="privacy" title={t('sectionPrivacy')} intro={t('privacyIntro')}>
      <RadioGroup<Mode>
        name="privacy-mode"
        legend={t('privacyWhen')}
        value={props.privacyMode ? 'privacy' : 'automatic'}
        onChange={choose}
        choices={[
          {
            value: 'automatic',
            label: t('privacyEveryPage'),
            hint: t('privacyEveryPageHint'),
          },
          {
            value: 'privacy',
            label: t('privacyMode'),
            hint: t('privacyModeHint'),
          },
        ]}
      />
      <p class="permission-state" role="status" data-access={access === null ? 'unknown' : String(access)}>
        {permissionText(props.privacyMode, access, optional, firefox)}
      </p>
      {refused && (
        <p class="field-message error" role="alert">
          {t('privacyRefused')}
        </p>
      )}
      {!props.privacyMode && access === false && (
        <button type="button" onClick={askAgain}>
          {t('allowAllSites')}
        </button>
      )}
      {props.privacyMode && access === true && !optional && !firefox && (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` })}
        >
          {t('openDetailsInChrome')}
        </button>
      )}
    </Section>
  );
}

function permissionText(
  privacyMode: boolean,
  access: boolean | null,
  optional: boolean,
  firefox: boolean,
): string {
  if (access === null) return t('permissionChecking');
  if (!privacyMode && access) return t('permissionAll');
  if (!privacyMode && !access) {
    return t('permissionMissing');
  }
  if (!access) return t('permissionNone');
  if (optional || firefox) return t('permissionReleasing');
  return t('permissionChromeKeeps');
}
