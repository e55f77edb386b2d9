import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import type { CliIo } from './emit-report.ts';

interface NodeOptions {
  node: string;
  apiToken?: string | undefined;
}

/**
 * Calls the local node's admin API with an API token. The node itself does the federation
 * work (it holds the SM2 private key in its data folder and owns its database), so the
 * command never touches keys or tables: one implementation, shared with the web app.
 */
async function callNode(
  options: NodeOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const apiToken = options.apiToken ?? process.env['SHUAN_API_TOKEN'];
  if (apiToken === undefined || apiToken.length === 0) {
    throw new CliError(
      'CLI_API_TOKEN_REQUIRED',
      '需要本节点管理员的 API 令牌（--api-token 或 SHUAN_API_TOKEN）/ an API token of an admin of this node is required (--api-token or SHUAN_API_TOKEN)',
    );
  }
  const base = options.node.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new CliError(
      'NODE_UNREACHABLE',
      `无法连接本节点 / cannot reach the node at ${base}: ${(error as Error).message}`,
    );
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status !== 200) {
    const error = json['error'] as { code?: string; message?: string } | undefined;
    throw new CliError(
      error?.code ?? 'NODE_REFUSED',
      error?.message ?? `HTTP ${String(response.status)}`,
    );
  }
  return json;
}

/**
 * Adds `shuan federation enroll --parent <url> --token <t>` (this node joins its parent with
 * the parent's one-time token) and `shuan federation status`. Both talk to this node's own
 * API (`--node`, default `SHUAN_NODE_URL` or http://127.0.0.1:8080) with an admin's API
 * token (`--api-token` or `SHUAN_API_TOKEN`).
 */
export function addFederationCommand(program: Command, io: CliIo): void {
  const federation = program
    .command('federation')
    .summary('联邦：接入上级节点 / federation: join a parent node')
    .description('联邦：接入上级节点 / federation: join a parent node');
  const nodeOption = (command: Command): Command =>
    command
      .option(
        '--node <url>',
        '本节点地址 / this node’s URL',
        process.env['SHUAN_NODE_URL'] ?? 'http://127.0.0.1:8080',
      )
      .option(
        '--api-token <token>',
        '本节点管理员的 API 令牌 / API token of an admin of this node',
      );
  nodeOption(
    federation
      .command('enroll')
      .summary('用上级节点签发的一次性令牌接入 / enroll with the parent’s one-time token')
      .description(
        '本节点把节点标识与 SM2 公钥连同令牌发给上级节点，双方交换公钥。\n' +
          'This node sends its node id and SM2 public key with the token; both sides then know each other’s key.',
      )
      .option(
        '--parent <url>',
        '上级节点地址 / the parent node’s URL (default: SHUAN_PARENT_URL of the node)',
      )
      .option('--token <token>', '接入令牌 / the enrollment token (or SHUAN_ENROLL_TOKEN)'),
  ).action(async (options: NodeOptions & { parent?: string; token?: string }) => {
    const token = options.token ?? process.env['SHUAN_ENROLL_TOKEN'];
    if (token === undefined || token.length === 0) {
      throw new CliError('CLI_BAD_USAGE', '需要 --token / --token is required');
    }
    const peer = await callNode(options, 'POST', '/federation/enroll', {
      token,
      ...(options.parent !== undefined && { parentUrl: options.parent }),
    });
    io.stdout.write(
      `已接入上级节点 / enrolled with parent ${String(peer['nodeId'])} (${String(peer['url'])})\n`,
    );
  });
  nodeOption(
    federation
      .command('rotate-key')
      .summary('轮换本节点的 SM2 密钥 / rotate this node’s SM2 key')
      .description(
        '新公钥以旧密钥签名发给上级与下级节点；对方确认后本节点才对其改用新密钥签名。\n' +
          'The new public key goes to the parent and the children signed with the old key; this node signs for each with the new key once it has acknowledged it.',
      ),
  ).action(async (options: NodeOptions) => {
    const rotation = await callNode(options, 'POST', '/federation/rotate-key');
    io.stdout.write(
      `已发出新公钥，等待对方节点确认 / new public key sent, waiting for the peers to acknowledge: ${String(rotation['publicKey'])}\n`,
    );
  });
  nodeOption(
    federation
      .command('status')
      .summary('本节点的联邦状态 / this node’s federation status')
      .description(
        '节点标识、公钥、上级节点、待发消息数与被拒收消息 / node id, public key, parent, backlog and dead letters',
      ),
  ).action(async (options: NodeOptions) => {
    const status = await callNode(options, 'GET', '/federation/status');
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  });
}
