import type { EnrollRequest, NodeIdentity } from '@shuan/contracts';
import { DEFAULT_MAX_SKEW_MS, redeemEnrollmentToken, type FederationErrorCode } from '@shuan/core';
import {
  enrollmentTokensRepository,
  federationInboxRepository,
  federationPeersRepository,
  federationRejectionsRepository,
  organizationsRepository,
  withTransaction,
} from '@shuan/db';
import { sm3 } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps } from '../http/context.ts';
import { linkNewChild } from './enrollment-links.ts';
import { fedError } from './fed-error.ts';
import { verifyRequest } from './signed-request.ts';

type EnrollRefusal = FederationErrorCode | 'FED_NODE_EXISTS';

class Refused extends Error {
  readonly code: EnrollRefusal;

  constructor(code: EnrollRefusal) {
    super(code);
    this.code = code;
  }
}

/**
 * The parent's side of `POST /federation/v1/enroll`. The child proves it holds the private
 * key of the public key it presents (its signature over the request), then the token is
 * redeemed, the child stored as an active peer with the token's scope, its seq state
 * started, its registry entry linked (one-enterprise tokens) and the rule packs this node
 * runs queued to it (see enrollment-links.ts), in one transaction with the audit entry. A
 * refused enrollment is recorded with its code (unknown, used, expired or revoked token; bad
 * signature; clock skew; taken node id).
 */
export async function enrollChild(deps: NodeDeps, request: EnrollRequest): Promise<NodeIdentity> {
  const now = new Date();
  const self = deps.federation.identity;
  try {
    if (Math.abs(now.getTime() - Date.parse(request.sentAt)) > DEFAULT_MAX_SKEW_MS)
      throw new Refused('FED_CLOCK_SKEW');
    if (!verifyRequest(request, request.publicKey)) throw new Refused('FED_BAD_SIGNATURE');
    if (request.nodeId === self.nodeId) throw new Refused('FED_NODE_EXISTS');
    await withTransaction(deps.pool, async (tx) => {
      const token = await enrollmentTokensRepository.lockBySecretHash(tx, sm3(request.token));
      if (token === undefined) throw new Refused('FED_TOKEN_UNKNOWN');
      const redeemed = redeemEnrollmentToken(token, now, request.nodeId);
      if (!redeemed.ok) throw new Refused(redeemed.code);
      const inserted = await federationPeersRepository.insert(tx, {
        nodeId: request.nodeId,
        relation: 'child',
        publicKey: request.publicKey.toLowerCase(),
        url: null,
        scope: token.scope,
        tokenId: token.id,
      });
      if (!inserted) throw new Refused('FED_NODE_EXISTS');
      if (
        !(await enrollmentTokensRepository.markUsed(
          tx,
          token.id,
          now.toISOString(),
          request.nodeId,
        ))
      )
        throw new Refused('FED_TOKEN_USED');
      await federationInboxRepository.ensureSender(tx, request.nodeId);
      const org = await organizationsRepository.first(tx);
      const links = await linkNewChild(tx, org?.id, request.nodeId, token.scope, {
        role: deps.config.role,
        now,
      });
      if (org !== undefined)
        await appendAudit(tx, {
          orgId: org.id,
          actor: `node:${request.nodeId}`,
          action: 'federation.child.enroll',
          target: `node:${request.nodeId}`,
          payload: { tokenId: token.id, role: request.role, scope: token.scope, ...links },
        });
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await federationRejectionsRepository.insertMany(
      deps.pool,
      [
        {
          channel: 'enroll',
          code: error.code,
          sender: request.nodeId,
          envelopeId: null,
          excerpt: { nodeId: request.nodeId, role: request.role },
        },
      ],
      now,
    );
    throw fedError(error.code);
  }
  return { nodeId: self.nodeId, role: self.role, publicKey: self.publicKey };
}
