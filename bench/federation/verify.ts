/**
 * `npm run bench:federation:verify` — how fast a province verifies signed envelopes
 * (docs/federation.md). Issue 4 asks a province to ingest ≥ 2,000 messages/s and names SM2
 * verification as the likely limit, so this measures verification alone:
 *
 *   baseline    raw sm2Verify of a 64-character digest, cached key, calling thread
 *   1 thread    verifyEnvelope (canonical JSON + SM3 + SM2) on the calling thread
 *   N workers   createEnvelopeVerifier({ workers: N }).verifyMany(batch), N = 1, 2
 *
 * Each round measures every subject in turn, so the noise of the shared machine hits all
 * alike; medians are printed, per wall-clock second and per CPU-second, then PASS/FAIL
 * lines. Exits 0; `--strict` exits 1 when a goal is missed; `--quick` runs less.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { VerifyItem } from '@shuan/tools';
import {
  canonicalJson,
  createEnvelopeVerifier,
  generateSm2KeyPair,
  sm2Verify,
  sm3,
  verifyEnvelope,
} from '@shuan/tools';
import { fmt } from '../crypto/measure.ts';
import { buildBatch, buildPayload } from './envelopes.ts';
import type { Rate } from './measure.ts';
import { measureCalls, measureRate, medianRate } from './measure.ts';

const GOAL_PER_SECOND = 2000;

const { values: args } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  process.stdout.write('usage: npm run bench:federation:verify [-- --quick] [-- --strict]\n');
  process.exit(0);
}
const ROUNDS = args.quick ? 3 : 7;
const BATCH = args.quick ? 600 : 2000;
const ROUND_MS = args.quick ? 300 : 800;

function log(message: string): void {
  process.stdout.write(`[federation] ${message}\n`);
}

function verifyAllInline(items: readonly VerifyItem[]): number {
  let good = 0;
  for (const item of items) if (verifyEnvelope(item.envelope, item.publicKey).ok) good += 1;
  return good;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
log(`node ${process.version}; load average ${load()} (2 cores, shared with other work)`);
log(`${ROUNDS} 轮交替测量取中位数 / ${ROUNDS} alternating rounds, medians; batch ${BATCH}`);

log('签名测试消息 / signing the test envelopes (50 senders) …');
const items = buildBatch(
  BATCH,
  Array.from({ length: 50 }, () => generateSm2KeyPair()),
);
const sample = items[0];
if (sample === undefined) throw new Error('empty batch');
const payloadBytes = Buffer.byteLength(JSON.stringify(sample.envelope.payload));
const one = createEnvelopeVerifier({ workers: 1 });
const two = createEnvelopeVerifier({ workers: 2 });
for (const verifier of [one, two]) {
  // Warm-up: starts the threads and fills their key caches; also proves the batch verifies.
  const verdicts = await verifier.verifyMany(items);
  if (verdicts.some((v) => !v.ok)) throw new Error('a test envelope failed to verify');
}
verifyAllInline(items);

const runs = { raw: [] as Rate[], single: [] as Rate[], one: [] as Rate[], two: [] as Rate[] };
const { envelope: rawEnvelope, publicKey: rawKey } = sample;
for (let round = 0; round < ROUNDS; round += 1) {
  runs.raw.push(
    measureCalls(() => sm2Verify(rawKey, rawEnvelope.digest, rawEnvelope.signature), ROUND_MS),
  );
  runs.single.push(await measureRate(() => verifyAllInline(items), items.length));
  runs.one.push(await measureRate(() => one.verifyMany(items), items.length));
  runs.two.push(await measureRate(() => two.verifyMany(items), items.length));
}
const raw = medianRate(runs.raw);
const single = medianRate(runs.single);
const oneWorker = medianRate(runs.one);
const twoWorkers = medianRate(runs.two);
await one.close();

// What the calling thread spends per envelope on the digest, by payload size.
const digestRates = [3, 300].map((itemCount) => {
  const payload = buildPayload(1, itemCount);
  const bytes = Buffer.byteLength(JSON.stringify(payload));
  return { bytes, rate: measureCalls(() => sm3(canonicalJson({ payload })), ROUND_MS) };
});

// 500 senders interleaved: more keys than one thread's 256-key cache holds.
log('500 个发送方交错 / 500 senders interleaved …');
const many = buildBatch(
  args.quick ? 500 : 1000,
  Array.from({ length: 500 }, () => generateSm2KeyPair()),
);
await two.verifyMany(many);
const manySingle = await measureRate(() => verifyAllInline(many), many.length);
const manyTwo = await measureRate(() => two.verifyMany(many), many.length);
await two.close();

interface Goal {
  title: string;
  figure: string;
  target: string;
  pass: boolean;
}
const ratio = (a: number, b: number) => `${fmt(a / b, 2)}×`;
// Capacity per core as the 2-worker pool uses it (digests, messaging and GC included).
const coresNeeded = Math.ceil(GOAL_PER_SECOND / twoWorkers.cpu);
const goals: Goal[] = [
  {
    title: 'verifyEnvelope vs raw sm2Verify, per CPU-second',
    figure: `${fmt(single.cpu)} vs ${fmt(raw.cpu)} = ${ratio(single.cpu, raw.cpu)}`,
    target: '≥ 0.85× (the envelope adds only canonical JSON + SM3)',
    pass: single.cpu >= 0.85 * raw.cpu,
  },
  {
    title: '2 worker threads vs 1 thread, per CPU-second (threading overhead)',
    figure: `${fmt(twoWorkers.cpu)} vs ${fmt(single.cpu)} = ${ratio(twoWorkers.cpu, single.cpu)}`,
    target: '≥ 0.85×',
    pass: twoWorkers.cpu >= 0.85 * single.cpu,
  },
  {
    title: '2 worker threads vs 1 thread, wall clock (scaling on this machine now)',
    figure: `${fmt(twoWorkers.wall)} /s vs ${fmt(single.wall)} /s = ${ratio(twoWorkers.wall, single.wall)}`,
    target: '≥ 1.5× (needs 2 free cores)',
    pass: twoWorkers.wall >= 1.5 * single.wall,
  },
  {
    title: `verification alone ≥ ${fmt(GOAL_PER_SECOND)} envelopes/s, wall clock (issue 4)`,
    figure: `${fmt(twoWorkers.wall)} /s with 2 workers; ${fmt(twoWorkers.cpu)} per CPU-second → ${coresNeeded} free cores needed`,
    target: `≥ ${fmt(GOAL_PER_SECOND)} /s`,
    pass: twoWorkers.wall >= GOAL_PER_SECOND,
  },
];
const both = (r: Rate) => `${fmt(r.wall)} /s | ${fmt(r.cpu)} /CPU-s`;
const facts: [string, string][] = [
  ['raw sm2Verify, cached key (baseline)', both(raw)],
  [`verifyEnvelope, 1 thread, ${fmt(payloadBytes)} B payload`, both(single)],
  ['verifyMany, 1 worker thread', both(oneWorker)],
  ['verifyMany, 2 worker threads', both(twoWorkers)],
  ...digestRates.map(({ bytes, rate }): [string, string] => [
    `digest only (canonical JSON + SM3), ${fmt(bytes)} B payload`,
    both(rate),
  ]),
  ['500 senders interleaved, 1 thread (256-key cache misses)', both(manySingle)],
  ['500 senders interleaved, 2 workers (keys sharded by sender)', both(manyTwo)],
];

const lines = ['', '=== 汇总 / summary ==='];
for (const g of goals) {
  lines.push(
    `   [${g.pass ? 'PASS' : 'FAIL'}] ${g.title}: ${g.figure} (目标 / target ${g.target})`,
  );
}
lines.push('', '| figure | wall clock | per CPU-second |', '|---|---|---|');
for (const [label, value] of facts) lines.push(`| ${label} | ${value} |`);
process.stdout.write(`${lines.join('\n')}\n`);
log(`load average at the end ${load()}`);
const missed = goals.some((g) => !g.pass);
log(missed ? '有目标未达成 / some goals missed' : '全部达成 / all goals met');
if (missed && args.strict) process.exitCode = 1;
