/**
 * lmspack's command line. Parses the command, runs it and maps the outcome to an exit code:
 * 0 success, 1 problems in the input, 2 a usage error or a failure of lmspack itself.
 * @packageDocumentation
 */
import { runBuildCommand } from './cli/build-command.ts';
import { runSchemasCommand } from './cli/schemas-command.ts';
import { UsageError } from './cli/usage-error.ts';
import { showControlCharacters } from './diagnostics/terminal-text.ts';

const USAGE = `usage:
  npm run build -- [--course DIR] [--out DIR] [--format scorm12,scorm2004,xapi,cmi5]
  npm run check -- FILE.zip [--json] [--strict]
  npm run schemas -- [--out DIR]
Add --debug to any command to see stack traces.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  build: runBuildCommand,
  schemas: runSchemasCommand,
  check: async (args) => (await import('./check/check-command.ts')).runCheckCommand(args),
  init: async (args) => (await import('./cli/init-command.ts')).runInitCommand(args),
  import: async (args) => (await import('./cli/import-command.ts')).runImportCommand(args),
};

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  if (debug) process.env.LMSPACK_DEBUG = '1';
  const [name, ...args] = argv.filter((a) => a !== '--debug');
  const command = name ? COMMANDS[name] : undefined;
  if (!command || args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return command || name === '--help' ? 0 : 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`lmspack: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`lmspack: ${name} failed: ${showControlCharacters(error instanceof Error ? error.message : String(error))}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('Rerun with --debug for details.\n');
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
