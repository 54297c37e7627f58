import type { SectionViewed } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired once per lesson section, the first time it is on screen. */
export class LmsSectionViewEvent extends LearnerDomEvent<SectionViewed> {
  static readonly eventName = 'lms-section-view';
  constructor(detail: SectionViewed) {
    super(LmsSectionViewEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-section-view': LmsSectionViewEvent;
  }
}
