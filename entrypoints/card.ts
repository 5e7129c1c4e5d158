import { defineUnlistedScript } from '#imports';
import { CARD_BRIDGE, type CardBridge } from './content/card-loader';
import { startCard } from './content/card/controller';
import { startMentionNavigation } from './content/card/mention-navigation';
import { watchHiddenMentions } from './content/card/hidden-mentions';

/**
 * The hover card of one frame, injected by the background (first-mention.ts) once the frame's content
 * script has found a mention: it takes over the card handle the content script left in this world.
 */
export default defineUnlistedScript(() => {
  const bridge = (globalThis as Record<string, unknown>)[CARD_BRIDGE] as CardBridge | undefined;
  if (!bridge || bridge.signal.aborted || (bridge as { attached?: boolean }).attached) return;
  (bridge as { attached?: boolean }).attached = true;
  const card = startCard(bridge.signal, bridge.sources);
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
