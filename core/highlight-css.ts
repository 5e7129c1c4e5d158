import { PAGE_TONES, UNDERLINE_COLOURS, type PageTone } from './contrast';
import { ACTIVE_HIGHLIGHT, mentionHighlightName } from './highlights';

/** The fill and text colours of the "background" style on each page tone. */
const FILL: Record<PageTone, { background: string; text: string }> = {
  light: { background: '#fde68a', text: '#1c1917' },
  mid: { background: '#fde68a', text: '#1c1917' },
  dark: { background: '#854d0e', text: '#fffbeb' },
};

// Written compactly: the content script carries it for shadow roots, and its size counts.
const rules = (tone: PageTone) =>
  `::highlight(${mentionHighlightName('underline', tone)}){text-decoration:underline dotted ${UNDERLINE_COLOURS[tone]} 2px;` +
  `text-underline-offset:3px;background-color:rgba(251,191,36,${tone === 'light' ? 0.16 : 0.22})}` +
  `::highlight(${mentionHighlightName('background', tone)}){background-color:${FILL[tone].background};color:${FILL[tone].text};` +
  `text-decoration:underline solid ${UNDERLINE_COLOURS[tone]} 2px;text-underline-offset:3px}`;

/**
 * The look of highlighted mentions. `::highlight()` accepts only colours, text decoration and shadows.
 * Colours follow the page's own background behind each mention (core/page-background.ts), not the
 * system theme: the underline keeps at least 3:1 against it (core/contrast.ts). A document gets this
 * sheet injected when its first mention is found; shadow roots adopt it.
 */
export const HIGHLIGHT_CSS = `${PAGE_TONES.map(rules).join('')}::highlight(${ACTIVE_HIGHLIGHT}){background-color:#f59e0b;color:#000}`;
