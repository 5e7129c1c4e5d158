import type { CardContent } from '../../../components/card/types';
import { languageAt } from '../../../core/mention-language';
import type { FoundMention } from '../../../core/page-scanner';
import { ccsviTermSet } from '../../../data/ccsvi/terms';
import type { CardRequest } from './card-services';

export type CardLoadState = 'loading' | 'ready' | 'error';

const TERM_LANGUAGE: ReadonlyMap<string, string> = new Map(ccsviTermSet.terms.map((t) => [t.id, t.lang]));

/** The card's request for a mention: the language clues at it. */
function requestFor(mention: FoundMention): CardRequest {
  return {
    pageLang: languageAt(mention.startNode, '') || null,
    termLang: TERM_LANGUAGE.get(mention.termId) ?? null,
  };
}

const requestKey = (r: CardRequest) => `${r.pageLang}|${r.termLang}`;

/**
 * The card's content, asked of the background for a mention's languages: one request at a time, kept
 * until a mention in other languages needs another. `changed` runs when content comes or fails.
 */
export function cardContentLoader(load: (request: CardRequest) => Promise<CardContent>, changed: () => void) {
  let content: CardContent | null = null;
  /** the request `content` answers */
  let contentKey = '';
  let state: CardLoadState = 'loading';
  let pending: Promise<void> | null = null;
  /** numbers each request: the answer to one that a retry replaced is ignored */
  let asked = 0;

  const want = (mention: FoundMention | undefined) => {
    if (!mention) return;
    const request = requestFor(mention);
    const key = requestKey(request);
    if (pending || (content && key === contentKey)) return;
    // A card already shown keeps its content until the new one comes.
    if (!content) state = 'loading';
    const number = ++asked;
    pending = load(request).then(
      (loaded) => {
        if (number !== asked) return;
        content = loaded;
        contentKey = key;
        state = 'ready';
        pending = null;
        changed();
      },
      () => {
        if (number !== asked) return;
        state = 'error';
        // Asked again at the next card (the background may have been starting).
        pending = null;
        changed();
      },
    );
  };

  return {
    /** Asks for the content for this mention's languages, unless it is here or on its way. */
    want,
    /** Asks again after a failure (the reader's "Try again"). */
    retry(mention: FoundMention | undefined) {
      pending = null;
      want(mention);
    },
    get content() {
      return content;
    },
    get state() {
      return state;
    },
  };
}
