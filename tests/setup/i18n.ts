// browser.i18n for the unit tests: the fake browser has none, so getMessage reads
// public/_locales/<lang>/messages.json as Chrome does ($NAME$ placeholders, $1 substitutions).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type LocaleMessage } from './message-format';

const cache = new Map<string, Record<string, LocaleMessage>>();
function messagesOf(lang: string): Record<string, LocaleMessage> {
  let messages = cache.get(lang);
  if (!messages) {
    const file = path.resolve(__dirname, '../../public/_locales', lang, 'messages.json');
    messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
    cache.set(lang, messages);
  }
  return messages;
}

let locale = 'en';

/** The browser's language for the test's messages (a folder of public/_locales). */
export function setTestLocale(lang: string): void {
  locale = lang;
}

export function testMessage(lang: string, name: string, substitutions: string | string[] = []): string {
  const entry = messagesOf(lang)[name] ?? (lang === 'en' ? undefined : messagesOf('en')[name]);
  return formatMessage(entry, substitutions);
}

function install(): void {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, subs?: string | string[]) => testMessage(locale, name, subs);
  i18n.getUILanguage = () => locale;
}

install();
beforeEach(() => {
  locale = 'en';
  install();
});
