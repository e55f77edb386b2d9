import type { MessagePayload } from '@shuan/contracts';
import {
  federationOutboxRepository,
  filingsRepository,
  organizationsRepository,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';

/**
 * Applies a `message.refused` from `from` (the parent), inside the inbox transaction: the
 * parent stored our message but did not take it in. The outbox row of that message becomes
 * a dead letter with the parent's code and reason ("中文 / English"), so the federation
 * status, the 数据备案 notice and the reports pages list it; a filing it carried becomes
 * `refused` (no longer under review: the enterprise may file again once its registry entry
 * or this node's scope is fixed). Audited in the filing's org, else the node's own org.
 *
 * Only a message this node sent `from`, of the type named, is marked; a refusal of anything
 * else is ignored (false), so a stray message never blocks the stream.
 */
export async function applyMessageRefused(
  tx: Queryable,
  from: string,
  refused: MessagePayload<'message.refused'>,
  now: Date,
): Promise<boolean> {
  const reason = `${refused.reason.zh} / ${refused.reason.en}`;
  const marked = await federationOutboxRepository.markRefusedByReceiver(
    tx,
    { id: refused.envelopeId, receiver: from, type: refused.type, code: refused.code, reason },
    now,
  );
  if (!marked) return false;
  const filing =
    refused.type === 'filing.submit'
      ? await filingsRepository.markRefused(tx, refused.envelopeId, from, {
          at: now,
          code: refused.code,
          reason,
        })
      : undefined;
  const orgId = filing?.orgId ?? (await organizationsRepository.first(tx))?.id;
  if (orgId === undefined) return true;
  await appendAudit(tx, {
    orgId,
    actor: `node:${from}`,
    action: filing === undefined ? 'federation.message-refused' : 'filing.refused',
    target: filing === undefined ? `message:${refused.envelopeId}` : `filing:${filing.id}`,
    payload: {
      type: refused.type,
      code: refused.code,
      uscc: refused.uscc,
      reason,
      refusedAt: refused.refusedAt,
      envelopeId: refused.envelopeId,
    },
  });
  return true;
}
