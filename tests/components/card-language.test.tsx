// The card in another language: the background's digest carries the language, the card's own words
// and dates written for it; the card sets its lang.
import { render } from '@testing-library/preact';
import fc from 'fast-check';
import { Card } from '../../components/card/Card';
import { cardLabels, pageAgeFor } from '../../components/card/labels';
import { pageAgeLine } from '../../core/page-age';
import { assembleTopic } from '../../data/ccsvi/assemble';
import { en } from '../../data/ccsvi/text/en';
import { buildCardContent } from '../../entrypoints/background/card-content';

describe('in another language', () => {
  // A stand-in for a translation: the English words with an Italian card label, assembled as Italian.
  const italian = assembleTopic({ ...en, card: { ...en.card, eyebrow: 'Verifica delle prove' } }, 'it');
  const it = buildCardContent(italian);

  test('the card says which language it is in, with its own labels', () => {
    expect(it.lang).toBe('it');
    expect(it.labels.eyebrow).toBe('Verifica delle prove');
    render(
      <Card
        content={it}
        loadState="ready"
        theme="light"
        site="example.org"
        onClose={vi.fn()}
        onFullView={vi.fn()}
        onNeverOnSite={vi.fn()}
        onUndoNeverOnSite={vi.fn()}
      />,
    );
    expect(document.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('it');
    expect(document.querySelector('.eyebrow')!.textContent).toContain('Verifica delle prove');
  });

  test('dates are written by Intl in that language', () => {
    expect(it.lastReviewedLabel).toContain('3 dicembre 2026');
    expect(pageAgeFor(it.pageAge, { date: '2011-03-14', updated: false }, it.lang)).toContain('marzo 2011');
  });

  test('sentences with a value keep the value where the language puts it', () => {
    const labels = cardLabels({
      ...en.card,
      siteOff: (p: { site: string }) => `Su ${p.site} non evidenzia più.`,
    });
    expect(labels.siteOff).toEqual({ before: 'Su ', after: ' non evidenzia più.' });
  });
});

test('the card writes the page-age line from its words as the topic would, for any page date', () => {
  const english = buildCardContent(assembleTopic(en, 'en'));
  const events = english.pageAge.events;
  fc.assert(
    fc.property(
      fc.integer({ min: 2005, max: 2025 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      fc.boolean(),
      (year, month, updated) => {
        const date = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
        expect(pageAgeFor(english.pageAge, { date, updated }, 'en')).toBe(
          pageAgeLine({ date, updated }, events, en.pageAge, 'en'),
        );
      },
    ),
  );
});
