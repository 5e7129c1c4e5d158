/**
 * The interface's words, in the browser's language: `browser.i18n.getMessage` over
 * public/_locales/<lang>/messages.json (keys typed by WXT from the English file). Plural forms are
 * keys ending in _one, _few, _many, _other, chosen with Intl.PluralRules; a language without a form
 * falls back to its _other.
 */
import { browser } from 'wxt/browser';

type GetMessage = typeof browser.i18n.getMessage;
export type MessageKey = Exclude<Parameters<GetMessage>[0], `@@${string}`>;
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** A message with its $PLACEHOLDERS$ filled, in the order the English file numbers them. */
export function t(key: MessageKey, ...values: Array<string | number>): string {
  return browser.i18n.getMessage(
    key,
    values.map((v) => formatValue(v)),
  );
}

/** Sets the extension page's `lang` (the messages' language) and its title. */
export function localizeDocument(title: string, doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  doc.title = title;
}

/** The language the messages are in: the `localeCode` its messages.json declares ('en' when none fits). */
export function uiLanguage(): string {
  return browser.i18n.getMessage('localeCode') || 'en';
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(uiLanguage()).format(value) : value;
}

/** The plural form of `base` that `count` selects, filled with `values`. */
export function tForm(base: PluralBase, count: number, ...values: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  return t(`${base}_${form}` as MessageKey, ...values) || t(`${base}_other` as MessageKey, ...values);
}

/** The plural form of `base` for `count`, which is also its first value (formatted for the language). */
export function tCount(base: PluralBase, count: number, ...values: Array<string | number>): string {
  return tForm(base, count, count, ...values);
}

/**
 * A message with elements in it: each value is put in place of its placeholder, so a translation
 * may move it. Returns the pieces in order (strings and the values given).
 */
export function tParts<T>(key: MessageKey, ...values: Array<T | string>): Array<T | string> {
  const marks = values.map((_, i) => `\uE000${i}\uE001`);
  const text = t(key, ...marks);
  const parts: Array<T | string> = [];
  for (const piece of text.split(/(\uE000\d+\uE001)/)) {
    const index = /^\uE000(\d+)\uE001$/.exec(piece)?.[1];
    if (index !== undefined) parts.push(values[Number(index)]!);
    else if (piece) parts.push(piece);
  }
  return parts;
}
