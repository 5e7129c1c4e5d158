import { ccsviTopic } from '../../data';
import type { Topic } from '../../data/topic-types';
import { wordUses } from '../../core/glossary';
import { countWords, splitSentences } from './text-utils';

const topic: Topic = ccsviTopic;

describe('sentence splitter', () => {
  test('splits on sentence ends', () => {
    expect(splitSentences('One thing. Two things! Three?')).toEqual(['One thing.', 'Two things!', 'Three?']);
  });
  test('keeps abbreviations, decimals and closing quotes inside a sentence', () => {
    expect(splitSentences('Veins, e.g. the azygos, were seen. Next one.')).toHaveLength(2);
    expect(splitSentences('Zamboni P et al. reported it. Then more.')).toHaveLength(2);
    expect(splitSentences('It was 3.26% in MS and 2.13% in others. A second sentence.')).toHaveLength(2);
    expect(splitSentences('It was called the “Liberation Procedure.” Later trials differed.')).toHaveLength(
      2,
    );
  });
  test('counts words, not punctuation', () => {
    expect(countWords('CCSVI – a hypothesis, (2009).')).toBe(4);
  });
});

describe('plain language', () => {
  test('the verdict is one sentence of at most 200 characters', () => {
    expect(splitSentences(topic.verdict.text)).toHaveLength(1);
    expect(topic.verdict.text.length).toBeLessThanOrEqual(200);
    expect(topic.verdict.text).toMatch(/CCSVI/);
    expect(topic.verdict.text).toMatch(/Liberation Procedure/);
  });

  test('the verdict rests on the randomized trials and the blinded studies', () => {
    for (const id of [
      'premise-2014',
      'brave-dreams-2018',
      'traboulsee-2018',
      'cochrane-update',
      'cosmo-2013',
    ])
      expect(topic.verdict.basedOn).toContain(id);
  });

  test('3 to 5 key points, each at most two sentences', () => {
    expect(topic.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(topic.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of topic.keyPoints) expect(splitSentences(k.text).length, k.text).toBeLessThanOrEqual(2);
  });

  test('verdict and key points average at most 15 words a sentence', () => {
    const sentences = [topic.verdict.text, ...topic.keyPoints.map((k) => k.text)].flatMap(splitSentences);
    const average = sentences.reduce((n, s) => n + countWords(s), 0) / sentences.length;
    expect(average).toBeLessThanOrEqual(15);
    for (const s of sentences) expect(countWords(s), s).toBeLessThanOrEqual(25);
  });

  test('explanation sentences stay short', () => {
    for (const e of topic.explanation)
      for (const s of splitSentences(e.text)) expect(countWords(s), s).toBeLessThanOrEqual(25);
  });

  test('the explanation covers the required subjects', () => {
    const all = topic.explanation.map((e) => e.text).join(' ');
    for (const needle of [
      'Zamboni',
      'Costa Rica',
      'blinding',
      'sham',
      'FDA',
      'TVAM',
      '2023',
      'not proof of cause',
      'British Columbia',
      'symptom of MS',
      'trend',
    ])
      expect(all, needle).toContain(needle);
  });

  test('the glossary explains every term the issue lists, in short plain sentences without other glossary words', () => {
    const ids = topic.glossary.map((g) => g.id);
    for (const id of [
      'meta-analysis',
      'sham',
      'blinding',
      'venography',
      'lesion',
      'odds-ratio',
      'adverse-event',
      'prevalence',
      'case-control',
      'double-blind',
      'angioplasty',
      'tvam',
    ])
      expect(ids, id).toContain(id);
    for (const g of topic.glossary) {
      for (const sentence of splitSentences(g.explanation))
        expect(countWords(sentence), g.explanation).toBeLessThanOrEqual(20);
      const others = wordUses(g.explanation, topic.glossary).filter((u) => u.id !== g.id);
      expect(
        others.map((u) => u.id),
        g.id,
      ).toEqual([]);
      expect(
        g.forms.every((f) => f === f.toLowerCase()),
        g.id,
      ).toBe(true);
    }
  });

  test('what this means for you: attributed to NICE and the FDA, says it is not medical advice, blames no one', () => {
    const means = topic.whatThisMeans;
    const text = means.points.map((p) => p.text).join(' ');
    expect(text).toMatch(/healthcare professional should talk to you about other treatment options/);
    expect(text).toMatch(/stent/);
    expect(text).toMatch(/MS team/);
    expect(means.points.flatMap((p) => p.basedOn)).toEqual(
      expect.arrayContaining(['nice-ipg640', 'nmss-2012']),
    );
    expect(means.disclaimer).toMatch(/not medical advice/);
  });

  test('one safety statement, used in the key points and the story', () => {
    expect(topic.keyPoints.map((k) => k.text)).toContain(topic.safety.text);
    expect(topic.explanation.some((e) => e.text.includes(topic.safety.text))).toBe(true);
    expect(topic.safety.text).toMatch(/rare/);
    expect(topic.safety.text).toMatch(/outside these trials/);
  });

  test('no mocking words about patients', () => {
    const text = JSON.stringify({ ...topic, terms: null }).toLowerCase();
    for (const word of ['quack', 'gullible', 'desperate', 'foolish', 'naive', 'hoax', 'scam', 'snake oil'])
      expect(text.includes(word), word).toBe(false);
  });

  test('the honest-association point is made without claiming no association was ever found', () => {
    const text = [...topic.keyPoints.map((k) => k.text), ...topic.explanation.map((e) => e.text)]
      .join(' ')
      .toLowerCase();
    expect(text).not.toMatch(/no (association|link) (was )?ever/);
    const point = topic.keyPoints.find((k) => k.basedOn.includes('bmjopen-2023'));
    expect(point?.text).toMatch(/does not show it causes MS/);
  });
});
