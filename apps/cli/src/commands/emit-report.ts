import { writeFile } from 'node:fs/promises';
import pc from 'picocolors';
import { ScanReportSchema } from '@shuan/contracts';
import type { ScanReport } from '@shuan/core';
import { CliError } from '../cli-error.ts';
import { redactSecrets } from '../redact.ts';
import { reportStats } from '../render/report-stats.ts';
import { renderSummary } from '../render/summary-table.ts';
import { defaultXlsxFile, type ScanOptions } from './scan-options.ts';

/** Where the command writes: stdout for the report, stderr for notes. */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Writes a finished report in the format asked for: the terminal summary, the contract
 * JSON (validated against `ScanReportSchema` first) to `--out` or stdout, or the Excel
 * workbook. Error messages from the source are stripped of credentials on the way out.
 */
export async function emitReport(
  scanned: ScanReport,
  options: ScanOptions,
  io: CliIo,
  secrets: readonly string[],
): Promise<void> {
  const report: ScanReport = {
    ...scanned,
    errors: scanned.errors.map((e) => ({ ...e, message: redactSecrets(e.message, secrets) })),
  };
  switch (options.format) {
    case 'table': {
      const text = renderSummary(report, {
        all: options.all,
        colors: pc.createColors(colorsWanted(io.stdout, options.out)),
      });
      if (options.out === undefined) io.stdout.write(text);
      else await writeOut(options.out, text, io, report);
      return;
    }
    case 'json': {
      const parsed = ScanReportSchema.safeParse(report);
      if (!parsed.success) {
        throw new CliError(
          'REPORT_INVALID',
          `扫描报告不符合契约 / the scan report does not match the contract: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      const text = JSON.stringify(parsed.data, null, 2) + '\n';
      if (options.out === undefined) io.stdout.write(text);
      else await writeOut(options.out, text, io, report);
      return;
    }
    case 'xlsx': {
      const file = options.out ?? defaultXlsxFile(new Date());
      // exceljs is large; load it only when a workbook is asked for.
      const { writeXlsxReport } = await import('../render/xlsx-report.ts');
      await guardWrite(file, () => writeXlsxReport(report, file));
      noteWritten(io, file, report);
      return;
    }
  }
}

function colorsWanted(stdout: NodeJS.WriteStream, out: string | undefined): boolean {
  return out === undefined && stdout.isTTY && process.env['NO_COLOR'] === undefined;
}

async function writeOut(file: string, text: string, io: CliIo, report: ScanReport): Promise<void> {
  await guardWrite(file, () => writeFile(file, text, 'utf8'));
  noteWritten(io, file, report);
}

async function guardWrite(file: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      'OUTPUT_WRITE_FAILED',
      `无法写入输出文件 / cannot write the output file ${file}: ${reason}`,
    );
  }
}

/** The one line that says where the report went; on stderr so stdout stays the report. */
function noteWritten(io: CliIo, file: string, report: ScanReport): void {
  const s = reportStats(report);
  io.stderr.write(
    `已扫描 ${s.tables} 张表、${s.columns} 个字段、${s.errors} 个错误，报告已写入 ${file} / ` +
      `scanned ${s.tables} tables, ${s.columns} columns, ${s.errors} errors; wrote ${file}\n`,
  );
}
