/**
 * xAPI and cmi5 packages unzipped for serving, with the facts an LMS reads from their manifests:
 * tincan.xml's launchable activity (its id and launch page; Rustici launch "Packaging") and
 * cmi5.xml's course and AU (id, url, moveOn, masteryScore; cmi5 spec §13.1).
 * @packageDocumentation
 */
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildCourseZips, extractZip } from '../lms-harness/course-packages.ts';
import type { ValidatedCourse } from '../../../format/validated-course.ts';
import type { MoveOn } from './cmi5-vocabulary.ts';

export type LrsFormat = 'xapi' | 'cmi5';

export interface LrsPackage {
  format: LrsFormat;
  zip: string;
  dir: string;
  /** The launch page, relative to `dir`. */
  launch: string;
  /** xAPI: the launchable activity's id (the course IRI). cmi5: the AU id (the publisher id). */
  activityId: string;
  title: string;
  /** cmi5 only. */
  courseId?: string;
  moveOn?: MoveOn;
  masteryScore?: number;
}

/** Thrown for a zip that is neither an xAPI nor a cmi5 package; its message is for the user. */
export class NotAnLrsPackage extends Error {}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => ['activity', 'au', 'langstring'].includes(name) });

type Node = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value ?? '')).trim();

function readTincan(xml: string): Pick<LrsPackage, 'activityId' | 'launch' | 'title'> {
  const activities = ((parser.parse(xml) as Node).tincan as Node | undefined)?.activities as Node | undefined;
  const launchable = ((activities?.activity ?? []) as Node[]).find((activity) => activity.launch !== undefined);
  if (!launchable) throw new NotAnLrsPackage('tincan.xml has no activity with a <launch> page');
  return { activityId: String(launchable['@id']), launch: text(launchable.launch), title: text(launchable.name) };
}

function readCmi5(xml: string): Pick<LrsPackage, 'activityId' | 'launch' | 'title' | 'courseId' | 'moveOn' | 'masteryScore'> {
  const structure = (parser.parse(xml) as Node).courseStructure as Node | undefined;
  const au = ((structure?.au ?? []) as Node[])[0];
  if (!structure || !au) throw new NotAnLrsPackage('cmi5.xml has no <au>');
  const title = text(((au.title as Node | undefined)?.langstring as Node[] | undefined)?.[0]);
  return {
    activityId: String(au['@id']),
    launch: text(au.url),
    title,
    courseId: String((structure.course as Node)['@id']),
    moveOn: (au['@moveOn'] as MoveOn | undefined) ?? 'NotApplicable',
    ...(au['@masteryScore'] === undefined ? {} : { masteryScore: Number(au['@masteryScore']) }),
  };
}

/** Unzips an xAPI or cmi5 package into `dir`; throws {@link NotAnLrsPackage} for anything else. */
export async function unzipLrsPackage(zip: string, dir: string): Promise<LrsPackage> {
  const entries = await extractZip(zip, dir);
  const tincan = entries.get('tincan.xml')?.data.toString('utf8');
  const cmi5 = entries.get('cmi5.xml')?.data.toString('utf8');
  if (tincan) return { format: 'xapi', zip, dir, ...readTincan(tincan) };
  if (cmi5) return { format: 'cmi5', zip, dir, ...readCmi5(cmi5) };
  throw new NotAnLrsPackage(entries.has('imsmanifest.xml') ? 'this is a SCORM package (imsmanifest.xml)' : 'the zip has neither tincan.xml nor cmi5.xml at its root');
}

export interface BuiltLrsPackages {
  course: ValidatedCourse;
  packages: Partial<Record<LrsFormat, LrsPackage>>;
  cleanup(): Promise<void>;
}

/** Builds the course's xAPI and/or cmi5 zips as `npm run build` does, and unzips them. */
export async function buildLrsPackages(courseDir: string, formats: readonly LrsFormat[]): Promise<BuiltLrsPackages> {
  const { course, root, zips, cleanup } = await buildCourseZips(courseDir, formats);
  try {
    const packages: BuiltLrsPackages['packages'] = {};
    for (const result of zips) packages[result.format as LrsFormat] = await unzipLrsPackage(result.file, path.join(root, result.format));
    return { course, packages, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
