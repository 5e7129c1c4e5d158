// chrome.i18n for the DOM tests in the browser: a page has no extension i18n, so getMessage reads
// public/_locales/en/messages.json as Chrome does ($NAME$ placeholders, $1 substitutions).
import english from '../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = english as Record<string, Message>;

function getMessage(name: string, substitutions: string | string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const entry = messages[name];
  if (!entry) return '';
  const filled = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (all, ph: string) => {
      const content = entry.placeholders?.[ph.toLowerCase()]?.content;
      return content === undefined ? all : filled(content);
    })
    .replace(/\$\$/g, '$');
}

const root = globalThis as unknown as { chrome?: Record<string, unknown> };
root.chrome ??= {};
root.chrome.i18n = { getMessage, getUILanguage: () => 'en' };
