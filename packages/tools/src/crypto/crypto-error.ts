/**
 * Stable codes of the crypto toolkit's failures; the CLI and the server translate them.
 * - `CRYPTO_MALFORMED`: the input is not in the expected format (sealed string, hex, lengths).
 * - `CRYPTO_TAMPERED`: the input is well formed but does not authenticate: it was changed,
 *   or the key or associated data is not the one it was sealed with.
 * - `CRYPTO_BAD_KEY`: the key itself is unusable (wrong length, not a valid SM2 key).
 */
export type CryptoErrorCode = 'CRYPTO_MALFORMED' | 'CRYPTO_TAMPERED' | 'CRYPTO_BAD_KEY';

/**
 * A failure of an SM2/SM3/SM4 operation. The message is bilingual (Chinese first) and never
 * contains key material or plaintext, so it is safe to log.
 *
 * @example
 * try { openSm4(key, sealed); } catch (e) { if (e instanceof CryptoError && e.code === 'CRYPTO_TAMPERED') … }
 */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CryptoError';
    this.code = code;
  }
}
