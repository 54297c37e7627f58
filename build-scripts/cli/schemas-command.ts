/**
 * `lmspack schemas [--out DIR]`: writes the JSON Schemas of the course files into `schemas/`.
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateJsonSchemas } from '../course/json-schemas.ts';
import { repoRoot } from '../repo-root.ts';
import type { CliIo } from './cli-io.ts';

export async function runSchemasCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  const outDir = path.resolve(values.out ?? path.join(repoRoot, 'schemas'));
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(generateJsonSchemas())) {
    await writeFile(path.join(outDir, name), text);
    io.stdout.write(`wrote ${path.relative(process.cwd(), path.join(outDir, name))}\n`);
  }
  return 0;
}
