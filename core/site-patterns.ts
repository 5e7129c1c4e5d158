/**
 * Site rules typed by the reader: `example.com` (that host only), `*.example.com` (the domain and
 * every subdomain), `localhost`, or an IPv4 address. Pure, so the options page can check as the reader types.
 */
/** What is wrong with a typed site (the options page words it in the reader's language). */
export type SitePatternProblem =
  'empty' | 'tooLong' | 'spaces' | 'path' | 'wildcard' | 'ipWildcard' | 'ipPart' | 'characters' | 'ending';

export type SitePatternCheck = { ok: true; pattern: string } | { ok: false; problem: SitePatternProblem };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The longest host name DNS allows. */
const MAX_HOST_LENGTH = 253;

const fail = (problem: SitePatternProblem): SitePatternCheck => ({ ok: false, problem });

/** Turns a non-ASCII name (bücher.de) into the form browsers report in location.hostname (xn--bcher-kva.de). */
function toAsciiHost(host: string): string | null {
  if (/^\p{ASCII}*$/u.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

export function checkSitePattern(input: string): SitePatternCheck {
  if (typeof input !== 'string') return fail('empty');
  let pattern = input.trim().toLowerCase();
  if (pattern === '') return fail('empty');
  if (pattern.length > MAX_HOST_LENGTH * 4) return fail('tooLong');
  // Readers paste whole addresses: keep only the host.
  const fromUrl = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/.exec(pattern);
  if (fromUrl) pattern = fromUrl[1]!.replace(/^[^@]*@/, '');
  if (/\s/.test(pattern)) return fail('spaces');
  if (pattern.includes('/')) return fail('path');
  // A port (example.com:8080) does not change which site it is; a final dot (example.com.) neither.
  pattern = pattern.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
  const wildcard = pattern.startsWith('*.');
  let host = wildcard ? pattern.slice(2) : pattern;
  if (host.includes('*')) return fail('wildcard');
  const ip = IPV4.exec(host);
  if (ip) {
    if (wildcard) return fail('ipWildcard');
    if (ip.slice(1).some((part) => Number(part) > 255)) return fail('ipPart');
    // 127.000.0.01 is the address the browser calls 127.0.0.1.
    return { ok: true, pattern: ip.slice(1).map(Number).join('.') };
  }
  const ascii = toAsciiHost(host);
  if (ascii === null) return fail('characters');
  host = ascii;
  if (host.length > MAX_HOST_LENGTH) return fail('tooLong');
  const labels = host.split('.');
  if (labels.some((label) => !LABEL.test(label))) return fail('characters');
  if (labels.length < 2 && host !== 'localhost') return fail('ending');
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

export function siteMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === pattern;
}
