/** Command-line arguments of `npm run scan`. */

export const USAGE = `Usage: npm run scan -- FILE.html
       npm run scan -- -            (reads the HTML from standard input)
       npm run scan -- FOLDER       (every .html file in it: a summary per language)

Scans an HTML file for mentions of CCSVI and the "Liberation Procedure" with the extension's own matcher
and walking rules (no script in the page runs and nothing is fetched).

Output (standard output), JSON Lines:
  one line per mention, in page order:
    {"topic":"ccsvi","term":"<term id>","text":"<matched text, exactly as in the page>","context":"<text around it>"}
  then one last line with the count:
    {"total":N}
  The context holds about 40 characters either side of the mention, white space collapsed to one space,
  block boundaries (paragraphs, headings, list items…) shown as " ¶ ", and "…" where it was cut.

What counts: the text a reader sees. Not counted: <head>, scripts, styles, form fields, code, editable
regions, iframes; elements with the hidden attribute, an inline style display:none, visibility:hidden or
content-visibility:hidden (on them or an ancestor), a closed <details> (except its summary), a closed
<dialog>. Rules from style sheets are not applied (there is no layout). Declarative shadow DOM
(<template shadowrootmode="open">) is scanned like an open shadow root.

A folder: one table, a row per page language (<html lang>) and one for all: pages, pages with mentions,
labelled mentions, mentions found, and where pages carry labels (<meta name="ccsvi-mentions"
content="START-END …">, offsets in the body's text, as \`npm run eval -- --pages DIR\` writes them)
precision and recall, strict (same span) and loose (overlapping), as \`npm run eval\` prints them.

Options:
  -h, --help   show this help

Exit status: 0 after a scan (even with no mentions); 2 when the input is missing, empty or not HTML
(a one-line message goes to standard error) or the arguments are wrong.`;

export type ScanArgs =
  { kind: 'help' } | { kind: 'scan'; input: string } | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): ScanArgs {
  const inputs: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && (arg === '-h' || arg === '--help')) return { kind: 'help' };
    if (!optionsEnded && arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (!optionsEnded && arg.startsWith('-') && arg !== '-')
      return { kind: 'error', message: `unknown option ${arg} (see --help)` };
    inputs.push(arg);
  }
  if (inputs.length === 0)
    return { kind: 'error', message: 'no input: give an HTML file, or - for standard input (see --help)' };
  if (inputs.length > 1)
    return { kind: 'error', message: `one input at a time, got ${inputs.length} (see --help)` };
  return { kind: 'scan', input: inputs[0]! };
}
