/**
 * `npm run bench:crypto` — speed of the commercial-cryptography toolkit (docs/crypto.md).
 * Each figure is printed with its baseline measured in the same run (interleaved rounds,
 * medians), the ratio and PASS/FAIL. Exits 0; `--strict` exits 1 when a goal is missed.
 *
 *   SM3 (our sm3)            ≥ 0.9 × node createHash('sm3')        1 MiB messages
 *   sealSm4 (CTR + HMAC-SM3) ≥ 0.5 × raw node sm4-ctr              1 MiB messages
 *   sm2Sign                  ≥ 1,000 signatures/s                  256-byte messages
 *   sm2Verify                ≥ 500 verifications/s (cached key)    256-byte messages
 */
import {
  createCipheriv,
  createHash,
  createHmac,
  getCiphers,
  randomBytes,
  type CipherGCM,
} from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadCrypto } from './load-crypto.ts';
import { callsPerSecond, fmt, interleaved, repeated } from './measure.ts';

const MIB = 1024 * 1024;
const MB = 1_000_000;

interface Goal {
  title: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean;
}

const { values: args } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  process.stdout.write('usage: npm run bench:crypto [-- --quick] [-- --strict]\n');
  process.exit(0);
}
const ROUNDS = args.quick ? 3 : 7;
const ROUND_MS = args.quick ? 200 : 400;

function log(message: string): void {
  process.stdout.write(`[crypto] ${message}\n`);
}

const { crypto, source } = await loadCrypto();
log(`node ${process.version}, OpenSSL ${process.versions.openssl}; 模块 / module: ${source}`);
log(
  `每项 ${ROUNDS} 轮交替测量取中位数 / ${ROUNDS} alternating rounds per figure, medians; 共享机器有噪声 / shared machine, noisy`,
);

const goals: Goal[] = [];
const facts: [string, string][] = [];
const message = randomBytes(MIB);
const key = crypto.generateSm4Key();
const mbps = (callsPerSec: number, bytes: number): number => (callsPerSec * bytes) / MB;

// SM3: our wrapper against Node's hash directly.
{
  const pair = interleaved(
    () => crypto.sm3(message),
    () => createHash('sm3').update(message).digest('hex'),
    ROUNDS,
    ROUND_MS,
  );
  const ratio = pair.subject / pair.baseline;
  goals.push({
    title: 'SM3 sm3() 1 MiB',
    figure: `${fmt(mbps(pair.subject, MIB), 0)} MB/s`,
    baseline: `node createHash('sm3') ${fmt(mbps(pair.baseline, MIB), 0)} MB/s`,
    ratio: `${fmt(ratio, 2)}×`,
    target: '≥ 0.9× baseline',
    pass: ratio >= 0.9,
  });
}

// sealSm4 against the raw cipher it is built on.
{
  const iv = randomBytes(16);
  const pair = interleaved(
    () => crypto.sealSm4(key, message),
    () => {
      const cipher = createCipheriv('sm4-ctr', key, iv);
      return [cipher.update(message), cipher.final()];
    },
    ROUNDS,
    ROUND_MS,
  );
  const ratio = pair.subject / pair.baseline;
  goals.push({
    title: 'sealSm4 1 MiB (SM4-CTR + HMAC-SM3 + base64url)',
    figure: `${fmt(mbps(pair.subject, MIB), 0)} MB/s`,
    baseline: `raw node sm4-ctr ${fmt(mbps(pair.baseline, MIB), 0)} MB/s`,
    ratio: `${fmt(ratio, 2)}×`,
    target: '≥ 0.5× baseline',
    pass: ratio >= 0.5,
  });
  const sealed = crypto.sealSm4(key, message);
  facts.push([
    'openSm4 1 MiB',
    `${fmt(
      mbps(
        repeated(() => crypto.openSm4(key, sealed), ROUNDS, ROUND_MS),
        MIB,
      ),
      0,
    )} MB/s`,
  ]);
  const hmac = repeated(() => createHmac('sm3', key).update(message).digest(), ROUNDS, ROUND_MS);
  facts.push(['HMAC-SM3 1 MiB (node)', `${fmt(mbps(hmac, MIB), 0)} MB/s`]);
  if (getCiphers().includes('sm4-gcm')) {
    const gcm = repeated(
      () => {
        // Node's typings know GCM only by the aes-*-gcm names.
        const cipher = createCipheriv('sm4-gcm', key, iv.subarray(0, 12)) as CipherGCM;
        return [cipher.update(message), cipher.final(), cipher.getAuthTag()];
      },
      ROUNDS,
      ROUND_MS,
    );
    facts.push(['node sm4-gcm 1 MiB (参考 / reference only)', `${fmt(mbps(gcm, MIB), 0)} MB/s`]);
  } else {
    facts.push(['node sm4-gcm', '本构建不提供 / not offered by this OpenSSL build']);
  }
}

// SM2 signatures.
{
  const pair = crypto.generateSm2KeyPair();
  const payload = randomBytes(256);
  const signs = repeated(
    () => crypto.sm2Sign(pair.privateKey, payload, { publicKey: pair.publicKey }),
    ROUNDS,
    ROUND_MS,
  );
  goals.push({
    title: 'sm2Sign 256 B (options.publicKey given)',
    figure: `${fmt(signs, 0)} /s`,
    baseline: '—',
    ratio: '—',
    target: '≥ 1,000 /s (stack notes: ≈2.8k)',
    pass: signs >= 1000,
  });
  const derived = repeated(() => crypto.sm2Sign(pair.privateKey, payload), ROUNDS, ROUND_MS);
  facts.push(['sm2Sign 256 B, public key derived each call', `${fmt(derived, 0)} /s`]);
  const signature = crypto.sm2Sign(pair.privateKey, payload);
  const verifies = repeated(
    () => crypto.sm2Verify(pair.publicKey, payload, signature),
    ROUNDS,
    ROUND_MS,
  );
  goals.push({
    title: 'sm2Verify 256 B (public key cached)',
    figure: `${fmt(verifies, 0)} /s`,
    baseline: '—',
    ratio: '—',
    target: '≥ 500 /s (stack notes: ≈1.7k)',
    pass: verifies >= 500,
  });
  const signed = Array.from({ length: 400 }, () => {
    const kp = crypto.generateSm2KeyPair();
    return { publicKey: kp.publicKey, signature: crypto.sm2Sign(kp.privateKey, payload, kp) };
  });
  let next = 0;
  const cold = callsPerSecond(() => {
    const item = signed[next % signed.length];
    next += 1;
    return item !== undefined && crypto.sm2Verify(item.publicKey, payload, item.signature);
  }, ROUND_MS);
  facts.push(['sm2Verify, a new public key each call (cache miss)', `${fmt(cold, 0)} /s`]);
  facts.push([
    'generateSm2KeyPair',
    `${fmt(
      repeated(() => crypto.generateSm2KeyPair(), ROUNDS, ROUND_MS / 2),
      0,
    )} /s`,
  ]);
  const wrapped = crypto.sm2Encrypt(pair.publicKey, key);
  facts.push([
    'sm2Encrypt 16 B',
    `${fmt(
      repeated(() => crypto.sm2Encrypt(pair.publicKey, key), ROUNDS, ROUND_MS / 2),
      0,
    )} /s`,
  ]);
  facts.push([
    'sm2Decrypt 16 B',
    `${fmt(
      repeated(() => crypto.sm2Decrypt(pair.privateKey, wrapped), ROUNDS, ROUND_MS / 2),
      0,
    )} /s`,
  ]);
}

const lines = ['', '=== 汇总 / summary ==='];
for (const goal of goals) {
  const base = goal.baseline === '—' ? '' : `; baseline ${goal.baseline}; ratio ${goal.ratio}`;
  lines.push(
    `   [${goal.pass ? 'PASS' : 'FAIL'}] ${goal.title}: ${goal.figure}${base} (目标 / target ${goal.target})`,
  );
}
for (const [label, value] of facts) lines.push(`   ${label}: ${value}`);
lines.push(
  '',
  '| figure | value | baseline | ratio | target | result |',
  '|---|---|---|---|---|---|',
);
for (const g of goals) {
  lines.push(
    `| ${g.title} | ${g.figure} | ${g.baseline} | ${g.ratio} | ${g.target} | ${g.pass ? 'PASS' : 'FAIL'} |`,
  );
}
for (const [label, value] of facts) lines.push(`| ${label} | ${value} | — | — | — | — |`);
process.stdout.write(`${lines.join('\n')}\n`);
const missed = goals.some((g) => !g.pass);
log(missed ? '有目标未达成 / some goals missed' : '全部达成 / all goals met');
if (missed && args.strict) process.exitCode = 1;
