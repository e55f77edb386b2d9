import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { addAuditCommand } from './commands/audit.command.ts';
import { addFederationCommand } from './commands/federation.command.ts';
import { addRulePacksCommand } from './commands/rule-packs.command.ts';
import { addScanCommand } from './commands/scan.command.ts';
import type { CliIo } from './commands/emit-report.ts';

/** Chinese-first section titles for commander's English help. */
const TITLES: Record<string, string> = {
  'Usage:': '用法 Usage:',
  'Arguments:': '参数 Arguments:',
  'Options:': '选项 Options:',
  'Commands:': '命令 Commands:',
  'Global Options:': '全局选项 Global Options:',
};

/**
 * The `shuan` program with its commands. Commander's own error output and exits are turned
 * off: usage errors are thrown as `CommanderError`s and printed by the caller in the
 * one-line format every other error uses.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('shuan');
  program
    .description(
      '数安 — 工业数据安全工具：数据发现、识别与分类分级。\n' +
        "Shu'an — industrial data security toolkit: discover, label, classify and grade data.",
    )
    .version(packageJson.version, '-V, --version', '显示版本 / show the version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示命令帮助 / show help for a command')
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      showGlobalOptions: false,
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    })
    .exitOverride()
    .showSuggestionAfterError(true);
  addScanCommand(program, io);
  addRulePacksCommand(program, io);
  addAuditCommand(program, io);
  addFederationCommand(program, io);
  for (const command of program.commands) {
    command
      .helpOption('-h, --help', '显示帮助 / show help')
      .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
      .configureOutput({ outputError: () => undefined })
      .exitOverride();
  }
  return program;
}
