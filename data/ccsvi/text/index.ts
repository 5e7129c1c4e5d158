/// <reference types="vite/client" />
/**
 * Every language the topic is written in: en.ts and each translation beside it (`<code>.ts`
 * exporting `<code>: TopicText`), found by file name, so adding a language is adding its file.
 */
import { en, type TopicText } from './en';

const modules = import.meta.glob<Record<string, TopicText>>('./[a-z][a-z].ts', { eager: true });

export const topicTexts: Readonly<Record<string, TopicText>> = Object.fromEntries(
  Object.entries(modules).flatMap(([file, module]) => {
    const code = /\.\/([a-z]{2})\.ts$/.exec(file)?.[1];
    const text = code ? module[code] : undefined;
    return code && text ? [[code, text]] : [];
  }),
);

/** The languages the topic can be shown in, English first. */
export const topicLanguages: readonly string[] = [
  'en',
  ...Object.keys(topicTexts)
    .filter((c) => c !== 'en')
    .sort(),
];

export { en };
export type { TopicText };
