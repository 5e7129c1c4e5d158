import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { SettingsNotice } from '../../core/settings-check';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** How long a change waits before it is written, when more of the same are likely (sliders, typing). */
export const TYPING_DELAY_MS = 400;

export interface SettingsEditor {
  /** null until the stored settings are read */
  settings: Settings | null;
  /** problems found in the stored settings (fields put back to their defaults), until dismissed */
  notices: SettingsNotice[];
  status: SaveStatus;
  /** Applies a change at once on screen and saves it: now, or after TYPING_DELAY_MS with `{ gradual: true }`. */
  change(patch: Partial<Settings>, options?: { gradual?: boolean }): Promise<void>;
  /** Writes pending gradual changes now (a slider let go). */
  flush(): Promise<void>;
  /** Replaces every setting (reset, import). */
  replace(settings: Settings): Promise<void>;
  setNotices(notices: SettingsNotice[]): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The options page's state: the settings as stored (and as changed elsewhere, e.g. in the popup), each
 * change saved at once through updateSettings, and a save status for the aria-live line.
 */
export function useSettings(): SettingsEditor {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<SettingsNotice[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<Partial<Settings>>({});
  // Writes not yet stored: while one is, what storage reports (or a write before it returns) is older
  // than the page, and showing it would undo the reader's latest clicks.
  const writing = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadSettings().then((checked) => {
      if (!live) return;
      setSettings((current) => current ?? checked.settings);
      setNotices(checked.notices);
    });
    // Changes from elsewhere (or our own writes coming back); a change not yet written stays on top.
    const unwatch = watchSettings((checked) => {
      if (live && writing.current === 0) setSettings({ ...checked.settings, ...pending.current });
    });
    return () => {
      live = false;
      unwatch();
      clearTimeout(timer.current);
    };
  }, []);

  const write = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return;
    setStatus({ kind: 'saving' });
    writing.current++;
    try {
      const saved = await updateSettings(patch);
      setStatus({ kind: 'saved', at: Date.now() });
      if (writing.current === 1) setSettings({ ...saved, ...pending.current });
    } catch (error) {
      setStatus({ kind: 'error', message: message(error) });
      // Show what is really stored again.
      const { settings: stored } = await loadSettings();
      setSettings({ ...stored, ...pending.current });
    } finally {
      writing.current--;
    }
  }, []);

  const change = useCallback(
    (patch: Partial<Settings>, options?: { gradual?: boolean }): Promise<void> => {
      pending.current = { ...pending.current, ...patch };
      setSettings((current) => (current ? { ...current, ...patch } : current));
      if (options?.gradual) {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void write(), TYPING_DELAY_MS);
        return Promise.resolve();
      }
      return write();
    },
    [write],
  );

  const replace = useCallback(async (next: Settings): Promise<void> => {
    clearTimeout(timer.current);
    pending.current = {};
    setSettings(next);
    setStatus({ kind: 'saving' });
    try {
      // Through the same queue as single changes, so an earlier change cannot land after this.
      await updateSettings(next);
      setStatus({ kind: 'saved', at: Date.now() });
    } catch (error) {
      setStatus({ kind: 'error', message: message(error) });
      setSettings((await loadSettings()).settings);
    }
  }, []);

  return { settings, notices, status, change, flush: write, replace, setNotices };
}
