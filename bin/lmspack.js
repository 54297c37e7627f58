#!/usr/bin/env node
// `lmspack`: runs the TypeScript command line (build-scripts/cli.ts) through tsx's loader in this
// process, as the npm scripts do with the tsx command, so there is no compile step and no second
// process between the terminal and the command (Ctrl-C and exit codes reach it directly).
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
await import('../build-scripts/cli.ts');
