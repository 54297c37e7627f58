/**
 * The `lmspack` command line (bin/lmspack.js and the npm scripts run this file). The dispatcher
 * (cli/dispatch.ts) maps every outcome to an exit code: 0 success, 1 problems in the input,
 * 2 a usage error or a failure of lmspack itself.
 * @packageDocumentation
 */
import { processIo } from './cli/cli-io.ts';
import { runCli } from './cli/dispatch.ts';
import { showControlCharacters } from './diagnostics/terminal-text.ts';

const argv = process.argv.slice(2);

// A failure outside the command's own promise (a server's error event, a stray rejection) is
// still one line and exit 2, never Node's stack trace, unless --debug asks for it.
function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lmspack: failed: ${showControlCharacters(message.split('\n')[0] ?? '')}${argv.includes('--debug') ? '' : ' (rerun with --debug for details)'}\n`);
  if (argv.includes('--debug')) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exit(2);
}
process.on('uncaughtException', fail).on('unhandledRejection', fail);

process.exitCode = await runCli(argv, processIo());
