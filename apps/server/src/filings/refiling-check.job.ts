import { filingsRepository, refilingsRepository, withTransaction } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import type { JobDefinition, ScheduleDefinition } from '../roles/route-group.ts';
import { trackRefiling } from './track-refiling.ts';
import { pollEvery } from '../jobs/poll-every.ts';

/** The pg-boss queue of the re-filing check. */
export const REFILING_CHECK_QUEUE = 'filing-refiling-check';

/**
 * Brings every org's re-filing obligation up to date (track-refiling.ts), one transaction per
 * org under its filing lock: the 3 months after a material change start within one run of
 * the change even when nobody opens the filings page. An org that fails is logged and the
 * others go on.
 */
export async function runRefilingCheck(deps: NodeDeps): Promise<void> {
  const now = new Date();
  for (const orgId of await refilingsRepository.orgsWithAcceptedFilings(deps.pool)) {
    try {
      await withTransaction(deps.pool, async (tx) => {
        await filingsRepository.lockOrg(tx, orgId);
        await trackRefiling(deps, tx, orgId, now);
      });
    } catch (error) {
      deps.log.warn({ err: error, orgId }, 're-filing check failed');
    }
  }
}

/** On every node that keeps catalogs (enterprise nodes; a province for its tenants). */
export const refilingCheckJob: JobDefinition = {
  name: REFILING_CHECK_QUEUE,
  capability: 'keeps-catalog',
  start: async (deps) => {
    await deps.boss.createQueue(REFILING_CHECK_QUEUE, {
      policy: 'stately',
      retryLimit: 0,
      expireInSeconds: 15 * 60,
    });
    await deps.boss.work(REFILING_CHECK_QUEUE, pollEvery(deps.config), async () => {
      await runRefilingCheck(deps);
    });
  },
};

/** Every 10 minutes (UTC): a change's 3 months start at most 10 minutes late. */
export const refilingCheckSchedule: ScheduleDefinition = {
  queue: REFILING_CHECK_QUEUE,
  cron: '*/10 * * * *',
  capability: 'keeps-catalog',
};
