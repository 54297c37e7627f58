/**
 * Which manifest writer each package format uses. One writer per standard, so a package gets
 * exactly one of `imsmanifest.xml`, `tincan.xml` or `cmi5.xml` — never tincan.xml and cmi5.xml
 * together (players such as SCORM Cloud mishandle dual manifests: docs/lms-behaviour.md).
 * @packageDocumentation
 */
import { cmi5Manifest } from '../manifest/cmi5.ts';
import type { ManifestInput, ManifestOutput } from '../manifest/manifest-input.ts';
import { scorm12Manifest } from '../manifest/scorm12.ts';
import { scorm2004Manifest } from '../manifest/scorm2004.ts';
import { tincanManifest } from '../manifest/tincan.ts';
import type { PackageFormat } from './formats.ts';

/** The manifest writer of each format. */
export const MANIFEST_WRITERS: Record<PackageFormat, (input: ManifestInput) => ManifestOutput> = {
  scorm12: scorm12Manifest,
  scorm2004: scorm2004Manifest,
  xapi: tincanManifest,
  cmi5: cmi5Manifest,
};

/** Names of every manifest any standard uses; none may come from the app or the course assets. */
export const MANIFEST_FILE_NAMES = ['imsmanifest.xml', 'tincan.xml', 'cmi5.xml'] as const;
