import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Creates `path` with `content` all at once, or not at all, and never replaces an existing
 * file. The content goes to a temporary file in the same folder, is fsynced, and is then
 * hard-linked into place (link fails with EEXIST instead of overwriting), and the folder is
 * fsynced. A crash or power loss therefore never leaves an empty or half-written key or
 * password file behind, and two processes starting at once cannot each create a different
 * one. Returns false when the file already existed (the caller should read it).
 */
export async function createFileAtomically(
  path: string,
  content: string,
  mode = 0o600,
): Promise<boolean> {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(content);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(tmp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  await syncFolder(dirname(path));
  return true;
}

/** Makes a folder's entries (a new or renamed file) durable. Best effort where unsupported. */
export async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
