/**
 * The folder of goal 3: CSV exports and application logs, about `sizeBytes` in all, in files
 * of ~32 MB under `bench/.work/files-<size>/`. Most rows are ordinary (sensor readings,
 * orders without personal data, INFO lines); sensitive values — ID numbers, mobiles, e-mails,
 * bank cards — are planted in a few percent of rows. A `.complete` marker written last lets a
 * kept folder (`--keep`) be reused.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng, type Rng } from '../lib/prng.ts';
import { nowMs } from '../lib/measure.ts';
import { idCardCheck, luhnCheck } from '../values/check-digits.ts';

const WORK = fileURLToPath(new URL('../../.work/', import.meta.url));
const FILE_BYTES = 32 * 1024 * 1024;
const VERSION = 'v1';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const idCard = (rng: Rng): string => {
  const first = `${rng.pick(['110105', '440305', '320506'])}${rng.int(1950, 2005)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${rng.digits(3)}`;
  return first + idCardCheck(first);
};
const mobile = (rng: Rng): string => `1${rng.int(3, 9)}${rng.digits(9)}`;
const email = (rng: Rng): string =>
  `${rng.pick(['zhang', 'li.wei', 'ops', 'user'])}${rng.digits(3)}@${rng.pick(['qq.com', '163.com', 'corp.cn'])}`;
const bankCard = (rng: Rng): string => {
  const payload = `62${rng.digits(16)}`;
  return payload + luhnCheck(payload);
};
const time = (rng: Rng): string =>
  `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;

type LineMaker = (rng: Rng, row: number) => string;

const SENSOR_HEADER = 'ts,device,line,temperature,pressure,rpm,status,remark\n';
const sensorRow: LineMaker = (rng) =>
  `${time(rng)},DEV${rng.digits(6)},L${rng.int(1, 20)},${(20 + rng.next() * 80).toFixed(2)},${(rng.next() * 3).toFixed(3)},${rng.int(0, 3000)},${rng.pick(['OK', 'WARN', 'OK', 'OK'])},${rng.next() < 0.02 ? `联系人 ${mobile(rng)}` : rng.pick(['', '巡检正常', 'vibration high', ''])}\n`;

const ORDER_HEADER = 'order_no,customer,contact,id_no,email,card_no,qty,price,status,created_at\n';
const orderRow: LineMaker = (rng, row) => {
  const personal = rng.next() < 0.05;
  return `SO2024${pad(row % 100000, 6)},${rng.pick(['华东机械', '宏达电子', '王伟', '李娜', '远洋物流'])},${personal ? mobile(rng) : ''},${personal && rng.next() < 0.5 ? idCard(rng) : ''},${personal ? email(rng) : ''},${personal && rng.next() < 0.3 ? bankCard(rng) : ''},${rng.int(1, 500)},${(rng.next() * 9999).toFixed(2)},${rng.pick(['已发货', '待审核', 'CLOSED'])},${time(rng)}\n`;
};

const logRow: LineMaker = (rng) => {
  const x = rng.next();
  const head = `${time(rng)}.${rng.digits(3)} ${rng.pick(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN'])} [${rng.pick(['http-nio-8080-exec-3', 'scheduler-1', 'mqtt-in'])}] ${rng.pick(['c.s.order.OrderService', 'c.s.mes.LineMonitor', 'c.s.auth.Login'])} - `;
  if (x < 0.01)
    return `${head}user login ok, mobile=${mobile(rng)} ip=10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}\n`;
  if (x < 0.015) return `${head}send notice to ${email(rng)}\n`;
  if (x < 0.018) return `${head}verify identity id_card=${idCard(rng)} result=PASS\n`;
  if (x < 0.02) return `${head}refund to card ${bankCard(rng)} amount=${rng.int(1, 5000)}\n`;
  return `${head}${rng.pick(['request done in', 'line speed', 'heartbeat seq', 'batch committed rows', 'cache hit ratio'])} ${rng.int(1, 99999)} ${rng.pick(['ms', 'rpm', '', 'rows', '%'])} trace=${rng.digits(16)}\n`;
};

const KINDS: { ext: string; header: string; row: LineMaker }[] = [
  { ext: 'log', header: '', row: logRow },
  { ext: 'csv', header: SENSOR_HEADER, row: sensorRow },
  { ext: 'log', header: '', row: logRow },
  { ext: 'csv', header: ORDER_HEADER, row: orderRow },
];

async function writeFileOfSize(
  path: string,
  bytes: number,
  seed: number,
  kind: (typeof KINDS)[number],
): Promise<void> {
  const rng = createRng(seed);
  const out = createWriteStream(path);
  let written = 0;
  let row = 0;
  let chunk = kind.header;
  while (written < bytes) {
    while (chunk.length < 256 * 1024) chunk += kind.row(rng, row++);
    const buf = Buffer.from(chunk, 'utf8');
    written += buf.length;
    chunk = '';
    if (!out.write(buf))
      await new Promise<void>((resolve) =>
        out.once('drain', () => {
          resolve();
        }),
      );
  }
  await new Promise<void>((resolve, reject) => {
    out.end((error?: Error | null) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

/** The folder for `sizeBytes`, built unless a complete one is there. */
export async function ensureFolder(
  sizeBytes: number,
): Promise<{ dir: string; files: number; built: boolean; buildMs: number }> {
  const dir = join(WORK, `files-${Math.round(sizeBytes / 1024 / 1024)}MB`);
  const files = Math.max(1, Math.round(sizeBytes / FILE_BYTES));
  const marker = join(dir, '.complete');
  const signature = `${VERSION} files=${files}`;
  const existing = await readFile(marker, 'utf8').catch(() => '');
  if (existing === signature) return { dir, files, built: false, buildMs: 0 };
  const start = nowMs();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const per = Math.ceil(sizeBytes / files);
  for (let i = 0; i < files; i += 1) {
    const kind = KINDS[i % KINDS.length]!;
    const name = `${kind.ext === 'log' ? 'app' : kind.header === SENSOR_HEADER ? 'sensor' : 'orders'}-${pad(i + 1, 3)}.${kind.ext}`;
    await writeFileOfSize(join(dir, name), per, 7000 + i, kind);
  }
  await writeFile(marker, signature);
  return { dir, files, built: true, buildMs: nowMs() - start };
}

/** Removes the folder. */
export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
