import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File name of the node's master key inside the data folder. */
export const MASTER_KEY_FILE = 'master.key';

/**
 * Reads the node's SM4 master key (16 bytes, hex) from `<dataDir>/master.key`, creating it
 * at first start with mode 0600. Losing this file makes sealed source passwords unreadable;
 * every instance of a node must share it.
 */
export async function loadMasterKey(dataDir: string): Promise<{ key: Uint8Array; created: boolean }> {
  const path = join(dataDir, MASTER_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  if (!existsSync(path)) {
    await writeFile(path, `${randomBytes(16).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(path, 0o600);
    return { key: await readKey(path), created: true };
  }
  return { key: await readKey(path), created: false };
}

async function readKey(path: string): Promise<Uint8Array> {
  const hex = (await readFile(path, 'utf8')).trim();
  if (!/^[0-9a-f]{32}$/i.test(hex)) {
    throw new Error(`主密钥文件格式错误：${path} / master key file is malformed (expected 32 hex digits)`);
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
