import type { EnvelopeVerifier } from '@shuan/tools';
import type { NodeIdentity } from '../node/node-identity.ts';

/** What the federation code of a running node shares: its identity and the SM2 verifier pool. */
export interface FederationRuntime {
  identity: NodeIdentity;
  verifier: EnvelopeVerifier;
}
