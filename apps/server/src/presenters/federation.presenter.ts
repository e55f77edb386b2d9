import type { EnrollmentToken } from '@shuan/core';
import type { PeerRow, RejectionRow } from '@shuan/db';
import { tokenState } from '../federation/manage-federation.ts';
import { iso, isoOrNull } from './iso.ts';

/** A peer as the admin API shows it. */
export function presentPeer(peer: PeerRow) {
  return {
    nodeId: peer.nodeId,
    relation: peer.relation,
    publicKey: peer.publicKey,
    url: peer.url,
    status: peer.status,
    scope: peer.scope,
    enrolledAt: iso(peer.enrolledAt),
    lastContactAt: isoOrNull(peer.lastContactAt),
    backlog: peer.backlog,
    softwareVersion: peer.softwareVersion,
    rulePacks: peer.rulePacks,
  };
}

/** A token as listed: never its secret hash. */
export function presentToken(token: EnrollmentToken, now: Date = new Date()) {
  return {
    id: token.id,
    scope: token.scope,
    state: tokenState(token, now),
    issuedBy: token.issuedBy,
    issuedAt: token.issuedAt,
    expiresAt: token.expiresAt,
    usedAt: token.usedAt,
    usedBy: token.usedBy,
    revokedAt: token.revokedAt,
  };
}

/** A recorded refusal. */
export function presentRejection(row: RejectionRow) {
  return {
    id: row.id,
    at: iso(row.at),
    channel: row.channel,
    code: row.code,
    sender: row.sender,
    envelopeId: row.envelopeId,
    excerpt: row.excerpt,
  };
}
