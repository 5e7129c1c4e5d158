import { defineUnlistedScript } from '#imports';
import { listen, type ToFrame } from '../utils/messages';
import { CARD_BRIDGE, type CardBridge } from './content/card-loader';
import { startCard } from './content/card/controller';
import { startRemoteCards, type RemoteCards } from './content/card/remote-cards';
import { startMentionNavigation } from './content/card/mention-navigation';
import { watchHiddenMentions } from './content/card/hidden-mentions';

/**
 * The hover card of one frame, injected by the background (first-mention.ts) once the frame's content
 * script has found a mention: it takes over the card handle the content script left in this world.
 * In the top frame it also draws the cards of the frames below (injected for that when the top frame
 * has no mention of its own: frame-cards.ts).
 */
export default defineUnlistedScript(() => {
  const bridge = (globalThis as Record<string, unknown>)[CARD_BRIDGE] as CardBridge | undefined;
  if (!bridge || bridge.signal.aborted || (bridge as { attached?: boolean }).attached) return;
  (bridge as { attached?: boolean }).attached = true;
  const isTop = window === window.top;
  let remote: RemoteCards | null = null;
  const sources: typeof bridge.sources = {
    ...bridge.sources,
    // The top frame's own card and a frame's card it draws share one place: the one opening wins.
    onOpenChange(open) {
      if (open) remote?.hide();
      bridge.sources.onOpenChange?.(open);
    },
  };
  const card = startCard(bridge.signal, isTop ? sources : bridge.sources);
  if (isTop) remote = startRemoteCards(bridge.signal, () => card.hide());
  else
    listen<ToFrame>(
      {
        'card:remote-event': (message) => {
          return card.remoteEvent(message.event);
        },
      },
      bridge.signal,
    );
  const navigation = startMentionNavigation(
    bridge.signal,
    () => bridge.sources.mentions(),
    () => bridge.sources.highlights(),
    (mention, byKeyboard) => card.reveal(mention, byKeyboard),
  );
  bridge.attach(card, navigation);
  // The page has a mention (that is why this script is here): read what the reader hid on it.
  const { setHidden } = bridge.sources;
  if (setHidden) watchHiddenMentions(setHidden);
});
