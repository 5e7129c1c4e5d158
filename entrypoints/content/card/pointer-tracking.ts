/** Where the pointer is: over the page at (x, y), on the card, or out of the window (x and y -1). */
export interface PointerAt {
  x: number;
  y: number;
  onCard: boolean;
}

export interface PointerTracking {
  /** A position from elsewhere (the top frame, over the card it draws for this one), handled like a move. */
  moveTo(at: PointerAt): void;
  stop(): void;
}

/**
 * The pointer over a page with mentions: its moves over the page (only when the card opens on hover)
 * and the positions given to `moveTo` reach `onPointer` at most once per animation frame, the latest
 * one; clicks at a point reach `onClick`, except
 * on the card, with a button other than the main one, made from the keyboard, or ending a selection.
 */
export function trackPointer(
  win: Window,
  options: {
    hover: boolean;
    inCard(event: Event): boolean;
    onPointer(at: PointerAt): void;
    /** `byTouch`: the last pointer pressed was a finger */
    onClick(x: number, y: number, byTouch: boolean): void;
  },
): PointerTracking {
  const listening = new AbortController();
  let at: PointerAt | null = null;
  let frame = 0;
  let lastPointerType = 'mouse';

  const moveTo = (next: PointerAt) => {
    at = next;
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      if (at) options.onPointer(at);
    });
  };

  const passive = { capture: true, passive: true, signal: listening.signal };
  if (options.hover) {
    win.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType !== 'touch')
          moveTo({ x: event.clientX, y: event.clientY, onCard: options.inCard(event) });
      },
      passive,
    );
    win.addEventListener(
      'pointerout',
      (event) => {
        // Out of the window (or into a frame): the pointer is on nothing of ours.
        if (event.relatedTarget === null && event.pointerType !== 'touch')
          moveTo({ x: -1, y: -1, onCard: false });
      },
      passive,
    );
  }
  win.addEventListener(
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType || 'mouse';
    },
    passive,
  );
  win.addEventListener(
    'click',
    (event) => {
      // detail 0: a click made with the keyboard (Enter on a link), not at a point.
      if (event.button !== 0 || event.detail === 0 || options.inCard(event)) return;
      const selection = win.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
      options.onClick(event.clientX, event.clientY, lastPointerType === 'touch');
    },
    passive,
  );

  return {
    moveTo,
    stop() {
      listening.abort();
      at = null;
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
