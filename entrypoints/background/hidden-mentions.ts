import { checkHideRequest } from '../../core/hidden-mentions';
import type { HandlersOf, ToExtension } from '../../utils/messages';
import { setMentionHidden } from '../../utils/hidden-mentions-store';

/** "Not about CCSVI?" from a card: the background writes the list; content scripts only read it. */
export function startHiddenMentions(): HandlersOf<ToExtension, 'mentions:hide'> {
  return {
    'mentions:hide': (message) => {
      const change = checkHideRequest(message);
      if (!change) return Promise.resolve({ ok: false });
      return setMentionHidden(change).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    },
  };
}
