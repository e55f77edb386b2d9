import { Option, type Command } from 'commander';
import { secretsOfSource } from '../redact.ts';
import { createProgress } from '../render/progress.ts';
import { emitReport, type CliIo } from './emit-report.ts';
import { runScan } from './run-scan.ts';
import {
  DEFAULT_SAMPLE_ROWS,
  SCAN_FORMATS,
  parsePositiveInt,
  parseShare,
  type ScanOptions,
} from './scan-options.ts';

const EXAMPLES = `
示例 Examples:
  $ shuan scan demo                                      扫描内置演示库 scan the bundled demo database
  $ shuan scan postgres://user:pass@host:5432/erp        PostgreSQL
  $ shuan scan mysql://user:pass@host:3306/mes           MySQL / MariaDB
  $ shuan scan sqlite:./plant.sqlite                     SQLite
  $ shuan scan ./exports/                                CSV / XLSX / JSON 文件或文件夹 files or a folder
  $ shuan scan demo --format json --out scan.json        扫描契约 JSON scan contract JSON
  $ shuan scan demo --format xlsx --out scan.xlsx        Excel 报告 Excel report
  $ shuan scan demo --industry automotive --all          行业规则包、列出全部字段 industry pack, every column

退出码 Exit status: 0 扫描完成 scan finished（表级错误列在报告中 table errors are in the report）;
  2 数据源无法读取 source unreadable; 1 其他错误 other errors (bad option, unknown rule pack).`;

/** Adds `shuan scan <source>` to the program: scans, then prints or writes the report. */
export function addScanCommand(program: Command, io: CliIo): void {
  program
    .command('scan')
    .summary('扫描数据源并定类定级 / scan a data source, classify and grade it')
    .description(
      '扫描数据源：识别敏感字段、确定工业数据类别和级别并说明理由。\n' +
        'Scan a data source: label sensitive columns, assign industrial data categories and levels, with reasons.',
    )
    .argument(
      '<source>',
      '数据源 source: demo | postgres://… | mysql://… | sqlite:<path> | .csv/.xlsx/.json 文件或文件夹 file or folder',
    )
    .addOption(
      new Option('-f, --format <format>', '输出格式 output format')
        .choices(SCAN_FORMATS)
        .default('table'),
    )
    .option('-o, --out <file>', '写入文件而非标准输出 write to a file instead of stdout')
    .option(
      '-s, --sample <rows>',
      '每张表抽样行数 rows sampled per table',
      parsePositiveInt,
      DEFAULT_SAMPLE_ROWS,
    )
    .option(
      '-i, --industry <pack>',
      '行业规则包 id 或 .json 文件 industry rule pack id or .json file (see `shuan rule-packs`)',
    )
    .option(
      '-t, --threshold <share>',
      '取值命中比例阈值 share of sampled values that must match, e.g. 0.3',
      parseShare,
    )
    .option('-c, --concurrency <n>', '同时扫描的表数 tables scanned at once', parsePositiveInt)
    .option('-a, --all', '列出全部字段（表格输出）list every column (table output)', false)
    .addHelpText('after', EXAMPLES)
    .action(async (source: string, options: ScanOptions) => {
      await scanCommand(source, options, io);
    });
}

async function scanCommand(source: string, options: ScanOptions, io: CliIo): Promise<void> {
  const progress = createProgress(io.stderr);
  // The first Ctrl-C stops sampling new tables and reports what was scanned; a second one
  // ends the process.
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const report = await runScan({
      source,
      sampleRows: options.sample,
      ...(options.industry !== undefined && { industry: options.industry }),
      ...(options.threshold !== undefined && { threshold: options.threshold }),
      ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
      onProgress: (p) => {
        progress.onProgress(p);
      },
      signal: controller.signal,
    });
    progress.stop();
    await emitReport(report, options, io, secretsOfSource(source));
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
  }
}
