import type { FrameMentions, HandlersOf, ToFrame } from '../../utils/messages';
import type { CardHandle } from './card-loader';
import type { NavigationHandlers } from './card/mention-navigation';

/**
 * How long a request waits for the card script before answering as if the frame had no mention: within
 * the popup's own wait for the frames' answers.
 */
const CARD_SCRIPT_WAIT_MS = 1200;

/**
 * The popup's and the keyboard commands' requests about this frame's mentions. A frame without a
 * mention answers at once; one with mentions passes them to the card script (card/mention-navigation.ts),
 * which the first mention brought, so the every-page script carries no listing code.
 */
export function navigationRequests(
  count: () => number,
  card: Pick<CardHandle, 'navigation'>,
): HandlersOf<ToFrame, 'ping' | 'mentions:list' | 'mentions:reveal' | 'mentions:step'> {
  const empty = (): FrameMentions => ({
    frameId: -1,
    url: location.href,
    count: 0,
    mentions: [],
    framePath: [],
  });
  const viaCard = <T>(ask: (answer: NavigationHandlers) => T | Promise<T> | undefined, none: T): Promise<T> =>
    new Promise<T>((resolve) => {
      const timer = setTimeout(() => resolve(none), CARD_SCRIPT_WAIT_MS);
      // A card script that fails to answer still ends the request (the sender would wait forever).
      card
        .navigation()
        .then(ask)
        .then(
          (answer) => resolve(answer ?? none),
          () => resolve(none),
        )
        .finally(() => clearTimeout(timer));
    });
  return {
    ping: () => true,
    'mentions:list': (message, sender) =>
      count() === 0 ? empty() : viaCard((answer) => answer['mentions:list'](message, sender), empty()),
    'mentions:reveal': (message, sender) =>
      count() === 0 ? false : viaCard((answer) => answer['mentions:reveal'](message, sender), false),
    'mentions:step': (message, sender) =>
      count() === 0 ? false : viaCard((answer) => answer['mentions:step'](message, sender), false),
  };
}
