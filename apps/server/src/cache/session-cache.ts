import { LRUCache } from 'lru-cache';
import type { SessionRow } from '@shuan/db';
import type { ChangeFeed } from './change-feed.ts';

/** A session looked up at most this long ago is used without asking the database. */
const MAX_AGE_MS = 60_000;

interface CachedSession {
  session: SessionRow;
  generation: string;
  /** Epoch ms: the earlier of the session's own expiry and `MAX_AGE_MS` after the lookup. */
  validUntil: number;
}

/**
 * Sessions by cookie hash, so that a signed-in request costs no database round trip. An
 * entry is dropped when its org's {@link ChangeFeed} generation moves (logout, a disabled
 * user, a changed role, a renamed organisation: all are commits to the org's rows), when
 * the session expires, and a minute after the lookup at the latest.
 */
export class SessionCache {
  readonly #feed: ChangeFeed;
  readonly #entries = new LRUCache<string, CachedSession>({ max: 10_000 });

  constructor(feed: ChangeFeed) {
    this.#feed = feed;
  }

  /** The cached live session of a cookie hash, if still valid. */
  get(idHash: string, now = Date.now()): SessionRow | undefined {
    const entry = this.#entries.get(idHash);
    if (entry === undefined) return undefined;
    if (
      entry.validUntil <= now ||
      entry.generation !== this.#feed.generation(entry.session.orgId)
    ) {
      this.#entries.delete(idHash);
      return undefined;
    }
    return entry.session;
  }

  /**
   * Keeps a session found in the database. `changeCountBefore` is the feed's
   * {@link ChangeFeed.changeCount} read before the lookup: if anything changed meanwhile
   * (the session's org is unknown until the lookup), the session is not kept.
   */
  set(
    idHash: string,
    session: SessionRow,
    changeCountBefore: number | null,
    now = Date.now(),
  ): void {
    if (changeCountBefore === null || this.#feed.changeCount() !== changeCountBefore) return;
    const generation = this.#feed.generation(session.orgId);
    if (generation === null) return;
    const validUntil = Math.min(session.expiresAt.getTime(), now + MAX_AGE_MS);
    this.#entries.set(idHash, { session, generation, validUntil });
  }
}
