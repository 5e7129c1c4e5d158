import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { agree, parseDateValue, parseWrittenDate } from '../../core/date-values';
import { pageDateSteps, urlDate, type PageDate } from '../../core/page-date';

const FIXTURES = path.resolve(__dirname, 'fixtures/page-date');
const NOW = new Date('2026-12-01T00:00:00Z');

function docFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The first step that finds a date, as the page-context script runs them. */
function dateOf(html: string, url = 'https://example.org/article'): PageDate | null {
  for (const step of pageDateSteps({ doc: docFrom(html), url, now: NOW })) {
    const date = step();
    if (date) return date;
  }
  return null;
}

/**
 * Real pages, trimmed to their date-bearing parts (each file names where it was saved from). The
 * expected dates are the ones the saving project's own tests give, or the visible byline's.
 */
const REAL_PAGES: Array<{
  file: string;
  url: string;
  date: string | null;
  source: PageDate['source'] | null;
}> = [
  {
    file: 'medium.html',
    url: 'https://medium.com/the-wtf-economy/wtf-whats-the-future-e52ab9515573',
    date: '2016-10-19',
    source: 'meta',
  },
  {
    file: 'guardian.html',
    url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation',
    date: '2016-11-29',
    source: 'meta',
  },
  // The address carries the print date (the 20th); the page's own stamp says the 19th.
  {
    file: 'nytimes.html',
    url: 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html',
    date: '2016-09-19',
    source: 'meta',
  },
  {
    file: 'washingtonpost.html',
    url: 'https://www.washingtonpost.com/news/opinions/wp/2018/10/29/enough-platitudes-lets-name-names/',
    date: '2018-10-29',
    source: 'time',
  },
  {
    file: 'npr.html',
    url: 'http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting',
    date: '2016-12-15',
    source: 'meta',
  },
  {
    file: 'cnn.html',
    url: 'http://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html',
    date: '2016-11-29',
    source: 'meta',
  },
  // sailthru.date and the modified stamp say the 15th: the published stamp wins.
  {
    file: 'reuters.html',
    url: 'http://www.reuters.com/article/us-usa-fed-idUSKBN1430G4',
    date: '2016-12-14',
    source: 'meta',
  },
  {
    file: 'cbc.html',
    url: 'https://www.cbc.ca/news/business/crea-september-numbers-1.6616369',
    date: '2022-10-14',
    source: 'time',
  },
  {
    file: 'wordpress-mattias.html',
    url: 'https://ma.ttias.be/cronweekly/issue-130/',
    date: '2020-04-19',
    source: 'meta',
  },
  // citation_publication_date is a placeholder (1 January) here; the page's own published stamp comes first.
  {
    file: 'biorxiv.html',
    url: 'https://biorxiv.org/content/10.1101/696633v1',
    date: '2019-07-11',
    source: 'meta',
  },
  {
    file: 'latimes.html',
    url: 'http://www.latimes.com/local/education/la-me-edu-report-on-la-school-shutdown-20161216-story.html',
    date: '2016-12-16',
    source: 'meta',
  },
  {
    file: 'globalnews.html',
    url: 'https://globalnews.ca/news/6620622/syria-turkey-strikes-conflict/',
    date: '2020-03-02',
    source: 'json-ld',
  },
  {
    file: 'detroitnews.html',
    url: 'https://www.detroitnews.com/story/news/local/detroit-city/2020/03/17/tips-sought-detroit-mom-slaying-2015/5073935002/',
    date: '2020-03-17',
    source: 'json-ld',
  },
  {
    file: 'yoast-acredis.html',
    url: 'https://www.acredis.com/schoenheitsoperationen/augenlidstraffung/',
    date: '2018-02-28',
    source: 'json-ld',
  },
  {
    file: 'blogger-python.html',
    url: 'http://blog.python.org/2016/12/python-360-is-now-available.html',
    date: '2016-12-23',
    source: 'time',
  },
  {
    file: 'wordpress-netzpolitik.html',
    url: 'https://netzpolitik.org/2016/die-cider-connection-abmahnungen-gegen-nutzer-von-creative-commons-bildern/',
    date: '2016-06-23',
    source: 'meta',
  },
  {
    file: 'drupal-creativecommons-at.html',
    url: 'https://www.creativecommons.at/faircoin-hackathon',
    date: '2017-07-24',
    source: 'byline',
  },
  {
    file: 'blogger-archive-2011.html',
    url: 'http://unexpecteduser.blogspot.de/2011/',
    date: '2011-03-30',
    source: 'time',
  },
  // A search results page lists many works and has no date of its own.
  {
    file: 'pubmed-search.html',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=(hypertension%5BTitle%5D)%20AND%20(food%5BText%20Word%5D)%20&page=2',
    date: null,
    source: null,
  },
  {
    file: 'wordpress-url-date.html',
    url: 'http://www.jovelstefan.de/2012/05/11/parken-in-paris/',
    date: '2012-05-11',
    source: 'url',
  },
];

describe('page date on real markup', () => {
  for (const page of REAL_PAGES) {
    test(`${page.file} → ${page.date ?? 'none'}`, () => {
      const html = readFileSync(path.join(FIXTURES, page.file), 'utf8');
      expect(html).toMatch(/<!-- .*(saved copy|page:)/s);
      const found = dateOf(html, page.url);
      expect(found?.date ?? null).toBe(page.date);
      expect(found?.source ?? null).toBe(page.source);
      expect(found?.updated ?? false).toBe(false);
    });
  }

  test('the seed article has no date', () => {
    const html = readFileSync(path.resolve(__dirname, '../e2e/fixtures/seed-article.html'), 'utf8');
    expect(dateOf(html, 'http://127.0.0.1/seed-article.html')).toBeNull();
  });
});

describe('JSON-LD', () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  test('datePublished, then dateCreated; @graph and arrays', () => {
    expect(dateOf(ld({ '@type': 'BlogPosting', datePublished: '2011-03-12T09:00:00+01:00' }))?.date).toBe(
      '2011-03-12',
    );
    expect(dateOf(ld({ '@type': 'Article', dateCreated: '2010-11' }))?.date).toBe('2010-11');
    expect(
      dateOf(
        ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'], datePublished: '2012-01-05' }] }),
      )?.date,
    ).toBe('2012-01-05');
    expect(
      dateOf(ld([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: ['2013-02-01'] }]))?.date,
    ).toBe('2013-02-01');
  });

  test("an article's date comes before its web page's", () => {
    const html = ld({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2019-01-01' },
        { '@type': 'Article', datePublished: '2011-05-02' },
      ],
    });
    expect(dateOf(html)?.date).toBe('2011-05-02');
  });

  test('dates of other things (a video, comments, listed articles) are not the page date', () => {
    expect(
      dateOf(ld({ '@type': 'VideoObject', uploadDate: '2011-01-01', datePublished: '2011-01-01' })),
    ).toBeNull();
    expect(
      dateOf(
        ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'Article', datePublished: '2011-01-01' }] }),
      ),
    ).toBeNull();
  });

  test('two articles with different dates: unsure', () => {
    const html = ld([
      { '@type': 'Article', datePublished: '2011-01-01' },
      { '@type': 'Article', datePublished: '2015-06-01' },
    ]);
    expect(dateOf(html)).toBeNull();
  });

  test('broken JSON is ignored; the next source answers', () => {
    const html = `<script type="application/ld+json">{ "@type": "Article", "datePublished": </script><meta property="article:published_time" content="2010-09-09">`;
    expect(dateOf(html)).toEqual({ date: '2010-09-09', source: 'meta', updated: false });
  });

  test('dateModified only as a second choice', () => {
    expect(dateOf(ld({ '@type': 'Article', dateModified: '2014-04-04' }))).toEqual({
      date: '2014-04-04',
      source: 'json-ld',
      updated: true,
    });
    const both =
      ld({ '@type': 'Article', dateModified: '2019-04-04' }) + '<meta name="DC.date" content="2011-02-03">';
    expect(dateOf(both)).toEqual({ date: '2011-02-03', source: 'meta', updated: false });
  });
});

describe('meta tags', () => {
  test.each([
    ['property', 'article:published_time', '2011-03-12T10:00:00Z', '2011-03-12'],
    ['property', 'og:published_time', '2011-03-12', '2011-03-12'],
    ['name', 'citation_publication_date', '2009/04', '2009-04'],
    ['name', 'DC.date', '2010-11-02', '2010-11-02'],
    ['name', 'date', '2012-07-30', '2012-07-30'],
    ['name', 'pubdate', '20110312', '2011-03-12'],
  ])('%s="%s" content="%s"', (attr, key, value, expected) => {
    expect(dateOf(`<meta ${attr}="${key}" content="${value}">`)?.date).toBe(expected);
  });

  test('a future or impossible date is not taken', () => {
    expect(dateOf('<meta name="date" content="2031-01-01">')).toBeNull();
    expect(dateOf('<meta name="date" content="2011-02-30">')).toBeNull();
  });
});

describe('stamps in the article, bylines and the address', () => {
  test('a <time> in the article header; comments and sidebars do not count', () => {
    const html = `<article><header><h1>T</h1><time datetime="2011-03-12">12 March</time></header>
      <section id="comments"><time datetime="2014-01-01" class="published">later</time></section></article>
      <aside><time class="entry-date published" datetime="2019-01-01">x</time></aside>`;
    expect(dateOf(html)).toEqual({ date: '2011-03-12', source: 'time', updated: false });
  });

  test('without the article stamp, a comment date is never taken', () => {
    const html = `<article><h1>T</h1><p>Text</p><ol class="commentlist"><li><time datetime="2014-01-01" class="published">x</time> Posted on 3 May 2014</li></ol></article>`;
    expect(dateOf(html)).toBeNull();
  });

  test('a dated byline near the title', () => {
    expect(dateOf('<h1>Title</h1><p>Posted on 12 March 2011 by Ann</p><p>Body</p>')?.date).toBe('2011-03-12');
    expect(dateOf('<h1>Title</h1><div class="byline">By Ann | March 12, 2011</div>')?.date).toBe(
      '2011-03-12',
    );
  });

  test('a byline that only says when it was updated is a second choice', () => {
    expect(dateOf('<h1>Title</h1><p>Last updated 9 June 2014</p>')).toEqual({
      date: '2014-06-09',
      source: 'byline',
      updated: true,
    });
    expect(
      dateOf('<h1>Title</h1><p class="byline">Published 3 May 2011 · Updated 9 June 2014</p>')?.date,
    ).toBe('2011-05-03');
  });

  test('the address', () => {
    expect(urlDate('https://blog.example.org/2010/11/ccsvi-news.html')).toBe('2010-11');
    expect(urlDate('https://example.com/2010/11/22/slug/')).toBe('2010-11-22');
    expect(urlDate('https://www.theguardian.com/society/2011/mar/12/slug')).toBe('2011-03-12');
    expect(urlDate('https://example.com/archive/2011/')).toBeNull();
    expect(urlDate('https://example.com/2011/99/slug')).toBeNull();
    expect(dateOf('<p>x</p>', 'https://example.com/2010/11/slug')).toEqual({
      date: '2010-11',
      source: 'url',
      updated: false,
    });
  });

  test('no date anywhere: null', () => {
    expect(dateOf('<h1>CCSVI</h1><p>Nothing dated here, not even 2011 on its own.</p>')).toBeNull();
  });
});

describe('parsing', () => {
  test('written dates in several languages', () => {
    expect(parseWrittenDate('Posted on 12 March 2011')).toBe('2011-03-12');
    expect(parseWrittenDate('March 12th, 2011')).toBe('2011-03-12');
    expect(parseWrittenDate('Gespeichert am 24. Juli 2017')).toBe('2017-07-24');
    expect(parseWrittenDate('publié le 3 févr. 2010')).toBe('2010-02-03');
    expect(parseWrittenDate('12 de mayo de 2011')).toBe('2011-05-12');
    expect(parseWrittenDate('Sept 2011')).toBe('2011-09');
    expect(parseWrittenDate('in 2011')).toBeNull();
  });

  test('agree: readings must fit one another', () => {
    expect(agree(['2011', '2011-03', '2011-03-12'])).toBe('2011-03-12');
    expect(agree(['2011-03-12', '2011-03-13'])).toBeNull();
    expect(agree([])).toBeNull();
  });

  test('any valid calendar date written as ISO reads back as itself (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1995-01-01T00:00:00Z'),
          max: new Date('2026-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('', 'T10:20:30Z', 'T23:59:00-05:00', ' 10:00'),
        (d, time) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDateValue(iso + time)).toBe(iso);
        },
      ),
    );
  });

  test('random text never throws and yields a well-formed date or null (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const d = parseWrittenDate(s);
        expect(d === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)).toBe(true);
      }),
    );
  });
});
