import { PAGE_TONES, UNDERLINE_COLOURS, type PageTone } from './contrast';
import { ACTIVE_HIGHLIGHT, mentionHighlightName } from './highlights';

/** The fill and text colours of the "background" style on each page tone. */
const FILL: Record<PageTone, { background: string; text: string }> = {
  light: { background: '#fde68a', text: '#1c1917' },
  mid: { background: '#fde68a', text: '#1c1917' },
  dark: { background: '#854d0e', text: '#fffbeb' },
};

const rules = (tone: PageTone, on: string) =>
  `${on}::highlight(${mentionHighlightName('underline', tone)}){text-decoration:underline dotted ${UNDERLINE_COLOURS[tone]} 2px;` +
  `text-underline-offset:3px;background-color:rgba(251,191,36,${tone === 'light' ? 0.16 : 0.22})}` +
  `${on}::highlight(${mentionHighlightName('background', tone)}){background-color:${FILL[tone].background};color:${FILL[tone].text};` +
  `text-decoration:underline solid ${UNDERLINE_COLOURS[tone]} 2px;text-underline-offset:3px}`;

const sheet = (on: string) =>
  `${PAGE_TONES.map((tone) => rules(tone, on)).join('')}${on}::highlight(${ACTIVE_HIGHLIGHT}){background-color:#f59e0b;color:#000}`;

/**
 * The look of highlighted mentions. `::highlight()` accepts only colours, text decoration and shadows.
 * Colours follow the page's own background behind each mention (core/page-background.ts), not the
 * system theme: the underline keeps at least 3:1 against it (core/contrast.ts). A document gets it
 * injected at its first mention (Firefox; the welcome page shows it too), and the injected sheet
 * reaches the document's shadow trees as well.
 */
export const HIGHLIGHT_CSS = sheet('');

/**
 * The same look for a Chromium document, set on the root element only: Chromium's highlight styles
 * inherit down the tree, into shadow trees through their hosts (CSS Pseudo-Elements 4), so no other
 * element's style is computed against these rules, which matters on a page that adds thousands of
 * elements a second. Firefox does not inherit them, and gets HIGHLIGHT_CSS.
 */
export const ROOT_HIGHLIGHT_CSS = sheet(':root');
