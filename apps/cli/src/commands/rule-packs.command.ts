import Table from 'cli-table3';
import type { Command } from 'commander';
import type { CliIo } from './emit-report.ts';

/** What the listing needs of a rule pack; other fields of `listRulePacks()` pass through. */
interface RulePackInfo {
  id: string;
  version?: string;
  name?: unknown;
  description?: unknown;
}

/** Adds `shuan rule-packs`: the "1+N" rule packs `--industry` accepts. */
export function addRulePacksCommand(program: Command, io: CliIo): void {
  program
    .command('rule-packs')
    .summary('列出可用的行业规则包 / list the industry rule packs')
    .description(
      '列出 "1+N" 规则包：通用包 general 与各行业包，可用于 `shuan scan --industry <pack>`。\n' +
        'List the "1+N" rule packs: the general pack and the industry packs `shuan scan --industry <pack>` accepts.',
    )
    .option('--json', '以 JSON 输出 print JSON', false)
    .action(async (options: { json: boolean }) => {
      const { listRulePacks } = await import('@shuan/tools');
      const packs: readonly RulePackInfo[] = listRulePacks();
      if (options.json) {
        io.stdout.write(JSON.stringify(packs, null, 2) + '\n');
        return;
      }
      const table = new Table({
        head: ['规则包 Pack', '版本 Version', '名称 Name', '说明 Description'],
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [null, null, 30, 50],
      });
      for (const pack of packs) {
        table.push([pack.id, pack.version ?? '', text(pack.name), text(pack.description)]);
      }
      io.stdout.write(table.toString() + '\n');
    });
}

/** A name or description that may be a string or `{ zh, en }`, as one bilingual string. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { zh, en } = value as { zh?: unknown; en?: unknown };
    return [zh, en].filter((part): part is string => typeof part === 'string').join(' / ');
  }
  return '';
}
