import { federationPeersRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import type { JobDefinition, ScheduleDefinition } from '../roles/route-group.ts';
import { sendRollup } from './send-rollup.ts';
import { pollEvery } from '../jobs/poll-every.ts';

/** The pg-boss queue of the province's rollup job. */
export const ROLLUP_QUEUE = 'federation-rollup';

/** Queues the rollup when the province has a parent; a no-op before enrollment. */
export async function runRollupJob(deps: NodeDeps): Promise<void> {
  if ((await federationPeersRepository.findParent(deps.pool)) === undefined) return;
  const sent = await sendRollup(deps);
  deps.log.info({ ...sent }, 'rollup queued for the parent');
}

/** `rollup.report` to the ministry, on the schedule below and on demand (POST /rollups/send). */
export const rollupJob: JobDefinition = {
  name: ROLLUP_QUEUE,
  capability: 'reports-to-parent',
  start: async (deps) => {
    await deps.boss.createQueue(ROLLUP_QUEUE, {
      policy: 'stately',
      retryLimit: 2,
      expireInSeconds: 15 * 60,
    });
    await deps.boss.work(ROLLUP_QUEUE, pollEvery(deps.config), async () => {
      await runRollupJob(deps);
    });
  },
};

/** Every hour at minute 7 (UTC): the ministry's view is at most an hour behind. */
export const rollupSchedule: ScheduleDefinition = {
  queue: ROLLUP_QUEUE,
  cron: '7 * * * *',
  capability: 'reports-to-parent',
};
