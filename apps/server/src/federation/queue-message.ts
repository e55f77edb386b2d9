import { parseMessagePayload } from '@shuan/contracts';
import type { MessageType } from '@shuan/core';
import { enqueueMessage, federationPeersRepository, type Queryable } from '@shuan/db';
import { AppError } from '../http/app-error.ts';
import { fedError } from './fed-error.ts';

/**
 * Queues a message for `receiver` in the caller's transaction, after checking its payload
 * against the schema of its type (so a bad payload fails the business change, instead of
 * being refused by the receiver later and blocking the stream behind it).
 */
export async function queueMessage(
  tx: Queryable,
  receiver: string,
  type: MessageType,
  payload: unknown,
): Promise<{ id: string; seq: number }> {
  const parsed = parseMessagePayload(type, payload);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      `消息内容无效 / invalid ${type} payload: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return enqueueMessage(tx, { receiver, type, payload: parsed.data });
}

/** {@link queueMessage} to this node's parent; FED_NOT_ENROLLED when it has none. */
export async function queueToParent(
  tx: Queryable,
  type: MessageType,
  payload: unknown,
): Promise<{ id: string; seq: number; receiver: string }> {
  const parent = await federationPeersRepository.findParent(tx);
  if (parent === undefined) throw fedError('FED_NOT_ENROLLED');
  return { ...(await queueMessage(tx, parent.nodeId, type, payload)), receiver: parent.nodeId };
}
