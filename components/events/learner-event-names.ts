/**
 * The DOM event names that carry learner events, for listeners that handle all of them.
 * @packageDocumentation
 */
import { LmsAnswerEvent } from './answer-event.ts';
import { LmsCardReviewEvent } from './card-review-event.ts';
import { LmsExitEvent } from './exit-event.ts';
import { LmsQuizStartEvent } from './quiz-start-event.ts';
import { LmsQuizSubmitEvent } from './quiz-submit-event.ts';
import { LmsSectionViewEvent } from './section-view-event.ts';
import { LmsViewOpenEvent } from './view-open-event.ts';

export const LEARNER_EVENT_NAMES = [
  LmsViewOpenEvent.eventName,
  LmsSectionViewEvent.eventName,
  LmsCardReviewEvent.eventName,
  LmsQuizStartEvent.eventName,
  LmsAnswerEvent.eventName,
  LmsQuizSubmitEvent.eventName,
  LmsExitEvent.eventName,
] as const;

export type LearnerEventName = (typeof LEARNER_EVENT_NAMES)[number];
