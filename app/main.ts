/**
 * The package's entry: picks the tracker for this package's standard and starts the player.
 * @packageDocumentation
 */
import course from 'virtual:lmspack/course';
import { tableLanguage, textDirection } from '../format/i18n/language-tags.ts';
import { loadTermTable } from '../format/i18n/load-term-table.ts';
import { loadTrackerFactory } from './pick-tracker.ts';
import { ProblemRelay } from './problem-relay.ts';
import { startPlayer } from './start-player.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element to mount the player in');
document.documentElement.lang = course.settings.language;
document.documentElement.dir = textDirection(course.settings.language);
document.title = course.settings.title;

// The course's term table loads beside the tracker, so the player finds it loaded.
const [createTracker] = await Promise.all([loadTrackerFactory(), loadTermTable(tableLanguage(course.settings.language) ?? 'en')]);
// Tracker problems become the player's "not saved yet" banner instead of a silent loss.
const problems = new ProblemRelay();
const tracker = createTracker({ course, onProblem: problems.onProblem, onProblemResolved: problems.onProblemResolved });
await startPlayer(course, tracker, root, problems);
