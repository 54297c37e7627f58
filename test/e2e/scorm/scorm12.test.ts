/**
 * The seed course's SCORM 1.2 package, end to end in scorm-again's `Scorm12API` (see
 * quiz-suite.ts for what is asserted).
 */
import { defineQuizSuite } from './quiz-suite.ts';

defineQuizSuite('scorm12');
