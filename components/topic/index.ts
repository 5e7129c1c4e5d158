/** Topic views: presentational, plain props (a `Topic` and options), no browser calls. */
export { BasedOn } from './based-on';
export { EvidencePicture } from './evidence-picture';
export { ExternalLink } from './external-link';
export { LastReviewed, Sources } from './sources';
export { StatementDetails, StudyDetails, StudyList } from './study-list';
export { Timeline } from './timeline';
export { Explanation, KeyPoints, Verdict, WhatThisMeans } from './verdict';
export { GlossaryBox, GlossaryList, GlossaryScope, GlossedText } from './glossary';
export { Warnings } from './warnings';
export * from './evidence-items';
