/**
 * What every manifest writer receives and returns.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';

/** Input of a manifest writer. */
export interface ManifestInput {
  course: ValidatedCourse;
  /**
   * Every file of the package except the manifest itself: zip paths with forward slashes,
   * sorted. SCORM manifests list them all; xAPI and cmi5 manifests do not list files.
   */
  files: readonly string[];
  /** Zip path of the launch page, relative to the package root (`index.html`). */
  launch: string;
}

/** A written manifest. */
export interface ManifestOutput {
  /** Name at the zip root: `imsmanifest.xml`, `tincan.xml` or `cmi5.xml`. */
  fileName: string;
  /** The document, UTF-8 XML. */
  xml: string;
  /** Things the author should know about this package, for the build report. */
  warnings: string[];
}

