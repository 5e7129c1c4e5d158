// The store listing in every language the extension speaks: a translation of store/listing.md with the
// same structure, the same names and numbers, a summary the stores accept, and plain sentences.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { topicLanguages } from '../../data/ccsvi/text';

const STORE = path.resolve(__dirname, '../../store');
const read = (file: string) => readFileSync(path.join(STORE, file), 'utf8');

/** The listing's parts: headings, list lines, paragraphs, and the line under the second heading (the summary). */
function outline(text: string) {
  const lines = text.split('\n');
  const headings = lines.filter((l) => /^#{1,3} /.test(l));
  const summaryAt = lines.findIndex((l, i) => i > 0 && /^## /.test(l) && headings.indexOf(l) === 2);
  const blocks = text.split(/\n\s*\n/).filter((b) => b.trim() !== '');
  return {
    headings: headings.map((h) => h.match(/^#+/)![0]),
    bullets: lines.filter((l) => /^(- |\d+\. )/.test(l)).length,
    blocks: blocks.length,
    summary: lines.slice(summaryAt + 1).find((l) => l.trim() !== '') ?? '',
    screenshots: [...text.matchAll(/screenshots\/[\w-]+\.png/g)].map((m) => m[0]),
    numbers: [...text.replace(/screenshots\/[\w-]+\.png/g, '').matchAll(/\d+/g)].map((m) => m[0]).sort(),
    prose: lines.filter((l) => l.trim() !== '' && !/^#/.test(l) && !/screenshots\//.test(l)).join('\n'),
  };
}

const english = outline(read('listing.md'));
const translations = topicLanguages.filter((code) => code !== 'en');

test('there is a listing for every language the topic is written in', () => {
  expect(translations.length).toBeGreaterThanOrEqual(7);
  for (const code of translations)
    expect(existsSync(path.join(STORE, `listing.${code}.md`)), code).toBe(true);
});

describe.each(translations)('store/listing.%s.md', (code) => {
  const listing = outline(read(`listing.${code}.md`));

  test('has the English structure: headings, list lines, paragraphs, screenshots', () => {
    expect(listing.headings).toEqual(english.headings);
    expect(listing.bullets).toBe(english.bullets);
    expect(listing.blocks).toBe(english.blocks);
    expect(listing.screenshots).toEqual(english.screenshots);
  });

  test('keeps the product name and every number', () => {
    expect(read(`listing.${code}.md`)).toContain('CCSVI Evidence Context');
    expect(listing.numbers).toEqual(english.numbers);
  });

  test('has a summary the stores accept (132 characters at most)', () => {
    expect(listing.summary.length).toBeGreaterThan(40);
    expect([...listing.summary].length).toBeLessThanOrEqual(132);
  });

  test('reads plainly: no sentence over 25 words', () => {
    const sentences = listing.prose
      .split(/(?<=[.!?])\s+|\n/)
      .map((s) => s.replace(/^- /, '').trim())
      .filter((s) => s !== '');
    const long = sentences.filter((s) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 25);
    expect(long).toEqual([]);
  });
});
