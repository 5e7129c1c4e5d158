import { render as renderInto } from 'preact';
import { Card } from '../../../components/card/Card';
import type { CardAction, CardView, RemoteCardEvent } from '../../../components/card/remote-types';
import { anyInViewport } from '../../../core/card-position';
import type { MentionHighlights } from '../../../core/highlights';
import {
  domProbe,
  isEmptyRect,
  mentionAt,
  MentionIndex,
  type HitProbe,
  type RectLike,
} from '../../../core/hit-test';
import { HoverIntent } from '../../../core/hover-intent';
import type { FoundMention } from '../../../core/page-scanner';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { pageKey } from '../../../core/hidden-mentions';
import { checkSitePattern } from '../../../core/site-patterns';
import { ccsviTermSet } from '../../../data/ccsvi/terms';
import { t, uiLanguage } from '../../../utils/i18n';
import { pageContextState } from '../../../utils/messages';
import { cardContentLoader } from './card-content-loader';
import { contentScriptServices, type CardServices } from './card-services';
import { cardHostOf, type CardHost } from './host';
import { placeCardFrame, viewportOf } from './placement';
import { trackPointer, type PointerAt, type PointerTracking } from './pointer-tracking';
import { topFrameDrawing } from './top-frame-drawing';

/** The running scan of this frame, as it is now (it changes when settings change). */
export interface CardSources {
  mentions(): readonly FoundMention[];
  highlights(): MentionHighlights | null;
  /** the card opened or closed (a frame below the top one tells the top frame, which relays Escape) */
  onOpenChange?(open: boolean): void;
  /** the mentions the reader hid on this page ("Not about CCSVI?"), read by the card script */
  setHidden?(isHidden: (text: string) => boolean): void;
}

interface OpenCard {
  mention: FoundMention;
  /** opened by keyboard, click, tap or the popup, or touched since: pointer movements do not close it */
  pinned: boolean;
  /** which of the mention's line boxes the card lines up with */
  lineIndex: number;
  direction: 'ltr' | 'rtl';
  /** where focus goes back to on Escape (when the card took focus) */
  restoreFocus: HTMLElement | null;
}

export interface OpenOptions {
  pinned: boolean;
  /** move keyboard focus into the card */
  focus: boolean;
  /** the line box under the pointer */
  lineUp?: RectLike | null;
}

/** Terms that name the treatment rather than the idea: the card says which it is about. */
const PROCEDURE_TERMS: ReadonlySet<string> = new Set(
  ccsviTermSet.terms.filter((t) => t.kind === 'procedure').map((t) => t.id),
);

const INTERACTIVE =
  'a[href], button, label, summary, select, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';

function sameRect(a: RectLike, b: RectLike): boolean {
  return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}

function visibleRects(mention: FoundMention): RectLike[] {
  return Array.from(mention.range.getClientRects()).filter((r) => !isEmptyRect(r));
}

function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && 'focus' in el ? (el as HTMLElement) : null;
}

/** The card of one frame, as highlighting.ts drives it. */
export interface CardController {
  /** The mentions changed (or the scan stopped): listen or stop listening, drop a card whose mention went. */
  refresh(): void;
  setSettings(settings: Settings): void;
  /** From the popup's list or the keyboard commands (the page scrolls to it): open its card. */
  reveal(mention: FoundMention, byKeyboard: boolean): void;
  openFor(mention: FoundMention, options: OpenOptions): void;
  /**
   * The reader closes the card (Escape, say); `restoreFocus` puts focus back where it was before the card
   * took it. Hovering the same term on this page no longer opens it; a click or the keyboard still does.
   */
  close(restoreFocus: boolean): void;
  /** Closes the card without the reader's say (another card takes its place): its term still opens on hover. */
  hide(): void;
  readonly isOpen: boolean;
  /** the host name "Don't highlight on this site" adds; null where there is none (about:blank) */
  readonly site: string | null;
  /** What the reader did on this frame's card where the top frame draws it; false when no card is open. */
  remoteEvent(event: RemoteCardEvent): boolean;
}

/**
 * The hover card of one frame: finds the mention under the pointer, opens, places, follows and
 * closes the card, and runs its actions. Listens to the page only while it has mentions (and to
 * scrolling and keys only while a card is open). The card itself is created on first use.
 * Its parts: pointer-tracking (the pointer over the page), card-content-loader and card-services (the
 * calls to the background), top-frame-drawing (a frame's card drawn by the top page), placement.
 * (Closures rather than a class: local names minify, property names do not.)
 */
export function startCard(
  signal: AbortSignal,
  sources: CardSources,
  services: CardServices = contentScriptServices,
  win: Window = window,
): CardController {
  const doc = win.document;
  let settings: Settings = DEFAULT_SETTINGS;
  let index = new MentionIndex<FoundMention>([]);
  let pointer: PointerTracking | null = null;
  let openListeners: AbortController | null = null;
  let current: OpenCard | null = null;
  let ui: CardHost | null = null;
  let siteOff = false;
  /** after "Not about CCSVI?": 'hidden', then 'restoring' after Undo until the mention is found again */
  let notAbout: 'hidden' | 'restoring' | null = null;
  /** terms (per page address) whose card the reader closed: hovering them does not open it again */
  const closedTerms = new Set<string>();
  const termKey = (mention: FoundMention) => `${pageKey(win.location.href)}\n${mention.termId}`;
  let notice: string | null = null;
  let positionFrame = 0;
  let hoverRect: RectLike | null = null;
  const hostname = win.location.hostname;
  const site = hostname && checkSitePattern(hostname).ok ? hostname : null;
  const probe: HitProbe = domProbe(doc, () => index.shadowRoots);
  const inCard = (event: Event) => ui?.contains(event) ?? false;
  const hitAt = (x: number, y: number) => mentionAt(x, y, index, probe);
  const frame = (callback: () => void) => win.requestAnimationFrame(callback);
  const remote = topFrameDrawing(
    win,
    signal,
    services.drawInTop && ((token, opening, card) => services.drawInTop!(token, opening, card)),
  );
  /** the next card sent to the top frame takes keyboard focus */
  let remoteFocus = false;
  const loader = cardContentLoader(
    (request) => services.loadContent(request),
    () => {
      if (current) render();
    },
  );

  const intent = new HoverIntent<FoundMention>({
    openDelay: () => settings.hoverDelayMs,
    onOpen: (mention) => show(mention, { pinned: false, focus: false, lineUp: hoverRect }),
    onClose: () => close(false),
  });

  // ---- listening -------------------------------------------------------------------------------

  const attach = () => {
    pointer ??= trackPointer(win, {
      hover: settings.openCardOn === 'hover',
      inCard,
      onPointer,
      onClick,
    });
  };

  const detach = () => {
    pointer?.stop();
    pointer = null;
    if (current && !current.pinned) close(false);
    intent.reset();
  };

  const listenWhileOpen = () => {
    if (openListeners) return;
    openListeners = new AbortController();
    const passive = { capture: true, passive: true, signal: openListeners.signal };
    doc.addEventListener('scroll', schedulePosition, passive);
    win.addEventListener('resize', schedulePosition, passive);
    win.addEventListener('pointerdown', onPointerDownWhileOpen, passive);
    win.addEventListener('keydown', onKeyDown, { capture: true, signal: openListeners.signal });
    win.addEventListener('focusin', onFocusIn, passive);
  };

  const onPointer = (at: PointerAt) => {
    if (current?.pinned) return;
    if (at.onCard) {
      if (current) intent.overCard();
      return;
    }
    let hit = at.x < 0 ? null : hitAt(at.x, at.y);
    // A term whose card the reader closed is left alone by the pointer (a click still opens it).
    if (hit && hit.mention !== current?.mention && closedTerms.has(termKey(hit.mention))) hit = null;
    hoverRect = hit?.rect ?? null;
    intent.over(hit?.mention ?? null);
  };

  const onClick = (x: number, y: number, byTouch: boolean) => {
    const hit = hitAt(x, y);
    // A mention inside the page's own link or button: the page's action wins.
    if (!hit || hit.mention.startNode.parentElement?.closest(INTERACTIVE)) return;
    if (settings.openCardOn === 'click' && !byTouch && current?.mention === hit.mention && current.pinned) {
      close(false);
      return;
    }
    openFor(hit.mention, { pinned: true, focus: false, lineUp: hit.rect });
  };

  const onPointerDownWhileOpen = (event: PointerEvent) => {
    if (!current) return;
    if (inCard(event)) {
      // Touching the card (to select, scroll or click) keeps it until it is dismissed.
      current.pinned = true;
      intent.reset();
      return;
    }
    if (hitAt(event.clientX, event.clientY)?.mention !== current.mention) dismiss(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Inside the card, the card handles Escape itself.
    if (event.key !== 'Escape' || event.isComposing || !current || inCard(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    dismiss(true);
  };

  const onFocusIn = (event: FocusEvent) => {
    if (!inCard(event)) close(false);
  };

  // ---- showing ---------------------------------------------------------------------------------

  const focusInCard = () => ui !== null && ui.shadow.activeElement !== null;

  const show = (mention: FoundMention, options: OpenOptions) => {
    if (signal.aborted) return;
    const previous = current;
    // A card the top page draws puts focus back there itself (remote-cards.tsx).
    const restoreFocus = remote.active
      ? null
      : options.focus && !focusInCard()
        ? deepActiveElement(doc)
        : (previous?.restoreFocus ?? null);
    const rects = visibleRects(mention);
    const lineUp = options.lineUp;
    const lineIndex = lineUp
      ? Math.max(
          0,
          rects.findIndex((r) => sameRect(r, lineUp)),
        )
      : 0;
    const element = mention.startNode.parentElement;
    const direction = element && win.getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
    if (previous?.mention !== mention) {
      siteOff = false;
      notAbout = null;
      notice = null;
    }
    const pinned = options.pinned || (previous?.mention === mention && previous.pinned);
    current = { mention, pinned, lineIndex, direction, restoreFocus };
    sources.highlights()?.setActive(mention.range);
    sources.onOpenChange?.(true);
    loader.want(mention);
    remoteFocus = options.focus;
    render();
    listenWhileOpen();
    if (options.focus) ui?.frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  };

  const openFor = (mention: FoundMention, options: OpenOptions) => {
    intent.reset();
    show(mention, options);
  };

  const close = (restoreFocus: boolean) => {
    const closing = current;
    if (!closing) return;
    current = null;
    siteOff = false;
    notAbout = null;
    notice = null;
    intent.reset();
    openListeners?.abort();
    openListeners = null;
    if (positionFrame) win.cancelAnimationFrame(positionFrame);
    positionFrame = 0;
    sources.highlights()?.setActive(null);
    sources.onOpenChange?.(false);
    remote.closed();
    if (!ui) return;
    const hadFocus = focusInCard();
    renderInto(null, ui.frame);
    ui.frame.removeAttribute('data-open');
    ui.hide();
    if (restoreFocus && closing.restoreFocus?.isConnected)
      closing.restoreFocus.focus({ preventScroll: true });
    else if (hadFocus) (doc.activeElement as HTMLElement | null)?.blur?.();
  };

  /** The reader closed the card. */
  const dismiss = (restoreFocus: boolean) => {
    if (current) closedTerms.add(termKey(current.mention));
    close(restoreFocus);
  };

  const say = (text: string) => {
    notice = text;
    render();
  };

  const runAction = (action: Promise<unknown>) => {
    action.then(
      () => close(false),
      () => say(t('actionFailed')),
    );
  };

  const setSiteOff = (off: boolean) => {
    if (!site || !current) return;
    current.pinned = true;
    // Set before saving: the scan stops (and tells the card) before the save resolves.
    siteOff = off;
    services.setSiteOff(site, off).then(
      () => {
        if (!off) {
          // Highlighting starts again (a new scan, new mentions): this card's work is done.
          close(true);
          return;
        }
        notice = null;
        render();
        // The button that had focus is gone: focus the undo button in its place.
        ui?.shadow.querySelector<HTMLElement>('.status .btn')?.focus({ preventScroll: true });
      },
      (error: unknown) => {
        // The settings store's own errors are written for readers (a list too long to save, say).
        const readable =
          error instanceof Error && /^(InvalidSetting|SettingsTooLarge)Error$/.test(error.name);
        siteOff = !off;
        say(readable ? error.message : t('settingFailed'));
      },
    );
  };

  /** "Not about CCSVI?" (hide) and its Undo: the card stays, as a short confirmation, until closed. */
  const setNotAbout = (hide: boolean) => {
    if (!current) return;
    const mention = current.mention;
    current.pinned = true;
    // Set before saving: the mention leaves the list (and the card hears of it) before the save resolves.
    notAbout = hide ? 'hidden' : 'restoring';
    notice = null;
    if (hide) sources.highlights()?.setActive(null);
    services.setHidden(win.location.href, mention.text, hide).then(
      () => {
        if (!current) return;
        render();
        // The button that had focus is gone: focus the one in its place.
        ui?.shadow
          .querySelector<HTMLElement>(hide ? '.status .btn' : '.notabout')
          ?.focus({ preventScroll: true });
      },
      () => {
        notAbout = hide ? null : 'hidden';
        say(t('actionFailed'));
      },
    );
    render();
  };

  /** The open card's mention, or before any opens the first one (its content is asked for early). */
  const cardMention = () => current?.mention ?? sources.mentions()[0];

  const retry = () => {
    loader.retry(cardMention());
    render();
  };

  /** What the reader does on the card, wherever it is drawn. */
  const act = (action: CardAction) => {
    if (action === 'close') dismiss(true);
    else if (action === 'full-view') runAction(services.openFullView(loader.content?.lang));
    else if (action === 'never-on-site' || action === 'undo-never-on-site')
      setSiteOff(action === 'never-on-site');
    else if (action === 'not-about' || action === 'undo-not-about') setNotAbout(action === 'not-about');
    else retry();
  };

  const viewOf = (mention: FoundMention): CardView => ({
    content: loader.content,
    loadState: loader.state,
    theme: settings.theme,
    site,
    siteOff,
    notice,
    subject: PROCEDURE_TERMS.has(mention.termId) ? 'procedure' : 'condition',
    notAboutHidden: notAbout === 'hidden',
    notAboutText: mention.text,
    pageDate: pageContextState()?.report?.date,
    status: {
      lang: uiLanguage(),
      loading: t('cardLoading'),
      loadFailed: t('cardLoadFailed'),
      tryAgain: t('tryAgain'),
    },
    actions: ['not-about', 'undo-not-about', 'retry'],
  });

  const render = () => {
    if (!current) return;
    // Another mention may be in another language: its own content.
    if (loader.state === 'ready') loader.want(current.mention);
    if (remote.active) return position();
    ui ??= cardHostOf(doc);
    ui.show();
    const { actions: _offered, ...view } = viewOf(current.mention);
    renderInto(
      <Card
        {...view}
        onClose={() => act('close')}
        onFullView={() => act('full-view')}
        onNeverOnSite={() => act('never-on-site')}
        onUndoNeverOnSite={() => act('undo-never-on-site')}
        onNotAbout={() => act('not-about')}
        onUndoNotAbout={() => act('undo-not-about')}
        onRetry={retry}
      />,
      ui.frame,
    );
    ui.frame.setAttribute('data-open', '');
    position();
  };

  /** Sends the open card to the top frame to draw; if it cannot, this frame draws its cards from now on. */
  const sendRemote = (rects: RectLike[]) => {
    if (!current) return;
    const focus = remoteFocus;
    remoteFocus = false;
    const fallBack = () => {
      if (!remote.active) return;
      remote.stop();
      if (!current) return;
      if (focus) current.restoreFocus = deepActiveElement(doc);
      render();
      if (focus) ui?.frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    };
    const card = {
      view: viewOf(current.mention),
      rects,
      lineIndex: current.lineIndex,
      direction: current.direction,
      focus,
    };
    remote.send(card).then((drawn) => drawn || fallBack(), fallBack);
  };

  // ---- placing ---------------------------------------------------------------------------------

  const schedulePosition = () => {
    if (!positionFrame) positionFrame = frame(position);
  };

  const position = () => {
    positionFrame = 0;
    if (!current || (!ui && !remote.active)) return;
    const rects = current.mention.startNode.isConnected ? visibleRects(current.mention) : [];
    const view = viewportOf(doc);
    // The mention went away, or a hover card's mention scrolled out of view.
    if ((rects.length === 0 && !siteOff && !notAbout) || (!current.pinned && !anyInViewport(rects, view))) {
      close(false);
      return;
    }
    if (remote.active) sendRemote(rects);
    else if (ui) placeCardFrame(ui.frame, rects, current.lineIndex, current.direction, view);
  };

  const dispose = () => {
    close(false);
    detach();
    ui?.remove();
    ui = null;
  };
  signal.addEventListener('abort', dispose, { once: true });

  return {
    refresh() {
      if (signal.aborted) return;
      const mentions = sources.mentions();
      index = new MentionIndex(mentions.filter((m) => m.highlighted));
      if (mentions.length > 0) {
        loader.want(cardMention());
        attach();
      } else {
        detach();
      }
      if (current && !mentions.includes(current.mention)) {
        // Found again (after Undo, or the page read again): the same place in the text.
        const { startNode, startOffset } = current.mention;
        const again = mentions.find((m) => m.startNode === startNode && m.startOffset === startOffset);
        if (again && notAbout !== 'hidden') {
          current.mention = again;
          if (notAbout === 'restoring') notAbout = null;
          sources.highlights()?.setActive(again.range);
        } else if (!siteOff && !notAbout) close(false);
      }
    },
    setSettings(next) {
      const before = settings;
      settings = next;
      if (before.openCardOn !== next.openCardOn && pointer) {
        detach();
        attach();
      }
      if (before.theme !== next.theme) render();
    },
    reveal: (mention, byKeyboard) => openFor(mention, { pinned: true, focus: byKeyboard }),
    openFor,
    close: dismiss,
    hide: () => close(false),
    get isOpen() {
      return current !== null;
    },
    site,
    remoteEvent(event) {
      if (!current) return false;
      // Without a tracker (no mentions) the open card is pinned, and the pointer cannot close it anyway.
      if (event === 'pointer-on' || event === 'pointer-off')
        pointer?.moveTo({ x: -1, y: -1, onCard: event === 'pointer-on' });
      else if (event === 'outside') dismiss(false);
      else if (event === 'gone') close(false);
      else {
        // Touching the card (to select, scroll or click) keeps it until it is dismissed, as here.
        current.pinned = true;
        intent.reset();
        if (event !== 'press') act(event);
      }
      return true;
    },
  };
}
