import { ccsviTermSet } from '../../data/ccsvi/terms';
import { highlightApiOf, MentionHighlights } from '../../core/highlights';
import { createToneOf } from '../../core/page-background';
import { createMatcher } from '../../core/matcher';
import { PageScanner } from '../../core/page-scanner';
import { createAfterRender, createYieldToPage } from '../../core/scheduler';
import { isActiveOn, type Settings } from '../../core/settings';
import { readSettings, watchStoredSettings } from '../../utils/settings-reader';
import { listen, ON_DEMAND_FLAG, type ToFrame } from '../../utils/messages';
import { createCardHandle } from './card-loader';
import { startFrameCardRelay } from './frame-card-relay';
import { navigationRequests } from './navigation-requests';
import { startMentionReporting } from './mention-reporting';

function matcherFor(settings: Settings) {
  const terms = ccsviTermSet.terms.filter((t) => settings.languages.includes(t.lang));
  return createMatcher({ ...ccsviTermSet, terms });
}

/** A running scan of this frame, with what it was started with. */
interface Session {
  scanner: PageScanner;
  highlights: MentionHighlights;
  stop: AbortController;
  settings: Settings;
}

function startSession(
  settings: Settings,
  onCount: (count: number) => void,
  isHidden?: (text: string) => boolean,
): Session {
  const highlights = new MentionHighlights(
    highlightApiOf(window),
    settings.highlightStyle,
    createToneOf(window),
  );
  const scanner = new PageScanner(document, {
    matcher: matcherFor(settings),
    highlights,
    maxHighlighted: settings.maxHighlights,
    highlightScope: settings.highlightScope,
    yieldToPage: createYieldToPage(window),
    afterRender: createAfterRender(window),
    onChange: (s) => onCount(s.count),
    hides: isHidden,
  });
  void scanner.start();
  return { scanner, highlights, stop: new AbortController(), settings };
}

function stopSession(session: Session): void {
  session.stop.abort();
  session.scanner.stop();
  session.highlights.dispose();
}

/**
 * Finds and highlights mentions in this frame, following the reader's settings live: turning the
 * extension off, a site rule, a new style or new languages apply without reloading the page.
 */
export async function startHighlighting(signal: AbortSignal): Promise<void> {
  if (document.designMode === 'on') return;
  const reporter = startMentionReporting(signal);
  let session: Session | null = null;
  const current = () => session?.scanner ?? null;
  const relay = startFrameCardRelay(signal, () => card.close());
  // "Not about CCSVI?": the card script (injected at the first mention) reads them; applied to later scans too.
  let isHidden: ((text: string) => boolean) | undefined;
  const card = createCardHandle(signal, {
    mentions: () => session?.scanner.mentions() ?? [],
    setHidden: (next) => {
      isHidden = next;
      session?.scanner.setHidden(next);
    },
    highlights: () => session?.highlights ?? null,
    onOpenChange: (open) => relay.cardOpen(open),
  });

  // In privacy mode the page is read only when the reader asks (toolbar button): the on-demand
  // injection sets this flag first, or a script already here is told so by message.
  let requested = (globalThis as { [ON_DEMAND_FLAG]?: boolean })[ON_DEMAND_FLAG] === true;
  let latest: Settings | null = null;
  const apply = (settings: Settings) => {
    if (signal.aborted) return;
    latest = settings;
    card.setSettings(settings);
    // With every language switched off there is nothing to find.
    const active =
      isActiveOn(settings, location.hostname) &&
      settings.languages.length > 0 &&
      (!settings.privacyMode || requested);
    if (!active) {
      if (session) stopSession(session);
      session = null;
      reporter.report(0);
      card.refresh();
      return;
    }
    if (!session) {
      session = startSession(
        settings,
        (count) => {
          reporter.report(count);
          card.refresh();
        },
        isHidden,
      );
      return;
    }
    const before = session.settings;
    session.settings = settings;
    if (before.highlightStyle !== settings.highlightStyle)
      session.highlights.setStyle(settings.highlightStyle);
    if (
      before.maxHighlights !== settings.maxHighlights ||
      before.highlightScope !== settings.highlightScope
    ) {
      session.scanner.setHighlightPolicy(settings.maxHighlights, settings.highlightScope);
    }
    if (before.languages.join() !== settings.languages.join())
      void session.scanner.setMatcher(matcherFor(settings));
  };

  // This frame's one listener (the page-context script, once injected, answers `page:context` itself).
  listen<ToFrame>(
    {
      ...navigationRequests(() => current()?.mentions().length ?? 0, card),
      ...relay.handlers,
      'scan:on-demand': () => {
        requested = true;
        if (latest) apply(latest);
        return true;
      },
    },
    signal,
  );

  apply(await readSettings());
  const unwatch = watchStoredSettings(apply);
  signal.addEventListener('abort', () => {
    unwatch();
    if (session) stopSession(session);
  });
}
