import type { LearnerState } from '../../learning/learner-state.ts';

/**
 * Fired by the player after learner events have changed the learner state (at most once per
 * microtask), so the app can save it. Fired after the learner events it follows.
 */
export class LmsStateChangeEvent extends Event {
  static readonly eventName = 'lms-state-change';
  /** The new state; treat as read-only. */
  readonly state: LearnerState;
  constructor(state: LearnerState) {
    super(LmsStateChangeEvent.eventName, { bubbles: true, composed: true });
    this.state = state;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-state-change': LmsStateChangeEvent;
  }
}
