/**
 * Goal 3: a folder of CSV and log text (1 GB by default, `--size`) scanned by the real folder
 * reader and classifier at ≥ 0.2× the speed of ripgrep running the same patterns on the
 * same files. Both run after a warm-up read (page cache), in alternating rounds; medians count.
 */
import type { BenchOptions } from '../lib/options.ts';
import { fmt, median, peakRssMb } from '../lib/measure.ts';
import { runScanChild } from '../lib/fork-json.ts';
import type { ScanChildResult } from '../lib/scan-child.ts';
import { log, type GoalResult, type PartResult } from '../lib/report.ts';
import { ensureFolder, removeFolder } from './fixture.ts';
import { sweepFiles } from './sweep-only.ts';
import { NotWiredError, loadTextSweeper } from '../lib/subjects.ts';
import { RG_PATTERNS, listFiles, runRipgrep, warmPageCache } from './ripgrep.ts';

/** Runs goal 3 and reports it. */
export async function runFilesPart(options: BenchOptions): Promise<PartResult> {
  const facts: PartResult['facts'] = [];
  const folder = await ensureFolder(options.sizeBytes);
  try {
    const { paths, bytes } = await listFiles(folder.dir);
    const mb = bytes / 1024 / 1024;
    facts.push({
      label: '夹具 / fixture',
      value: `${folder.dir}: ${paths.length} files, ${fmt(mb)} MB; ${folder.built ? `built in ${fmt(folder.buildMs / 1000, 1)} s` : 'reused (--keep)'}`,
    });
    log('files', facts[0]!.value);
    await warmPageCache(paths);
    const warm = await runRipgrep(folder.dir);
    log('files', `warm-up: page cache filled; rg ${fmt(warm.ms)} ms`);

    const rounds = mb > 300 ? 2 : 3;
    const rg: number[] = [];
    const scans: ScanChildResult[] = [];
    let rgLines = 0;
    let scanError: string | undefined;
    for (let round = 1; round <= rounds; round += 1) {
      const r = await runRipgrep(folder.dir);
      rg.push(r.ms);
      rgLines = r.lines;
      const s = await runScanChild(folder.dir, options.sampleRows, 'scan');
      if (s.error === undefined) scans.push(s);
      else scanError ??= s.error;
      const scanText =
        s.error === undefined
          ? `scan ${fmt(s.wallMs)} ms (rss ${fmt(s.peakRssMb)} MB, classify ${fmt(s.classifyMs)} ms)`
          : `scan !! ${s.error}`;
      log('files', `round ${round}: rg ${fmt(r.ms)} ms; ${scanText}`);
    }
    const rgRate = mb / (median(rg) / 1000);
    const bare = await runScanChild(folder.dir, options.sampleRows, 'reader-only');
    const bareText =
      bare.error === undefined
        ? `${fmt(mb / (bare.wallMs / 1000))} MB/s (${fmt(bare.wallMs)} ms, rss ${fmt(bare.peakRssMb)} MB), ${fmt(mb / (bare.wallMs / 1000) / rgRate, 2)}× rg`
        : bare.error;
    log('files', `scan with a do-nothing classifier: ${bareText}`);
    facts.push({
      label: '无分类扫描 / scan with a do-nothing classifier (reader + sweep)',
      value: bareText,
    });
    const rgOne = await runRipgrep(folder.dir, 1);
    facts.push({
      label: 'rg 单线程 / rg -j1 (one thread, diagnostic)',
      value: `${fmt(mb / (rgOne.ms / 1000))} MB/s`,
    });
    facts.push({
      label: '仅文本扫描 / text sweep alone (one thread, diagnostic)',
      value: await sweepAlone(paths, mb),
    });
    const scanMs = scans.length > 0 ? median(scans.map((s) => s.wallMs)) : null;
    const scanRate = scanMs === null ? null : mb / (scanMs / 1000);
    facts.push({
      label: 'rg 模式 / rg patterns',
      value: `rg -c ${Object.entries(RG_PATTERNS)
        .map(([k, p]) => `-e '${p}' (${k})`)
        .join(' ')}; ${fmt(rgLines)} matching lines`,
    });
    const last = scans.at(-1);
    if (last)
      facts.push({
        label: '扫描结果 / scan output',
        value: `${last.tables} files, ${last.columns} columns, ${last.labelledColumns} labelled, ${last.errors} errors${last.firstError ? ` (first: ${last.firstError})` : ''}`,
      });
    const goals: GoalResult[] = [
      {
        id: '3',
        title: '文件夹扫描吞吐 / folder scan throughput',
        unit: 'MB/s',
        figure: scanRate,
        target: '≥ 0.2× ripgrep',
        pass: scanRate === null ? null : scanRate / rgRate >= 0.2,
        baseline: { label: 'rg -c, same patterns', figure: rgRate },
        ratio: scanRate === null ? null : scanRate / rgRate,
        ...(scans.length === 0 ? { note: `scan failed: ${scanError ?? 'no round ran'}` } : {}),
      },
      {
        id: '3m',
        title: '扫描进程峰值内存 / peak RSS of the scanning process',
        unit: 'MB',
        figure: scans.length > 0 ? Math.max(...scans.map((s) => s.peakRssMb)) : null,
        target: '(reported)',
        pass: scans.length > 0 ? true : null,
      },
    ];
    return { part: 'files', goals, facts, peakRssMb: peakRssMb() };
  } finally {
    if (!options.keep) await removeFolder(folder.dir);
  }
}

async function sweepAlone(paths: readonly string[], mb: number): Promise<string> {
  try {
    const sweeper = await loadTextSweeper();
    await sweepFiles(paths.slice(0, 1), sweeper);
    const { ms, hits } = await sweepFiles(paths, sweeper);
    const text = `${fmt(mb / (ms / 1000))} MB/s (${fmt(ms)} ms, ${fmt(hits)} hits)`;
    log('files', `text sweep alone: ${text}`);
    return text;
  } catch (error) {
    if (error instanceof NotWiredError) return error.message;
    throw error;
  }
}
