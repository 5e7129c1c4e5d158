import { sendToBackground } from '../../utils/messages';

/**
 * Tells the background this frame's mention count (for the toolbar badge), only when it changes, and asks
 * once for the highlight colours when the first mention is found: pages without one get no stylesheet.
 */
export function startMentionReporting(signal: AbortSignal) {
  let reported = 0;
  let styled = false;
  return {
    report(count: number) {
      if (signal.aborted || count === reported) return;
      reported = count;
      if (count > 0 && !styled) {
        styled = true;
        sendToBackground({ type: 'highlights:style' }).catch(() => {
          styled = false;
        });
      }
      sendToBackground({ type: 'mentions:count', count }).catch(() => {
        // The extension was reloaded or the worker is starting: the next change reports again.
      });
    },
  };
}
