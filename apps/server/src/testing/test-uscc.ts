import { usccCheckChar } from '@shuan/tools';

/**
 * A valid unified social credit code (统一社会信用代码) registered in the 6-digit `division`,
 * with a distinct body per `n` and the check character computed: tests need codes that pass
 * the check digit and fall in a given region.
 */
export function testUscc(division: string, n: number): string {
  const first17 = `91${division}MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}
