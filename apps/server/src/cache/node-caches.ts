import type { Logger } from 'pino';
import { ChangeFeed } from './change-feed.ts';
import { ResponseCache } from './response-cache.ts';
import { SessionCache } from './session-cache.ts';

/** The caches of one node and the change feed that keeps them true. */
export interface NodeCaches {
  feed: ChangeFeed;
  responses: ResponseCache;
  sessions: SessionCache;
}

/**
 * Starts the change feed (one extra database connection that LISTENs) and the caches over
 * it; `null` when `responseCacheMb` is 0 (every request then reads the database).
 */
export async function startNodeCaches(
  databaseUrl: string,
  responseCacheMb: number,
  log: Logger,
): Promise<NodeCaches | null> {
  if (responseCacheMb === 0) return null;
  const feed = new ChangeFeed(databaseUrl, log);
  await feed.start();
  return {
    feed,
    responses: new ResponseCache(feed, responseCacheMb * 1024 * 1024),
    sessions: new SessionCache(feed),
  };
}
