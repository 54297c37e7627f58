import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPackage, type CheckReport } from '../../build-scripts/check/check-package.ts';
import { renderReport } from '../../build-scripts/check/render-report.ts';
import { PACKAGE_FORMATS } from '../../build-scripts/package/build-packages.ts';
import { mustValidate, schemaGate } from '../packaging/schema-gate.ts';
import { buildOwnPackages, withText, without, writeZip, type Files, type OwnPackages } from './package-fixtures.ts';

let own: OwnPackages;
beforeAll(async () => {
  own = await buildOwnPackages();
});
afterAll(async () => {
  await rm(own.dir, { recursive: true, force: true });
});

/** Checks files written as a zip, without schema validation (rules only). */
async function codesOf(files: Files | Record<string, string>): Promise<string[]> {
  const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
  return report.findings.map((item) => item.code);
}

const gate = schemaGate();
if (gate.missing && mustValidate) {
  test('the official schemas and xmllint are available (required in CI)', () => {
    throw new Error(`Cannot check packages against the official schemas: ${gate.missing}.`);
  });
}

describe.skipIf(gate.missing !== undefined)(`lmspack's own packages${gate.missing ? ` (skipped: ${gate.missing})` : ''}`, () => {
  test.each(PACKAGE_FORMATS)('the %s package passes every check, schema validation included', async (format) => {
    const report = await checkPackage(own.zips[format], { standardsDir: gate.standardsDir! });
    expect(report.findings).toEqual([]);
    expect(report.standard).toBe(format);
    expect(report.schemaValidation.status).toBe('valid');
    expect(renderReport(report)).toContain('All good!');
  });

  test('a manifest the schema rejects is reported with its line', async () => {
    const broken = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('<imsss:deliveryControls', '<imsss:bogus/><imsss:deliveryControls'));
    const report = await checkPackage(await writeZip(own.dir, broken), { standardsDir: gate.standardsDir! });
    expect(report.schemaValidation.status).toBe('invalid');
    const invalid = report.findings.filter((item) => item.code === 'schema-invalid');
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0]?.path).toMatch(/^imsmanifest\.xml:\d+$/);
  });

  test('a SCORM 1.2 manifest with a misspelt element fails schema validation', async () => {
    const broken = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('<schemaversion>', '<schemaVersion>').replace('</schemaversion>', '</schemaVersion>'));
    const report = await checkPackage(await writeZip(own.dir, broken), { standardsDir: gate.standardsDir! });
    expect(report.findings.map((item) => item.code)).toContain('schema-invalid');
  });
});

describe('rules: our packages pass without schemas too', () => {
  test.each(PACKAGE_FORMATS)('%s has no findings from the rules', async (format) => {
    expect(await codesOf(own.files[format])).toEqual([]);
  });
});

describe('planted defects are named', () => {
  test('manifest in a sub-folder', async () => {
    const nested = new Map([...own.files.scorm12].map(([name, data]) => [`my-course/${name}`, data]));
    expect(await codesOf(nested)).toEqual(['manifest-not-at-root']);
  });

  test('no manifest anywhere', async () => {
    expect(await codesOf({ 'index.html': '<html></html>' })).toEqual(['no-manifest']);
  });

  test.each(PACKAGE_FORMATS)('missing launch file (%s)', async (format) => {
    expect(await codesOf(without(own.files[format], 'index.html'))).toContain('missing-launch-file');
  });

  test('listed file missing from the zip, with a hint when only letter case differs', async () => {
    const files = without(own.files.scorm2004, 'assets/bg-777.png');
    files.set('assets/BG-777.png', Buffer.from('x'));
    const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    const missing = report.findings.find((item) => item.code === 'missing-file');
    expect(missing?.message).toContain('letter case differs');
  });

  test('unlisted file', async () => {
    const files = new Map(own.files.scorm12).set('notes/todo.txt', Buffer.from('x'));
    expect(await codesOf(files)).toEqual(['unlisted-file']);
  });

  test('schema files shipped beside the manifest need not be listed', async () => {
    const files = new Map(own.files.scorm12).set('imscp_rootv1p1p2.xsd', Buffer.from('<xsd:schema/>'));
    expect(await codesOf(files)).toEqual([]);
  });

  test('bad identifierref', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('identifierref="RES-sample-course"', 'identifierref="RES-missing"'));
    const codes = await codesOf(files);
    expect(codes).toContain('unresolved-identifierref');
  });

  test('bad default organization', async () => {
    const files = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('default="ORG-sample-course"', 'default="ORG-other"'));
    expect(await codesOf(files)).toContain('bad-default-organization');
  });

  test('duplicate identifier', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('identifier="ITEM-sample-course"', 'identifier="ORG-sample-course"'));
    expect(await codesOf(files)).toContain('duplicate-identifier');
  });

  test('outside URLs a browser would fetch, in HTML, CSS and JavaScript', async () => {
    let files = withText(own.files.xapi, 'index.html', (html) => html.replace('</head>', '<script src="https://cdn.example.com/lit.js"></script></head>'));
    files = withText(files, 'assets/index-d4e5f6.css', (css) => `@import url("https://fonts.example.com/css?family=Inter");\n${css}`);
    files = withText(files, 'assets/index-a1b2c3.js', (js) => `${js}\nfetch("https://api.example.com/data.json");`);
    const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    const outside = report.findings.filter((item) => item.code === 'outside-url');
    expect(outside.map((item) => item.path)).toEqual(['assets/index-a1b2c3.js:7', 'assets/index-d4e5f6.css:1', 'index.html:9']);
    expect(report.findings.every((item) => item.code === 'outside-url')).toBe(true);
  });

  test('tincan.xml and cmi5.xml together', async () => {
    const files = new Map(own.files.cmi5).set('tincan.xml', own.files.xapi.get('tincan.xml')!);
    expect(await codesOf(files)).toEqual(['dual-manifest']);
  });

  test('imsmanifest.xml beside cmi5.xml', async () => {
    const files = new Map(own.files.cmi5).set('imsmanifest.xml', own.files.scorm12.get('imsmanifest.xml')!);
    expect(await codesOf(files)).toContain('mixed-manifests');
  });

  test('manifest that is not well-formed', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('</organizations>', ''));
    expect(await codesOf(files)).toEqual(['manifest-not-well-formed']);
  });

  test('file that is not a zip', async () => {
    const file = join(own.dir, 'not-a-zip.zip');
    await writeFile(file, 'PK? no');
    const report = await checkPackage(file, { standardsDir: null });
    expect(report.findings.map((item) => item.code)).toEqual(['unreadable-zip']);
  });

  test('SCORM 1.2 masteryscore outside 0-100', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('<adlcp:masteryscore>80<', '<adlcp:masteryscore>150<'));
    expect(await codesOf(files)).toEqual(['masteryscore-out-of-range']);
  });

  test('SCORM 1.2 resource without adlcp:scormtype', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace(' adlcp:scormtype="sco"', ''));
    expect(await codesOf(files)).toEqual(['missing-scormtype', 'no-sco']);
  });

  test('SCORM 2004 resource with the 1.2 spelling scormtype', async () => {
    const files = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormtype="sco"'));
    expect(await codesOf(files)).toContain('missing-scormtype');
  });

  test('SCORM 2004 metadata of another edition, or none', async () => {
    const third = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('2004 4th Edition', '2004 3rd Edition'));
    expect(await codesOf(third)).toEqual(['scorm2004-older-edition']);
    const none = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace(/<metadata>[\s\S]*?<\/metadata>/, ''));
    expect(await codesOf(none)).toEqual(['bad-schemaversion']);
  });

  test('SCORM 2004 objectives without a measure, or with different ones', async () => {
    const missing = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace(/<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>\s*<\/imsss:objective>/, '</imsss:objective>'));
    expect(await codesOf(missing)).toEqual(['objective-without-measure']);
    const differ = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('<imsss:minNormalizedMeasure>0.8<', '<imsss:minNormalizedMeasure>0.7<'));
    expect(await codesOf(differ)).toEqual(['objective-measures-differ']);
  });

  test('SCORM 2004 SCO that leaves its status to the LMS', async () => {
    const files = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace(' completionSetByContent="true"', ''));
    expect(await codesOf(files)).toEqual(['status-not-set-by-content']);
  });

  test('xAPI launch URL carrying an endpoint and credentials', async () => {
    const files = withText(own.files.xapi, 'tincan.xml', (xml) => xml.replace('>index.html<', '>index.html?endpoint=https%3A%2F%2Flrs.example.com&amp;auth=Basic%20abc<'));
    expect(await codesOf(files)).toEqual(['credentials-in-package']);
  });

  test('cmi5 ids that are not absolute IRIs, and a duplicated AU id', async () => {
    const relative = withText(own.files.cmi5, 'cmi5.xml', (xml) => xml.replace('<course id="https://example.org/courses/sample-course"', '<course id="sample-course"'));
    expect(await codesOf(relative)).toEqual(['bad-activity-id']);
    const duplicate = withText(own.files.cmi5, 'cmi5.xml', (xml) => xml.replace('/au/main"', '"'));
    expect(await codesOf(duplicate)).toEqual(['duplicate-identifier']);
  });
});

describe('reports', () => {
  let report: CheckReport;
  beforeAll(async () => {
    const files = withText(own.files.scorm12, 'index.html', (html) => html.replace('</head>', '<link rel="stylesheet" href="//fonts.example.com/x.css"></head>'));
    files.set('stray.txt', Buffer.from(''));
    // A second standard's manifest draws the mixed-manifests warning (and is itself unlisted).
    files.set('tincan.xml', own.files.xapi.get('tincan.xml')!);
    report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
  });

  test('group findings under Errors and Warnings, numbered, with path and code', () => {
    const text = renderReport(report);
    expect(text).toMatch(/Errors:\n {2}1\. index\.html:\d+ {2}Fetches \/\/fonts\.example\.com\/x\.css .*\[outside-url\]/);
    expect(text).toMatch(/ {2}\d\. stray\.txt {2}.*\[unlisted-file\]/);
    expect(text).toMatch(/Warnings:\n {2}1\. .*\[mixed-manifests\]/);
    expect(report.counts).toEqual({ error: 3, warning: 1, suggestion: 0 });
  });

  test('say plainly when the manifest was not validated against the schemas', () => {
    expect(report.schemaValidation.status).toBe('skipped');
    expect(renderReport(report)).toContain('schemas:  NOT validated');
  });

  test('summarise a long run of one code', async () => {
    const files = new Map(own.files.scorm12);
    for (let index = 0; index < 15; index++) files.set(`extra/file-${index}.txt`, Buffer.from(''));
    const long = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    expect(renderReport(long)).toContain('… and 5 more unlisted-file');
  });
});
