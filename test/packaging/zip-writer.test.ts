import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeZipAtomic } from '../../build-scripts/package/zip-writer.ts';
import { unzip } from './unzip.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lmspack-zip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stream that delivers some bytes and then fails, as a disk or network read can. */
function failingStream(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(64 * 1024, 1));
      } else {
        this.destroy(new Error('read failed halfway'));
      }
    },
  });
}

describe('writeZipAtomic', () => {
  test('sorts entries by name whatever order they come in', async () => {
    const file = join(dir, 'a.zip');
    await writeZipAtomic(file, [
      { name: 'b.txt', data: Buffer.from('b') },
      { name: 'A.txt', data: Buffer.from('A') },
      { name: 'a/c.txt', data: Buffer.from('c') },
    ]);
    expect([...(await unzip(file)).keys()]).toEqual(['A.txt', 'a/c.txt', 'b.txt']);
  });

  test('writes the same bytes for the same entries in any order', async () => {
    const one = join(dir, 'one.zip');
    const two = join(dir, 'two.zip');
    const entries = [
      { name: 'x.js', data: Buffer.from('let x = 1;\n'.repeat(50)) },
      { name: 'index.html', data: Buffer.from('<!doctype html>') },
    ];
    await writeZipAtomic(one, entries);
    await writeZipAtomic(two, [...entries].reverse());
    expect((await readFile(one)).equals(await readFile(two))).toBe(true);
  });

  test('leaves no file at all when a write fails, and deletes its temporary file', async () => {
    const file = join(dir, 'broken.zip');
    await expect(
      writeZipAtomic(file, [
        { name: 'a.txt', data: Buffer.from('a') },
        { name: 'b.bin', data: failingStream() },
      ]),
    ).rejects.toThrow(/read failed halfway/);
    expect(await readdir(dir)).toEqual([]);
  });

  test('keeps the previous package intact when a rebuild fails', async () => {
    const file = join(dir, 'course.zip');
    await writeFile(file, 'previous package');
    await expect(writeZipAtomic(file, [{ name: 'b.bin', data: failingStream() }])).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('previous package');
    expect(await readdir(dir)).toEqual(['course.zip']);
  });

  test('refuses two entries with the same name', async () => {
    await expect(
      writeZipAtomic(join(dir, 'dup.zip'), [
        { name: 'a.txt', data: Buffer.from('1') },
        { name: 'a.txt', data: Buffer.from('2') },
      ]),
    ).rejects.toThrow(/listed twice/);
    expect(await readdir(dir)).toEqual([]);
  });
});
