/**
 * `npm run bench:scan` — the scanner's speed and memory benchmark (docs/benchmarks.md).
 * Each part runs in its own child process; this prints every figure, its baseline measured
 * in the same run, the ratio and PASS/FAIL, and exits 0 (1 with --strict on a miss).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { USAGE, parseOptions, type BenchOptions } from './lib/options.ts';
import { log, printSummary, type PartName, type PartResult } from './lib/report.ts';

const CHILD = fileURLToPath(new URL('./part-child.ts', import.meta.url));

function runInChild(part: PartName, options: BenchOptions): Promise<PartResult> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [part, JSON.stringify(options)], { stdio: 'inherit' });
    let result: PartResult | undefined;
    child.on('message', (message) => {
      result = message as PartResult;
    });
    child.on('exit', (code, signal) => {
      resolve(
        result ?? {
          part,
          goals: [],
          facts: [],
          peakRssMb: 0,
          error: `子进程退出 / child exited (code ${String(code)}, signal ${String(signal)})`,
        },
      );
    });
  });
}

function parseOrExit(): ReturnType<typeof parseOptions> {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

const parsed = parseOrExit();
if (parsed === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  log(
    'bench',
    `parts: ${parsed.only.join(', ')}; node ${process.version}; 注意：共享机器上数字有噪声 / numbers are noisy on a shared machine`,
  );
  const results: PartResult[] = [];
  for (const part of parsed.only) results.push(await runInChild(part, parsed));
  printSummary(results);
  const missed = results.some((r) => r.error !== undefined || r.goals.some((g) => g.pass !== true));
  log('bench', missed ? '有目标未达成 / some goals missed' : '全部达成 / all goals met');
  if (missed && parsed.strict) process.exitCode = 1;
}
