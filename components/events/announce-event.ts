/**
 * Asks the player to announce a message through its live region (feedback, moves, results),
 * so there is one polite live region rather than one per component.
 */
export class LmsAnnounceEvent extends Event {
  static readonly eventName = 'lms-announce';
  readonly message: string;
  constructor(message: string) {
    super(LmsAnnounceEvent.eventName, { bubbles: true, composed: true });
    this.message = message;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-announce': LmsAnnounceEvent;
  }
}
