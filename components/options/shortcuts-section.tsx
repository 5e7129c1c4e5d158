import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readableShortcut as readable } from '../../core/shortcut-keys';
import { isFirefox } from '../../utils/host-access';
import { Section } from './controls';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The browser's own commands get plain names. */
const NAMES: Record<string, string> = {
  _execute_action: 'Open the toolbar popup',
  _execute_browser_action: 'Open the toolbar popup',
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
              description: NAMES[c.name!] ?? c.description ?? c.name!,
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
    <Section id="shortcuts" title="Keyboard shortcuts">
      {shortcuts === null ? (
        <p>Reading the shortcuts…</p>
      ) : shortcuts.length === 0 ? (
        <p>This browser reports no keyboard shortcuts for the extension.</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{readable(s.shortcut)}</kbd> : <span class="muted">Not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {firefox ? (
        <p class="hint">
          To change them in Firefox: open the menu, choose <strong>Add-ons and themes</strong> (or type{' '}
          <code>about:addons</code> in the address bar), click the gear button{' '}
          <span aria-hidden="true">⚙</span> and choose <strong>Manage Extension Shortcuts</strong>. Extensions
          cannot open that page themselves.
        </p>
      ) : (
        <p class="hint">
          Change them on the browser’s shortcuts page:{' '}
          <a
            href={CHROME_SHORTCUTS_PAGE}
            onClick={(e) => {
              // Pages cannot follow links to chrome:// addresses; the extension can open the tab.
              e.preventDefault();
              void browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
            }}
          >
            open {CHROME_SHORTCUTS_PAGE}
          </a>
          .
        </p>
      )}
    </Section>
  );
}
