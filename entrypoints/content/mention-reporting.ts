import { sendToBackground } from '../../utils/messages';

/** Tells the background this frame's mention count (for the toolbar badge), only when it changes. */
export function startMentionReporting(signal: AbortSignal) {
  let reported = 0;
  return {
    report(count: number) {
      if (signal.aborted || count === reported) return;
      reported = count;
      sendToBackground({ type: 'mentions:count', count }).catch(() => {
        // The extension was reloaded or the worker is starting: the next change reports again.
      });
    },
  };
}
