import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOnlyForOtherTrackers, readViteManifest, type ViteManifest } from '../../build-scripts/package/vite-manifest.ts';
import { FAKE_APP_FILES, writeTree } from './fake-app.ts';

const manifest = JSON.parse(FAKE_APP_FILES['.vite/manifest.json']!) as ViteManifest;

describe('filesOnlyForOtherTrackers', () => {
  test('drops the chunks of the other three trackers from a SCORM 1.2 package', () => {
    expect([...filesOnlyForOtherTrackers(manifest, 'scorm12')].sort()).toEqual([
      'assets/cmi5-444.js',
      'assets/lrs-555.js',
      'assets/scorm2004-222.js',
      'assets/xapi-333.js',
    ]);
  });

  test('keeps a chunk that the xAPI and cmi5 trackers share in both of their packages', () => {
    expect(filesOnlyForOtherTrackers(manifest, 'xapi').has('assets/lrs-555.js')).toBe(false);
    expect(filesOnlyForOtherTrackers(manifest, 'cmi5').has('assets/lrs-555.js')).toBe(false);
    expect(filesOnlyForOtherTrackers(manifest, 'cmi5').has('assets/xapi-333.js')).toBe(true);
  });

  test('never drops a file the app entry reaches without a tracker, even if a tracker imports it too', () => {
    const shared: ViteManifest = {
      ...manifest,
      'index.html': { ...manifest['index.html']!, imports: ['_lrs-555.js'] },
    };
    expect(filesOnlyForOtherTrackers(shared, 'scorm12').has('assets/lrs-555.js')).toBe(false);
  });

  test('fails loudly when the tracker chunk of a format is missing, instead of shipping a package that reports nothing', () => {
    const plain: ViteManifest = { 'index.html': { file: 'assets/index.js', isEntry: true } };
    expect(() => filesOnlyForOtherTrackers(plain, 'scorm2004')).toThrow(
      'the player build has no chunk for the scorm12 tracker (tracking/scorm12.ts): check that the file exists and exports createTracker',
    );
  });
});

describe('readViteManifest', () => {
  test('returns undefined when the build wrote no manifest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lmspack-app-'));
    try {
      expect(await readViteManifest(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('rejects a manifest of the wrong shape instead of shipping every tracker silently', async () => {
    const dir = await writeTree({ '.vite/manifest.json': '{"index.html": {"isEntry": true}}' });
    try {
      await expect(readViteManifest(dir)).rejects.toThrow(/not a Vite manifest/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
