import type { LabelCode } from '@shuan/core';
import { scanTokens, type SweepHitHandler } from './scan-tokens.ts';

export type { SweepHitHandler } from './scan-tokens.ts';

/**
 * A sweeper of free text: finds sensitive values anywhere in a string (ID and bank card
 * numbers, mobiles, e-mail and IPv4 addresses, credit codes, plates, passports) and
 * validates them (check digits, dates, ranges). Pure: strings in, hits out.
 */
export interface TextSweeper {
  /** Calls `onHit` for every validated value in `text`, left to right. */
  sweep(text: string, onHit: SweepHitHandler): void;
  /** Counts the validated values in `text` per label. */
  count(text: string): Partial<Record<LabelCode, number>>;
  /**
   * Where a worker thread can build an equal sweeper (this module and its factory): a sweeper
   * is code and cannot be posted to a thread, so the file readers pass this on instead.
   */
  readonly worker: { readonly module: string; readonly factory: 'createTextSweeper' };
}

/**
 * Creates a {@link TextSweeper}. It holds no state: one may be shared, or one made per thread.
 * A token counts only with clean boundaries: an 18-digit run inside a 25-digit number, or
 * a mobile glued to letters, is no hit.
 *
 * @example
 * const sweeper = createTextSweeper();
 * sweeper.count('张三 11010519491231002X 13812345678 a@b.cn'); // { 'pi.id_card': 1, 'pi.mobile': 1, 'pi.email': 1 }
 */
export function createTextSweeper(): TextSweeper {
  const sweep = scanTokens;

  return {
    sweep,
    worker: { module: import.meta.url, factory: 'createTextSweeper' },
    count(text) {
      const counts: Partial<Record<LabelCode, number>> = {};
      sweep(text, (code) => {
        counts[code] = (counts[code] ?? 0) + 1;
      });
      return counts;
    },
  };
}
