import type { ServerConfig } from '../config.ts';

/** pg-boss's own polling interval, used by the hourly and daily jobs. */
const DEFAULT_POLL_SECONDS = 2;

/**
 * The work options of a job queue: one job at a time, polled every `ownSeconds` unless the
 * node sets `SHUAN_JOB_POLL_SECONDS` for all its queues (every poll is a query: 32 nodes on
 * one machine, as the country benchmark runs them, spent a visible share of it polling).
 */
export function pollEvery(
  config: Pick<ServerConfig, 'jobPollSeconds'>,
  ownSeconds = DEFAULT_POLL_SECONDS,
): { batchSize: number; pollingIntervalSeconds: number } {
  return { batchSize: 1, pollingIntervalSeconds: config.jobPollSeconds ?? ownSeconds };
}
