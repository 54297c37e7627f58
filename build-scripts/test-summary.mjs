// Prints Vitest's JSON report as one plain closing line ("tests: N passed, N failed, N skipped"),
// the form CI reads to know how many tests ran. Plain JS so it runs before anything is compiled.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/test-results.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exitCode = report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0;
