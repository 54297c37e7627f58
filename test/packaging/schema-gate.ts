/**
 * Whether schema validation can run here: the official schemas (standards folder) and xmllint.
 * Tests that need both call {@link schemaGate}: in CI (`CI=true`) their absence is a failure
 * with a clear message; elsewhere the tests are skipped and say why.
 */
import { spawnSync } from 'node:child_process';
import { findStandardsDir, standardsSearchPaths } from '../../build-scripts/standards-dir.ts';

/** What the schema tests need, and why they cannot run when they cannot. */
export interface SchemaGate {
  standardsDir: string | undefined;
  /** Set when validation cannot run. */
  missing?: string;
}

/** Checks for the standards folder and xmllint. */
export function schemaGate(): SchemaGate {
  const standardsDir = findStandardsDir();
  if (!standardsDir) {
    return {
      standardsDir,
      missing: `the official schemas were not found (looked in ${standardsSearchPaths().join(', ')}); set LMSPACK_STANDARDS_DIR to the standards folder`,
    };
  }
  if (spawnSync('xmllint', ['--version']).status !== 0) {
    return { standardsDir, missing: 'xmllint is not installed (Debian package libxml2-utils)' };
  }
  return { standardsDir };
}

/** True when a missing prerequisite must fail the run rather than skip (CI). */
export const mustValidate = process.env.CI === 'true';
