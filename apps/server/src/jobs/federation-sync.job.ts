import { FEDERATION_SYNC_QUEUE } from '../federation/sync-queue.ts';
import { syncWithParent } from '../federation/sync-with-parent.ts';
import type { NodeDeps } from '../http/context.ts';
import type { JobDefinition } from '../roles/route-group.ts';
import { pollEvery } from './poll-every.ts';

export { FEDERATION_SYNC_QUEUE };

/**
 * Runs one sync and queues the next one `SHUAN_FEDERATION_SYNC_SECONDS` later. The queue is
 * `stately` (at most one waiting and one running job), so the re-queue, the cron backstop
 * and an enrollment's kick never pile up or run two syncs at once.
 */
export async function runFederationSync(deps: NodeDeps): Promise<void> {
  try {
    const outcome = await syncWithParent(deps);
    if (outcome.errors.length > 0) deps.log.warn({ ...outcome }, 'federation sync incomplete');
    else if (outcome.pushed + outcome.pulled > 0) deps.log.debug({ ...outcome }, 'federation sync');
  } catch (error) {
    deps.log.warn({ err: error }, 'federation sync failed');
  } finally {
    await deps.boss
      .send(FEDERATION_SYNC_QUEUE, {}, { startAfter: deps.config.federationSyncSeconds })
      .catch((error: unknown) => {
        deps.log.warn({ err: error }, 'federation sync could not be queued again');
      });
  }
}

/** The child's federation sync job (push, pull, heartbeat); a no-op until enrolled. */
export const federationSyncJob: JobDefinition = {
  name: FEDERATION_SYNC_QUEUE,
  capability: 'files-to-parent',
  start: async (deps) => {
    await deps.boss.createQueue(FEDERATION_SYNC_QUEUE, {
      policy: 'stately',
      retryLimit: 0,
      expireInSeconds: 15 * 60,
    });
    await deps.boss.work(FEDERATION_SYNC_QUEUE, pollEvery(deps.config, 0.5), async () => {
      await runFederationSync(deps);
    });
    await deps.boss.send(FEDERATION_SYNC_QUEUE, {});
  },
};
