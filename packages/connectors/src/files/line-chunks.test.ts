import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { DetectedEncoding } from './detect-encoding.ts';
import { readLineChunks } from './line-chunks.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuan-chunks-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const UTF8: DetectedEncoding = { encoding: 'utf-8', bomLength: 0 };

async function chunks(
  bytes: Uint8Array,
  encoding: DetectedEncoding,
  skipFirstLine: boolean,
  chunkBytes: number,
): Promise<string[]> {
  const path = join(dir, `f-${String(Math.random()).slice(2)}.txt`);
  await writeFile(path, bytes);
  const out: string[] = [];
  for await (const piece of readLineChunks(path, encoding, skipFirstLine, chunkBytes)) {
    out.push(piece);
  }
  return out;
}

/** Every piece but the last ends at a line break; together they are the text. */
function assertWholeLines(pieces: string[], text: string): void {
  assert.equal(pieces.join(''), text);
  for (const piece of pieces.slice(0, -1)) assert.ok(piece.endsWith('\n'), JSON.stringify(piece));
}

const TEXT = 'id,名称\r\n1,张三 13812345678\r\n2,李四\r\n\r\n3,王五，无换行';

test('UTF-8: whole lines at any chunk size, header dropped, last line without a break', async () => {
  const bytes = Buffer.from(TEXT);
  const body = TEXT.slice(TEXT.indexOf('\n') + 1);
  for (const size of [2, 3, 5, 8, 13, 64, 4096]) {
    assertWholeLines(await chunks(bytes, UTF8, true, size), body);
    assertWholeLines(await chunks(bytes, UTF8, false, size), TEXT);
  }
});

test('UTF-16 with a BOM: a 0x0A byte inside a character is no line break', async () => {
  // U+010A and U+0A00 put 0x0A bytes at both alignments; U+0A0A has two.
  const text = 'h\u010a\n\u0a00x\u0a0a\ny\n\u010a';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const size of [3, 4, 6, 10, 1024]) {
    const fromLe = await chunks(le, { encoding: 'utf-16le', bomLength: 2 }, false, size);
    assertWholeLines(fromLe, text);
    const fromBe = await chunks(be, { encoding: 'utf-16be', bomLength: 2 }, true, size);
    assertWholeLines(fromBe, text.slice(text.indexOf('\n') + 1));
  }
});

test('GB18030 bytes decode to whole lines', async () => {
  const bytes = Buffer.from([0x61, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a, 0xc0, 0xee, 0xcb, 0xc4]);
  const pieces = await chunks(bytes, { encoding: 'gb18030', bomLength: 0 }, true, 3);
  assertWholeLines(pieces, '张三\n李四');
});

test('a line longer than 16 chunks is handed out in pieces, characters intact', async () => {
  const long = '数'.repeat(100) + 'A'.repeat(7);
  const text = `head\n${long}\nend\n`;
  const pieces = await chunks(Buffer.from(text), UTF8, true, 8);
  assert.equal(pieces.join(''), `${long}\nend\n`);
  assert.ok(pieces.length > 2);
  assert.ok(pieces.every((piece) => !piece.includes('\uFFFD')));
});

test('empty files and header-only files give nothing', async () => {
  assert.deepEqual(await chunks(Buffer.alloc(0), UTF8, false, 4), []);
  assert.deepEqual(await chunks(Buffer.from('a,b,c'), UTF8, true, 2), []);
  assert.deepEqual(await chunks(Buffer.from('a,b,c\n'), UTF8, true, 2), []);
});

test('a caller that stops early closes the file', async () => {
  const path = join(dir, 'early.txt');
  await writeFile(path, 'a\nb\nc\n'.repeat(1000));
  for await (const piece of readLineChunks(path, UTF8, false, 16)) {
    assert.ok(piece.length > 0);
    break;
  }
});
