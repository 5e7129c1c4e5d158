import fc from 'fast-check';
import { chooseHighlighted, type HighlightScope } from '../../core/highlight-policy';

const mentionsIn = (blocks: readonly string[]) => blocks.map((block) => ({ block }));

/** The policy stated mention by mention, from what came before it. */
function expected(blocks: readonly string[], max: number, scope: HighlightScope): boolean[] {
  return blocks.map((block, i) => {
    if (scope === 'all') return i < max;
    if (scope === 'first-on-page') return i === 0 && max > 0;
    const firstOfBlock = blocks.indexOf(block) === i;
    const firstsBefore = blocks.slice(0, i).filter((b, j) => blocks.indexOf(b) === j).length;
    return firstOfBlock && firstsBefore < max;
  });
}

describe('chooseHighlighted', () => {
  it('gives the first of each paragraph, up to the cap', () => {
    const chosen = chooseHighlighted(
      mentionsIn(['p1', 'p1', 'p2', 'p3', 'p3', 'p4']),
      3,
      'first-per-paragraph',
    );
    expect(chosen).toEqual([true, false, true, true, false, false]);
  });

  it('gives only the first of the page, and nothing with a cap of 0', () => {
    expect(chooseHighlighted(mentionsIn(['a', 'b']), 5, 'first-on-page')).toEqual([true, false]);
    expect(chooseHighlighted(mentionsIn(['a', 'b']), 0, 'all')).toEqual([false, false]);
  });

  it('follows the policy for any mentions, cap and scope', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), { maxLength: 30 }),
        fc.nat({ max: 8 }),
        fc.constantFrom<HighlightScope>('all', 'first-per-paragraph', 'first-on-page'),
        (blocks, max, scope) => {
          const chosen = chooseHighlighted(mentionsIn(blocks), max, scope);
          expect(chosen).toEqual(expected(blocks, max, scope));
          expect(chosen.filter(Boolean).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
