/**
 * Plants mention strings into the readable text of an HTML page at deterministic places: text between
 * tags, outside head/script/style/code/pre/…, long enough to be prose. Each insertion goes at a space
 * near the middle of a text run, padded with spaces, so it is a whole-word mention.
 */
import { PLANTED_MENTIONS } from './article';

const SKIP = new Set([
  'head',
  'script',
  'style',
  'code',
  'pre',
  'title',
  'textarea',
  'noscript',
  'template',
  'kbd',
  'samp',
  'select',
  'option',
  'svg',
  'math',
]);
const MIN_TEXT = 60;

export interface Planted {
  html: string;
  planted: number;
}

export function plantMentions(html: string, count: number): Planted {
  const tokens = html.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g) ?? [];
  const candidates: number[] = [];
  let skipDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(token)?.[1]?.toLowerCase();
      if (!tag || !SKIP.has(tag) || token.endsWith('/>')) continue;
      skipDepth += token.startsWith('</') ? -1 : 1;
      if (skipDepth < 0) skipDepth = 0;
      continue;
    }
    if (skipDepth === 0 && token.trim().length >= MIN_TEXT && token.includes(' ')) candidates.push(i);
  }
  if (candidates.length === 0) throw new Error('no text to plant mentions into');
  // Spread evenly; on a page with fewer candidates than mentions, some runs get more than one.
  const perToken = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    const index = candidates[Math.floor((k * candidates.length) / count)]!;
    perToken.set(index, (perToken.get(index) ?? 0) + 1);
  }
  let n = 0;
  for (const [index, times] of perToken) {
    const original = tokens[index]!;
    // places in the original run (a space in its (t+1)/(times+1) part), filled from the end backwards
    const places: Array<{ at: number; phrase: string }> = [];
    for (let t = 0; t < times; t++) {
      const from = Math.floor((original.length * (t + 1)) / (times + 1));
      let at = original.indexOf(' ', from);
      if (at < 0) at = original.lastIndexOf(' ');
      places.push({ at, phrase: PLANTED_MENTIONS[n++ % PLANTED_MENTIONS.length]! });
    }
    let text = original;
    for (const { at, phrase } of places.sort((a, b) => b.at - a.at))
      text = `${text.slice(0, at)} ${phrase}. ${text.slice(at)}`;
    tokens[index] = text;
  }
  return { html: tokens.join(''), planted: n };
}
