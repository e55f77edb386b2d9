/**
 * Loads the crypto toolkit through `@shuan/tools`, as users do. Until the package index
 * re-exports `crypto/`, falls back to the folder itself and says so, so the bench runs either
 * way and measures the same code.
 */
import type * as CryptoApi from '../../packages/tools/src/crypto/index.ts';

/** The functions of the crypto toolkit. */
export type Crypto = typeof CryptoApi;

/** The toolkit and where it came from. */
export async function loadCrypto(): Promise<{ crypto: Crypto; source: string }> {
  const tools = (await import('@shuan/tools')) as Partial<Crypto>;
  if (typeof tools.sealSm4 === 'function')
    return { crypto: tools as Crypto, source: '@shuan/tools' };
  const direct = await import('../../packages/tools/src/crypto/index.ts');
  return {
    crypto: direct,
    source: 'packages/tools/src/crypto (@shuan/tools 尚未导出 / does not export it yet)',
  };
}
