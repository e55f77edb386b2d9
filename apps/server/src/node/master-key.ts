import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomically } from '@shuan/db';

/** File name of the node's master key inside the data folder. */
export const MASTER_KEY_FILE = 'master.key';

/**
 * Reads the node's SM4 master key (16 bytes, hex) from `<dataDir>/master.key`, creating it
 * at first start with mode 0600. Losing this file makes sealed source passwords unreadable;
 * every instance of a node must share it. It is created atomically (written, fsynced, then
 * linked into place without replacing an existing one), so a crash at first start cannot
 * leave an empty or partial key that would stop every later start.
 */
export async function loadMasterKey(
  dataDir: string,
): Promise<{ key: Uint8Array; created: boolean }> {
  const path = join(dataDir, MASTER_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  const created =
    !existsSync(path) && (await createFileAtomically(path, `${randomBytes(16).toString('hex')}\n`));
  return { key: await readKey(path), created };
}

async function readKey(path: string): Promise<Uint8Array> {
  const hex = (await readFile(path, 'utf8')).trim();
  if (!/^[0-9a-f]{32}$/i.test(hex)) {
    throw new Error(
      `主密钥文件格式错误：${path} / master key file is malformed (expected 32 hex digits)`,
    );
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
