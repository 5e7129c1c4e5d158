/**
 * Mentions the reader hid with "Not about CCSVI?": the text of the mention and the page (its address
 * without the part after #), kept on this device only (storage.local). Pure: the storage lives in
 * utils/hidden-mentions-store.ts; a frame reads the stored list only once it has a mention (the card script).
 */
export interface HiddenMention {
  /** the page's address without its #fragment */
  url: string;
  /** the mention's text as the reader saw it; every mention with the same text (hiddenTextKey) is hidden */
  text: string;
  /** the day it was hidden, YYYY-MM-DD */
  at: string;
}

/** storage.local key ("local:hiddenMentions" for WXT storage) */
export const HIDDEN_MENTIONS_KEY = 'hiddenMentions';
/** the most records kept; the oldest go first past it */
export const MAX_HIDDEN_MENTIONS = 1000;
export const MAX_HIDDEN_URL = 2048;
export const MAX_HIDDEN_TEXT = 200;
const HIDDEN_FILE_FORMAT = 'ccsvi-context-hidden-mentions';

/** The page a record belongs to: the address without its #fragment (a link to a heading is the same page). */
export const pageKey = (url: string): string => url.split('#')[0]!;

/** Texts that count as the same: case and runs of white space do not matter. */
export const hiddenTextKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is HiddenMention {
  if (typeof value !== 'object' || value === null) return false;
  const { url, text, at } = value as Record<string, unknown>;
  return (
    typeof url === 'string' &&
    url !== '' &&
    url.length <= MAX_HIDDEN_URL &&
    !url.includes('#') &&
    typeof text === 'string' &&
    hiddenTextKey(text) !== '' &&
    text.length <= MAX_HIDDEN_TEXT &&
    typeof at === 'string' &&
    DAY.test(at)
  );
}

/**
 * The valid records of whatever was stored, never throwing: one per page and text (the first kept), the
 * newest MAX_HIDDEN_MENTIONS, each with only its three fields.
 */
export function hiddenMentionsFrom(stored: unknown): HiddenMention[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const kept: HiddenMention[] = [];
  for (const item of stored) {
    if (!isRecord(item)) continue;
    const key = `${item.url}\n${hiddenTextKey(item.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ url: item.url, text: item.text, at: item.at });
  }
  return kept.slice(-MAX_HIDDEN_MENTIONS);
}

/**
 * Whether a mention's text is hidden on the page at `url`, by the stored records: the frame's reading
 * (entrypoints/content/card/hidden-mentions.ts), kept small: the records of that page, compared by text,
 * without the rest of hiddenMentionsFrom's checks (the background writes only checked records).
 */
export function hiddenOnPage(stored: unknown, url: string): (text: string) => boolean {
  const page = pageKey(url);
  const texts = Array.isArray(stored)
    ? stored.filter((r) => r?.url === page).map((r) => hiddenTextKey(String(r.text)))
    : [];
  return (text) => texts.includes(hiddenTextKey(text));
}

/** The records after hiding `text` on the page at `url` (on `day`), or showing it again (`hide` false). */
export function withHidden(
  stored: unknown,
  change: { url: string; text: string; hide: boolean },
  day: string,
): HiddenMention[] {
  const url = pageKey(change.url);
  const key = hiddenTextKey(change.text);
  const rest = hiddenMentionsFrom(stored).filter((r) => r.url !== url || hiddenTextKey(r.text) !== key);
  if (!change.hide) return rest;
  return hiddenMentionsFrom([...rest, { url, text: change.text.replace(/\s+/g, ' ').trim(), at: day }]);
}

/** A card's request to hide (or show again) a mention's text on its page, checked; null if unusable. */
export function checkHideRequest(request: {
  url?: unknown;
  text?: unknown;
  hide?: unknown;
}): { url: string; text: string; hide: boolean } | null {
  const { url, text, hide } = request;
  if (typeof url !== 'string' || typeof text !== 'string' || typeof hide !== 'boolean') return null;
  const page = pageKey(url);
  const shown = text.replace(/\s+/g, ' ').trim();
  if (page === '' || page.length > MAX_HIDDEN_URL || shown === '' || shown.length > MAX_HIDDEN_TEXT)
    return null;
  return { url: page, text: shown, hide };
}

/** How many mentions are hidden, and on how many pages. */
export function hiddenSummary(records: readonly HiddenMention[]): { mentions: number; pages: number } {
  return { mentions: records.length, pages: new Set(records.map((r) => r.url)).size };
}

/** The file the reader may choose to save (and send, if they wish): the records, and nothing else. */
export function hiddenMentionsFile(records: readonly HiddenMention[], day: string): string {
  const hidden = records.map((r) => ({ page: r.url, text: r.text, hiddenOn: r.at }));
  return `${JSON.stringify({ format: HIDDEN_FILE_FORMAT, version: 1, saved: day, hidden }, null, 2)}\n`;
}

/** Today as YYYY-MM-DD (UTC). */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
