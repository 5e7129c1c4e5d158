import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readableShortcut as readable } from '../../core/shortcut-keys';
import { isFirefox } from '../../utils/host-access';
import { Section } from './controls';
import { t, tParts } from '../../utils/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The browser's own commands get plain names. */
const NAMES: Record<string, () => string> = {
  _execute_action: () => t('commandOpenPopup'),
  _execute_browser_action: () => t('commandOpenPopup'),
};

export const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const firefox = isFirefox();

  useEffect(() => {
    let live = true;
    const read = async () => {
      try {
        const commands = (await browser.commands.getAll()) as Array<{
          name?: string;
          description?: string;
          shortcut?: string;
        }>;
        if (!live) return;
        setShortcuts(
          commands
            .filter((c) => c.name)
            .map((c) => ({
              name: c.name!,
              description: NAMES[c.name!]?.() ?? c.description ?? c.name!,
              shortcut: c.shortcut ?? '',
            })),
        );
      } catch {
        if (live) setShortcuts([]);
      }
    };
    void read();
    // Shortcuts are changed on the browser's own page: read them again when the reader comes back.
    const onVisible = () => document.visibilityState === 'visible' && void read();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  return (
    <Section id="shortcuts" title={t('sectionShortcuts')}>
      {shortcuts === null ? (
        <p>{t('readingShortcuts')}</p>
      ) : shortcuts.length === 0 ? (
        <p>{t('noShortcuts')}</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcutAction')}</th>
              <th scope="col">{t('shortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.description}</td>
                <td>
                  {s.shortcut ? (
                    <kbd>{readable(s.shortcut)}</kbd>
                  ) : (
                    <span class="muted">{t('shortcutNotSet')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {firefox ? (
        <p class="hint">
          {tParts(
            'shortcutsFirefox',
            <strong>{t('firefoxAddonsMenu')}</strong>,
            <code>about:addons</code>,
            <span aria-hidden="true">⚙</span>,
            <strong>{t('firefoxManageShortcuts')}</strong>,
          )}
        </p>
      ) : (
        <p class="hint">
          {t('shortcutsChrome')}{' '}
          <a
            href={CHROME_SHORTCUTS_PAGE}
            onClick={(e) => {
              // Pages cannot follow links to chrome:// addresses; the extension can open the tab.
              e.preventDefault();
              void browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
            }}
          >
            {t('openPage', CHROME_SHORTCUTS_PAGE)}
          </a>
          .
        </p>
      )}
    </Section>
  );
}
