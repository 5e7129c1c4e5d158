/**
 * Deterministic, article-like HTML for the benchmark: a header with navigation, an article of sections
 * (headings, paragraphs with inline links/emphasis/code, lists, tables, quotes, figures), an aside and a
 * footer. The vocabulary holds no term of any topic, so a generated page has no mention.
 */
import { createRng, type Rng } from './prng';

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an ' +
  'they you were her she there been one all we their has would when if so no will more about can said what ' +
  'out up them into its time only new some could these two may first then do any like my now over such our ' +
  'man me even most made after also did many before must through back years where much your way well down ' +
  'should because each just those people how too little state good very make world still own see men work ' +
  'long get here between both life being under never day same another know while last might us great old ' +
  'year off come since against go came right used take three states himself few house use during without ' +
  'again place around however home small found thought went say part once general high upon school every ' +
  'report study patients results data analysis trial group evidence review method research clinical model ' +
  'city council budget river bridge market season players coach league energy policy climate garden recipe ' +
  'kitchen travel museum library history science students teacher network software version release server ' +
  'browser engine render memory network sensor battery vehicle harbour island mountain village festival ' +
  'committee agreement election minister province county hospital doctor nurse surgery imaging scanner ' +
  'measured observed reported compared increased reduced improved suggested published described recorded'
).split(' ');

const CAPITALISED = [
  'Alice',
  'Bergen',
  'Carter',
  'Delft',
  'Evans',
  'Florence',
  'Geneva',
  'Harper',
  'Iowa',
  'Jensen',
  'Kyoto',
  'Lagos',
  'Madrid',
  'Nairobi',
  'Oslo',
  'Porto',
];

function word(rng: Rng): string {
  return rng.chance(0.04) ? rng.pick(CAPITALISED) : rng.pick(WORDS);
}

function words(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(word(rng));
  return out.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence, sometimes with one inline element (link, emphasis, code, span, abbr). */
function sentence(rng: Rng): string {
  const parts: string[] = [];
  const n = rng.int(8, 24);
  for (let i = 0; i < n; i++) {
    const roll = rng.next();
    if (roll < 0.035) parts.push(`<a href="/page/${rng.int(1, 9999)}">${words(rng, 1, 4)}</a>`);
    else if (roll < 0.05) parts.push(`<em>${words(rng, 1, 3)}</em>`);
    else if (roll < 0.06) parts.push(`<strong>${words(rng, 1, 3)}</strong>`);
    else if (roll < 0.065) parts.push(`<code>${rng.pick(WORDS)}_${rng.int(1, 99)}()</code>`);
    else if (roll < 0.07) parts.push(`<span class="note">${words(rng, 1, 3)}</span>`);
    else if (roll < 0.072)
      parts.push(`<abbr title="${words(rng, 2, 3)}">${rng.pick(WORDS).toUpperCase().slice(0, 4)}</abbr>`);
    else parts.push(word(rng));
    if (i > 2 && i < n - 2 && rng.chance(0.06)) parts[parts.length - 1] += ',';
  }
  return capitalise(parts.join(' ')) + (rng.chance(0.1) ? '?' : '.');
}

export function paragraph(rng: Rng): string {
  const n = rng.int(2, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng));
  return `<p>${out.join(' ')}</p>`;
}

function list(rng: Rng): string {
  const tag = rng.chance(0.5) ? 'ul' : 'ol';
  const items: string[] = [];
  for (let i = rng.int(3, 7); i > 0; i--)
    items.push(`  <li>${rng.chance(0.3) ? sentence(rng) : capitalise(words(rng, 2, 9))}</li>`);
  return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
}

function table(rng: Rng): string {
  const cols = rng.int(3, 6);
  const head = Array.from({ length: cols }, () => `<th>${capitalise(words(rng, 1, 2))}</th>`).join('');
  const rows: string[] = [];
  for (let r = rng.int(4, 14); r > 0; r--) {
    const cells = Array.from({ length: cols }, (_, c) =>
      c === 0
        ? `<td>${capitalise(words(rng, 1, 3))}</td>`
        : `<td>${rng.chance(0.6) ? (rng.next() * 1000).toFixed(rng.int(0, 2)) : words(rng, 1, 2)}</td>`,
    ).join('');
    rows.push(`    <tr>${cells}</tr>`);
  }
  return `<table class="data">\n  <caption>${capitalise(words(rng, 3, 8))}</caption>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n${rows.join('\n')}\n  </tbody>\n</table>`;
}

function quote(rng: Rng): string {
  return `<blockquote><p>${sentence(rng)} ${sentence(rng)}</p><footer>— ${rng.pick(CAPITALISED)} ${rng.pick(CAPITALISED)}</footer></blockquote>`;
}

function figure(rng: Rng): string {
  return `<figure><img src="data:," alt="${words(rng, 2, 5)}" width="${rng.int(200, 600)}" height="${rng.int(100, 400)}"><figcaption>${capitalise(words(rng, 4, 12))}.</figcaption></figure>`;
}

function section(rng: Rng, index: number): string {
  const blocks: string[] = [`<h2 id="s${index}">${capitalise(words(rng, 2, 7))}</h2>`];
  for (let i = rng.int(3, 9); i > 0; i--) {
    const roll = rng.next();
    if (roll < 0.1) blocks.push(list(rng));
    else if (roll < 0.16) blocks.push(table(rng));
    else if (roll < 0.2) blocks.push(quote(rng));
    else if (roll < 0.23) blocks.push(figure(rng));
    else if (roll < 0.28) blocks.push(`<h3>${capitalise(words(rng, 2, 6))}</h3>`);
    else blocks.push(paragraph(rng));
  }
  return `<section>\n${blocks.join('\n')}\n</section>`;
}

const STYLE = `body{font:16px/1.5 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f4f4;padding:8px 24px}
nav ul{display:flex;gap:12px;list-style:none;margin:0;padding:0}main{display:flex;gap:32px;padding:0 24px}
article{max-width:760px}aside{width:240px;font-size:14px}table.data{border-collapse:collapse}
table.data td,table.data th{border:1px solid #ccc;padding:2px 6px}.note{color:#555}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:12px}`;

/** An HTML page of at least `targetBytes` bytes (UTF-8), the same for the same seed. */
export function generateArticlePage(targetBytes: number, seed: number): string {
  const rng = createRng(seed);
  const navItems = Array.from(
    { length: 8 },
    () => `<li><a href="/section/${rng.int(1, 99)}">${capitalise(words(rng, 1, 2))}</a></li>`,
  ).join('');
  const title = capitalise(words(rng, 4, 9));
  const head = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<header><nav><ul>${navItems}</ul></nav></header>\n<main>\n<article>\n<h1>${title}</h1>\n<p class="byline">By ${rng.pick(CAPITALISED)} ${rng.pick(CAPITALISED)}</p>\n`;
  const asideItems = Array.from(
    { length: 10 },
    () => `<li><a href="/related/${rng.int(1, 999)}">${capitalise(words(rng, 3, 8))}</a></li>`,
  ).join('\n');
  const tail = `</article>\n<aside><h2>Related</h2><ul>\n${asideItems}\n</ul></aside>\n</main>\n<footer><p>${sentence(rng)}</p></footer>\n</body>\n</html>\n`;
  const parts: string[] = [head];
  let bytes = head.length + tail.length;
  for (let i = 1; bytes < targetBytes; i++) {
    const s = section(rng, i) + '\n';
    parts.push(s);
    bytes += s.length; // the vocabulary is ASCII except for the em dash: close enough, checked by the caller
  }
  parts.push(tail);
  return parts.join('');
}

/** Mention strings planted into pages; each is exactly one mention (the last one's MS words are context). */
export const PLANTED_MENTIONS = [
  'CCSVI',
  'chronic cerebrospinal venous insufficiency',
  'the Liberation Procedure for multiple sclerosis',
  'CCSVI treatment',
] as const;

/**
 * `count` paragraphs like the article's, as HTML; every `mentionEvery`-th one gets a sentence with a
 * mention. Returns the HTML and how many mentions it holds.
 */
export function generateParagraphBatch(
  count: number,
  seed: number,
  mentionEvery: number,
): { html: string; mentions: number } {
  const rng = createRng(seed);
  const out: string[] = [];
  let mentions = 0;
  for (let i = 0; i < count; i++) {
    let p = paragraph(rng);
    if (mentionEvery > 0 && i % mentionEvery === mentionEvery - 1) {
      const phrase = PLANTED_MENTIONS[mentions % PLANTED_MENTIONS.length]!;
      p = p.replace('</p>', ` Readers keep asking about ${phrase} in our comments.</p>`);
      mentions++;
    }
    out.push(p);
  }
  return { html: out.join('\n'), mentions };
}
