import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import type { CliIo } from './emit-report.ts';

/**
 * Adds `shuan audit verify --database <url>`: re-reads a node's `audit_log` table and checks
 * every organisation's SM3 hash chain (contiguous seq, links, and each entry's hash). Prints
 * OK, or names the first broken entry and exits 1 — a row edited by hand is caught here.
 */
export function addAuditCommand(program: Command, io: CliIo): void {
  const audit = program
    .command('audit')
    .summary('审计日志工具 / audit log tools')
    .description('审计日志工具 / audit log tools');
  audit
    .command('verify')
    .summary('校验审计日志的 SM3 哈希链 / verify the SM3 hash chain of the audit log')
    .description(
      '读取节点数据库中的 audit_log 表，逐条校验 SM3 哈希链，指出第一条被篡改的记录。\n' +
        "Reads a node's audit_log table and checks its SM3 hash chain, naming the first tampered entry.",
    )
    .requiredOption('--database <url>', '节点数据库地址 / the node database URL (postgres://…)')
    .action(async (options: { database: string }) => {
      const { default: pg } = await import('pg');
      const { auditChainsOf, auditRepository } = await import('@shuan/db');
      const { canonicalJson, verifyChain } = await import('@shuan/tools');
      const client = new pg.Client({ connectionString: options.database });
      try {
        await client.connect();
      } catch (error) {
        throw new CliError(
          'AUDIT_DB_UNREACHABLE',
          `无法连接数据库 / cannot connect to the database: ${(error as Error).message}`,
        );
      }
      try {
        const chains = auditChainsOf(await auditRepository.readChain(client), canonicalJson);
        let checked = 0;
        for (const [orgId, entries] of chains) {
          const verdict = verifyChain(entries);
          checked += verdict.checked;
          if (!verdict.ok) {
            throw new CliError(
              'AUDIT_CHAIN_BROKEN',
              `审计链断裂：组织 ${orgId} 第 ${String(verdict.firstBroken.seq)} 条（${verdict.firstBroken.reason}）/ ` +
                `audit chain broken at org ${orgId} seq ${String(verdict.firstBroken.seq)} (${verdict.firstBroken.reason}); ${String(checked)} entries verified before it`,
            );
          }
        }
        io.stdout.write(
          `审计链完整 / audit chain OK: ${String(checked)} 条记录 entries in ${String(chains.size)} 个组织 organisations\n`,
        );
      } finally {
        await client.end();
      }
    });
}
