/** Signed test envelopes for the federation bench: filing-like payloads of about 1 KB. */
import { randomUUID } from 'node:crypto';
import type { Sm2KeyPair, VerifyItem } from '@shuan/tools';
import { signEnvelope } from '@shuan/tools';

/** A filing-like payload: a few catalog items with Chinese text, about 1 KB as JSON. */
export function buildPayload(n: number, items = 3): unknown {
  return {
    filingId: randomUUID(),
    enterprise: {
      uscc: '91320500MA1XYZ1234',
      name: '苏州某精密制造有限公司',
      region: '320500',
      industry: 'C34',
    },
    catalogVersion: n,
    items: Array.from({ length: items }, (_, i) => ({
      itemId: randomUUID(),
      table: `mes.work_orders_${i}`,
      level: i === 0 ? 'core' : 'important',
      rows: 1_250_000 + i,
      purpose: '生产调度与质量追溯',
      protection: 'SM4 加密存储，访问审计，异地备份',
      responsiblePerson: '张工',
    })),
  };
}

/** `count` envelopes signed round-robin by `senders`, each with its sender's public key. */
export function buildBatch(count: number, senders: readonly Sm2KeyPair[], items = 3): VerifyItem[] {
  return Array.from({ length: count }, (_, n) => {
    const key = senders[n % senders.length];
    if (key === undefined) throw new Error('no senders');
    const envelope = signEnvelope(
      {
        v: 1,
        id: randomUUID(),
        sender: `ent-${n % senders.length}`,
        receiver: 'province-320000',
        type: 'filing.submit',
        seq: Math.floor(n / senders.length) + 1,
        sentAt: new Date().toISOString(),
        payload: buildPayload(n, items),
      },
      key,
    );
    return { envelope, publicKey: key.publicKey };
  });
}
