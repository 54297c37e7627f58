import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseRoute, type Route } from '../../format/routes.ts';

/** Options for {@link HashRouteController}. */
export interface HashRouteOptions {
  /** Called after the route changed through the address bar, a link or the back button. */
  onChange?: (route: Route) => void;
}

/**
 * Follows `location.hash` so navigation needs no reload and the browser's back button works.
 * Exposes the current route as `value` and asks the host to update when it changes.
 */
export class HashRouteController implements ReactiveController {
  /** The current route. */
  value: Route = parseRoute(location.hash);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HashRouteOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handleHashChange);
    this.value = parseRoute(location.hash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** Replaces the current history entry (used to resume at the saved route without adding history). */
  replace(path: string): void {
    history.replaceState(history.state, '', `#${path}`);
    this.handleHashChange();
  }

  private readonly handleHashChange = (): void => {
    const next = parseRoute(location.hash);
    if (next.path === this.value.path) return;
    this.value = next;
    this.host.requestUpdate();
    this.options.onChange?.(next);
  };
}
