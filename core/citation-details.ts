/**
 * A citation recognised by its title, authors, journal, year, volume and pages, when it carries no
 * identifier (core/citations.ts): tolerant of journal abbreviations, small typos and cut-off titles.
 */
import type { CitableStudy } from './citable-studies';
import { sameWord, STOP } from './citation-words';

export function titleCoverage(title: readonly string[], ref: readonly string[]): number {
  if (title.length === 0) return 0;
  let best = 0;
  for (let start = 0; start < ref.length; start++) {
    if (!sameWord(ref[start]!, title[0]!) && !(title[1] && sameWord(ref[start]!, title[1]))) continue;
    let j = sameWord(ref[start]!, title[0]!) ? 0 : 1;
    let k = start;
    let matched = 0;
    while (j < title.length && k < ref.length) {
      if (sameWord(title[j]!, ref[k]!)) {
        matched++;
        j++;
        k++;
      } else if (k + 1 < ref.length && sameWord(title[j]!, ref[k + 1]!)) {
        k++;
      } else if (j + 1 < title.length && sameWord(title[j + 1]!, ref[k]!)) {
        j++;
      } else break;
    }
    best = Math.max(best, matched);
  }
  return best / title.length;
}

function containsRun(
  ref: readonly string[],
  run: readonly string[],
  same: (a: string, b: string) => boolean,
): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= ref.length; i++)
    if (run.every((t, k) => same(t, ref[i + k]!))) return true;
  return false;
}

/** 'J Neurol Neurosurg Psychiatry' against 'J. Neurol. Neurosurg. Psychiatr.' or the full name: word by word, one may abbreviate the other. */
function journalIn(ref: readonly string[], journal: readonly string[]): boolean {
  const significant = ref.filter((t) => !STOP.has(t));
  if (journal.length === 1) return significant.includes(journal[0]!);
  return containsRun(
    significant,
    journal,
    (a, b) => a === b || (a.length >= 1 && b.startsWith(a)) || (b.length >= 1 && a.startsWith(b)),
  );
}

const yearsIn = (ref: readonly string[]) => ref.filter((t) => /^(19|20)\d{2}$/.test(t)).map(Number);

export interface Score {
  id: string;
  by: 'title' | 'citation';
  score: number;
}

export function scoreByDetails(study: CitableStudy, ref: readonly string[]): Score | null {
  const years = yearsIn(ref);
  // A reference that names only other years is another paper (online-first a year early is allowed).
  if (study.year !== undefined && years.length > 0 && !years.some((y) => Math.abs(y - study.year!) <= 1))
    return null;
  const author = containsRun(ref, study.author, sameWord);
  const journal = study.journals.some((j) => journalIn(ref, j));
  const year = study.year !== undefined && years.includes(study.year);
  const volume = study.volume !== undefined && ref.includes(study.volume);
  const page = study.firstPage !== undefined && ref.includes(study.firstPage);
  const coverage = titleCoverage(study.title, ref);
  const matchedWords = Math.round(coverage * study.title.length);
  const corroboration = [author, journal, year, volume && page].filter(Boolean).length;

  if (study.title.length >= 8 && coverage >= 0.9)
    return { id: study.id, by: 'title', score: 10 + coverage + corroboration };
  if (coverage >= 0.6 && matchedWords >= 4 && corroboration >= 1)
    return { id: study.id, by: 'title', score: 5 + coverage + corroboration };
  if (journal && page && (volume || year)) return { id: study.id, by: 'citation', score: 3 + corroboration };
  if (author && journal && year && volume) return { id: study.id, by: 'citation', score: 3 + corroboration };
  return null;
}
