/**
 * Writes data/ccsvi/anchors.ts: the anchors of each CCSVI term, derived from data/ccsvi/terms.ts, so
 * that the content script does not parse every pattern on every page. Run after editing the terms
 * (`npm run anchors`); tests/data/term-anchors.test.ts fails while the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { anchorTableOf } from '../core/prefilter';
import { ccsviTermSet } from '../data/ccsvi/terms';
import { formatAnchorTable } from './lib/anchor-table';

const out = path.join(import.meta.dirname, '../data/ccsvi/anchors.ts');
fs.writeFileSync(out, formatAnchorTable('ccsviTermAnchors', anchorTableOf(ccsviTermSet)));
console.log(`wrote ${path.relative(process.cwd(), out)}`);
