import fc from 'fast-check';
import { certainlyAfter, formatPageDate, pageAgeLine, type EvidenceEvent } from '../../core/page-age';
import type { PageDate } from '../../core/page-date';
import { ccsviTopic } from '../../data';
import { en } from '../../data/ccsvi/text/en';
import { decisiveEvents } from '../../data/ccsvi/decisive-events';

const EVENTS = decisiveEvents(ccsviTopic.citations.decisive.studyIds);
const WORDING = en.pageAge;
const page = (date: string, updated = false): PageDate => ({ date, source: 'json-ld', updated });

test('the three trials, dated from the timeline, with their print years', () => {
  expect(EVENTS).toEqual([
    { date: '2014-06-27', year: 2014 },
    { date: '2017-11', year: 2018 },
    { date: '2018-09', year: 2018 },
  ]);
});

test('a page from before the trials', () => {
  expect(pageAgeLine(page('2011-03-14'), EVENTS, WORDING)).toBe(
    'This page is from March 2011. Since then, three sham-controlled trials (2014–2018) found the procedure does not help.',
  );
  expect(pageAgeLine(page('2010'), EVENTS, WORDING)).toBe(
    'This page is from 2010. Since then, three sham-controlled trials (2014–2018) found the procedure does not help.',
  );
});

test('a page from between the trials counts only the later ones', () => {
  expect(pageAgeLine(page('2016-05'), EVENTS, WORDING)).toBe(
    'This page is from May 2016. Since then, two more sham-controlled trials (2018) found the procedure does not help.',
  );
  // A page dated only "2014" may be later than the June 2014 trial: that one is not counted.
  expect(pageAgeLine(page('2014'), EVENTS, WORDING)).toMatch(/two more sham-controlled trials \(2018\)/);
  expect(pageAgeLine(page('2014-06-01'), EVENTS, WORDING)).toMatch(
    /three sham-controlled trials \(2014–2018\)/,
  );
  expect(pageAgeLine(page('2014-07-01'), EVENTS, WORDING)).toMatch(
    /two more sham-controlled trials \(2018\)/,
  );
  expect(pageAgeLine(page('2018-01-10'), EVENTS, WORDING)).toMatch(
    /Since then, one more sham-controlled trial \(2018\) found/,
  );
});

test('a page as recent as the evidence, or undated: nothing', () => {
  expect(pageAgeLine(page('2018-09'), EVENTS, WORDING)).toBeNull();
  expect(pageAgeLine(page('2021-02-02'), EVENTS, WORDING)).toBeNull();
  expect(pageAgeLine(null, EVENTS, WORDING)).toBeNull();
});

test('only an "updated" stamp: said so', () => {
  expect(pageAgeLine(page('2012-07', true), EVENTS, WORDING)).toMatch(
    /^This page was last updated in July 2012\. Since then, three/,
  );
});

test('dates are formatted with Intl.DateTimeFormat', () => {
  expect(formatPageDate('2011-03-14')).toBe('March 2011');
  expect(formatPageDate('2011-12')).toBe('December 2011');
  expect(formatPageDate('2011')).toBe('2011');
  expect(formatPageDate('2011-03', 'de')).toBe('März 2011');
});

test('certainlyAfter compares what the dates can mean', () => {
  expect(certainlyAfter('2014', '2013-12-31')).toBe(true);
  expect(certainlyAfter('2014', '2014-01-01')).toBe(false);
  expect(certainlyAfter('2017-11', '2017')).toBe(false);
  expect(certainlyAfter('2018-09', '2018-08-31')).toBe(true);
});

test('for any page date, the line counts exactly the trials certainly after it (property)', () => {
  const events: EvidenceEvent[] = EVENTS;
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2026-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: 1, max: 3 }),
      (d, precision) => {
        const date = d.toISOString().slice(0, [4, 7, 10][precision - 1]);
        const line = pageAgeLine(page(date), events, WORDING);
        const later = events.filter((e) => certainlyAfter(e.date, date)).length;
        if (later === 0) expect(line).toBeNull();
        else
          expect(line).toContain(
            `${['', 'one', 'two', 'three'][later]} ${later < 3 ? 'more ' : ''}sham-controlled trial`,
          );
      },
    ),
  );
});
