import type { FoundMention } from '../../core/page-scanner';
import type { Settings } from '../../core/settings';
import { sendToBackground } from '../../utils/messages';
import type { CardController, CardSources } from './card/controller';
import type { NavigationHandlers } from './card/mention-navigation';

/** What the card script (entrypoints/card.ts) finds in this frame's content-script world. */
export interface CardBridge {
  signal: AbortSignal;
  sources: CardSources;
  /** the card script hands its controller over, and its answers to the popup and the keyboard commands */
  attach(card: CardController, navigation: NavigationHandlers): void;
}

/** The global the card script reads: both scripts run in the same isolated world of the frame. */
export const CARD_BRIDGE = '__factContextCard';

/** What highlighting.ts asks of the card, whether or not the card script is here yet. */
export interface CardHandle {
  refresh(): void;
  setSettings(settings: Settings): void;
  reveal(mention: FoundMention, byKeyboard: boolean): void;
  close(): void;
  /** the card script's answers to the popup and the commands, once it is here (it is asked for) */
  navigation(): Promise<NavigationHandlers>;
}

/**
 * The card's stand-in on every page. The card, its styles and Preact are in their own script, which
 * the background injects into a frame only when the frame finds its first mention (the same request
 * gives the frame its highlight colours), so pages without a mention never parse them. Calls made
 * before the card arrives are kept: the latest settings, and a mention to reveal.
 */
export function createCardHandle(signal: AbortSignal, sources: CardSources): CardHandle {
  let card: CardController | null = null;
  let requested = false;
  let settings: Settings | null = null;
  let pendingReveal: [FoundMention, boolean] | null = null;
  let navigationReady: (handlers: NavigationHandlers) => void = () => undefined;
  const navigation = new Promise<NavigationHandlers>((resolve) => (navigationReady = resolve));

  const bridge: CardBridge = {
    signal,
    sources,
    attach(controller, handlers) {
      card = controller;
      navigationReady(handlers);
      if (settings) card.setSettings(settings);
      card.refresh();
      if (pendingReveal) card.reveal(...pendingReveal);
      pendingReveal = null;
    },
  };
  (globalThis as Record<string, unknown>)[CARD_BRIDGE] = bridge;

  const load = () => {
    if (requested || signal.aborted) return;
    requested = true;
    // Refused (a frame the browser lets no script into) or unanswered (the worker was starting, the
    // extension reloading): ask again at the next change.
    sendToBackground({ type: 'mentions:first' }).then(
      (given) => {
        if (given !== true) requested = false;
      },
      () => {
        requested = false;
      },
    );
  };

  return {
    refresh() {
      if (card) card.refresh();
      else if (sources.mentions().length > 0) load();
    },
    setSettings(next) {
      settings = next;
      card?.setSettings(next);
    },
    reveal(mention, byKeyboard) {
      if (card) return card.reveal(mention, byKeyboard);
      pendingReveal = [mention, byKeyboard];
      load();
    },
    close() {
      card?.close(false);
    },
    navigation() {
      if (!card) load();
      return navigation;
    },
  };
}
