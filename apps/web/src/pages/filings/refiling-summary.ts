/** The parts of a material change worth saying, in words ("级别变化 1 项 · 新增 2 项"). */
import type { TFunction } from 'i18next';
import type { RefilingStatus } from '../../api/types.ts';

type Summary = NonNullable<RefilingStatus['summary']>;

/** The non-zero counts of `summary`, joined; empty when nothing is left to say. */
export function refilingSummaryText(t: TFunction, summary: Summary): string {
  const counts = {
    added: summary.added,
    removed: summary.removed,
    levelChanged: summary.levelChanged,
    fieldsChanged: summary.fieldsChanged,
    volume: summary.volumeChanged.length,
  };
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([part, n]) => t(`refiling.parts.${part}`, { n }))
    .join(' · ');
}
