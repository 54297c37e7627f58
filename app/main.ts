/**
 * The package's entry: picks the tracker for this package's standard and starts the player.
 * @packageDocumentation
 */
import course from 'virtual:lmspack/course';
import tables from 'virtual:lmspack/term-tables';
import { textDirection } from '../format/i18n/language-tags.ts';
import { seededRandom } from '../learning/shuffle.ts';
import { loadTrackerFactory } from './pick-tracker.ts';
import { ProblemRelay } from './problem-relay.ts';
import { startPlayer } from './start-player.ts';

declare const __LMSPACK_SHUFFLE_SEED__: number | null;

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element to mount the player in');
document.documentElement.lang = course.settings.language;
document.documentElement.dir = textDirection(course.settings.language);
document.title = course.settings.title;

const createTracker = await loadTrackerFactory();
// Tracker problems become the player's "not saved yet" banner instead of a silent loss.
const problems = new ProblemRelay();
const tracker = createTracker({ course, onProblem: problems.onProblem, onProblemResolved: problems.onProblemResolved });
const player = await startPlayer(course, tables, tracker, root, problems);
// null in every build but the screenshot run's (build-scripts/vite-course-plugin.ts), which fixes
// the quiz's draw and choice order so that the same pictures come out each time; learners keep
// Math.random, and the minifier drops this line and seededRandom from their packages.
if (__LMSPACK_SHUFFLE_SEED__ !== null) player.random = seededRandom(__LMSPACK_SHUFFLE_SEED__);
