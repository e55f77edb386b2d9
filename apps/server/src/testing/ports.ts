/**
 * Ports for the servers tests and benchmarks start as child processes: a port that is free
 * now, and whether a given process is the one listening on it (a port chosen free can be
 * taken by another test's server before ours binds it; that server's `/readyz` must not
 * count as ours).
 */
import { readdir, readFile, readlink } from 'node:fs/promises';
import { createServer } from 'node:net';

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Whether process `pid` holds the listening TCP socket of `port` (Linux: the socket's inode
 * from /proc/net/tcp{,6} among the process's file descriptors).
 */
export async function listensOn(pid: number | undefined, port: number): Promise<boolean> {
  if (pid === undefined) return false;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is field 1 (ADDR:PORT), st is field 3 (0A = LISTEN), inode is field 9.
      if (
        fields[1]?.endsWith(`:${hexPort}`) === true &&
        fields[3] === '0A' &&
        fields[9] !== undefined
      )
        inodes.add(fields[9]);
    }
  }
  const fds = await readdir(`/proc/${String(pid)}/fd`).catch(() => []);
  for (const fd of fds) {
    const target = await readlink(`/proc/${String(pid)}/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode !== undefined && inodes.has(inode)) return true;
  }
  return false;
}
