/**
 * How much a learner's saved state weighs once they have reviewed 2,000 flashcards: encoded by
 * the SCORM suspend-data codec for each version's limit, and as the JSON a state document holds.
 * @packageDocumentation
 */
import { applyLearnerEvent } from '../../learning/apply-learner-event.ts';
import { createCardScheduler, CARD_RATINGS } from '../../learning/flashcard-schedule.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { decodeLearnerState, encodeLearnerState } from '../../tracking/core/learner-state-codec.ts';
import { SCORM_SETTINGS } from '../../tracking/scorm/scorm-version.ts';
import { seededRandom } from './synthetic-images.ts';

export interface SavedStateSize {
  cards: number;
  /** SCORM 2004 `cmi.suspend_data`: characters, and whether anything had to be left out. */
  scorm2004Chars: number;
  scorm2004Trimmed: boolean;
  /** SCORM 1.2 keeps within 4,096 characters by keeping the most recently reviewed cards. */
  scorm12Chars: number;
  scorm12CardsKept: number;
  /** The learner state as JSON, the form an xAPI or cmi5 state document holds it in. */
  jsonChars: number;
}

/**
 * A learner who has read `sections` and reviewed `cards` cards over 60 days, one to three
 * times each, with ratings as a typical learner gives them.
 */
export function reviewedState(cards: number, sections: readonly string[]): LearnerState {
  const schedule = createCardScheduler({ desiredRetention: 0.9 });
  const random = seededRandom(2000);
  const start = Date.UTC(2026, 0, 5);
  let state: LearnerState = { ...emptyLearnerState(), route: '/flashcards', sections: [...sections] };
  for (let card = 0; card < cards; card++) {
    const reviews = 1 + Math.floor(random() * 3);
    const first = start + Math.floor(random() * 57 * 24 * 60) * 60_000;
    let previous = state.cards[`card-${card + 1}`];
    for (let review = 0; review < reviews; review++) {
      const at = first + review * 86_400_000;
      const rating = CARD_RATINGS[Math.min(3, Math.floor(random() * 4.5))] ?? 'good';
      previous = schedule(previous, rating, new Date(at));
      state = applyLearnerEvent(state, { type: 'card-reviewed', cardId: `card-${card + 1}`, rating, schedule: previous, at });
    }
  }
  return state;
}

export function measureSavedState(state: LearnerState): SavedStateSize {
  const scorm2004 = encodeLearnerState(state, SCORM_SETTINGS['2004'].suspendDataLimit);
  const scorm12 = encodeLearnerState(state, SCORM_SETTINGS['1.2'].suspendDataLimit);
  const decoded12 = decodeLearnerState(scorm12.data);
  return {
    cards: Object.keys(state.cards).length,
    scorm2004Chars: scorm2004.data.length,
    scorm2004Trimmed: scorm2004.trimmed.length > 0,
    scorm12Chars: scorm12.data.length,
    scorm12CardsKept: decoded12.ok ? Object.keys(decoded12.state.cards).length : 0,
    jsonChars: JSON.stringify(state).length,
  };
}
