/**
 * Base of the events that carry a learner event up to the app. They bubble and cross shadow
 * roots, so the app can listen on the player alone.
 * @packageDocumentation
 */
import type { LearnerEvent } from '../../learning/learner-events.ts';

export abstract class LearnerDomEvent<T extends LearnerEvent = LearnerEvent> extends Event {
  /** The learner event, as plain data the tracker records. */
  readonly learnerEvent: T;

  protected constructor(type: string, learnerEvent: T) {
    super(type, { bubbles: true, composed: true });
    this.learnerEvent = learnerEvent;
  }
}
