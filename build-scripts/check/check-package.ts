/**
 * Checks one package zip, ours or another tool's: finds its manifest and standard, runs the
 * rules of that standard, scans web files for outside fetches, and validates the manifest
 * against the official schemas when they are available.
 * @packageDocumentation
 */
import { findStandardsDir, standardsSearchPaths } from '../standards-dir.ts';
import { finding, type Finding, type Severity } from './check-codes.ts';
import { checkCmi5 } from './cmi5-rules.ts';
import { checkContentPackage, readContentPackage } from './content-package-rules.ts';
import { locateManifest, scormVersion } from './detect-standard.ts';
import { findOutsideFetches } from './outside-urls.ts';
import type { PackageContents } from './package-contents.ts';
import { validateManifest, type SchemaValidation } from './schema-validation.ts';
import { checkScorm12 } from './scorm12-rules.ts';
import { checkScorm2004 } from './scorm2004-rules.ts';
import type { Standard } from './standards.ts';
import { checkTincan } from './tincan-rules.ts';
import { parseXml } from './xml-document.ts';
import { readPackageZip } from './zip-reader.ts';

/** The result of checking a package. */
export interface CheckReport {
  /** The zip as given. */
  file: string;
  /** The standard detected, when a manifest at the root told it. */
  standard?: Standard;
  /** The root manifest the package was checked by. */
  manifest?: string;
  /** Whether the manifest was validated against the official schemas, and if not, why. */
  schemaValidation: Omit<SchemaValidation, 'findings'>;
  /** Every finding: errors first, then warnings, then suggestions; otherwise in the order found. */
  findings: Finding[];
  /** Number of findings per severity. */
  counts: Record<Severity, number>;
}

/** Options of {@link checkPackage}. */
export interface CheckOptions {
  /**
   * Folder of the official schemas; `null` skips schema validation on purpose.
   * @default findStandardsDir()
   */
  standardsDir?: string | null;
  /** xmllint executable. @default "xmllint" */
  xmllint?: string;
}

/** What the pure rules found, before schema validation. */
export interface RuleResult {
  standard?: Standard;
  manifest?: string;
  /** Manifest text, when it was well-formed and schema validation can run. */
  manifestXml?: string;
  findings: Finding[];
}

/** Runs every rule that needs no I/O on the contents of a package. */
export function inspectContents(contents: PackageContents): RuleResult {
  const location = locateManifest(contents);
  const findings = [...location.findings];
  for (const file of contents.files) {
    const text = contents.texts.get(file);
    if (text === undefined) continue;
    for (const hit of findOutsideFetches(file, text)) findings.push(finding('outside-url', { url: hit.url, how: hit.how }, `${file}:${hit.line}`));
  }
  const manifest = location.manifest;
  if (!manifest) return { findings };

  const xml = contents.texts.get(manifest) ?? '';
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    findings.unshift(finding('manifest-not-well-formed', { detail: parsed.detail }, parsed.line ? `${manifest}:${parsed.line}` : manifest));
    return { manifest, findings };
  }
  let standard: Standard | undefined;
  const rules: Finding[] = [];
  if (manifest === 'imsmanifest.xml') {
    const version = scormVersion(parsed.root);
    standard = version.standard;
    const pkg = readContentPackage(parsed.root);
    rules.push(...checkContentPackage(pkg, contents));
    if (standard === 'scorm12') rules.push(...checkScorm12(pkg, version.schemaversion));
    else if (standard === 'scorm2004') rules.push(...checkScorm2004(pkg, version.schemaversion));
    else rules.push(finding('unknown-scorm-version', {}, manifest));
  } else if (manifest === 'tincan.xml') {
    standard = 'xapi';
    rules.push(...checkTincan(parsed.root, contents));
  } else {
    standard = 'cmi5';
    rules.push(...checkCmi5(parsed.root, contents));
  }
  return { ...(standard ? { standard } : {}), manifest, manifestXml: xml, findings: [...findings, ...rules] };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

function report(file: string, result: RuleResult, schemaValidation: SchemaValidation): CheckReport {
  const findings = [...result.findings, ...schemaValidation.findings]
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.index - b.index)
    .map(({ item }) => item);
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const item of findings) counts[item.severity]++;
  const { findings: _omitted, ...validation } = schemaValidation;
  return {
    file,
    ...(result.standard ? { standard: result.standard } : {}),
    ...(result.manifest ? { manifest: result.manifest } : {}),
    schemaValidation: validation,
    findings,
    counts,
  };
}

/**
 * Checks the package at `zipPath`. Never throws for a bad package: an unreadable zip is an
 * `unreadable-zip` finding. When the official schemas are missing the report says so (a
 * `schemas-unavailable` warning and `schemaValidation.status: "skipped"`) rather than passing quietly.
 */
export async function checkPackage(zipPath: string, options: CheckOptions = {}): Promise<CheckReport> {
  let contents: PackageContents;
  try {
    contents = await readPackageZip(zipPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return report(zipPath, { findings: [finding('unreadable-zip', { reason })] }, { status: 'skipped', reason: 'the zip could not be read', findings: [] });
  }
  const result = inspectContents(contents);

  let validation: SchemaValidation;
  const standardsDir = options.standardsDir === undefined ? findStandardsDir() : options.standardsDir;
  if (!result.standard || !result.manifest || result.manifestXml === undefined) {
    validation = { status: 'skipped', reason: 'no well-formed manifest of a known standard at the zip root', findings: [] };
  } else if (standardsDir === null) {
    validation = { status: 'skipped', reason: 'schema validation was turned off', findings: [] };
  } else if (standardsDir === undefined) {
    const searched = standardsSearchPaths().join(', ');
    validation = { status: 'skipped', reason: `standards folder not found (looked in ${searched})`, findings: [finding('schemas-unavailable', { searched })] };
  } else {
    validation = await validateManifest(result.manifest, result.manifestXml, result.standard, {
      standardsDir,
      ...(options.xmllint ? { xmllint: options.xmllint } : {}),
    });
  }
  return report(zipPath, result, validation);
}
