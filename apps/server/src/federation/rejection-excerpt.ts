import type { FederationErrorCode } from '@shuan/core';

/** A refusal to record: channel, code, who claimed to send it and a bounded excerpt. */
export interface Refusal {
  channel: 'push' | 'pull' | 'enroll';
  code: FederationErrorCode;
  sender: string | null;
  envelopeId: string | null;
  excerpt: Record<string, unknown>;
}

const HEADER_FIELDS = ['v', 'id', 'sender', 'receiver', 'type', 'seq', 'sentAt', 'digest'] as const;
const MAX_FIELD = 200;
const MAX_PAYLOAD_HEAD = 300;

/**
 * The part of a (possibly malformed) envelope worth keeping with its rejection: the header
 * fields, cut to 200 characters, and the first 300 characters of the payload's JSON. Bounded,
 * so a flood of huge forged messages cannot fill the rejection table.
 */
export function excerptOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { kind: typeof value };
  const record = value as Record<string, unknown>;
  const excerpt: Record<string, unknown> = {};
  for (const field of HEADER_FIELDS) {
    const item = record[field];
    if (typeof item === 'string') excerpt[field] = item.slice(0, MAX_FIELD);
    else if (typeof item === 'number' && Number.isFinite(item)) excerpt[field] = item;
  }
  let payload: string | undefined;
  try {
    payload = JSON.stringify(record.payload);
  } catch {
    payload = undefined;
  }
  if (payload !== undefined) {
    excerpt.payloadHead = payload.slice(0, MAX_PAYLOAD_HEAD);
    excerpt.payloadChars = payload.length;
  }
  return excerpt;
}

/** A string field of a possibly malformed value, when it is a short string. */
export function stringField(value: unknown, field: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = (value as Record<string, unknown>)[field];
  return typeof item === 'string' ? item.slice(0, MAX_FIELD) : null;
}
