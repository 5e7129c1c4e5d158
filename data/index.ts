/** All topics of the knowledge base. */
import { ccsviTopic } from './ccsvi';
import type { Topic } from './topic-types';

export const topics: readonly Topic[] = [ccsviTopic];

export { ccsviTopic };
export { ccsviTopicIn, topicLanguages } from './ccsvi';
export type * from './topic-types';
