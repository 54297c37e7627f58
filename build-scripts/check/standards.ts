/**
 * The standards the checker recognises, and the namespaces their rules match elements by.
 * @packageDocumentation
 */

import type { PackageFormat } from '../../format/package-format.ts';

/** A packaging standard the checker detects: the same names as the build's formats. */
export type Standard = PackageFormat;

/** Namespaces the rules match elements by. */
export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  imscp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imscp2004: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp2004: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
  tincan: 'http://projecttincan.com/tincan.xsd',
  cmi5: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
} as const;
