/**
 * Goal 2: a PostgreSQL database of N tables × 20 columns × M rows scanned with 100-row samples
 * in ≤ 10 s, classification ≤ 20 % of the wall time, and the scanning process's peak RSS
 * < 300 MB. Baselines in the same run: the raw sampling SQL (no reader, no classifier) and
 * the same scan with a do-nothing classifier. Three rounds each, interleaved; medians count.
 */
import type { BenchOptions } from '../lib/options.ts';
import { fmt, median } from '../lib/measure.ts';
import { runScanChild } from '../lib/fork-json.ts';
import { log, type GoalResult, type PartResult } from '../lib/report.ts';
import { peakRssMb } from '../lib/measure.ts';
import { dropFixture, ensureFixture } from './fixture.ts';
import { rawSampling, sampleSql } from './raw-sampling.ts';
import type { ScanChildResult } from '../lib/scan-child.ts';

const ROUNDS = 3;

/** Runs goal 2 and reports it. */
export async function runPostgresPart(options: BenchOptions): Promise<PartResult> {
  const facts: PartResult['facts'] = [];
  log('postgres', `fixture: ${options.tables} tables × 20 columns × ${fmt(options.rows)} rows …`);
  const fixture = await ensureFixture(options.pgUrl, options.tables, options.rows);
  facts.push({
    label: '夹具 / fixture',
    value: `${options.tables} tables × 20 cols × ${fmt(options.rows)} rows (${fixture.sensitiveColumns} sensitive columns); ${fixture.built ? `built in ${fmt(fixture.buildMs / 1000, 1)} s` : 'reused (--keep)'}`,
  });
  log('postgres', facts[0]!.value);
  try {
    return await measure(options, fixture.url, facts);
  } finally {
    if (!options.keep) {
      await dropFixture(options.pgUrl);
      log('postgres', 'fixture dropped (use --keep to reuse it next run)');
    }
  }
}

async function measure(
  options: BenchOptions,
  url: string,
  facts: PartResult['facts'],
): Promise<PartResult> {
  const raw: number[] = [];
  const readerOnly: ScanChildResult[] = [];
  const scans: ScanChildResult[] = [];
  let concurrency = 4;
  let scanError: string | undefined;
  const warm = await rawSampling(url, options.sampleRows, concurrency);
  log('postgres', `warm-up raw sampling: ${fmt(warm.ms)} ms, ${warm.tables} tables`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const scan = await runScanChild(url, options.sampleRows, 'scan');
    if (scan.concurrency > 0) concurrency = scan.concurrency;
    const bare = await runScanChild(url, options.sampleRows, 'reader-only');
    const sql = await rawSampling(url, options.sampleRows, concurrency);
    raw.push(sql.ms);
    if (bare.error === undefined) readerOnly.push(bare);
    if (scan.error === undefined) scans.push(scan);
    else scanError ??= scan.error;
    const show = (r: ScanChildResult): string =>
      r.error === undefined ? `${fmt(r.wallMs)} ms (rss ${fmt(r.peakRssMb)} MB)` : `!! ${r.error}`;
    log(
      'postgres',
      `round ${round}: scan ${show(scan)}${scan.error === undefined ? `, classify ${fmt(scan.classifyMs)} ms` : ''}; reader-only ${show(bare)}; raw SQL ${fmt(sql.ms)} ms`,
    );
  }
  const rawMs = median(raw);
  facts.push({
    label: '基线 SQL / baseline SQL',
    value: `${sampleSql('public', 't_0001', ['<col>'], options.rows, options.sampleRows)} ×${options.tables}, pool of ${concurrency}`,
  });
  const scanMs = scans.length > 0 ? median(scans.map((s) => s.wallMs)) : null;
  const shares = scans.map((s) => (100 * s.classifyMs) / s.wallMs);
  const share = shares.length > 0 ? median(shares) : null;
  const rss = scans.length > 0 ? Math.max(...scans.map((s) => s.peakRssMb)) : null;
  const bareMs = readerOnly.length > 0 ? median(readerOnly.map((s) => s.wallMs)) : null;
  const last = scans.at(-1);
  if (last) {
    facts.push({
      label: '扫描结果 / scan output',
      value: `${last.tables} tables, ${fmt(last.columns)} columns, ${fmt(last.labelledColumns)} labelled, ${last.errors} errors${last.firstError ? ` (first: ${last.firstError})` : ''}; reader concurrency ${last.concurrency}`,
    });
  }
  const growth = (r: ScanChildResult): string =>
    [...r.peakRssAtMb, r.peakRssMb].map((mb, i) => `${(i + 1) * 25}%: ${fmt(mb)} MB`).join(', ');
  if (last)
    facts.push({
      label: '峰值内存随表数增长 / peak RSS as tables are done (scan)',
      value: growth(last),
    });
  const lastBare = readerOnly.at(-1);
  if (lastBare)
    facts.push({
      label: '峰值内存随表数增长 / peak RSS as tables are done (do-nothing classifier)',
      value: growth(lastBare),
    });
  if (bareMs !== null)
    facts.push({
      label: '无分类扫描 / scan with a do-nothing classifier',
      value: `${fmt(bareMs)} ms (median)`,
    });
  const notWired = scans.length === 0 ? `scan failed: ${scanError ?? 'no round ran'}` : undefined;
  const goals: GoalResult[] = [
    {
      id: '2a',
      title: `扫描 ${options.tables} 表耗时 / wall time to scan ${options.tables} tables`,
      unit: 's',
      figure: scanMs === null ? null : scanMs / 1000,
      target: '≤ 10 s',
      pass: scanMs === null ? null : scanMs <= 10_000,
      baseline: { label: 'raw sampling SQL', figure: rawMs / 1000 },
      ratio: scanMs === null ? null : scanMs / rawMs,
      ...(notWired ? { note: notWired } : {}),
    },
    {
      id: '2b',
      title: '分类耗时占比 / share of wall time inside classifyTable',
      unit: '%',
      figure: share,
      target: '≤ 20 %',
      pass: share === null ? null : share <= 20,
    },
    {
      id: '2c',
      title: '扫描进程峰值内存 / peak RSS of the scanning process',
      unit: 'MB',
      figure: rss,
      target: '< 300 MB',
      pass: rss === null ? null : rss < 300,
      ...(readerOnly.length > 0
        ? {
            baseline: {
              label: 'do-nothing classifier',
              figure: Math.max(...readerOnly.map((s) => s.peakRssMb)),
            },
          }
        : {}),
    },
  ];
  return { part: 'postgres', goals, facts, peakRssMb: peakRssMb() };
}
