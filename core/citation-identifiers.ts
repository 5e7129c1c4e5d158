/**
 * The identifiers a reference carries, in its text or its links: DOI, PMID, PMC id, trial
 * registration, and the address of every page it links to (core/citations.ts).
 */

/** A reference as found on a page: its text and the addresses it links to. */
export interface PageReference {
  text: string;
  hrefs: readonly string[];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  }
}

/** A DOI as written, without the punctuation that ends the sentence or closes a bracket around it. */
function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const last = doi.at(-1);
    if (last === undefined) return doi;
    const count = (c: string) => doi.split(c).length - 1;
    if ('.,;:!?\'"”’>'.includes(last)) doi = doi.slice(0, -1);
    else if (last === ')' && count(')') > count('(')) doi = doi.slice(0, -1);
    else if (last === ']' && count(']') > count('[')) doi = doi.slice(0, -1);
    else return doi;
  }
}

/** A PMID: labelled in the text, or in the address of PubMed or Europe PMC. */
const PMID_PATTERNS = [
  /\bPMID\s*:?\s*(\d{1,9})\b/gi,
  /\bPubMed\s*(?:ID)?\s*:\s*(\d{4,9})\b/gi,
  /pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})(?!\d)/gi,
  /ncbi\.nlm\.nih\.gov\/pubmed\/(?:\?term=)?(\d{1,9})(?!\d)/gi,
  /pubmed\.gov\/(\d{1,9})(?!\d)/gi,
  /europepmc\.org\/(?:abstract|article)\/MED\/(\d{1,9})(?!\d)/gi,
];

export interface Identifiers {
  dois: string[];
  pmids: string[];
  pmcids: string[];
  registrations: string[];
  /** host + path of every link, lower case, no 'www.' */
  pages: string[];
}

/** Every identifier in a reference's text and links (decoded, normalised, de-duplicated). */
export function identifiersIn(ref: PageReference): Identifiers {
  const hay = [ref.text, ...ref.hrefs.map(decode)].join('\n');
  const uniq = (xs: string[]) => [...new Set(xs)];
  const dois = uniq(
    [...hay.matchAll(/\b(10\.\d{4,9}\/[^\s"<>]+)/gi)].map((m) =>
      trimDoi(m[1]!.replace(/[?#].*$/, '')).toLowerCase(),
    ),
  );
  const pmids = uniq(PMID_PATTERNS.flatMap((re) => [...hay.matchAll(re)].map((m) => String(Number(m[1])))));
  const pmcids = uniq([...hay.matchAll(/\bPMC\s?(\d{4,9})(?!\d)/gi)].map((m) => `PMC${m[1]}`));
  const registrations = uniq([...hay.matchAll(/\bNCT\s?(\d{8})(?!\d)/gi)].map((m) => `NCT${m[1]}`));
  const pages = ref.hrefs.flatMap((href) => {
    try {
      const url = new URL(href);
      return [`${url.hostname.replace(/^www\./, '')}${url.pathname}`.toLowerCase()];
    } catch {
      return [];
    }
  });
  return { dois, pmids, pmcids, registrations, pages };
}

export const doiMatches = (found: string, known: string) => found === known || found.startsWith(`${known}/`);
export const pageMatches = (found: string, known: string) =>
  found.startsWith(known) && !/^[\p{L}\p{N}]/u.test(found.slice(known.length));

/** Whether the reference carries a DOI, PMID, PMC id or registration number (a page's address names no work). */
export const hasWorkIdentifier = (ids: Identifiers) =>
  (['dois', 'pmids', 'pmcids', 'registrations'] as const).some((kind) => ids[kind].length > 0);
