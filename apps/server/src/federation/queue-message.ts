import { randomUUID } from 'node:crypto';
import { parseMessagePayload } from '@shuan/contracts';
import {
  MAX_PAYLOAD_BYTES,
  serializedPayloadBytes,
  splitIntoChunks,
  type MessageType,
} from '@shuan/core';
import { enqueueMessage, federationPeersRepository, type Queryable } from '@shuan/db';
import { AppError } from '../http/app-error.ts';
import { fedError } from './fed-error.ts';

/**
 * Queues a message for `receiver` in the caller's transaction, after checking its payload
 * against the schema of its type (so a bad payload fails the business change, instead of
 * being refused by the receiver later and blocking the stream behind it).
 *
 * A payload over MAX_PAYLOAD_BYTES serialized (a large catalog) is split with core's
 * `splitIntoChunks` into several outbox rows with consecutive seqs (the seq counter row stays
 * locked until this transaction ends) and one group id; the receiver applies the joined
 * payload once, at the last part. The answer is the last part's id and seq: the envelope
 * under which the receiver applies the message.
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
  if (serializedPayloadBytes(parsed.data) <= MAX_PAYLOAD_BYTES) {
    return enqueueMessage(tx, { receiver, type, payload: parsed.data });
  }
  const parts = splitIntoChunks(parsed.data, MAX_PAYLOAD_BYTES, randomUUID());
  let last = { id: '', seq: 0 };
  for (const part of parts) {
    last = await enqueueMessage(tx, { receiver, type, payload: part.payload, chunk: part.chunk });
  }
  return last;
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
