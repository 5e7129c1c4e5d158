import fc from 'fast-check';
import { checkSitePattern, siteMatches } from '../../core/site-patterns';
import { siteArb } from './settings-validity';
import { sitePatternProblemText } from '../../utils/settings-text';

const ok = (input: string) => {
  const r = checkSitePattern(input);
  if (!r.ok) throw new Error(`${input}: ${r.problem}`);
  return r.pattern;
};
const message = (input: string) => {
  const r = checkSitePattern(input);
  if (r.ok) throw new Error(`${input} was accepted as ${r.pattern}`);
  return sitePatternProblemText(r.problem);
};

describe('checkSitePattern', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.com', '*.example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['127.000.0.01', '127.0.0.1'],
    ['https://www.example.org/some/page?q=1#top', 'www.example.org'],
    ['http://user:pw@example.org:8080/', 'example.org'],
    ['http://127.0.0.1:5173/seed.html', '127.0.0.1'],
    ['example.com:8443', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['*.bücher.de', '*.xn--bcher-kva.de'],
  ])('%j is the site %j', (input, pattern) => {
    expect(ok(input)).toBe(pattern);
  });

  test.each([
    ['', /Type a site/],
    ['   ', /Type a site/],
    ['example com', /no spaces/],
    ['example.com/path', /without a path/],
    ['ex*ample.com', /only stand at the start/],
    ['*.*.example.com', /only stand at the start/],
    ['*.10.0.0.1', /IP address cannot/],
    ['300.1.1.1', /0 to 255/],
    ['exa_mple.com', /letters, digits/],
    ['-example.com', /letters, digits/],
    ['example..com', /letters, digits/],
    ['example', /ending/],
    [Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.') + '.com', /too long/],
    ['x'.repeat(5000), /too long/],
  ])('%.30j is refused: %s', (input, expected) => {
    expect(message(input)).toMatch(expected);
  });

  test('never throws, and what it accepts is already in its own normal form', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          siteArb,
          siteArb.map((s) => ` HTTPS://${s.replace('*.', '')}/x `),
        ),
        (input) => {
          const r = checkSitePattern(input);
          if (r.ok) {
            expect(checkSitePattern(r.pattern)).toEqual(r);
            expect(r.pattern).toMatch(/^(\*\.)?[a-z0-9.-]+$/);
          } else {
            expect(sitePatternProblemText(r.problem).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('siteMatches', () => {
  test('exact host, wildcard domain with its subdomains, IPs', () => {
    expect(siteMatches('example.com', 'example.com')).toBe(true);
    expect(siteMatches('example.com', 'www.example.com')).toBe(false);
    expect(siteMatches('*.example.com', 'example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'badexample.com')).toBe(false);
    expect(siteMatches('*.example.com', 'example.com.evil.net')).toBe(false);
    expect(siteMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(siteMatches('example.com', 'EXAMPLE.com.')).toBe(true);
  });

  test('a checked pattern matches the host a browser reports for the same address', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        const pattern = ok(site);
        const host = new URL(`http://${site.replace(/^\*\./, '')}/`).hostname;
        expect(siteMatches(pattern, host)).toBe(true);
      }),
    );
  });
});
