/**
 * Runs ONE part of the bench in its own process, so its peak RSS is its own, and sends the
 * result to the runner over IPC. Usage (by run.ts): `part-child.ts <part> <options-json>`.
 */
import type { BenchOptions } from './lib/options.ts';
import type { PartName, PartResult } from './lib/report.ts';
import { peakRssMb } from './lib/measure.ts';
import { runValuesPart } from './values/part.ts';
import { runPostgresPart } from './postgres/part.ts';
import { runFilesPart } from './files/part.ts';

async function runPart(part: PartName, options: BenchOptions): Promise<PartResult> {
  switch (part) {
    case 'values':
      return runValuesPart({ count: options.values, rounds: options.rounds });
    case 'postgres':
      return runPostgresPart(options);
    case 'files':
      return runFilesPart(options);
  }
}

const [part, json] = process.argv.slice(2) as [PartName, string];
const options = JSON.parse(json) as BenchOptions;
let result: PartResult;
try {
  result = await runPart(part, options);
} catch (error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  result = { part, goals: [], facts: [], peakRssMb: peakRssMb(), error: message };
}
process.send?.(result);
process.disconnect();
