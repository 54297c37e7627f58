import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link KeyShortcutController}. */
export interface KeyShortcutOptions {
  /** Where to listen: the host element, or the whole window while the host is connected. */
  target: () => EventTarget;
  /**
   * Handles a key. Return true when the key was handled: only then is its default prevented,
   * so keys the component does not use keep working.
   */
  onKey: (event: KeyboardEvent, origin: Element | undefined) => boolean;
}

/** Keys typed into a text field or pressed on a control belong to that control, not to shortcuts. */
export function isTypingTarget(element: Element | undefined): boolean {
  if (!element) return false;
  return element.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/** Whether Space/Enter would already activate the focused element natively. */
export function isActivatable(element: Element | undefined): boolean {
  return !!element && element.matches('button, a[href], input, select, textarea, summary, [role="button"]');
}

/**
 * Listens for single-key shortcuts (no modifiers). The handler gets the element the key was
 * pressed on, found through shadow roots, so it can leave keys for focused controls alone.
 */
export class KeyShortcutController implements ReactiveController {
  private target: EventTarget | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: KeyShortcutOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target = this.options.target();
    this.target.addEventListener('keydown', this.handleKeyDown as EventListener);
  }

  hostDisconnected(): void {
    this.target?.removeEventListener('keydown', this.handleKeyDown as EventListener);
    this.target = undefined;
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const origin = event.composedPath()[0];
    if (this.options.onKey(event, origin instanceof Element ? origin : undefined)) event.preventDefault();
  };
}
