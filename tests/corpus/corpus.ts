/**
 * The development corpus: verbatim excerpts of public pages, one JSON file per language in passages/, each
 * passage with its address and its labelled mention spans (UTF-16 offsets into `text`, end exclusive).
 * How mentions are labelled: README.md in this folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusSpan {
  start: number;
  end: number;
  /** the labelled characters, equal to text.slice(start, end) */
  text: string;
}

export interface CorpusPassage {
  /** `<lang>-<number>`, unique in the corpus */
  id: string;
  lang: string;
  url: string;
  text: string;
  mentions: CorpusSpan[];
}

/** Languages a passage may be in (BCP 47 primary subtags). */
export const CORPUS_LANGUAGES = ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl', 'ja', 'hu'] as const;

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
const PASSAGES_DIR = path.join(CORPUS_DIR, 'passages');

interface LanguageFile {
  lang: string;
  passages: Array<Omit<CorpusPassage, 'lang'>>;
}

/** Every passage, language by language (files in name order). */
export function loadCorpus(): CorpusPassage[] {
  return readdirSync(PASSAGES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(path.join(PASSAGES_DIR, name), 'utf8')) as LanguageFile;
      return file.passages.map((p) => ({ ...p, lang: file.lang }));
    });
}

/** The smallest figures `npm test` accepts (thresholds.json), per language and overall. */
export interface CorpusThresholds {
  [scope: string]: {
    strictPrecision: number;
    strictRecall: number;
    loosePrecision: number;
    looseRecall: number;
  };
}

export function loadThresholds(): CorpusThresholds {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'thresholds.json'), 'utf8')) as CorpusThresholds;
}
