/**
 * The facts of a topic without their words: what the data modules hold. The words are per language
 * (data/ccsvi/text/), and the two are joined into a `Topic` for one language (data/ccsvi/assemble.ts).
 */
import type { Blinding, Harm, Statement, Study, StudyCitation, TimelineEvent } from './topic-types';

export type StudyFacts = Omit<
  Study,
  'shortName' | 'keyNumbers' | 'conclusion' | 'note' | 'verification' | 'design'
> & {
  readonly design: {
    readonly blinding: Blinding;
    /** group sizes, in the order of the group labels in the text */
    readonly groups: readonly { readonly size?: number }[];
  };
};

export type StatementFacts = Omit<Statement, 'body' | 'summary'>;

export type HarmFacts = Omit<Harm, 'label' | 'text'>;

/** A dated event; its line is the text's `timeline[id]`. */
export type TimelineFacts = Omit<TimelineEvent, 'label'> & { readonly id: string };

export type StudyCitationFacts = Omit<StudyCitation, 'role' | 'outcome'>;
