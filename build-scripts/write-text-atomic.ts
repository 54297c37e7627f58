/**
 * Writes a text file through a temporary file in the same folder, renamed over the target only
 * when complete (atomic on POSIX within one file system): a crash or a full disk never leaves a
 * half-written file where an author or a learner expects a whole one.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeTextAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
