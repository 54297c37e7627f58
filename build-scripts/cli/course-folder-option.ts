/** The `--course DIR` option of `build` and `dev`. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repo-root.ts';
import { UsageError } from './usage-error.ts';

/** The course folder named by `--course` (default: this repository's `course/`); a usage error when it is no folder. */
export function courseFolderOption(value: string | undefined): string {
  const dir = path.resolve(value ?? path.join(repoRoot, 'course'));
  if (!existsSync(dir)) throw new UsageError(`no course folder at ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder; --course names the course folder (the one holding course.yaml)`);
  return dir;
}
