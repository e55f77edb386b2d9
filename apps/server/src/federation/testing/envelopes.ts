import { randomUUID } from 'node:crypto';
import type { MessagePayload } from '@shuan/contracts';
import { ENVELOPE_VERSION, type EnvelopeDraft, type FederationEnvelope } from '@shuan/core';
import { signEnvelope, type EnvelopeSigningKey } from '@shuan/tools';

/** A valid `filing.submit` payload (a full filing of one important-data item). */
export function buildFilingPayload(): MessagePayload<'filing.submit'> {
  return {
    filingId: randomUUID(),
    enterprise: {
      uscc: '91350100M000100Y43',
      name: '某钢铁集团',
      region: '350100',
      industry: 'C31',
    },
    catalogVersion: 1,
    resubmitOf: null,
    kind: 'full',
    items: [
      {
        itemId: randomUUID(),
        sourceName: 'MES',
        table: 'mes.work_orders',
        category: null,
        level: 'important',
        rows: 1_250_000,
        sizeBytes: null,
        department: '生产部',
        purpose: '生产调度',
        storageLocation: '本地机房',
        sharing: false,
        crossBorder: false,
        protection: 'SM4 加密存储',
        responsiblePerson: '李四',
      },
    ],
  };
}

/** A signed heartbeat envelope from `sender` to `receiver`; fields can be overridden before signing. */
export function signedHeartbeat(
  key: EnvelopeSigningKey,
  fields: Partial<EnvelopeDraft> & Pick<EnvelopeDraft, 'sender' | 'receiver' | 'seq'>,
): FederationEnvelope {
  return signEnvelope(
    {
      v: ENVELOPE_VERSION,
      id: randomUUID(),
      type: 'node.heartbeat',
      sentAt: new Date().toISOString(),
      payload: { softwareVersion: '0.1.0', backlog: 0, rulePacks: { general: '2026.1' } },
      ...fields,
    },
    key,
  );
}
