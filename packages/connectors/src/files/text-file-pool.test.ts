import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readTextFileLayout, sampleTextFile } from './delimited-file.ts';
import { createIdSweeper } from './id-sweeper.fixture.ts';
import { openPathSource } from './path-source.ts';
import { createTextFilePool } from './text-file-pool.ts';

const ID = '11010519491231002X';
const sweeper = createIdSweeper();
const factory = sweeper.worker ?? { module: '', factory: '' };
let dir = '';
let csv = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuan-pool-'));
  csv = join(dir, 'people.csv');
  // Over 1 MB, so the folder reader hands it to a worker thread.
  const rows = Array.from({ length: 40000 }, (_, i) =>
    i % 1000 === 7 ? `${i},张三,${ID},ok` : `${i},name ${i},none,${'9'.repeat(18)}x`,
  );
  await writeFile(csv, `n,name,id_no,note\n${rows.join('\n')}\n`);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a worker thread samples and sweeps a file as the calling thread does', async () => {
  const layout = await readTextFileLayout(csv, 'csv');
  const pool = createTextFilePool(2);
  try {
    const [inWorker, again] = await Promise.all([
      pool.sample(csv, layout, 20, factory),
      pool.sample(csv, layout, 5, factory),
    ]);
    const inThread = await sampleTextFile(csv, layout, 20, sweeper);
    assert.equal(inWorker.lineCount, 40000);
    assert.equal(inWorker.lineCount, inThread.lineCount);
    assert.deepEqual(inWorker.hits, inThread.hits);
    assert.deepEqual(inWorker.hits[2], { 'pi.id_card': 40 });
    assert.equal(inWorker.lines.length, 20);
    assert.equal(again.lines.length, 5);
  } finally {
    await pool.close();
  }
});

test('errors come back with their code; a bad factory is an error, not a crash', async () => {
  const layout = await readTextFileLayout(csv, 'csv');
  const pool = createTextFilePool(1);
  try {
    await assert.rejects(pool.sample(join(dir, 'gone.csv'), layout, 5, factory), {
      code: 'ENOENT',
    });
    await assert.rejects(
      pool.sample(csv, layout, 5, { module: factory.module, factory: 'noSuchFactory' }),
      /noSuchFactory/,
    );
    assert.equal((await pool.sample(csv, layout, 5, factory)).lineCount, 40000);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.sample(csv, layout, 5, factory), /closed/);
});

test('the folder reader sweeps large files on workers with the same counts', async () => {
  const folder = join(dir, 'folder');
  await mkdir(folder);
  await writeFile(join(folder, 'a.csv'), `x,id\n1,${ID}\n`);
  await writeFile(join(folder, 'b.log'), `line ${ID}\n`.repeat(60000));
  const counts = async (workers: number): Promise<unknown[]> => {
    const reader = await openPathSource(folder, { sweeper, workers });
    try {
      const { tables } = await reader.listTables();
      const samples = await Promise.all(tables.map((t) => reader.sampleTable(t, 10)));
      return samples.map((s) => s.columns.map((c) => [c.sweepHits, c.sweepValues]));
    } finally {
      await reader.close();
    }
  };
  const onWorkers = await counts(2);
  assert.deepEqual(onWorkers, await counts(0));
  assert.deepEqual(onWorkers[1], [[{ 'pi.id_card': 60000 }, 60000]]);
});
