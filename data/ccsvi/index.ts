/** The CCSVI topic: everything the hover card, the popup and the matcher read, in each language. */
import type { Topic } from '../topic-types';
import { assembleTopic } from './assemble';
import { en, topicLanguages, topicTexts } from './text';

export { topicLanguages };

/** English: the source text, and the fallback. */
export const ccsviTopic = assembleTopic(en, 'en');

const assembled = new Map<string, Topic>([['en', ccsviTopic]]);

/** The topic in `lang` (a code of topicLanguages); English for any other. */
export function ccsviTopicIn(lang: string): Topic {
  let topic = assembled.get(lang);
  if (!topic) {
    const text = topicTexts[lang];
    if (!text) return ccsviTopic;
    topic = assembleTopic(text, lang);
    assembled.set(lang, topic);
  }
  return topic;
}
