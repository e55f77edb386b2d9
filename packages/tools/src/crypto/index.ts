/**
 * Commercial cryptography (商用密码) of the toolkit: SM3 (GB/T 32905), SM4 (GB/T 32907),
 * SM2 (GB/T 32918), authenticated SM4 sealing, and the audit hash chain. See docs/crypto.md.
 */
export * from './crypto-error.ts';
export { sm3, sm3Bytes, hmacSm3, hmacSm3Bytes, SM3_DIGEST_BYTES } from './sm3.ts';
export {
  generateSm4Key,
  sm4EncryptCbc,
  sm4DecryptCbc,
  SM4_KEY_BYTES,
  SM4_BLOCK_BYTES,
} from './sm4.ts';
export { sealSm4, openSm4, openSm4Text, SEALED_SM4_VERSION } from './sm4-seal.ts';
export { SM2_DEFAULT_USER_ID } from './sm2-keys.ts';
export {
  generateSm2KeyPair,
  sm2PublicKeyFromPrivateKey,
  isSm2PublicKey,
  sm2Sign,
  sm2Verify,
  type Sm2KeyPair,
  type Sm2Options,
  type Sm2SignOptions,
} from './sm2.ts';
export { sm2Encrypt, sm2Decrypt } from './sm2-encrypt.ts';
export {
  GENESIS_HASH,
  chainHash,
  verifyChain,
  type ChainEntry,
  type ChainAnchor,
  type ChainBreakReason,
  type ChainVerdict,
} from './audit-chain.ts';
export { canonicalJson } from './canonical-json.ts';
