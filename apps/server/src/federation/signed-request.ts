import { canonicalJson, sm2Sign, sm2Verify, sm3 } from '@shuan/tools';
import type { NodeIdentity } from '../node/node-identity.ts';

/**
 * Signs a node-to-node request body the way envelopes are signed: SM2 (default user id)
 * over the 64 ASCII characters of the SM3 digest of the canonical JSON of every field but
 * `signature`. Used for enrollment (proof that the child holds the key it presents) and
 * for pulls (only the child may fetch and acknowledge its messages).
 */
export function signRequest<T extends Record<string, unknown>>(
  fields: T,
  identity: Pick<NodeIdentity, 'privateKey' | 'publicKey'>,
): T & { signature: string } {
  const digest = sm3(canonicalJson(fields));
  const signature = sm2Sign(identity.privateKey, digest, { publicKey: identity.publicKey });
  return { ...fields, signature };
}

/** True when `body.signature` was made by `publicKey` over the rest of `body`. */
export function verifyRequest(body: { signature: string }, publicKey: string): boolean {
  const { signature, ...fields } = body;
  let digest: string;
  try {
    digest = sm3(canonicalJson(fields));
  } catch {
    return false;
  }
  return sm2Verify(publicKey, digest, signature);
}
