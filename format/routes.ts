/**
 * The player's hash routes. The build writes links of these shapes into lesson HTML and the
 * player follows them, so they are defined here, once, for both sides:
 * `#/`, `#/lesson`, `#/lesson/LESSON`, `#/lesson/LESSON/SECTION`, `#/lesson/SECTION` (a section
 * of whichever lesson holds it; the form links had before lessons were pages), `#/flashcards`,
 * `#/quiz`, `#/concepts`, `#/concepts/CONCEPT`. Every id is URL-encoded in a route.
 * @packageDocumentation
 */

/** The player's views. */
export const VIEW_NAMES = ['overview', 'lesson', 'flashcards', 'quiz', 'concepts'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface Route {
  view: ViewName;
  /** The ids after the view, decoded: a lesson or section id and a section id (lesson), or a concept id. */
  targets: string[];
  /** The route as written after `#`, normalised, for example `/lesson/basics/rapport`. */
  path: string;
}

const enc = encodeURIComponent;

/** The path of a route (what follows `#`), with every id encoded. */
export function routePath(view: ViewName, ...targets: string[]): string {
  const head = view === 'overview' ? '' : view;
  return [`/${head}`, ...targets.map(enc)].join('/');
}

/** The href of a route. */
export function routeHref(view: ViewName, ...targets: string[]): string {
  return `#${routePath(view, ...targets)}`;
}

/** Link to a lesson section by its id alone; the player finds the lesson that holds it. */
export const sectionHref = (sectionId: string): string => routeHref('lesson', sectionId);

/** Link to a concept's glossary entry. */
export const conceptHref = (conceptId: string): string => routeHref('concepts', conceptId);

const MAX_TARGETS: Record<ViewName, number> = { overview: 0, lesson: 2, flashcards: 0, quiz: 0, concepts: 1 };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parses `#/lesson/a/b`, `/lesson/a` or `lesson`; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  const [head = '', ...rest] = hash.replace(/^#?\/?/, '').split('/');
  const view = (VIEW_NAMES as readonly string[]).includes(head) && head !== 'overview' ? (head as ViewName) : head === '' ? 'overview' : undefined;
  if (!view) return { view: 'overview', targets: [], path: '/' };
  const targets = rest.filter((part) => part !== '').slice(0, MAX_TARGETS[view]).map(decode);
  return { view, targets, path: routePath(view, ...targets) };
}

/** The lessons and sections a lesson route is resolved against. */
export interface RoutableLesson {
  /** Path relative to the course folder; the lesson's id comes from it (see {@link lessonIdFromFile}). */
  file: string;
  sections: readonly { id: string }[];
}

/** Where a lesson route points: a lesson (by index) and optionally one of its sections. */
export interface LessonTarget {
  lesson: number;
  section?: string;
}

/**
 * Resolves the targets of a lesson route. One target is a lesson id or, failing that, a section
 * id (section ids are unique across lessons, see build-scripts/course/load-course.ts); two are a
 * lesson and one of its sections. Unknown ids give the first lesson.
 */
export function resolveLessonTarget(lessons: readonly RoutableLesson[], targets: readonly string[]): LessonTarget {
  const [first, second] = targets;
  const byId = lessons.findIndex((lesson) => lessonIdFromFile(lesson.file) === first);
  if (byId >= 0) {
    const section = lessons[byId]?.sections.some((candidate) => candidate.id === second) ? second : undefined;
    return section ? { lesson: byId, section } : { lesson: byId };
  }
  const holder = lessons.findIndex((lesson) => lesson.sections.some((candidate) => candidate.id === first));
  return holder >= 0 && first ? { lesson: holder, section: first } : { lesson: 0 };
}

/** The canonical path of a lesson target: `/lesson/LESSON` or `/lesson/LESSON/SECTION`. */
export function lessonPath(lessons: readonly RoutableLesson[], target: LessonTarget): string {
  const lesson = lessons[target.lesson];
  if (!lesson) return routePath('lesson');
  const id = lessonIdFromFile(lesson.file);
  return target.section ? routePath('lesson', id, target.section) : routePath('lesson', id);
}

/**
 * A lesson's id, from its file: the path relative to the course folder without a leading
 * `lessons/` and without `.md` (`lessons/basics.md` → `basics`). File paths are unique, so ids are.
 */
export function lessonIdFromFile(file: string): string {
  return file.replace(/^lessons\//, '').replace(/\.md$/i, '');
}
