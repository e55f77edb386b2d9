import { readFileSync } from 'node:fs';
import type { RegulatorTargetsSchema } from '@shuan/contracts';
import { federationPeersRepository, regulatorRollupsRepository } from '@shuan/db';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';

type Targets = z.infer<typeof RegulatorTargetsSchema>;

/** How a target's progress is computed from what the nodes reported (null: not reported). */
type ProgressSource = 'filing-enterprises' | 'province-nodes';

interface TargetData {
  id: string;
  name: string;
  nameEn: string;
  comparison: '>' | '>=';
  target: number;
  unit: string;
  confirmed: boolean;
  note: string;
  progress: ProgressSource | null;
}

/** The Plan's 2026 targets as versioned data with their source (data/plan-targets-2026.json). */
export const PLAN_TARGETS = JSON.parse(
  readFileSync(new URL('./data/plan-targets-2026.json', import.meta.url), 'utf8'),
) as { version: string; source: string; targets: TargetData[] };

const SOURCE_NAMES: Record<ProgressSource, string> = {
  'filing-enterprises':
    '各省最新汇总中有备案（未撤回）的企业数 / enterprises with a filing in the provinces’ latest rollups',
  'province-nodes': '已接入的省级节点数 / province nodes enrolled with the ministry',
};

/** Targets against progress, from the measured figures; a pure function of its inputs. */
export function buildTargets(
  measured: Record<ProgressSource, number>,
  now: Date,
  data = PLAN_TARGETS,
): Targets {
  return {
    version: data.version,
    source: data.source,
    generatedAt: now.toISOString(),
    targets: data.targets.map((t) => {
      const progress = t.progress === null ? null : measured[t.progress];
      return {
        id: t.id,
        name: t.name,
        nameEn: t.nameEn,
        target: t.target,
        unit: t.unit,
        comparison: t.comparison,
        confirmed: t.confirmed,
        note: t.note,
        progress,
        progressSource: t.progress === null ? null : SOURCE_NAMES[t.progress],
        ratio: progress === null ? null : Math.round((progress / t.target) * 10_000) / 10_000,
      };
    }),
  };
}

/**
 * {@link buildTargets} from the ministry's peers and the provinces' latest rollups (their
 * counts summed per status when each arrived, migration 0015: every count has one status).
 */
export async function regulatorTargets(deps: NodeDeps, now = new Date()): Promise<Targets> {
  const [peers, byStatus] = await Promise.all([
    federationPeersRepository.list(deps.pool),
    regulatorRollupsRepository.rollupTotals(deps.pool, 'status'),
  ]);
  return buildTargets(
    {
      'filing-enterprises': byStatus.reduce((sum, c) => sum + c.count, 0),
      'province-nodes': peers.filter((p) => p.relation === 'child').length,
    },
    now,
  );
}
