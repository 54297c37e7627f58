/**
 * The `lmspack` command line (bin/lmspack.js and the npm scripts run this file). The dispatcher
 * (cli/dispatch.ts) maps every outcome to an exit code: 0 success, 1 problems in the input,
 * 2 a usage error or a failure of lmspack itself.
 * @packageDocumentation
 */
import { processIo } from './cli/cli-io.ts';
import { reportFailure, runCli } from './cli/dispatch.ts';

const argv = process.argv.slice(2);

// A failure outside the command's own promise (a server's error event, a stray rejection) is
// still one line and exit 2, never Node's stack trace, unless --debug asks for it.
function fail(error: unknown): void {
  process.exit(reportFailure('', error, processIo(), argv.includes('--debug')));
}
process.on('uncaughtException', fail).on('unhandledRejection', fail);

process.exitCode = await runCli(argv, processIo());
