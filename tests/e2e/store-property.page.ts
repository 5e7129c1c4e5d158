/**
 * Runs in a Chromium tab (tests/e2e/fixtures/store-property.html): the property of
 * tests/unit/page-scanner.edits.property.test.ts on a real DOM, with batches of thousands of records.
 */
import fc from 'fast-check';
import { MentionHighlights } from '../../core/highlights';
import { createMatcher } from '../../core/matcher';
import { PageScanner } from '../../core/page-scanner';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import {
  applyEdit,
  batchesArb,
  describeMentions,
  startingPage,
  textNodesIn,
  type Edit,
} from '../lib/edit-batches';

const matcher = createMatcher(ccsviTermSet);

function newScanner(fullReadAfterRecords?: number) {
  return new PageScanner(document, {
    matcher,
    highlights: new MentionHighlights(null, 'none'),
    maxHighlighted: 5,
    yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    ...(fullReadAfterRecords === undefined ? {} : { fullReadAfterRecords }),
  });
}

/** Lets the MutationObserver deliver, then waits for the work it queued. */
async function settle(scanner: PageScanner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await scanner.idle();
  }
}

async function runStoreProperty(options: {
  runs: number;
  maxChurn: number;
  seed?: number;
}): Promise<{ ok: boolean; runs: number; records: number; message?: string }> {
  let largestBatch = 0;
  const stage = document.getElementById('stage')!;
  const counter = new MutationObserver(() => {});
  try {
    await fc.assert(
      fc.asyncProperty(batchesArb(options.maxChurn), async (batches) => {
        stage.innerHTML = '';
        startingPage(stage);
        const scanner = newScanner(200);
        await scanner.start(document);
        for (const batch of batches) {
          counter.observe(stage, { childList: true, subtree: true, characterData: true, attributes: true });
          for (const edit of batch) applyEdit(document, stage, edit);
          largestBatch = Math.max(largestBatch, counter.takeRecords().length);
          counter.disconnect();
          await settle(scanner);
        }
        await settle(scanner);
        const texts = textNodesIn(document.body);
        const kept = describeMentions(scanner, texts);
        scanner.stop();
        const fresh = newScanner();
        await fresh.start(document);
        const expected = describeMentions(fresh, texts);
        fresh.stop();
        if (JSON.stringify(kept) !== JSON.stringify(expected))
          throw new Error(`kept ${JSON.stringify(kept)}\nfresh ${JSON.stringify(expected)}`);
      }),
      {
        numRuns: options.runs,
        endOnFailure: true,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
      },
    );
    return { ok: true, runs: options.runs, records: largestBatch };
  } catch (error) {
    return {
      ok: false,
      runs: options.runs,
      records: largestBatch,
      message:
        `${String(error instanceof Error ? error.message : error)}\n${String((error as { cause?: { message?: string } }).cause?.message ?? '')}`.slice(
          0,
          8000,
        ),
    };
  }
}

/** One case, step by step, for looking into a counterexample. */
async function replayStoreCase(batches: Edit[][]): Promise<string[]> {
  const stage = document.getElementById('stage')!;
  stage.innerHTML = '';
  startingPage(stage);
  const scanner = newScanner(200);
  await scanner.start(document);
  const log: string[] = [];
  for (const batch of batches) {
    for (const edit of batch) applyEdit(document, stage, edit);
    log.push(stage.innerHTML);
    await settle(scanner);
    log.push(describeMentions(scanner, textNodesIn(document.body)).join(' | '));
  }
  scanner.stop();
  const fresh = newScanner();
  await fresh.start(document);
  log.push('fresh ' + describeMentions(fresh, textNodesIn(document.body)).join(' | '));
  fresh.stop();
  return log;
}

Object.assign(window, { runStoreProperty, replayStoreCase });
