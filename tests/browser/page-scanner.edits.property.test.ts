import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createScanner, settle } from './helpers/scan-dom';
import {
  applyEdit,
  batchesArb,
  describeMentions,
  startingPage,
  textNodesIn,
  type Edit,
} from '../lib/edit-batches';

/**
 * After random edit batches of any size (a churn batch alone is up to thousands of records), the
 * scanner's mentions equal those of a fresh full scan of the final page, in document order, with the
 * same highlights under a small cap. Run again in Chromium by the end-to-end suite.
 */
/** SEED, RUNS and CHURN_MAX from the shell (vitest.config.ts passes them to the browser project). */
const env = import.meta.env as Partial<Record<'SEED' | 'RUNS' | 'CHURN_MAX', string>>;
const CHURN_MAX = Number(env.CHURN_MAX ?? 60);
const RUNS = Number(env.RUNS ?? 25);
/**
 * A fixed seed keeps the suite's outcome the same on every run; explore with SEED=random (or a number)
 * and RUNS=500. A failing seed shrinks to a small case: add it below as a regression.
 */
const SEED = env.SEED === 'random' ? undefined : Number(env.SEED ?? 20261203);

async function keptAndFresh(batches: Edit[][]): Promise<{ kept: string[]; fresh: string[] }> {
  document.body.innerHTML = '';
  const stage = document.body.appendChild(document.createElement('main'));
  startingPage(stage);
  const { scanner } = createScanner({ maxHighlighted: 5, fullReadAfterRecords: 200 });
  await scanner.start(document);
  for (const batch of batches) {
    for (const edit of batch) applyEdit(document, stage, edit);
    await settle(scanner);
  }
  await settle(scanner);
  const texts = textNodesIn(document.body);
  const kept = describeMentions(scanner, texts);
  scanner.stop();
  const freshScanner = createScanner({ maxHighlighted: 5 }).scanner;
  await freshScanner.start(document);
  const fresh = describeMentions(freshScanner, texts);
  freshScanner.stop();
  return { kept, fresh };
}

test('mentions after random edit batches equal a fresh full scan of the final page', async () => {
  await fc.assert(
    fc.asyncProperty(batchesArb(CHURN_MAX), async (batches) => {
      const { kept, fresh } = await keptAndFresh(batches);
      expect(kept).toEqual(fresh);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: SEED === undefined },
  );
}, 120_000);

describe('shrunk cases found by random seeds', () => {
  test('text edited in a block whose section became editable in the same batch is not read again', async () => {
    const { kept, fresh } = await keptAndFresh([
      [{ kind: 'remove', at: 571351558 }],
      [
        { kind: 'shadow', at: 0, mention: null },
        { kind: 'editable', at: 744732500, on: true },
        { kind: 'delete-text', at: 0, from: 0, length: 1 },
      ],
    ]);
    expect(kept).toEqual(fresh);
  });

  test('an inline element made editable joins the text on both sides of it, as a fresh scan reads it', async () => {
    const { kept, fresh } = await keptAndFresh([
      [{ kind: 'insert-inline', at: 300300026, mention: 3 }],
      [
        { kind: 'delete-text', at: 1618841831, from: 33, length: 11 },
        { kind: 'editable', at: 997269967, on: true },
        { kind: 'move', at: 2013514532, to: 943902104 },
      ],
      [
        { kind: 'insert-inline', at: 910079783, mention: 0 },
        { kind: 'remove', at: 1911296248 },
        { kind: 'set-text', at: 934751463, mention: 2, keep: true },
        { kind: 'set-text', at: 1514897991, mention: 1, keep: true },
      ],
    ]);
    expect(kept).toEqual(fresh);
  });
});
