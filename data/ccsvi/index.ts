/** The CCSVI topic: everything the hover card, the popup and the matcher read. */
import type { Topic } from '../topic-types';
import { harms } from './harms';
import { statements } from './statements';
import { studies } from './studies';
import { glossary } from './glossary';
import { citations } from './study-citations';
import {
  cardPoints,
  evidencePicture,
  explanation,
  keyPoints,
  safety,
  subjects,
  verdict,
  whatThisMeans,
} from './summary';
import { ccsviTermSet } from './terms';
import { timeline } from './timeline';

export const ccsviTopic = {
  id: 'ccsvi',
  name: 'CCSVI and the “Liberation Procedure”',
  shortName: 'CCSVI',
  lastReviewed: '2026-12-03',
  version: '1.1.0',
  terms: ccsviTermSet,
  verdict,
  keyPoints,
  cardPoints,
  explanation,
  studies,
  statements,
  harms,
  timeline,
  citations,
  evidencePicture,
  safety,
  whatThisMeans,
  subjects,
  glossary,
} as const satisfies Topic;
