// The interface's words (public/_locales/<lang>/messages.json): every language has every English
// message, with the same placeholders, and declares its own code; plural forms beyond English's
// (_few, _many) are allowed only for messages English has in plural forms.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const DIR = path.resolve(__dirname, '../../public/_locales');
const read = (folder: string) =>
  JSON.parse(readFileSync(path.join(DIR, folder, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Everything wrong with one language's messages, compared with English. */
export function messageProblems(folder: string, messages: Messages): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!messages[key]) problems.push(`${key}: missing`);
  for (const [key, entry] of Object.entries(messages)) {
    const base = key.replace(PLURAL, '');
    const source = english[key] ?? (PLURAL.test(key) ? english[`${base}_other`] : undefined);
    if (!source) {
      problems.push(`${key}: not in English`);
      continue;
    }
    if (typeof entry.message !== 'string' || entry.message.trim() === '') problems.push(`${key}: empty`);
    const names = (m: Message) =>
      Object.keys(m.placeholders ?? {})
        .sort()
        .join(',');
    if (names(entry) !== names(source)) problems.push(`${key}: placeholders ${names(entry)}`);
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const usedInEnglish = [...source.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    for (const name of new Set(usedInEnglish))
      if (!used.includes(name) && !PLURAL.test(key))
        problems.push(`${key}: $${name.toUpperCase()}$ not used`);
    for (const name of used) if (!entry.placeholders?.[name]) problems.push(`${key}: $${name}$ undefined`);
  }
  const code = folder.split('_')[0];
  if (folder !== 'en' && messages.localeCode?.message !== code)
    problems.push(`localeCode: ${messages.localeCode?.message} in folder ${folder}`);
  if (folder !== 'en' && messages.extName?.message !== english.extName!.message)
    problems.push('extName: the product name stays in English');
  return problems;
}

test('English is complete, every placeholder defined and used', () => {
  expect(messageProblems('en', english)).toEqual([]);
  expect(english.localeCode?.message).toBe('en');
  expect(Object.keys(english).length).toBeGreaterThan(200);
});

test('the check can fail', () => {
  const broken: Messages = structuredClone(english);
  delete broken.tabSafety;
  broken.siteMatches!.message = 'Passt.';
  broken.extra = { message: 'x' };
  broken.badgeCount_few = { ...english.badgeCount_other! };
  expect(messageProblems('de', { ...broken, localeCode: { message: 'de' } })).toEqual([
    'tabSafety: missing',
    'siteMatches: $SITE$ not used',
    'extra: not in English',
  ]);
});

const folders = readdirSync(DIR).filter((f) => f !== 'en');

describe.each(folders)('_locales/%s', (folder) => {
  test('has every English message, with its placeholders', () => {
    expect(messageProblems(folder, read(folder))).toEqual([]);
  });
});
