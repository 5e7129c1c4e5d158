import fc from 'fast-check';
import { createScanner, settle } from './helpers/scan-dom';
import { applyEdit, batchesArb, describeMentions, startingPage, textNodesIn } from '../lib/edit-batches';

/**
 * After random edit batches of any size (a churn batch alone is up to thousands of records), the
 * scanner's mentions equal those of a fresh full scan of the final page, in document order, with the
 * same highlights under a small cap. Run again in Chromium by the end-to-end suite.
 */
const CHURN_MAX = Number(process.env.CHURN_MAX ?? 60);
const RUNS = Number(process.env.RUNS ?? 25);

test('mentions after random edit batches equal a fresh full scan of the final page', async () => {
  await fc.assert(
    fc.asyncProperty(batchesArb(CHURN_MAX), async (batches) => {
      document.body.innerHTML = '';
      const stage = document.body.appendChild(document.createElement('main'));
      startingPage(stage);
      const { scanner } = createScanner({ maxHighlighted: 5, hugeMutationCount: 200 });
      await scanner.start(document);
      for (const batch of batches) {
        for (const edit of batch) applyEdit(document, stage, edit);
        await settle(scanner);
      }
      await settle(scanner);
      const texts = textNodesIn(document.body);
      const kept = describeMentions(scanner, texts);
      scanner.stop();
      const fresh = createScanner({ maxHighlighted: 5 }).scanner;
      await fresh.start(document);
      expect(kept).toEqual(describeMentions(fresh, texts));
      fresh.stop();
    }),
    { numRuns: RUNS },
  );
}, 120_000);
