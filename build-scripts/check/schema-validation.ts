/**
 * Validates a manifest against the official schemas with xmllint (libxml2), using the wrapper
 * schemas of the standards folder that load every namespace a manifest uses.
 * @packageDocumentation
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finding, type Finding } from './check-codes.ts';
import { NS, type Standard } from './standards.ts';

/**
 * Entry schema of each standard, relative to the standards folder. The SCORM ones are wrappers:
 * imscp_v1p1.xsd alone validates ADL/IMS SS extensions laxly (skipping their errors), and the
 * wrapper also imports xml.xsd locally so `--nonet` works (standards/README.md).
 */
export const SCHEMA_FILES: Record<Standard, string> = {
  scorm12: 'validation/scorm12-all.xsd',
  scorm2004: 'validation/scorm2004-4th-all.xsd',
  xapi: 'tincan/tincan.xsd',
  cmi5: 'cmi5/CourseStructure.xsd',
};

/** Outcome of schema validation, for the report. */
export interface SchemaValidation {
  /** `valid`/`invalid` when xmllint ran; `skipped` when it could not (see `reason`). */
  status: 'valid' | 'invalid' | 'skipped';
  /** Schema used, relative to the standards folder. */
  schema?: string;
  /** Why validation was skipped. */
  reason?: string;
  findings: Finding[];
}

/** Options of {@link validateManifest}. */
export interface ValidateOptions {
  standardsDir: string;
  /** xmllint executable. @default "xmllint" (found on PATH) */
  xmllint?: string;
}

interface RunResult {
  exitCode: number | 'not-found';
  stderr: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stderr });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return resolve({ exitCode: 'not-found', stderr: '' });
      resolve({ exitCode: typeof code === 'number' ? code : 1, stderr });
    });
  });
}

/** Known namespace URIs shortened to their usual prefixes, so xmllint messages stay readable. */
const PREFIXES: [string, string][] = [
  [NS.imscp12, ''],
  [NS.imscp2004, ''],
  [NS.adlcp12, 'adlcp:'],
  [NS.adlcp2004, 'adlcp:'],
  [NS.adlseq, 'adlseq:'],
  [NS.adlnav, 'adlnav:'],
  [NS.imsss, 'imsss:'],
  [NS.imsmd, 'imsmd:'],
  [NS.lom, 'lom:'],
  [NS.tincan, ''],
  [NS.cmi5, ''],
];

function shorten(message: string): string {
  let result = message;
  for (const [uri, prefix] of PREFIXES) result = result.split(`{${uri}}`).join(prefix);
  return result;
}

/**
 * Validates `xml` (the text of the manifest `name`) against `standard`'s schema. Line numbers in
 * findings are those of the manifest in the zip: the text is written to a temporary file unchanged.
 */
export async function validateManifest(name: string, xml: string, standard: Standard, options: ValidateOptions): Promise<SchemaValidation> {
  const schema = SCHEMA_FILES[standard];
  const dir = await mkdtemp(join(tmpdir(), 'lmspack-check-'));
  try {
    const file = join(dir, name);
    await writeFile(file, xml, 'utf8');
    const { exitCode, stderr } = await run(options.xmllint ?? 'xmllint', ['--noout', '--nonet', '--schema', join(options.standardsDir, schema), file]);
    if (exitCode === 'not-found') {
      const reason = 'xmllint was not found on PATH (install libxml2-utils).';
      return { status: 'skipped', schema, reason, findings: [finding('validator-unavailable', { reason })] };
    }
    if (exitCode === 0) return { status: 'valid', schema, findings: [] };
    const lines = stderr.split('\n');
    if (exitCode === 5) {
      const detail = lines.find((line) => /error/i.test(line))?.trim() ?? `xmllint exit code ${exitCode}`;
      const reason = `${schema} did not compile`;
      return { status: 'skipped', schema, reason, findings: [finding('schema-unusable', { schema, detail: shorten(detail) })] };
    }
    // `FILE:LINE: element X: Schemas validity error : message` (also parser errors, same shape).
    // A cmi5 LMS rejects a course structure the schema rejects; SCORM and tincan.xml LMSs import it.
    const invalid = standard === 'cmi5' ? 'cmi5-schema-invalid' : 'schema-invalid';
    const findings: Finding[] = [];
    for (const line of lines) {
      if (!line.startsWith(`${file}:`)) continue;
      const match = /^.*?:(\d+): (?:element [^:]+: )?[^:]*error : (.*)$/.exec(line);
      if (match) findings.push(finding(invalid, { schema, detail: shorten(match[2] ?? '') }, `${name}:${match[1]}`));
    }
    if (findings.length === 0) {
      const detail = lines.filter((line) => line.trim() !== '').slice(-3).join(' ').split(file).join(name) || `xmllint exit code ${exitCode}`;
      findings.push(finding(invalid, { schema, detail }, name));
    }
    return { status: 'invalid', schema, findings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
