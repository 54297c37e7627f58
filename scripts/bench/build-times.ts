/**
 * Build time as an author sees it: `npm run build`'s command (all four packages) as a fresh
 * process, wall clock from start to exit. Cold builds start without Vite's cache folder and
 * with an empty image cache, so every image is encoded again; warm builds reuse both.
 * @packageDocumentation
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { repoRoot } from '../../build-scripts/repo-root.ts';
import { repeat, summarise, type Sampled } from './stats.ts';

const run = promisify(execFile);
const TSX = path.join(repoRoot, 'node_modules/.bin/tsx');
const CLI = path.join(repoRoot, 'build-scripts/cli.ts');

export interface BuildTimes {
  coldMs: Sampled;
  warmMs: Sampled;
}

/** Runs `npm run build`'s command for `courseDir` into `outDir` with the image cache in `imageCache`. */
export async function timeBuild(courseDir: string, outDir: string, imageCache: string): Promise<number> {
  const start = performance.now();
  await run(TSX, [CLI, 'build', '--course', courseDir, '--out', outDir], { cwd: repoRoot, env: { ...process.env, LMSPACK_IMAGE_CACHE: imageCache, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - start;
}

/** Cold builds `coldRuns` times, then warm builds `warmRuns` times after a warm-up. */
export async function measureBuildTimes(courseDir: string, outDir: string, coldRuns: number, warmRuns: number): Promise<BuildTimes> {
  const imageCache = await mkdtemp(path.join(tmpdir(), 'lmspack-bench-images-'));
  try {
    const cold = await repeat(coldRuns, 0, async () => {
      await rm(imageCache, { recursive: true, force: true });
      await rm(path.join(repoRoot, 'node_modules/.vite'), { recursive: true, force: true });
      return timeBuild(courseDir, outDir, imageCache);
    });
    const warm = await repeat(warmRuns, 1, () => timeBuild(courseDir, outDir, imageCache));
    return { coldMs: summarise(cold), warmMs: summarise(warm) };
  } finally {
    await rm(imageCache, { recursive: true, force: true });
  }
}
