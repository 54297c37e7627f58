import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { validateManifest } from '../../build-scripts/check/schema-validation.ts';
import type { Standard } from '../../build-scripts/check/standards.ts';
import { cmi5Manifest, MOVE_ON } from '../../build-scripts/manifest/cmi5.ts';
import type { ManifestInput, ManifestOutput } from '../../build-scripts/manifest/manifest-input.ts';
import { scorm12Manifest } from '../../build-scripts/manifest/scorm12.ts';
import { scorm2004Manifest } from '../../build-scripts/manifest/scorm2004.ts';
import { tincanManifest } from '../../build-scripts/manifest/tincan.ts';
import { el, renderXmlDocument } from '../../build-scripts/manifest/xml-tree.ts';
import { carriesMasteryScore } from '../../build-scripts/manifest/mastery-score.ts';
import { COMPLETION_RULES, STATUS_REPORTS } from '../../format/course-schema.ts';
import { reportedStatus, type CompletionFacts } from '../../learning/completion.ts';
import { makeCourse, NASTY_TITLE } from './make-course.ts';
import { mustValidate, schemaGate } from './schema-gate.ts';

const FILES = ['assets/app-1.js', 'assets/my file#1.png', 'index.html'];

function input(overrides: Parameters<typeof makeCourse>[0] = {}): ManifestInput {
  return { course: makeCourse(overrides), files: FILES, launch: 'index.html' };
}

function parse(xml: string): Element {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no root');
  return root;
}

function all(root: Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', localName));
}

const WRITERS: [Standard, (input: ManifestInput) => ManifestOutput][] = [
  ['scorm12', scorm12Manifest],
  ['scorm2004', scorm2004Manifest],
  ['xapi', tincanManifest],
  ['cmi5', cmi5Manifest],
];

describe('SCORM 1.2 manifest', () => {
  const { xml, fileName, warnings } = scorm12Manifest(input());
  const root = parse(xml);

  test('declares ADL SCORM 1.2 with the IMS CP 1.1.2 and ADL namespaces', () => {
    expect(fileName).toBe('imsmanifest.xml');
    expect(root.namespaceURI).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(all(root, 'schema')[0]?.textContent).toBe('ADL SCORM');
    expect(all(root, 'schemaversion')[0]?.textContent).toBe('1.2');
    expect(root.getAttribute('xsi:schemaLocation')).toContain('adlcp_rootv1p2.xsd');
  });

  test('has one organization with one item that refers to the one SCO resource', () => {
    expect(all(root, 'organization')).toHaveLength(1);
    const items = all(root, 'item');
    expect(items).toHaveLength(1);
    const resources = all(root, 'resource');
    expect(resources).toHaveLength(1);
    expect(items[0]?.getAttribute('identifierref')).toBe(resources[0]?.getAttribute('identifier'));
    expect(resources[0]?.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype')).toBe('sco');
    expect(resources[0]?.getAttribute('href')).toBe('index.html');
  });

  test('lists every file, percent-encoding names that need it', () => {
    expect(all(root, 'file').map((file) => file.getAttribute('href'))).toEqual(['assets/app-1.js', 'assets/my%20file%231.png', 'index.html']);
  });

  test('carries the passing score as adlcp:masteryscore only under passed-failed with a quiz-only rule, and warns about nothing', () => {
    expect(all(root, 'masteryscore')).toEqual([]);
    expect(warnings).toEqual([]);
    const judged = scorm12Manifest(input({ settings: { reportStatus: 'passed-failed', completion: 'quiz-passed', quiz: { passingScore: 72.5 } } }));
    expect(all(parse(judged.xml), 'masteryscore').map((node) => node.textContent)).toEqual(['72.5']);
    expect(judged.warnings).toEqual([]);
  });

  // The LMS override (SCORM 1.2 RTE §3.4.4): once a score is reported, lesson_status becomes
  // passed (raw >= mastery) or failed. The mastery score may be in the manifest exactly when
  // that is what the course itself reports after every submitted attempt.
  test.each(STATUS_REPORTS.flatMap((report) => COMPLETION_RULES.map((rule) => [report, rule] as const)))(
    'a %s / %s manifest carries a mastery score exactly when the LMS override could never change the course’s status',
    (report, rule) => {
      const submitted: CompletionFacts[] = [true, false].flatMap((lessonViewed) =>
        [true, false].map((quizPassed) => ({ lessonViewed, quizSubmitted: true, quizPassed })),
      );
      const overrideAgrees = submitted.every((facts) => reportedStatus(report, rule, facts) === (facts.quizPassed ? 'passed' : 'failed'));
      expect(carriesMasteryScore(report, rule)).toBe(overrideAgrees);
      const manifest = scorm12Manifest(input({ settings: { reportStatus: report, completion: rule } }));
      expect(all(parse(manifest.xml), 'masteryscore')).toHaveLength(overrideAgrees ? 1 : 0);
    },
  );

  test('leaves out a version longer than the 20 characters the schema allows, with a warning', () => {
    const long = scorm12Manifest(input({ settings: { version: '2025.10.01-release-candidate' } }));
    expect(parse(long.xml).hasAttribute('version')).toBe(false);
    expect(long.warnings.some((warning) => warning.includes('20 characters'))).toBe(true);
  });
});

describe('SCORM 2004 4th edition manifest', () => {
  const { xml } = scorm2004Manifest(input());
  const root = parse(xml);
  const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

  test('declares every namespace with a schema location and the 4th edition metadata', () => {
    for (const ns of ['adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3']) expect(root.getAttribute(`xmlns:${ns.slice(0, ns.indexOf('_'))}`)).toBe(`http://www.adlnet.org/xsd/${ns}`);
    expect(root.getAttribute('xmlns:imsss')).toBe(IMSSS);
    const locations = (root.getAttribute('xsi:schemaLocation') ?? '').split(/\s+/);
    for (const file of ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd']) expect(locations).toContain(file);
    expect(all(root, 'schemaversion')[0]?.textContent).toBe('2004 4th Edition');
  });

  test('marks the resource as a SCO and lists every file', () => {
    const resource = all(root, 'resource')[0];
    expect(resource?.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType')).toBe('sco');
    expect(all(root, 'file')).toHaveLength(FILES.length);
  });

  test('judges the primary objective by measure at passing score / 100', () => {
    const primary = root.getElementsByTagNameNS(IMSSS, 'primaryObjective')[0];
    expect(primary?.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(primary?.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')[0]?.textContent).toBe('0.8');
  });

  test('has one objective per key concept, with stable ids from the concept ids and the same measure', () => {
    const objectives = Array.from(root.getElementsByTagNameNS(IMSSS, 'objective'));
    expect(objectives.map((objective) => objective.getAttribute('objectiveID'))).toEqual(['concept.rapport', 'concept.active-listening']);
    for (const objective of objectives) {
      expect(objective.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')[0]?.textContent).toBe('0.8');
    }
  });

  test('lets the SCO set its own completion and success, with no completion threshold', () => {
    const delivery = root.getElementsByTagNameNS(IMSSS, 'deliveryControls')[0];
    expect(delivery?.getAttribute('completionSetByContent')).toBe('true');
    expect(delivery?.getAttribute('objectiveSetByContent')).toBe('true');
    expect(xml).not.toContain('completionThreshold');
  });

  test('is byte-identical when written twice', () => {
    expect(scorm2004Manifest(input()).xml).toBe(xml);
  });
});

describe('tincan.xml', () => {
  const root = parse(tincanManifest(input()).xml);

  test('describes the course activity from the IRI base and launches index.html', () => {
    const activity = all(root, 'activity')[0];
    expect(activity?.getAttribute('id')).toBe('https://example.org/courses/sample-course');
    expect(activity?.getAttribute('type')).toBe('http://adlnet.gov/expapi/activities/course');
    expect(all(root, 'name')[0]?.textContent).toBe('Sample Course');
    expect(all(root, 'description')[0]?.getAttribute('lang')).toBe('en');
    expect(all(root, 'launch')[0]?.textContent).toBe('index.html');
  });

  test('carries no LRS endpoint or credentials', () => {
    const xml = tincanManifest(input()).xml;
    expect(xml).not.toMatch(/endpoint|auth|secret|provider/i);
  });

  test('drops a trailing slash from the IRI base', () => {
    const root2 = parse(tincanManifest(input({ settings: { iri: 'https://example.org/c/x/' } })).xml);
    expect(all(root2, 'activity')[0]?.getAttribute('id')).toBe('https://example.org/c/x');
  });
});

describe('cmi5.xml', () => {
  const root = parse(cmi5Manifest(input({ settings: { language: 'pt-BR' } })).xml);

  test('has the course and one AU with ids from the IRI base, in the course language', () => {
    expect(all(root, 'course')[0]?.getAttribute('id')).toBe('https://example.org/courses/sample-course');
    const au = all(root, 'au');
    expect(au).toHaveLength(1);
    expect(au[0]?.getAttribute('id')).toBe('https://example.org/courses/sample-course/au/main');
    expect(au[0]?.getAttribute('launchMethod')).toBe('AnyWindow');
    expect(au[0]?.getAttribute('masteryScore')).toBe('0.8');
    expect(all(root, 'url')[0]?.textContent).toBe('index.html');
    expect(all(root, 'langstring').map((text) => text.getAttribute('lang'))).toEqual(['pt-BR', 'pt-BR', 'pt-BR', 'pt-BR']);
  });

  test('maps each completion rule to moveOn', () => {
    expect(MOVE_ON).toEqual({
      'lesson-viewed': 'Completed',
      'quiz-submitted': 'Completed',
      'quiz-passed': 'Passed',
      'lesson-viewed-and-quiz-submitted': 'Completed',
      'lesson-viewed-and-quiz-passed': 'CompletedAndPassed',
    });
    for (const completion of COMPLETION_RULES) {
      const au = all(parse(cmi5Manifest(input({ settings: { completion } })).xml), 'au')[0];
      expect(au?.getAttribute('moveOn')).toBe(MOVE_ON[completion]);
    }
  });

  test('writes masteryScore with at most four decimals', () => {
    const au = all(parse(cmi5Manifest(input({ settings: { quiz: { passingScore: 33.333 } } })).xml), 'au')[0];
    expect(au?.getAttribute('masteryScore')).toBe('0.3333');
  });
});

describe('escaping', () => {
  test.each(WRITERS)('%s keeps a title and description with & < > " \' and non-ASCII intact', (_standard, write) => {
    const description = `Tabs\tand "quotes" & <tags> ]]> 'apostrophes'`;
    const { xml } = write(input({ settings: { title: NASTY_TITLE, description } }));
    const root = parse(xml);
    const texts = Array.from(root.getElementsByTagNameNS('*', '*')).map((element) =>
      element.childNodes.length === 1 && element.firstChild?.nodeType === 3 ? element.textContent : undefined,
    );
    expect(texts).toContain(NASTY_TITLE);
    if (_standard === 'xapi' || _standard === 'cmi5') expect(texts).toContain(description);
    expect(xml).not.toContain('<Basics>');
  });

  test('round-trips quotes, ampersands and line breaks in attribute values', () => {
    const value = `a "b" & 'c' <d>\n\te`;
    const root = parse(renderXmlDocument(el('x', { value })));
    expect(root.getAttribute('value')).toBe(value);
  });

  test('drops characters XML 1.0 cannot carry', () => {
    const { xml } = scorm12Manifest(input({ settings: { title: 'Bell\u0007 here' } }));
    expect(parse(xml).getElementsByTagNameNS('*', 'title')[0]?.textContent).toBe('Bell here');
  });
});

const gate = schemaGate();
if (gate.missing && mustValidate) {
  test('the official schemas and xmllint are available (required in CI)', () => {
    throw new Error(`Cannot validate manifests: ${gate.missing}.`);
  });
}

describe.skipIf(gate.missing !== undefined)(`manifests against the official schemas${gate.missing ? ` (skipped: ${gate.missing})` : ''}`, () => {
  const standardsDir = gate.standardsDir ?? '';

  test.each(WRITERS)('the %s manifest validates, even with a hostile title', async (standard, write) => {
    const { fileName, xml } = write(input({ settings: { title: NASTY_TITLE, description: `A & B <c> "d" 'e' ü` } }));
    const result = await validateManifest(fileName, xml, standard, { standardsDir });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('valid');
  });

  test('a known-broken sample is reported invalid (the validator is not vacuous)', async () => {
    const broken = await readFile(join(standardsDir, 'validation/samples/scorm2004-broken.xml'), 'utf8');
    const result = await validateManifest('imsmanifest.xml', broken, 'scorm2004', { standardsDir });
    expect(result.status).toBe('invalid');
    expect(result.findings.map((item) => item.code)).toContain('schema-invalid');
  });
});
