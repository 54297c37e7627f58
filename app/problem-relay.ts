/**
 * Carries a tracker's problems to the player: the tracker exists before the player does, so a
 * problem reported while connecting waits here until the player is mounted.
 * @packageDocumentation
 */
import type { LmsCoursePlayer, PlayerProblem } from '../components/course-player/course-player.ts';
import type { TrackerProblem } from '../tracking/tracker.ts';

/**
 * The banner a problem calls for. A failed connection shows none: the tracker then runs
 * standalone and the player shows its standalone notice instead.
 */
export function playerProblem(problem: TrackerProblem): PlayerProblem | undefined {
  switch (problem.kind) {
    case 'save-failed':
      return 'not-saved';
    case 'finish-failed':
    case 'session-expired':
      return 'kept-in-browser';
    case 'connect-failed':
      return undefined;
    default:
      return problem.kind satisfies never;
  }
}

/** Hands `onProblem` / `onProblemResolved` to a tracker and shows what they report. */
export class ProblemRelay {
  private player: LmsCoursePlayer | undefined;
  private current: PlayerProblem | undefined;

  constructor(private readonly log: (message: string) => void = (message) => console.warn(message)) {}

  /** For `TrackerOptions.onProblem`. */
  readonly onProblem = (problem: TrackerProblem): void => {
    this.log(`lmspack: ${problem.kind}: ${problem.message}`);
    const shown = playerProblem(problem);
    // A problem that outlasts the session replaces a save problem, never the other way round.
    if (shown && this.current !== 'kept-in-browser') this.show(shown);
  };

  /** For `TrackerOptions.onProblemResolved`. */
  readonly onProblemResolved = (): void => {
    if (this.current === 'not-saved') this.show(undefined);
  };

  /** Clears the banner (before a retry that reports again if it fails). */
  clear(): void {
    if (this.current === 'not-saved') this.show(undefined);
  }

  /** Starts showing problems on `player`, including one reported before it existed. */
  attach(player: LmsCoursePlayer): void {
    this.player = player;
    player.problem = this.current;
  }

  private show(problem: PlayerProblem | undefined): void {
    this.current = problem;
    if (this.player) this.player.problem = problem;
  }
}
