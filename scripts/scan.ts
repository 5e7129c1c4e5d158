/**
 * `npm run scan -- FILE.html` (or `-` for standard input): prints the page's CCSVI mentions as JSON lines,
 * then {"total":N}. See scripts/scan/args.ts for the usage text; the work is done in scripts/scan/.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, USAGE } from './scan/args';
import { decodeHtmlInput, ScanInputError } from './scan/input';
import { formatScan, scanHtml, scanPage } from './scan/scan-html';
import { formatScores, scorePages, type ScoredPage } from './scan/scores';

function fail(message: string): number {
  process.stderr.write(`scan: ${message}\n`);
  return 2;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

async function readInput(input: string): Promise<Uint8Array> {
  if (input === '-') return readStdin();
  try {
    return await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new ScanInputError(`cannot read ${input}: ${reason}`);
  }
}

/** A folder of saved pages: each page scanned, then the per-language summary (precision and recall where pages carry labels). */
async function scanFolder(folder: string): Promise<number> {
  const names = (await readdir(folder)).filter((name) => /\.html?$/i.test(name)).sort();
  if (names.length === 0) return fail(`${folder} holds no .html file`);
  const pages: ScoredPage[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    let html: string;
    try {
      html = decodeHtmlInput(await readFile(file), file);
    } catch (error) {
      if (!(error instanceof ScanInputError)) throw error;
      process.stderr.write(`scan: skipped ${error.message}\n`);
      continue;
    }
    const page = await scanPage(html, { url: pathToFileURL(path.resolve(file)).href });
    pages.push({ lang: page.lang || '?', gold: page.labels, found: page.mentions });
  }
  process.stdout.write(`${pages.length} pages in ${folder}\n${formatScores(scorePages(pages))}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.kind === 'error') return fail(args.message);
  try {
    if (args.input !== '-' && (await stat(args.input).catch(() => null))?.isDirectory())
      return await scanFolder(args.input);
    const name = args.input === '-' ? 'standard input' : args.input;
    const html = decodeHtmlInput(await readInput(args.input), name);
    const url = args.input === '-' ? undefined : pathToFileURL(path.resolve(args.input)).href;
    process.stdout.write(formatScan(await scanHtml(html, { url })));
    return 0;
  } catch (error) {
    if (error instanceof ScanInputError) return fail(error.message);
    throw error;
  }
}

// `scan … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
