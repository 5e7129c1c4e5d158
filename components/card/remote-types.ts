/**
 * A frame's card drawn by the top frame: a frame's own box would clip it. The frame keeps the card's
 * state and decides (entrypoints/content/card/controller.tsx); the top frame draws what it is sent
 * and sends back what the reader does (entrypoints/content/card/remote-cards.tsx).
 */
import type { RectLike } from '../../core/hit-test';
import type { CardProps } from './Card';

/** What the reader can do on the card, as the top frame reports it to the frame. */
export type CardAction =
  'close' | 'full-view' | 'never-on-site' | 'undo-never-on-site' | 'not-about' | 'undo-not-about' | 'retry';

/** The card's props without its callbacks; `actions`: those of the optional ones it offers. */
export type CardView = Omit<
  CardProps,
  | 'onClose'
  | 'onFullView'
  | 'onNeverOnSite'
  | 'onUndoNeverOnSite'
  | 'onNotAbout'
  | 'onUndoNotAbout'
  | 'onRetry'
> & { actions: CardAction[] };

export interface RemoteCard {
  view: CardView;
  /** the mention's line boxes, in the frame's viewport */
  rects: RectLike[];
  /** the line box the card lines up with */
  lineIndex: number;
  direction: 'ltr' | 'rtl';
  /** move keyboard focus into the card */
  focus: boolean;
}

/**
 * What happens on the top frame's drawing of a frame's card: an action, the pointer entering or
 * leaving it, a press on it (it stays until dismissed) or outside it, or the card gone (another
 * frame's took its place, or its frame left the page).
 */
export type RemoteCardEvent = CardAction | 'pointer-on' | 'pointer-off' | 'press' | 'outside' | 'gone';
