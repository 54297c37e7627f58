/**
 * The XSD/DTD control documents at the root of the SCORM packages: the same files ADL and IMS
 * publish (compared with the copies in the standards folder), complete enough that a package's
 * manifest validates against the schemas inside the package alone, with no network.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackages, type PackageResult } from '../../build-scripts/package/build-packages.ts';
import { CONTROL_DOCUMENTS, readControlDocuments } from '../../build-scripts/package/control-documents.ts';
import { writeFakeApp } from './fake-app.ts';
import { makeCourse } from './make-course.ts';
import { mustValidate, schemaGate } from './schema-gate.ts';
import { unzip } from './unzip.ts';
import { measurePackages } from '../../scripts/bench/package-sizes.ts';

const gate = schemaGate();
const STANDARD_FOLDERS = { scorm12: 'scorm12', scorm2004: 'scorm2004-4th' } as const;

/**
 * The only differences from ADL's copies, line endings aside: a later CVS `$Id$` comment in the
 * two DTDs, and imscp_v1p1.xsd importing the xml.xsd beside it rather than from w3.org.
 */
const KNOWN_DIFFERENCES: Record<string, [ours: RegExp, adls: RegExp]> = {
  'XMLSchema.dtd': [/\$Id: XMLSchema\.dtd,v 1\.1 2004\/07\/21 [^$]*\$/, /\$Id: XMLSchema\.dtd,v 1\.30 2001\/03\/16 [^$]*\$/],
  'datatypes.dtd': [/\$Id: datatypes\.dtd,v 1\.1 2004\/07\/21 [^$]*\$/, /\$Id: datatypes\.dtd,v 1\.23 2001\/03\/16 [^$]*\$/],
  'imscp_v1p1.xsd': [/schemaLocation = "xml\.xsd"/, /schemaLocation = "http:\/\/www\.w3\.org\/2001\/xml\.xsd"/],
};

function normalised(text: string, name: string, side: 0 | 1): string {
  const lines = text.replace(/\r\n?/g, '\n');
  const known = KNOWN_DIFFERENCES[name];
  return known ? lines.replace(known[side], '<known difference>') : lines;
}

let appDir: string;
let outDir: string;
let results: PackageResult[];

beforeAll(async () => {
  appDir = await writeFakeApp();
  outDir = await mkdtemp(join(tmpdir(), 'lmspack-control-'));
  results = await buildPackages({ course: makeCourse(), appDir, outDir, formats: ['scorm12', 'scorm2004', 'xapi'] });
});

afterAll(async () => {
  for (const dir of [appDir, outDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

if (gate.missing && mustValidate) {
  test('the official schemas and xmllint are available (required in CI)', () => {
    throw new Error(`Cannot compare the control documents: ${gate.missing}.`);
  });
}

describe('control documents', () => {
  test.skipIf(gate.missing !== undefined).each(['scorm12', 'scorm2004'] as const)(
    '%s: each file matches ADL’s published copy apart from line endings and the listed differences',
    async (format) => {
      const documents = await readControlDocuments(format);
      expect([...documents.keys()]).toEqual(CONTROL_DOCUMENTS[format]);
      for (const [name, data] of documents) {
        const adl = await readFile(join(gate.standardsDir!, STANDARD_FOLDERS[format], name), 'latin1');
        expect(normalised(data.toString('latin1'), name, 0), name).toBe(normalised(adl, name, 1));
      }
    },
  );

  test('sit byte for byte at the root of each SCORM package and are listed in its manifest; xAPI gets none', async () => {
    for (const result of results) {
      const zip = await unzip(result.file);
      const expected = CONTROL_DOCUMENTS[result.format] ?? [];
      const documents = await readControlDocuments(result.format);
      for (const name of expected) expect(zip.get(name)?.data.equals(documents.get(name)!), name).toBe(true);
      const manifest = zip.get('imsmanifest.xml')?.data.toString('utf8') ?? '';
      for (const name of expected) expect(manifest).toContain(`<file href="${name}"/>`);
      expect([...zip.keys()].filter((name) => /\.(?:xsd|dtd)$/.test(name))).toEqual(expected);
    }
  });

  test('are counted separately in the result, as the bytes they take in the zip, the figure the benchmark reports', async () => {
    for (const result of results) {
      const zip = await unzip(result.file);
      const compressed = (CONTROL_DOCUMENTS[result.format] ?? []).reduce((sum, name) => sum + zip.get(name)!.compressedSize, 0);
      const [measured] = await measurePackages({ [result.format]: result.file });
      expect(result.controlDocumentBytes, result.format).toBe(measured?.controlDocumentBytes);
      // Headers included: each file's local and central headers, name twice, data descriptor.
      const headers = (CONTROL_DOCUMENTS[result.format] ?? []).reduce((sum, name) => sum + 30 + 46 + 2 * name.length + 16, 0);
      expect(result.controlDocumentBytes - compressed, result.format).toBe(headers);
    }
    expect(results.map((result) => result.controlDocumentBytes > 0)).toEqual([true, true, false]);
  });

  test.skipIf(gate.missing !== undefined).each(['scorm12', 'scorm2004'] as const)(
    '%s: the manifest validates against the schemas inside the package alone, offline',
    async (format) => {
      const dir = await mkdtemp(join(tmpdir(), 'lmspack-unzipped-'));
      try {
        const zip = await unzip(results.find((result) => result.format === format)!.file);
        for (const [name, entry] of zip) if (!name.includes('/')) await writeFile(join(dir, name), entry.data);
        // One entry point importing every namespace from the package's own files, so the
        // foreign elements are checked strictly (imscp's wildcards are lax on their own).
        const imports =
          format === 'scorm12'
            ? { 'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd', 'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd' }
            : {
                'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
                'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
                'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
                'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
                'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
              };
        const entry = Object.entries(imports)
          .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
          .join('');
        await writeFile(join(dir, 'all.xsd'), `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${entry}</xs:schema>`);
        const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'all.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
        expect(run.stderr).toContain('imsmanifest.xml validates');
        expect(run.status).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
