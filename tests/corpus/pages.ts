/** A corpus passage as a saved page: the scanner reads it like any page, and its labels travel with it. */
import type { CorpusPassage } from './corpus';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One paragraph holding the passage, so offsets in the body's text are offsets in the passage. */
export function passagePage(passage: CorpusPassage): string {
  const labels = passage.mentions.map((m) => `${m.start}-${m.end}`).join(' ');
  return (
    `<!doctype html><html lang="${passage.lang}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(passage.id)}</title><link rel="canonical" href="${escapeHtml(passage.url)}">` +
    `<meta name="ccsvi-mentions" content="${labels}"></head>` +
    `<body><p>${escapeHtml(passage.text)}</p></body></html>\n`
  );
}
