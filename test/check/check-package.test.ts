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

/** The 1-based line of the first occurrence of `needle` in a file. */
function lineOf(data: Buffer, needle: string): number {
  const text = data.toString('utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

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
    expect(invalid.map((item) => item.path)).toEqual([`imsmanifest.xml:${lineOf(broken.get('imsmanifest.xml')!, '<imsss:bogus/>')}`]);
    expect(invalid[0]?.severity).toBe('warning');
  });

  test('a SCORM 1.2 manifest with a misspelt element fails schema validation (an error only under --strict)', async () => {
    const broken = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('<schemaversion>', '<schemaVersion>').replace('</schemaversion>', '</schemaVersion>'));
    const zip = await writeZip(own.dir, broken);
    const report = await checkPackage(zip, { standardsDir: gate.standardsDir! });
    expect(report.findings.map((item) => [item.code, item.severity])).toEqual([
      ['scorm12-metadata', 'warning'],
      ['schema-invalid', 'warning'],
    ]);
    const strict = await checkPackage(zip, { standardsDir: gate.standardsDir!, strict: true });
    expect(strict.counts).toEqual({ error: 2, warning: 0, suggestion: 0 });
  });

  test('a cmi5.xml the schema rejects is an error: cmi5 LMSs reject it', async () => {
    const broken = withText(own.files.cmi5, 'cmi5.xml', (xml) => xml.replace('<title>', '<bogus/><title>'));
    const report = await checkPackage(await writeZip(own.dir, broken), { standardsDir: gate.standardsDir! });
    expect(report.findings.map((item) => [item.code, item.severity])).toEqual([['cmi5-schema-invalid', 'error']]);
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

  test.each([
    ['scorm12', ['missing-launch-file', 'missing-file']],
    ['scorm2004', ['missing-launch-file', 'missing-file']],
    ['xapi', ['missing-launch-file']],
    ['cmi5', ['missing-launch-file']],
  ] as const)('missing launch file (%s), also a missing listed file where the manifest lists it', async (format, codes) => {
    expect(await codesOf(without(own.files[format], 'index.html'))).toEqual(codes);
  });

  test('listed file missing from the zip, with a hint when only letter case differs', async () => {
    const files = without(own.files.scorm2004, 'assets/bg-777.png');
    files.set('assets/BG-777.png', Buffer.from('x'));
    const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    expect(report.findings.map((item) => [item.code, item.message])).toEqual([
      ['missing-file', 'The manifest lists assets/bg-777.png, which is not in the zip. The zip has assets/BG-777.png: letter case differs, and LMS servers are case-sensitive.'],
      ['unlisted-file', 'In the zip, but no <file href> lists it.'],
    ]);
  });

  test('unlisted file', async () => {
    const files = new Map(own.files.scorm12).set('notes/todo.txt', Buffer.from('x'));
    expect(await codesOf(files)).toEqual(['unlisted-file']);
  });

  test('files named by adlcp:location count as listed', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('</schemaversion>', '</schemaversion><adlcp:location>metadata.xml</adlcp:location>'));
    files.set('metadata.xml', Buffer.from('<lom/>'));
    expect(await codesOf(files)).toEqual([]);
    expect(await codesOf(without(files, 'metadata.xml'))).toEqual(['missing-file']);
  });

  test('files under an xml:base count as listed, resolved against it', async () => {
    const withBase = (base: string): Files => {
      const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) =>
        xml.replace('</resources>', `<resource identifier="RES-extra" type="webcontent" adlcp:scormtype="asset"${base}><file href="notes.html"/></resource></resources>`),
      );
      return files.set('extra/notes.html', Buffer.from('<p>notes</p>'));
    };
    expect(await codesOf(withBase(' xml:base="extra/"'))).toEqual([]);
    expect(await codesOf(withBase(''))).toEqual(['missing-file', 'unlisted-file']);
  });

  test('a control document the manifest names is missing from the root', async () => {
    const files = without(own.files.scorm2004, 'adlseq_v1p3.xsd');
    const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    expect(report.findings.map((item) => [item.code, item.message])).toEqual([
      ['missing-file', 'The manifest lists adlseq_v1p3.xsd, which is not in the zip.'],
      ['missing-control-document', 'The manifest names the control document adlseq_v1p3.xsd, which is not at the zip root.'],
    ]);
    const strict = await checkPackage(await writeZip(own.dir, files), { standardsDir: null, strict: true });
    expect(strict.findings.map((item) => item.severity)).toEqual(['error', 'error']);
  });

  test('schema files shipped beside the manifest need not be listed', async () => {
    const files = new Map(own.files.scorm12).set('extra.xsd', Buffer.from('<xsd:schema/>'));
    expect(await codesOf(files)).toEqual([]);
  });

  test('bad identifierref', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('identifierref="RES-sample-course"', 'identifierref="RES-missing"'));
    expect(await codesOf(files)).toEqual(['unresolved-identifierref', 'nothing-to-launch']);
  });

  test('bad default organization', async () => {
    const files = withText(own.files.scorm2004, 'imsmanifest.xml', (xml) => xml.replace('default="ORG-sample-course"', 'default="ORG-other"'));
    expect(await codesOf(files)).toEqual(['bad-default-organization']);
  });

  test('duplicate identifier', async () => {
    const files = withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('identifier="ITEM-sample-course"', 'identifier="ORG-sample-course"'));
    expect(await codesOf(files)).toEqual(['duplicate-identifier']);
  });

  test('outside URLs a browser would fetch, in HTML, CSS and JavaScript', async () => {
    let files = withText(own.files.xapi, 'index.html', (html) => html.replace('</head>', '<script src="https://cdn.example.com/lit.js"></script></head>'));
    files = withText(files, 'assets/index-d4e5f6.css', (css) => `@import url("https://fonts.example.com/css?family=Inter");\n${css}`);
    files = withText(files, 'assets/index-a1b2c3.js', (js) => `${js}\nfetch("https://api.example.com/data.json");`);
    const report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
    const outside = report.findings.filter((item) => item.code === 'outside-url');
    expect(outside.map((item) => [item.path, item.snippet])).toEqual([
      [`assets/index-a1b2c3.js:${lineOf(files.get('assets/index-a1b2c3.js')!, 'api.example.com')}`, 'fetch("https://api.example.com/data.json")'],
      ['assets/index-d4e5f6.css:1', '@import url("https://fonts.example.com/css?family=Inter");'],
      [`index.html:${lineOf(files.get('index.html')!, 'cdn.example.com')}`, '<script src="https://cdn.example.com/lit.js">'],
    ]);
    expect(report.findings.length).toBe(3);
  });

  test('tincan.xml and cmi5.xml together', async () => {
    const files = new Map(own.files.cmi5).set('tincan.xml', own.files.xapi.get('tincan.xml')!);
    expect(await codesOf(files)).toEqual(['dual-manifest']);
  });

  test('imsmanifest.xml beside cmi5.xml', async () => {
    const files = new Map(own.files.cmi5).set('imsmanifest.xml', own.files.scorm12.get('imsmanifest.xml')!);
    // The package is checked by imsmanifest.xml (a 1.2 manifest here, whose files are not in the
    // cmi5 zip); cmi5.xml is reported once, as mixed, not also as an unlisted file.
    const codes = await codesOf(files);
    expect(codes.filter((code) => code !== 'missing-file' && code !== 'missing-control-document')).toEqual(['mixed-manifests', 'unlisted-file', 'unlisted-file']);
    expect(codes.length).toBe(11);
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
    expect(await codesOf(files)).toEqual(['missing-scormtype', 'no-sco']);
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
    const reporting = withText(missing, 'imsmanifest.xml', (xml) => xml.replace(/(<imsss:objective [^>]*?)satisfiedByMeasure="true"/, '$1'));
    expect(await codesOf(reporting)).toEqual([]);
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
  let files: Files;
  beforeAll(async () => {
    files = withText(own.files.scorm12, 'index.html', (html) => html.replace('</head>', '<link rel="stylesheet" href="//fonts.example.com/x.css"></head>'));
    files.set('stray.txt', Buffer.from(''));
    files.set('manifest-copy/imsmanifest.xml', Buffer.from(''));
    report = await checkPackage(await writeZip(own.dir, files), { standardsDir: null });
  });

  test('start with a one-line verdict, then group findings by code with the fix', () => {
    const text = renderReport(report).split('\n');
    expect(text[0]).toMatch(/: imports into Moodle, Canvas and SCORM Cloud; 3 warnings$/);
    expect(text.slice(3).join('\n')).toBe(
      [
        '',
        'Warnings:',
        '  outside-url',
        `    index.html:${lineOf(files.get('index.html')!, '//fonts.example.com')}  Requests //fonts.example.com/x.css from outside the package (<link rel="stylesheet" href>).`,
        '      <link rel="stylesheet" href="//fonts.example.com/x.css">',
        '    fix: Ship the file inside the package and refer to it by a relative path.',
        '    see README.md#check-outside-url',
        '  unlisted-file ×2',
        '    manifest-copy/imsmanifest.xml  In the zip, but no <file href> lists it.',
        '    stray.txt  In the zip, but no <file href> lists it.',
        '    fix: List each file in a <file href> of the resource that uses it.',
        '    see README.md#check-unlisted-file',
        '',
        'Seen in the scripts (information only: what runs is not knowable without an LMS):',
        '  SCORM API discovery (API / API_1484_11): not seen',
        '  LMSInitialize / Initialize: not seen',
        '  LMSFinish / Terminate: not seen',
      ].join('\n'),
    );
    expect(report.counts).toEqual({ error: 0, warning: 3, suggestion: 0 });
  });

  test('under --strict the same findings are errors and the verdict says so', async () => {
    const strict = await checkPackage(report.file, { standardsDir: null, strict: true });
    expect(strict.counts).toEqual({ error: 3, warning: 0, suggestion: 0 });
    expect(strict.verdict).toBe('imports into Moodle, Canvas and SCORM Cloud; 3 warnings; fails --strict (3 errors)');
  });

  test('say plainly when the manifest was not validated against the schemas', () => {
    expect(report.schemaValidation.status).toBe('skipped');
    expect(renderReport(report)).toContain('schemas:  NOT validated');
  });

  test('summarise a long run of one code: a count, the first three, and how to see all', async () => {
    const extra = new Map(own.files.scorm12);
    for (let index = 0; index < 15; index++) extra.set(`extra/file-${index}.txt`, Buffer.from(''));
    const long = renderReport(await checkPackage(await writeZip(own.dir, extra), { standardsDir: null }));
    expect(long).toContain('  unlisted-file ×15\n    extra/file-0.txt  ');
    expect(long).toContain('    … and 12 more (--json lists all)\n');
  });

  test('show control characters from a package escaped', async () => {
    // A UTF-8 name (the zip's UTF-8 flag set) keeps its control bytes; a CP437 one shows them as glyphs.
    const hostile = new Map(own.files.scorm12).set('é\x1b[2Jb.txt', Buffer.from(''));
    const text = renderReport(await checkPackage(await writeZip(own.dir, hostile), { standardsDir: null }));
    expect(text).toContain('é\\x1b[2Jb.txt');
    expect(text).not.toContain('\x1b');
  });
});
