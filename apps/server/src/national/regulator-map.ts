import type { RegulatorMapSchema } from '@shuan/contracts';
import { regulatorRollupsRepository } from '@shuan/db';
import { listProvinces } from '@shuan/tools';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';
import { ratio } from './regulator-overview.ts';

type MapAnswer = z.infer<typeof RegulatorMapSchema>;
export type MapFigure = MapAnswer['figure'];

/** One value per province for the chosen figure (null where nothing was reported). */
async function valuesOf(deps: NodeDeps, figure: MapFigure): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  const add = (code: string, n: number) => values.set(code, (values.get(code) ?? 0) + n);
  if (figure === 'incidents') {
    for (const row of await regulatorRollupsRepository.reportTotalsByProvince(deps.pool)) {
      if (row.kind === 'incident') add(row.province, row.count);
    }
  } else if (figure === 'filings') {
    // Each count's province (else its rollup's), summed when the rollup arrived (0015).
    for (const row of await regulatorRollupsRepository.rollupTotals(deps.pool, 'province')) {
      add(row.key, row.count);
    }
  } else if (figure === 'assessments') {
    for (const row of await regulatorRollupsRepository.assessmentCounts(deps.pool)) {
      add(row.province, row.count);
    }
  } else {
    for (const row of await regulatorRollupsRepository.warningsByProvince(deps.pool)) {
      const rate = ratio(row.acknowledged, row.recipients);
      if (rate !== null) values.set(row.province, rate);
    }
  }
  return values;
}

/** The ministry's China map: the 31 provinces with the chosen figure, from the rollups. */
export async function regulatorMap(
  deps: NodeDeps,
  figure: MapFigure,
  now = new Date(),
): Promise<MapAnswer> {
  const values = await valuesOf(deps, figure);
  const provinces = listProvinces().map((p) => ({
    code: p.code,
    name: p.name,
    nameEn: p.code,
    value: values.get(p.code) ?? null,
  }));
  return {
    figure,
    generatedAt: now.toISOString(),
    provinces,
    max: Math.max(0, ...provinces.map((p) => p.value ?? 0)),
  };
}
