/**
 * Some YAML makes the yaml library slow far beyond its size: a few hundred kilobytes of `]` or
 * `[` cost it tens of seconds, one error or nesting level per character. A course file that
 * large is rare, so only large files are first parsed in a worker thread with a time limit;
 * a file that cannot be read in time is refused instead of hanging the build.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Files up to this size parse within a few seconds whatever they hold (measured on this repository's CI). */
export const PREFLIGHT_ABOVE_BYTES = 64 * 1024;
/** How long a large file may take to parse. */
export const PREFLIGHT_MS = 3_000;

const YAML_MODULE = createRequire(import.meta.url).resolve('yaml');

// A CommonJS worker (eval: true) needs no TypeScript loader in the worker thread.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { parseDocument } = require(workerData.yaml);
parseDocument(workerData.text, { strict: true, prettyErrors: false });
parentPort.postMessage('done');
`;

/** True when `text` parses within {@link PREFLIGHT_MS} (always true for small files). */
export async function parsesInTime(text: string): Promise<boolean> {
  if (text.length <= PREFLIGHT_ABOVE_BYTES) return true;
  const worker = new Worker(WORKER, { eval: true, workerData: { yaml: YAML_MODULE, text } });
  try {
    return await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => resolve(false), PREFLIGHT_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve(true);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } finally {
    await worker.terminate();
  }
}
