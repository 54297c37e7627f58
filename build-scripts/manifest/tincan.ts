/**
 * Writes `tincan.xml`, the package descriptor of the xAPI "Rustici launch" convention (brief
 * §3.5): one launchable course activity. The LRS endpoint and credentials are never written:
 * the LMS passes them as launch parameters (`endpoint`, `auth`, `actor`).
 * @packageDocumentation
 */
import { courseActivityIri } from '../../format/package-ids.ts';
import type { ManifestInput, ManifestOutput } from './manifest-input.ts';
import { fileHref } from './file-href.ts';
import { el, renderXmlDocument } from './xml-tree.ts';

const TINCAN = 'http://projecttincan.com/tincan.xsd';
/** ADL's activity type for a course. */
const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';

/** Writes the `tincan.xml` of a course. */
export function tincanManifest({ course, launch }: ManifestInput): ManifestOutput {
  const { iri, title, description, language } = course.settings;
  const root = el(
    'tincan',
    { xmlns: TINCAN },
    el(
      'activities',
      {},
      el(
        'activity',
        { id: courseActivityIri(iri), type: COURSE_TYPE },
        el('name', { lang: language }, title),
        el('description', { lang: language }, description),
        el('launch', { lang: language }, fileHref(launch)),
      ),
    ),
  );
  return { fileName: 'tincan.xml', xml: renderXmlDocument(root), warnings: [] };
}
