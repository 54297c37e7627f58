import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackages, PACKAGE_FORMATS, type PackageResult } from '../../build-scripts/package/build-packages.ts';
import { CONTROL_DOCUMENTS } from '../../build-scripts/package/control-documents.ts';
import { formatResultTable } from '../../build-scripts/package/result-table.ts';
import { ZIP_ENTRY_MODE } from '../../build-scripts/package/zip-writer.ts';
import { COMMON_APP_FILES, writeFakeApp, writeTree } from './fake-app.ts';
import { makeCourse } from './make-course.ts';
import { unzip, type UnzippedEntry } from './unzip.ts';

const ASSET_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

let appDir: string;
let courseDir: string;
let outDir: string;
let results: PackageResult[];
const zips = new Map<string, Map<string, UnzippedEntry>>();
const logLines: string[] = [];
const course = makeCourse({ assets: [{ path: 'assets/diagram.svg' }] });

beforeAll(async () => {
  appDir = await writeFakeApp();
  courseDir = await writeTree({ 'assets/diagram.svg': ASSET_SVG }, 'lmspack-course-');
  outDir = await mkdtemp(join(tmpdir(), 'lmspack-out-'));
  results = await buildPackages({ course, appDir, courseDir, outDir, formats: PACKAGE_FORMATS, log: (line) => logLines.push(line) });
  for (const result of results) zips.set(result.format, await unzip(result.file));
});

afterAll(async () => {
  for (const dir of [appDir, courseDir, outDir]) await rm(dir, { recursive: true, force: true });
});

function names(format: string): string[] {
  return [...(zips.get(format)?.keys() ?? [])];
}

describe('buildPackages', () => {
  test('writes <course-id>-<format>.zip for each format and reports size and file count', async () => {
    expect(results.map((result) => result.format)).toEqual(['scorm12', 'scorm2004', 'xapi', 'cmi5']);
    expect((await readdir(outDir)).sort()).toEqual([...PACKAGE_FORMATS.map((format) => `sample-course-${format}.zip`), 'sample-course-flashcards.tsv'].sort());
    for (const result of results) {
      expect(result.file).toBe(join(outDir, `sample-course-${result.format}.zip`));
      expect(result.bytes).toBe((await readFile(result.file)).length);
      expect(result.fileCount).toBe(names(result.format).length);
    }
  });

  test('puts the one manifest of each standard at the zip root, never tincan.xml and cmi5.xml together', () => {
    const manifests = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', xapi: 'tincan.xml', cmi5: 'cmi5.xml' };
    for (const [format, manifest] of Object.entries(manifests)) {
      const files = names(format);
      expect(files).toContain(manifest);
      expect(files.filter((file) => /(?:^|\/)(?:imsmanifest|tincan|cmi5)\.xml$/.test(file))).toEqual([manifest]);
    }
  });

  test('ships each standard only its own tracker chunks (shared chunks where needed), and never .vite/ or source maps', () => {
    const expected: Record<string, string[]> = {
      scorm12: ['assets/scorm12-111.js'],
      scorm2004: ['assets/scorm2004-222.js'],
      xapi: ['assets/lrs-555.js', 'assets/xapi-333.js'],
      cmi5: ['assets/cmi5-444.js', 'assets/lrs-555.js'],
    };
    const manifestOf = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', xapi: 'tincan.xml', cmi5: 'cmi5.xml' } as const;
    for (const format of PACKAGE_FORMATS) {
      const controlDocuments = CONTROL_DOCUMENTS[format] ?? [];
      expect(names(format)).toEqual(
        [...COMMON_APP_FILES, ...(expected[format] ?? []), 'assets/diagram.svg', manifestOf[format], ...controlDocuments].sort(),
      );
    }
  });

  test('stores entries sorted, with fixed timestamps and permissions', () => {
    for (const format of PACKAGE_FORMATS) {
      const entries = zips.get(format)!;
      const list = [...entries.keys()];
      expect(list).toEqual([...list].sort());
      for (const entry of entries.values()) {
        expect(entry.mode).toBe(ZIP_ENTRY_MODE);
        // DOS date 1980-02-01, time 00:00:00.
        expect(entry.lastModFileDate).toBe((0 << 9) | (2 << 5) | 1);
        expect(entry.lastModFileTime).toBe(0);
      }
    }
  });

  test('marks index.html with the format it was built for', () => {
    for (const format of PACKAGE_FORMATS) {
      const html = zips.get(format)!.get('index.html')!.data.toString('utf8');
      expect(html).toMatch(new RegExp(`<head>\\s*<meta charset="utf-8">\\s*<meta name="lmspack-format" content="${format}">[\\s\\S]*</head>`));
      expect(html.match(/lmspack-format/g)).toHaveLength(1);
    }
  });

  test('includes the course assets unchanged', () => {
    for (const format of PACKAGE_FORMATS) expect(zips.get(format)!.get('assets/diagram.svg')!.data.toString('utf8')).toBe(ASSET_SVG);
  });

  test('lists every packaged file in the SCORM manifests', () => {
    for (const format of ['scorm12', 'scorm2004']) {
      const manifest = zips.get(format)!.get('imsmanifest.xml')!.data.toString('utf8');
      const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => match[1]);
      expect(listed).toEqual(names(format).filter((name) => name !== 'imsmanifest.xml'));
    }
  });

  test('warns about nothing for a course whose manifest agrees with its reporting policy', () => {
    expect(results.map((result) => result.warnings)).toEqual([[], [], [], []]);
    expect(logLines.filter((line) => line.includes('warning'))).toEqual([]);
  });

  test('gives byte-identical zips when built again from the same input', async () => {
    const again = await mkdtemp(join(tmpdir(), 'lmspack-out-'));
    try {
      const second = await buildPackages({ course, appDir, courseDir, outDir: again, formats: PACKAGE_FORMATS });
      for (const [index, result] of second.entries()) {
        expect((await readFile(result.file)).equals(await readFile(results[index]!.file))).toBe(true);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  test('ships source maps only when asked', async () => {
    const withMaps = await mkdtemp(join(tmpdir(), 'lmspack-out-'));
    try {
      const [result] = await buildPackages({ course, appDir, courseDir, outDir: withMaps, formats: ['scorm12'], includeSourceMaps: true });
      expect([...(await unzip(result!.file)).keys()]).toContain('assets/index-a1b2c3.js.map');
    } finally {
      await rm(withMaps, { recursive: true, force: true });
    }
  });

  test('refuses a course asset that would replace a different app file', async () => {
    const clash = await writeTree({ 'index.html': '<html><head></head></html>' }, 'lmspack-course-');
    const out = await mkdtemp(join(tmpdir(), 'lmspack-out-'));
    try {
      await expect(
        buildPackages({ course: makeCourse({ assets: [{ path: 'index.html' }] }), appDir, courseDir: clash, outDir: out, formats: ['xapi'] }),
      ).rejects.toThrow(/same path as a different file/);
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(clash, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });

  test('refuses an app build without index.html', async () => {
    const empty = await writeTree({ 'assets/x.js': '' });
    try {
      await expect(buildPackages({ course: makeCourse(), appDir: empty, outDir: empty, formats: ['cmi5'] })).rejects.toThrow(/no index\.html/);
      expect(existsSync(join(empty, 'sample-course-cmi5.zip'))).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('formatResultTable', () => {
  test('shows format, file, size, the schema files’ share of it and number of files, one row per package', () => {
    const table = formatResultTable(
      [
        { format: 'scorm12', file: '/work/dist/c-scorm12.zip', bytes: 41234, fileCount: 12, controlDocumentBytes: 6342, warnings: [] },
        { format: 'cmi5', file: '/work/dist/c-cmi5.zip', bytes: 812, fileCount: 9, controlDocumentBytes: 0, warnings: [] },
      ],
      { cwd: '/work' },
    );
    expect(table.split('\n')).toEqual([
      'format   file                   size  of which XSD/DTD  files',
      '-------  ------------------  -------  ----------------  -----',
      'scorm12  dist/c-scorm12.zip  41.2 kB            6.3 kB     12',
      'cmi5     dist/c-cmi5.zip       812 B                 -      9',
    ]);
  });
});
