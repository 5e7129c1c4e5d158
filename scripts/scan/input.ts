/** Turns the bytes given to the scan into HTML text, refusing input that is not HTML. */

/** Input the scan refuses; the message is one line, meant for a person. */
export class ScanInputError extends Error {
  override readonly name = 'ScanInputError';
}

/** A tag, a comment or a doctype: the least that makes text look like HTML. */
const HTML_TAG = /<(?:!doctype[\s>]|!--|\/?[a-z][a-z0-9-]*(?:[\s/>]|$))/i;

/** The encoding a `<meta>` in the first 1024 bytes declares, as a browser's pre-scan finds it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** windows-1252 bytes 0x80–0x9F (the WHATWG table; Node 20's TextDecoder decodes them as Latin-1 controls). */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\x80-\x9F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoding function for an encoding label, or null for a label this Node does not know. */
function decoderFor(label: string): ((bytes: Uint8Array) => string) | null {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? decodeWindows1252 : (bytes) => decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes: a byte order mark first, then a `<meta charset>`, else UTF-8. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const label = declaredCharset(bytes);
  // A page that says UTF-16 without a byte order mark was stored as bytes a browser reads as UTF-8.
  const decoder = label && !/^utf-?16/i.test(label) ? decoderFor(label) : null;
  return decoder ? decoder(bytes) : new TextDecoder('utf-8').decode(bytes);
}

function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The HTML text of `bytes`, or a ScanInputError when they are empty, binary (NUL bytes, a PDF), JSON, or
 * text without a single HTML tag. `name` names the input in messages ("page.html", "standard input").
 */
export function decodeHtmlInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ScanInputError(`${name} is empty`);
  const start = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (start.startsWith('%PDF-')) throw new ScanInputError(`${name} is a PDF file, not HTML`);
  const text = decode(bytes);
  if (text.includes('\0')) throw new ScanInputError(`${name} is binary (it contains NUL bytes), not HTML`);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) throw new ScanInputError(`${name} is empty (only white space)`);
  if (isJson(trimmed)) throw new ScanInputError(`${name} is JSON, not HTML`);
  if (!HTML_TAG.test(trimmed)) throw new ScanInputError(`${name} is not HTML (no tag found)`);
  return text.replace(/^\uFEFF/, '');
}
