/**
 * `npm run eval`: precision and recall of the matcher and of the page scanner on the development corpus
 * (tests/corpus), strict and loose, per language and overall.
 *   --errors      also list every missed, wrong or misplaced span
 *   --json        print the scanner's figures as JSON (the shape of tests/corpus/thresholds.json)
 *   --pages DIR   write each passage as a saved page (with its labels) into DIR, for `npm run scan -- DIR`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateCorpus, type FoundSpan } from '../tests/corpus/evaluate';
import { loadCorpus } from '../tests/corpus/corpus';
import { passagePage } from '../tests/corpus/pages';
import { figuresOf, formatScores } from './scan/scores';

const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
if (pagesAt >= 0) {
  const dir = args[pagesAt + 1];
  if (!dir) throw new Error('--pages needs a folder');
  mkdirSync(dir, { recursive: true });
  for (const passage of loadCorpus())
    writeFileSync(path.join(dir, `${passage.id}.html`), passagePage(passage));
}

const evaluation = await evaluateCorpus();
const round = (n: number) => Math.floor(n * 1000) / 1000;

if (args.includes('--json')) {
  const figures = Object.fromEntries(
    [...evaluation.scanner.entries()].map(([lang, scores]) => {
      const f = figuresOf(scores);
      return [
        lang,
        {
          strictPrecision: round(f.strictPrecision),
          strictRecall: round(f.strictRecall),
          loosePrecision: round(f.loosePrecision),
          looseRecall: round(f.looseRecall),
        },
      ];
    }),
  );
  process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
} else {
  const passages = evaluation.results.length;
  const without = evaluation.results.filter((r) => r.passage.mentions.length === 0).length;
  process.stdout.write(
    `Corpus: ${passages} passages (${passages - without} with mentions, ${without} without)\n\n`,
  );
  process.stdout.write(
    `Page scanner (the command-line scan's engine)\n${formatScores(evaluation.scanner)}\n\n`,
  );
  process.stdout.write(`Matcher alone\n${formatScores(evaluation.matcher)}\n`);
}

if (args.includes('--errors')) {
  const show = (text: string, s: { start: number; end: number }) =>
    JSON.stringify(text.slice(s.start, s.end));
  for (const { passage, scanner } of evaluation.results) {
    const same = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start === b.start && a.end === b.end;
    const missed = passage.mentions.filter((g) => !scanner.some((f) => same(f, g)));
    const wrong = scanner.filter((f: FoundSpan) => !passage.mentions.some((g) => same(f, g)));
    if (missed.length === 0 && wrong.length === 0) continue;
    process.stdout.write(`\n${passage.id} ${passage.url}\n`);
    for (const g of missed) process.stdout.write(`  missed ${show(passage.text, g)}\n`);
    for (const f of wrong) process.stdout.write(`  found  ${show(passage.text, f)} (${f.term})\n`);
  }
}
