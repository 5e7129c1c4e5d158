// The welcome page's sample paragraph, in every language: the extension must find both names in it
// (the condition and the procedure), or the page shows a sample with nothing highlighted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';

const LOCALES = path.resolve(__dirname, '../../public/_locales');
const matcher = createMatcher(ccsviTermSet);
const kindOf = new Map<string, string>(ccsviTermSet.terms.map((t) => [t.id, t.kind]));

describe.each(readdirSync(LOCALES))('welcomeSample in %s', (folder) => {
  const sample = JSON.parse(readFileSync(path.join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

  test('names CCSVI and the procedure, and the matcher finds both', () => {
    const text = sample.welcomeSample!.message;
    const mentions = matcher.findMentions(text);
    const kinds = new Set(mentions.map((m) => kindOf.get(m.termId)));
    const found = mentions.map((m) => text.slice(m.start, m.end));
    expect(mentions.length, JSON.stringify(found)).toBeGreaterThanOrEqual(2);
    expect(kinds.has('procedure'), `procedure among ${[...kinds].join(', ')}`).toBe(true);
    expect(
      kinds.has('abbreviation') || kinds.has('condition'),
      `CCSVI itself among ${[...kinds].join(', ')}`,
    ).toBe(true);
  });
});
