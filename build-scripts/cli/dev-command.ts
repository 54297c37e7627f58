/**
 * `lmspack dev [--course DIR] [--port N] [--host HOST]`: Vite's dev server with the player and
 * the course, reloading when a course file changes. It is the server `npx vite` starts (the same
 * vite.config.ts), with the course folder passed as vite.config.ts reads it.
 * @packageDocumentation
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../repo-root.ts';
import { courseFolderOption } from './course-folder-option.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) throw new UsageError(`--port must be a port number (1-65535), not "${value}"`);
  return port;
}

/** Resolves on the first Ctrl-C or SIGTERM. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function runDevCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { course: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const courseDir = courseFolderOption(values.course);
  const port = portOption(values.port);
  // vite.config.ts's default export reads the course folder from here, for `npx vite` too.
  process.env.LMSPACK_COURSE_DIR = courseDir;
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    server: { ...(port === undefined ? {} : { port, strictPort: true }), ...(values.host === undefined ? {} : { host: values.host }) },
  });
  await server.listen();
  server.printUrls();
  io.stderr.write(`lmspack: serving ${path.relative(process.cwd(), courseDir) || '.'}; stop with Ctrl-C\n`);
  await untilStopped();
  await server.close();
  return 0;
}
