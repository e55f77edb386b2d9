import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoSqlite } from './emit/build-sqlite.ts';
import { defaultDemoPath } from './ensure-demo.ts';

// Usage: node packages/demo/src/build-demo.ts [out.sqlite] [--seed <seed>]
const { values, positionals } = parseArgs({
  options: { seed: { type: 'string' } },
  allowPositionals: true,
});
const out = resolve(positionals[0] ?? defaultDemoPath());
mkdirSync(dirname(out), { recursive: true });
buildDemoSqlite(out, values.seed ? { seed: values.seed } : {});
const mb = (statSync(out).size / 1048576).toFixed(1);
console.log(`演示数据库已生成 / demo database written: ${out} (${mb} MB)`);
