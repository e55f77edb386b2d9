import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** The kinds of file the folder reader opens, by extension. */
export type FileKind = 'csv' | 'tsv' | 'text' | 'xlsx' | 'json';

const KINDS: Record<string, FileKind> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.txt': 'text',
  '.log': 'text',
  '.xlsx': 'xlsx',
  '.json': 'json',
};

/** The kind of a file from its extension, or `undefined` when the scanner skips it. */
export function fileKindOf(path: string): FileKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

/** A supported file found in a folder, with its path relative to the folder (`/`-separated). */
export interface FoundFile {
  path: string;
  relativePath: string;
  kind: FileKind;
}

/**
 * Walks `root` recursively and returns its supported files sorted by relative path. A
 * sub-folder that cannot be listed is reported through `onError` and skipped.
 */
export async function walkFolder(
  root: string,
  onError: (relativePath: string, error: unknown) => void,
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      onError(toPosix(relative(root, dir)), error);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) {
        const kind = fileKindOf(entry.name);
        if (kind !== undefined)
          found.push({ path, relativePath: toPosix(relative(root, path)), kind });
      }
    }
  };
  await visit(root);
  return found.sort((a, b) =>
    a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
  );
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
