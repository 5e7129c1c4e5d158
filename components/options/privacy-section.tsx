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
    <Section
      id="privacy"
      title="Privacy"
      intro="Choose when the extension may read the pages you visit. It looks for mentions inside your browser and never sends what it reads anywhere."
    >
      <RadioGroup<Mode>
        name="privacy-mode"
        legend="When to look for mentions"
        value={props.privacyMode ? 'privacy' : 'automatic'}
        onChange={choose}
        choices={[
          {
            value: 'automatic',
            label: 'On every page I visit',
            hint: 'The extension reads the text of every page you open, so it can highlight mentions as soon as a page loads. This needs the browser’s permission to read all sites.',
          },
          {
            value: 'privacy',
            label: 'Privacy mode: only when I click the toolbar button',
            hint: 'The extension reads nothing until you click its button in the toolbar. Then it reads only the page in that tab, until you leave it. Other pages and tabs stay unread.',
          },
        ]}
      />
      <p class="permission-state" role="status" data-access={access === null ? 'unknown' : String(access)}>
        {permissionText(props.privacyMode, access, optional, firefox)}
      </p>
      {refused && (
        <p class="field-message error" role="alert">
          The browser did not give permission to read all sites, so privacy mode stays on.
        </p>
      )}
      {!props.privacyMode && access === false && (
        <button type="button" onClick={askAgain}>
          Allow reading all sites
        </button>
      )}
      {props.privacyMode && access === true && !optional && !firefox && (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` })}
        >
          Open this extension’s details in Chrome
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
  if (access === null) return 'Checking the browser’s permission…';
  if (!privacyMode && access)
    return 'Now: the browser lets the extension read all sites, and it highlights mentions on every page.';
  if (!privacyMode && !access) {
    return 'Now: the browser has not given the extension permission to read all sites, so it works as in privacy mode until you allow it.';
  }
  if (!access)
    return 'Now: the extension holds no permission to read sites. It reads a page only after you click its toolbar button there.';
  if (optional || firefox) return 'Now: giving the permission to read all sites back to the browser…';
  return 'Now: nothing is read until you click the toolbar button. Chrome still lists the permission to read all sites, because this version of the extension cannot give it back. To remove it as well, open the extension’s details and set “Site access” to “On click”.';
}
