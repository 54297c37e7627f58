/**
 * Checks one package zip, ours or another tool's: finds its manifest and standard, runs the
 * rules of that standard, scans web files for outside fetches, and validates the manifest
 * against the official schemas when they are available.
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { findStandardsDir, standardsSearchPaths } from '../standards-dir.ts';
import { finding, strictSeverity, type Finding, type Severity } from './check-codes.ts';
import { checkCmi5 } from './cmi5-rules.ts';
import { checkContentPackage, readContentPackage } from './content-package-rules.ts';
import { checkControlDocuments } from './control-documents.ts';
import { declaredScormVersion, locateManifest } from './detect-standard.ts';
import type { PackageContents } from './package-contents.ts';
import { validateManifest, type SchemaValidation } from './schema-validation.ts';
import { checkScorm12 } from './scorm12-rules.ts';
import { checkScorm2004 } from './scorm2004-rules.ts';
import type { Standard } from './standards.ts';
import { checkTincan } from './tincan-rules.ts';
import { collectPlayerFacts, verdict, type PlayerFacts } from './verdict.ts';
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
  /** One line a support desk can act on: will the package import, and with how many problems. */
  verdict: string;
  /** Whether severities are those of `--strict` (some warnings count as errors). */
  strict: boolean;
  /** Every finding: errors first, then warnings, then suggestions; otherwise in the order found. */
  findings: Finding[];
  /** Number of findings per severity. */
  counts: Record<Severity, number>;
  /** Files whose scripts show each player-side fact (SCORM API use, launch parameters read): information, never a finding. */
  playerFacts: PlayerFacts;
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
  /** Report with the severities of `--strict`. @default false */
  strict?: boolean;
}

/** What the pure rules found, before schema validation. */
interface RuleResult {
  standard?: Standard;
  manifest?: string;
  /** Manifest text, when it was well-formed and schema validation can run. */
  manifestXml?: string;
  findings: Finding[];
  playerFacts: PlayerFacts;
}

/** Outside requests of every scanned file, as findings. */
function outsideUrlFindings(contents: PackageContents): Finding[] {
  const findings: Finding[] = [];
  for (const [file, scan] of contents.scans) {
    for (const hit of scan.fetches) findings.push(finding('outside-url', { url: hit.url, how: hit.how }, `${file}:${hit.line}`, hit.snippet));
  }
  return findings;
}

/** Runs the rules of the standard the manifest names. */
function standardRules(manifest: string, root: Element, contents: PackageContents): { standard?: Standard; findings: Finding[] } {
  if (manifest === 'tincan.xml') return { standard: 'xapi', findings: checkTincan(root, contents) };
  if (manifest === 'cmi5.xml') return { standard: 'cmi5', findings: checkCmi5(root, contents) };
  const version = declaredScormVersion(root);
  const pkg = readContentPackage(root);
  const findings = [...checkContentPackage(pkg, contents), ...checkControlDocuments(root, contents)];
  if (version.standard === 'scorm12') findings.push(...checkScorm12(pkg, version.schemaversion));
  else if (version.standard === 'scorm2004') findings.push(...checkScorm2004(pkg, version.schemaversion));
  else findings.push(finding('unknown-scorm-version', {}, manifest));
  return { ...(version.standard ? { standard: version.standard } : {}), findings };
}

/** Runs every rule that needs no I/O on the contents of a package. */
function inspectContents(contents: PackageContents): RuleResult {
  const playerFacts = collectPlayerFacts(contents);
  if (contents.stopped) return { findings: [...contents.zipFindings], playerFacts };
  const location = locateManifest(contents);
  const findings = [...contents.zipFindings, ...location.findings, ...outsideUrlFindings(contents)];
  const manifest = location.manifest;
  if (!manifest) return { findings, playerFacts };

  const xml = contents.texts.get(manifest) ?? '';
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    findings.unshift(finding('manifest-not-well-formed', { detail: parsed.detail }, parsed.line ? `${manifest}:${parsed.line}` : manifest));
    return { manifest, findings, playerFacts };
  }
  const rules = standardRules(manifest, parsed.root, contents);
  return { ...(rules.standard ? { standard: rules.standard } : {}), manifest, manifestXml: xml, findings: [...findings, ...rules.findings], playerFacts };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

function report(file: string, result: RuleResult, schemaValidation: SchemaValidation, strict: boolean): CheckReport {
  const found = [...result.findings, ...schemaValidation.findings];
  const findings = found
    .map((item) => (strict ? { ...item, severity: strictSeverity(item) } : item))
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
    verdict: verdict(result.standard, found, strict ? counts.error : 0),
    strict,
    findings,
    counts,
    playerFacts: result.playerFacts,
  };
}

/**
 * Checks the package at `zipPath`. Never throws for a bad package: an unreadable zip is an
 * `unreadable-zip` finding. When the official schemas are missing the report says so (a
 * `schemas-unavailable` warning and `schemaValidation.status: "skipped"`) rather than passing quietly.
 */
export async function checkPackage(zipPath: string, options: CheckOptions = {}): Promise<CheckReport> {
  const strict = options.strict ?? false;
  let contents: PackageContents;
  try {
    contents = await readPackageZip(zipPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const unreadable = { findings: [finding('unreadable-zip', { reason })], playerFacts: {} };
    return report(zipPath, unreadable, { status: 'skipped', reason: 'the zip could not be read', findings: [] }, strict);
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
  return report(zipPath, result, validation, strict);
}
