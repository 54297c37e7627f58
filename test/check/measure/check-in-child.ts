/**
 * Runs `npm run check` on the files named in argv in this process, then writes one JSON line to
 * stderr with the exit code, the wall time of the check and the process's peak resident memory
 * (getrusage maxRSS): a real measurement for tests and scripts that start it as a child process.
 * Usage: node --import tsx test/check/measure/check-in-child.ts FILE.zip... [--json] [--strict]
 */
import { runCheckCommand } from '../../../build-scripts/check/check-command.ts';

/** What the child reports on stderr. */
export interface ChildMeasurement {
  exitCode: number;
  /** Wall time of the check. */
  ms: number;
  /** CPU time (user + system) of the check: what it costs when the machine is shared. */
  cpuMs: number;
  maxRssBytes: number;
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
let stdout = '';
const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: process.stderr, env: process.env };
const exitCode = await runCheckCommand(process.argv.slice(2), io);
const cpu = process.cpuUsage(cpuBefore);
const measurement: ChildMeasurement = {
  exitCode,
  ms: Math.round(performance.now() - started),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(stdout);
process.stderr.write(`\n${JSON.stringify(measurement)}\n`);
