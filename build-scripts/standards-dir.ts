/**
 * Finds the folder of official XML schemas (SCORM 1.2 and 2004 4th edition from ADL/IMS, cmi5
 * from AICC, tincan.xsd) that manifests are validated against. The schemas are third-party
 * specification files kept outside this repository, so every caller must cope with their absence.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './repo-root.ts';

/** Environment variable that names the standards folder, overriding the default location. */
export const STANDARDS_DIR_ENV = 'LMSPACK_STANDARDS_DIR';

/**
 * A file every usable standards folder contains; a folder without it is treated as absent, so a
 * stray empty directory does not pass for the schemas.
 */
const MARKER = 'validation/scorm2004-4th-all.xsd';

/**
 * The folders searched for the schemas, in order: `$LMSPACK_STANDARDS_DIR` when set, otherwise
 * `../shared/standards` next to the repository. Returned so messages can say where we looked.
 */
export function standardsSearchPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env[STANDARDS_DIR_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return [resolve(fromEnv)];
  return [resolve(repoRoot, '../shared/standards')];
}

/**
 * The absolute path of the standards folder, or `undefined` when it is not there. When the
 * environment variable is set we do not fall back to the default: a wrong setting should show.
 */
export function findStandardsDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return standardsSearchPaths(env).find((dir) => existsSync(resolve(dir, MARKER)));
}
