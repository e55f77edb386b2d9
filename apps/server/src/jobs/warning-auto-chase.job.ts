import { DEFAULT_AUTO_CHASE_SETTINGS } from '@shuan/core';
import type { NodeDeps } from '../http/context.ts';
import type { JobDefinition, ScheduleDefinition } from '../roles/route-group.ts';
import { autoChaseWarnings } from '../warnings/auto-chase-warnings.ts';
import { pollEvery } from './poll-every.ts';

/** The pg-boss queue of the automatic chase (自动催办). */
export const WARNING_AUTO_CHASE_QUEUE = 'warning-auto-chase';

/**
 * One run: reminds the addressees past a deadline of the warnings this node issued, at most
 * once per China day each (docs/warnings.md). A no-op when `SHUAN_WARNING_AUTO_CHASE=false`.
 */
export async function runWarningAutoChase(deps: NodeDeps, now = new Date()): Promise<void> {
  const settings = deps.config.warningAutoChase ?? DEFAULT_AUTO_CHASE_SETTINGS;
  const outcome = await autoChaseWarnings(deps.pool, deps.config.role, now, settings);
  if (outcome.chased > 0) deps.log.info({ ...outcome }, 'warnings chased automatically');
}

/** The automatic chase on the nodes that issue warnings (province, ministry). */
export const warningAutoChaseJob: JobDefinition = {
  name: WARNING_AUTO_CHASE_QUEUE,
  // The nodes that supervise enterprises: provinces and the ministry issue warnings.
  capability: 'receives-filings',
  start: async (deps) => {
    await deps.boss.createQueue(WARNING_AUTO_CHASE_QUEUE, {
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 15 * 60,
    });
    await deps.boss.work(WARNING_AUTO_CHASE_QUEUE, pollEvery(deps.config), async () => {
      await runWarningAutoChase(deps);
    });
  },
};

/**
 * Every hour at minute 23 (UTC): a warning whose deadline passes is chased within the hour
 * (from 09:00 Beijing time by default), and the once-a-day rule keeps later runs quiet.
 */
export const warningAutoChaseSchedule: ScheduleDefinition = {
  queue: WARNING_AUTO_CHASE_QUEUE,
  cron: '23 * * * *',
  capability: 'receives-filings',
};
