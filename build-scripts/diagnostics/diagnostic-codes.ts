/**
 * Every problem the loader can report, with its stable code and severity. The README has a
 * section per code (its anchor is the code in lowercase), which says why the rule exists.
 * @packageDocumentation
 */

export type Severity = 'error' | 'warning';

export const DIAGNOSTIC_CODES = {
  'yaml-syntax': { code: 'LMS001', severity: 'error' },
  'missing-file': { code: 'LMS002', severity: 'error' },
  'unknown-field': { code: 'LMS003', severity: 'error' },
  'missing-field': { code: 'LMS004', severity: 'error' },
  'wrong-type': { code: 'LMS005', severity: 'error' },
  'invalid-value': { code: 'LMS006', severity: 'error' },
  'duplicate-id': { code: 'LMS007', severity: 'error' },
  'correct-choice-count': { code: 'LMS008', severity: 'error' },
  'matching-unbalanced': { code: 'LMS009', severity: 'error' },
  'fill-in-no-answer': { code: 'LMS010', severity: 'error' },
  'unknown-concept': { code: 'LMS011', severity: 'error' },
  'unknown-section': { code: 'LMS012', severity: 'error' },
  'missing-asset': { code: 'LMS013', severity: 'error' },
  'asset-outside-course': { code: 'LMS014', severity: 'error' },
  'raw-html': { code: 'LMS015', severity: 'error' },
  'image-without-alt': { code: 'LMS016', severity: 'error' },
  'remote-resource': { code: 'LMS017', severity: 'error' },
  'lesson-structure': { code: 'LMS018', severity: 'error' },
  'draw-exceeds-pool': { code: 'LMS019', severity: 'error' },
  'quiz-required': { code: 'LMS020', severity: 'error' },
  'invalid-text': { code: 'LMS021', severity: 'error' },
  'unknown-container': { code: 'LMS022', severity: 'error' },
  'lms-id-collision': { code: 'LMS023', severity: 'error' },
  'too-many-options': { code: 'LMS024', severity: 'error' },
  'unknown-interface-language': { code: 'LMS025', severity: 'error' },
  'derived-id': { code: 'LMS101', severity: 'warning' },
  'low-contrast': { code: 'LMS102', severity: 'warning' },
  'concept-not-linked': { code: 'LMS103', severity: 'warning' },
  'lesson-file-name': { code: 'LMS104', severity: 'warning' },
  'scorm12-options-by-id': { code: 'LMS105', severity: 'warning' },
  // `lmspack import`: problems in a deck file (Anki or RemNote export), located in that file.
  'deck-unreadable': { code: 'LMS201', severity: 'error' },
  'deck-card-incomplete': { code: 'LMS202', severity: 'error' },
  'deck-not-plain-text': { code: 'LMS203', severity: 'error' },
  'deck-duplicate': { code: 'LMS204', severity: 'warning' },
  'deck-column-skipped': { code: 'LMS205', severity: 'warning' },
  'deck-tag-skipped': { code: 'LMS206', severity: 'warning' },
  'deck-formatting-dropped': { code: 'LMS207', severity: 'warning' },
  'internal-error': { code: 'LMS900', severity: 'error' },
} as const satisfies Record<string, { code: `LMS${number}`; severity: Severity }>;

export type DiagnosticName = keyof typeof DIAGNOSTIC_CODES;
