// chrome.i18n for the DOM tests in the browser: a page has no extension i18n, so getMessage reads
// public/_locales/en/messages.json as Chrome does ($NAME$ placeholders, $1 substitutions).
import english from '../../public/_locales/en/messages.json';
import { formatMessage, type LocaleMessage } from './message-format';

const messages = english as Record<string, LocaleMessage>;

const getMessage = (name: string, substitutions?: string | string[]) =>
  formatMessage(messages[name], substitutions);

const root = globalThis as unknown as { chrome?: Record<string, unknown> };
root.chrome ??= {};
root.chrome.i18n = { getMessage, getUILanguage: () => 'en' };
