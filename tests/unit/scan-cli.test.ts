// The command-line scan (`npm run scan -- FILE.html`): its engine, its helpers, and the real CLI spawned.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../scripts/scan/args';
import { contextAround, readable } from '../../scripts/scan/context';
import { decodeHtmlInput, ScanInputError } from '../../scripts/scan/input';
import { createStaticIsRendered, parseInlineStyle } from '../../scripts/scan/is-rendered';
import { formatScan, scanHtml, type ScanMention } from '../../scripts/scan/scan-html';
import { BLOCK_SEPARATOR } from '../../core/text-segmenter';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/unit/fixtures/scan');
const SEED = path.join(ROOT, 'tests/e2e/fixtures/seed-article.html');
const fixture = (name: string) => path.join(FIXTURES, name);
const readText = (file: string) => readFileSync(file, 'utf8');
const pairs = (mentions: readonly ScanMention[]) => mentions.map((m) => [m.term, m.text]);

describe('scanHtml: the seed article', () => {
  let mentions: ScanMention[];
  beforeAll(async () => {
    mentions = await scanHtml(readText(SEED));
  });

  test('finds exactly 39 mentions: 28 × CCSVI, 6 × Liberation Procedure, 5 × the spelled-out name', () => {
    expect(mentions).toHaveLength(39);
    const count = (re: RegExp) => mentions.filter((m) => re.test(m.text)).length;
    expect(count(/ccsvi/i)).toBe(28);
    expect(count(/liberation procedure/i)).toBe(6);
    expect(count(/venous insufficiency/i)).toBe(5);
    expect(new Set(mentions.map((m) => m.topic))).toEqual(new Set(['ccsvi']));
  });

  test('the first mentions, in page order, have the right terms and texts', () => {
    expect(pairs(mentions.slice(0, 7))).toEqual([
      ['ccsvi-procedure-en', 'CCSVI Treatment'],
      ['ccsvi-abbr', 'CCSVI'],
      ['ccsvi-abbr', 'CCSVI'],
      ['ccsvi-abbr', 'CCSVI'],
      ['ccsvi-abbr', 'CCSVI'],
      ['ccsvi-long-en', 'chronic cerebro-spinal venous insufficiency'],
      ['ccsvi-abbr', 'CCSVI'],
    ]);
    expect(mentions[0]!.context).toBe(
      'HomeMultiple SclerosisHealth ¶ Can CCSVI Treatment Cure Multiple Sclerosis? ¶ CCSVI and Mu…',
    );
    expect(mentions[5]!.context).toBe(
      '…thing called CCSVI. ¶ CCSVI stands for “chronic cerebro-spinal venous insufficiency” and was discovered by an Italian scien…',
    );
  });

  test('every context holds its mention, is one line, and keeps to about 40 characters either side', () => {
    for (const m of mentions) {
      expect(m.context).toContain(m.text);
      expect(m.context).not.toMatch(/[\n\t\uE000]|\s{2}/);
      expect(Array.from(m.context).length).toBeLessThanOrEqual(Array.from(m.text).length + 2 * 40 + 2);
    }
  });
});

describe('scanHtml: what is and is not page text', () => {
  test('only rendered, readable text counts; inline tags are crossed, blocks are not; scripts do not run', async () => {
    const mentions = await scanHtml(readText(fixture('mentions.html')));
    expect(pairs(mentions)).toEqual([
      ['ccsvi-long-en', 'chronic cerebrospinal venous insufficiency'], // <b>chronic cerebrospinal</b> venous…
      ['ccsvi-abbr', 'CCSVI'], // Visible
      ['ccsvi-procedure-en', 'CCSVI treatment'], // visibility: visible inside visibility: hidden
      ['ccsvi-abbr', 'CCSVI'], // the summary of a closed <details>
      ['ccsvi-abbr', 'CCSVI'], // CC<span>SVI</span>
      ['ccsvi-long-en', 'cerebro-spinal\nvenous   insufficiency'], // across a <br>
      ['liberation-en', 'Liberation procedure'], // ambiguous, but the topic is established
    ]);
    const contexts = mentions.map((m) => m.context).join('\n');
    // Hidden, skipped and never-run text appears neither as a mention nor in a context.
    for (const absent of [
      'Hidden attribute',
      'Display none',
      'Visibility hidden',
      'Closed details',
      'Closed dialog',
      'textarea',
      'editor',
      'noscript',
      'template',
      'script',
      'Injected',
      'title',
    ]) {
      expect(contexts).not.toContain(absent);
    }
    expect(mentions[5]!.context).toContain(
      '¶ cerebro-spinal venous insufficiency ¶ The Liberation procedure',
    );
  });

  test('declarative shadow DOM: open roots and slotted light text count, closed roots and unslotted text do not', async () => {
    const mentions = await scanHtml(readText(fixture('shadow.html')));
    expect(mentions.map((m) => m.context)).toEqual([
      'Outside the components: CCSVI. ¶ Slotted light text: CCSVI.',
      'Inside an open shadow root: CCSVI treatment.',
      '…omponents: CCSVI. ¶ Slotted light text: CCSVI.',
    ]);
    // Document order: the shadow root's text stands at its host, before the slotted text further down.
    expect(pairs(mentions)).toEqual([
      ['ccsvi-abbr', 'CCSVI'],
      ['ccsvi-procedure-en', 'CCSVI treatment'],
      ['ccsvi-abbr', 'CCSVI'],
    ]);
  });

  test('an ambiguous term alone does not count; a page without mentions gives none', async () => {
    expect(await scanHtml('<p>The liberation procedure frees the buffer.</p>')).toEqual([]);
    expect(await scanHtml('<p>Nothing to see.</p>')).toEqual([]);
    expect(pairs(await scanHtml('<p>Multiple sclerosis: the liberation procedure.</p>'))).toEqual([
      ['liberation-en', 'liberation procedure'],
    ]);
  });

  test('formatScan: one JSON object per mention, then {"total":N}', () => {
    const m: ScanMention = { topic: 'ccsvi', term: 'ccsvi-abbr', text: 'CCSVI', context: 'a "CCSVI" b' };
    expect(formatScan([m, m])).toBe(
      '{"topic":"ccsvi","term":"ccsvi-abbr","text":"CCSVI","context":"a \\"CCSVI\\" b"}\n'.repeat(2) +
        '{"total":2}\n',
    );
    expect(formatScan([])).toBe('{"total":0}\n');
  });
});

describe('createStaticIsRendered', () => {
  function renderedTexts(html: string): string[] {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    try {
      const isRendered = createStaticIsRendered();
      return Array.from(host.querySelectorAll('[data-t]'))
        .filter((el) => isRendered(el))
        .map((el) => el.getAttribute('data-t')!);
    } finally {
      host.remove();
    }
  }

  test('hidden attribute, inline display and content-visibility hide an element and everything in it', () => {
    expect(
      renderedTexts(`
        <p data-t="plain">x</p>
        <div hidden><p data-t="in-hidden">x</p></div>
        <p hidden style="display: block" data-t="hidden-overridden">x</p>
        <p hidden="until-found" style="display: block" data-t="until-found">x</p>
        <section style="DISPLAY:None !important"><span><b data-t="deep-none">x</b></span></section>
        <p style="display: flex" data-t="flex">x</p>
        <div style="content-visibility: hidden"><p data-t="cv-hidden">x</p></div>
        <p style="background: url('a;display:none')" data-t="url-with-semicolon">x</p>
        <p style="/* display: none */ color: red" data-t="commented-out">x</p>
      `),
    ).toEqual(['plain', 'hidden-overridden', 'flex', 'url-with-semicolon', 'commented-out']);
  });

  test('visibility is inherited, and a descendant may make itself visible again', () => {
    expect(
      renderedTexts(`
        <div style="visibility: hidden"><p data-t="inherits-hidden">x</p><p style="visibility: visible" data-t="visible-again">x</p></div>
        <p style="visibility: collapse" data-t="collapse">x</p>
        <div style="visibility: visible; display: none"><p data-t="visible-but-none">x</p></div>
      `),
    ).toEqual(['visible-again']);
  });

  test('closed details show only their summary; closed dialogs nothing; open ones everything', () => {
    expect(
      renderedTexts(`
        <details data-t="closed-details-own-text"><summary data-t="summary">s</summary><p data-t="closed-body">x</p><summary data-t="second-summary">s</summary></details>
        <details open><summary data-t="open-summary">s</summary><p data-t="open-body">x</p></details>
        <dialog><p data-t="closed-dialog">x</p></dialog>
        <dialog open><p data-t="open-dialog">x</p></dialog>
      `),
    ).toEqual(['summary', 'open-summary', 'open-body', 'open-dialog']);
  });

  test('nothing in <head> is rendered', () => {
    const meta = document.createElement('meta');
    document.head.append(meta);
    try {
      expect(createStaticIsRendered()(meta)).toBe(false);
      expect(createStaticIsRendered()(document.body)).toBe(true);
    } finally {
      meta.remove();
    }
  });

  test('parseInlineStyle: last declaration wins unless an earlier one is !important', () => {
    expect(Object.fromEntries(parseInlineStyle('display:none; DISPLAY: Block'))).toEqual({
      display: 'block',
    });
    expect(Object.fromEntries(parseInlineStyle('display:none !important; display: block'))).toEqual({
      display: 'none',
    });
    expect(Object.fromEntries(parseInlineStyle('  ; color:red;;bad; :x'))).toEqual({ color: 'red' });
  });
});

describe('decodeHtmlInput', () => {
  const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);
  const refusal = (input: Uint8Array) => {
    try {
      decodeHtmlInput(input, 'in.html');
    } catch (error) {
      expect(error).toBeInstanceOf(ScanInputError);
      return (error as Error).message;
    }
    return null;
  };

  test('refuses empty, binary, PDF, JSON and tag-less input with a one-line message', () => {
    expect(refusal(new Uint8Array())).toBe('in.html is empty');
    expect(refusal(bytes(' \n\t '))).toBe('in.html is empty (only white space)');
    expect(refusal(bytes('<p>CCSVI</p>\0\0'))).toBe('in.html is binary (it contains NUL bytes), not HTML');
    expect(refusal(readFileSync(fixture('not-html.pdf')))).toBe('in.html is a PDF file, not HTML');
    expect(refusal(readFileSync(fixture('not-html.json')))).toBe('in.html is JSON, not HTML');
    expect(refusal(readFileSync(fixture('plain.txt')))).toBe('in.html is not HTML (no tag found)');
  });

  test('accepts fragments, and decodes byte order marks and <meta charset>', () => {
    expect(decodeHtmlInput(bytes('<b>CCSVI</b>'), 'x')).toBe('<b>CCSVI</b>');
    expect(decodeHtmlInput(bytes('<!DOCTYPE html>'), 'x')).toBe('<!DOCTYPE html>');
    expect(decodeHtmlInput(bytes('\uFEFF<p>é</p>'), 'x')).toBe('<p>é</p>');
    expect(
      decodeHtmlInput(Buffer.concat([Buffer.from([0xff, 0xfe]), bytes('<p>CCSVI é</p>', 'utf16le')]), 'x'),
    ).toBe('<p>CCSVI é</p>');
    const latin = Buffer.concat([
      bytes('<meta charset="windows-1252"><p>caf'),
      Buffer.from([0xe9, 0x93]),
      bytes('</p>'),
    ]);
    expect(decodeHtmlInput(latin, 'x')).toBe('<meta charset="windows-1252"><p>café“</p>');
  });
});

describe('contexts', () => {
  test('about 40 readable characters either side, cut marks, block marks, white space collapsed', () => {
    const before = 'a'.repeat(50);
    const after = 'b'.repeat(50);
    expect(contextAround(`${before}CCSVI${after}`, 50, 55)).toBe(`…${'a'.repeat(40)}CCSVI${'b'.repeat(40)}…`);
    expect(contextAround('short CCSVI text', 6, 11)).toBe('short CCSVI text');
    const text = `One.${BLOCK_SEPARATOR}\n  ${BLOCK_SEPARATOR}Two\u00AD words\n\there: CCSVI`;
    expect(contextAround(text, text.length - 5, text.length)).toBe('One. ¶ Two words here: CCSVI');
    expect(contextAround(`${BLOCK_SEPARATOR} CCSVI ${BLOCK_SEPARATOR}`, 2, 7)).toBe('CCSVI');
    expect(readable(`a \u00A0\n b${BLOCK_SEPARATOR}c`)).toBe('a b ¶ c');
  });
});

describe('parseArgs', () => {
  test('one file or -, --help, and refusals', () => {
    expect(parseArgs(['page.html'])).toEqual({ kind: 'scan', input: 'page.html' });
    expect(parseArgs(['-'])).toEqual({ kind: 'scan', input: '-' });
    expect(parseArgs(['--', '-odd-name.html'])).toEqual({ kind: 'scan', input: '-odd-name.html' });
    expect(parseArgs(['x.html', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs([]).kind).toBe('error');
    expect(parseArgs(['--verbose', 'x.html']).kind).toBe('error');
    expect(parseArgs(['a.html', 'b.html']).kind).toBe('error');
  });
});

describe.concurrent('the real CLI (scripts/scan.ts, spawned with tsx)', () => {
  const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'scan-cli-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function run(
    args: string[],
    stdin?: Buffer | string,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });
  }

  test('the seed article: 39 JSON mention lines, then {"total":39}; exit 0', async () => {
    const { code, stdout, stderr } = await run([path.relative(ROOT, SEED)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(40);
    expect(lines.at(-1)).toEqual({ total: 39 });
    for (const line of lines.slice(0, -1)) {
      expect(Object.keys(line)).toEqual(['topic', 'term', 'text', 'context']);
      expect(line.topic).toBe('ccsvi');
    }
    expect(lines[0]).toMatchObject({ term: 'ccsvi-procedure-en', text: 'CCSVI Treatment' });
  }, 30_000);

  test('- reads standard input', async () => {
    const { code, stdout, stderr } = await run(['-'], readFileSync(fixture('mentions.html')));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('{"total":7}');
  }, 30_000);

  test('no mentions: {"total":0} and exit 0', async () => {
    const { code, stdout } = await run(['-'], '<p>Nothing here.</p>');
    expect({ code, stdout }).toEqual({ code: 0, stdout: '{"total":0}\n' });
  }, 30_000);

  test('a missing file: exit 2 and one line on stderr', async () => {
    const { code, stdout, stderr } = await run(['tests/unit/fixtures/scan/does-not-exist.html']);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scan: cannot read tests/unit/fixtures/scan/does-not-exist.html: no such file\n',
    });
  }, 30_000);

  test('an empty file: exit 2', async () => {
    const { code, stdout, stderr } = await run(['tests/unit/fixtures/scan/empty.html']);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scan: tests/unit/fixtures/scan/empty.html is empty\n',
    });
  }, 30_000);

  test('non-HTML input (JSON, binary with NUL bytes): exit 2', async () => {
    const json = await run(['tests/unit/fixtures/scan/not-html.json']);
    expect({ code: json.code, stderr: json.stderr }).toEqual({
      code: 2,
      stderr: 'scan: tests/unit/fixtures/scan/not-html.json is JSON, not HTML\n',
    });
    const binaryFile = path.join(tmp, 'image.png');
    writeFileSync(
      binaryFile,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x3c, 0x70, 0x3e]),
    );
    const binary = await run([binaryFile]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe(`scan: ${binaryFile} is binary (it contains NUL bytes), not HTML\n`);
    expect(binary.stdout).toBe('');
  }, 30_000);

  test('--help prints the usage and the output format; a wrong argument exits 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run scan -- FILE.html');
    expect(help.stdout).toContain('{"total":N}');
    const wrong = await run(['--bogus']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^scan: unknown option --bogus.*\n$/);
  }, 30_000);
});
