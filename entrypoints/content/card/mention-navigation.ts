import type { MentionHighlights } from '../../../core/highlights';
import { languageAt } from '../../../core/mention-language';
import { snippetAround } from '../../../core/mention-snippet';
import { ccsviTermSet } from '../../../data/ccsvi/terms';
import type { FoundMention } from '../../../core/page-scanner';
import type { HandlersOf, MentionSummary, ToFrame } from '../../../utils/messages';

const FLASH_MS = 1600;
const TERM_LANG = new Map<string, string>(ccsviTermSet.terms.map((t) => [t.id, t.lang]));

function summarise(mention: FoundMention): MentionSummary {
  const block = mention.block.textContent ?? '';
  // Locate the mention inside its block's text by counting the text before its first node.
  let offset = 0;
  const walker = document.createTreeWalker(mention.block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== mention.startNode; node = walker.nextNode())
    offset += (node as Text).data.length;
  const start = offset + mention.startOffset;
  const end = start + mention.range.toString().length;
  return {
    id: mention.id,
    termId: mention.termId,
    text: mention.range.toString(),
    highlighted: mention.highlighted,
    lang: languageAt(mention.startNode, TERM_LANG.get(mention.termId) ?? 'en'),
    ...snippetAround(block, start, end),
  };
}

/** This frame's index among its parent's child frames at each level from the top ([] in the top frame). */
function framePath(win: Window): number[] {
  const path: number[] = [];
  for (let w = win; w !== w.parent; w = w.parent) {
    const siblings = w.parent.frames;
    let index = -1;
    for (let i = 0; i < siblings.length; i++) if (siblings[i] === w) index = i;
    path.unshift(index);
  }
  return path;
}

/** For each mention, how many of this document's child frames come before it (the frames' order is window.frames order). */
function frameSlots(mentions: readonly FoundMention[]): number[] {
  const frames = Array.from(document.querySelectorAll('iframe, frame'));
  if (frames.length === 0) return mentions.map(() => 0);
  return mentions.map(
    (m) =>
      frames.filter((f) => f.compareDocumentPosition(m.startNode) & Node.DOCUMENT_POSITION_FOLLOWING).length,
  );
}

export type NavigationHandlers = HandlersOf<ToFrame, 'mentions:list' | 'mentions:reveal' | 'mentions:step'>;

/**
 * Answers for the popup (list, reveal) and the keyboard commands (next, previous), in the card script:
 * a frame has something to list only once it has a mention, and then the card script is here.
 */
export function startMentionNavigation(
  signal: AbortSignal,
  mentions: () => readonly FoundMention[],
  highlights: () => MentionHighlights | null,
  onReveal?: (mention: FoundMention, byKeyboard: boolean) => void,
): NavigationHandlers {
  let currentIndex = -1;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const reveal = (mention: FoundMention, byKeyboard: boolean) => {
    const element = mention.startNode.parentElement;
    element?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    highlights()?.setActive(mention.range);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => highlights()?.setActive(null), FLASH_MS);
    onReveal?.(mention, byKeyboard);
  };

  signal.addEventListener('abort', () => clearTimeout(flashTimer));
  return {
    'mentions:list': () => {
      const found = mentions();
      const slots = frameSlots(found);
      return {
        frameId: -1,
        url: location.href,
        count: found.length,
        mentions: found.map((m, i) => ({ ...summarise(m), frameSlot: slots[i]! })),
        framePath: framePath(window),
      };
    },
    'mentions:reveal': (message) => {
      const found = mentions();
      const index = found.findIndex((m) => m.id === message.id);
      if (index === -1) return false;
      currentIndex = index;
      reveal(found[index]!, message.byKeyboard === true);
      return true;
    },
    'mentions:step': (message) => {
      const found = mentions();
      if (found.length === 0) return false;
      currentIndex = (currentIndex + message.direction + found.length) % found.length;
      reveal(found[currentIndex]!, true);
      return true;
    },
  };
}
