import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { NODE_CHANGES, type ChangeFeed } from './change-feed.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Cache this GET route's 200 answers per organisation and URL until the org's rows
     * change (`true`), or until the org's rows or the node's figures change (`'node'`: the
     * regulator views, whose node-level rollup tables notify {@link NODE_CHANGES}, migration
     * 0015). Only for routes whose answer depends on nothing but that data and the URL (not
     * on the user or role beyond the permission check, nor on the clock beyond
     * {@link cacheMaxAgeMs}).
     */
    cacheResponse?: boolean | 'node';
    /**
     * The longest a cached answer is used, for answers that also depend on the clock
     * coarsely (a month window, a `generatedAt`). Unlimited when absent.
     */
    cacheMaxAgeMs?: number;
  }
  interface FastifyRequest {
    /** Where a cacheable answer being computed will be stored, and who waits for it. */
    cacheSlot: CacheSlot | null;
  }
}

interface CacheSlot {
  key: string;
  generation: string;
  /** `Date.now()` after which the answer is not used (Infinity: never). */
  expiresAt: number;
  /** Hands the answer (or nothing, when it is not cacheable) to the requests waiting for it. */
  settle: (entry: CachedResponse | undefined) => void;
}

interface CachedResponse {
  generation: string;
  expiresAt: number;
  contentType: string;
  etag: string;
  body: Buffer;
  /** Compressed on the first request that accepts gzip, then kept. */
  gzip: Buffer | undefined;
}

/** Responses smaller than this are sent uncompressed: gzip would not pay for itself. */
const GZIP_MIN_BYTES = 1024;

/** Whether `Accept-Encoding` allows gzip (ignores the rare `gzip;q=0`). */
function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/.test(header);
}

/**
 * The response cache of the read-heavy lists (issue #3 §9: the catalog list at 50
 * concurrent clients). Entries are keyed by org and URL and carry the org's
 * {@link ChangeFeed} generation read before the answer was computed, so any commit to the
 * org's rows (this instance, another instance, a scan job) retires them. A hit costs what
 * `/healthz` costs plus one write: no database round trip and no serialisation. Hits
 * answer `304` to a matching `If-None-Match`, and gzip when the client accepts it.
 */
export class ResponseCache {
  readonly #feed: ChangeFeed;
  readonly #entries: LRUCache<string, CachedResponse>;
  /**
   * Answers being computed, by key and generation: concurrent misses of the same URL (50
   * clients right after a write retired the entry) wait for the first one's answer instead
   * of each running the same query.
   */
  readonly #inflight = new Map<string, Promise<CachedResponse | undefined>>();
  hits = 0;
  misses = 0;
  /** Misses answered by another request's computation. */
  coalesced = 0;
  /** Requests waiting right now for another request's computation of their answer. */
  waiting = 0;

  constructor(feed: ChangeFeed, maxBytes: number) {
    this.#feed = feed;
    this.#entries = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (entry) => entry.body.length + (entry.gzip?.length ?? 0) + 200,
    });
  }

  /** `preHandler`: answers from the cache, or marks where the answer will be stored. */
  readonly lookup = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.cacheSlot = null;
    const { cacheResponse: scope, cacheMaxAgeMs } = request.routeOptions.config;
    if (request.method !== 'GET' || (scope !== true && scope !== 'node')) return;
    const orgId = request.principal?.orgId;
    if (orgId === undefined) return;
    const generation = this.#generation(orgId, scope);
    if (generation === null) return;
    const key = `${orgId}\n${request.url}`;
    const now = Date.now();
    let entry = this.#entries.get(key);
    if (entry?.generation !== generation || entry.expiresAt < now) {
      const flightKey = `${generation}\n${key}`;
      const pending = this.#inflight.get(flightKey);
      if (pending !== undefined) this.waiting += 1;
      entry = pending === undefined ? undefined : await pending;
      if (pending !== undefined) this.waiting -= 1;
      if (entry === undefined) {
        this.misses += 1;
        if (pending === undefined)
          request.cacheSlot = this.#startFlight(
            flightKey,
            key,
            generation,
            now + (cacheMaxAgeMs ?? Infinity),
          );
        return;
      }
      this.coalesced += 1;
    } else {
      this.hits += 1;
    }
    await this.#send(entry, request, reply);
  };

  /** The org's generation, with the node's for node-scoped routes; null: do not cache. */
  #generation(orgId: string, scope: true | 'node'): string | null {
    const org = this.#feed.generation(orgId);
    if (scope === true || org === null) return org;
    return `${org}/${this.#feed.generation(NODE_CHANGES) ?? ''}`;
  }

  #startFlight(flightKey: string, key: string, generation: string, expiresAt: number): CacheSlot {
    let resolve: (entry: CachedResponse | undefined) => void = () => undefined;
    const flight = new Promise<CachedResponse | undefined>((r) => {
      resolve = r;
    });
    this.#inflight.set(flightKey, flight);
    return {
      key,
      generation,
      expiresAt,
      // Settling twice is harmless; only this flight's own map entry is removed.
      settle: (entry) => {
        if (this.#inflight.get(flightKey) === flight) this.#inflight.delete(flightKey);
        resolve(entry);
      },
    };
  }

  async #send(entry: CachedResponse, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    void reply
      .header('etag', entry.etag)
      .header('vary', 'accept-encoding')
      .header('cache-control', 'private, no-cache');
    if (request.headers['if-none-match'] === entry.etag) {
      await reply.code(304).send();
      return;
    }
    void reply.type(entry.contentType);
    if (entry.body.length >= GZIP_MIN_BYTES && acceptsGzip(request)) {
      entry.gzip ??= gzipSync(entry.body);
      await reply.header('content-encoding', 'gzip').send(entry.gzip);
      return;
    }
    await reply.send(entry.body);
  }

  /** `onSend`: keeps a computed 200 answer of a cacheable route. */
  readonly store = async (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> => {
    const slot = request.cacheSlot;
    if (slot === null) return payload;
    if (reply.statusCode !== 200 || typeof payload !== 'string') {
      slot.settle(undefined);
      return payload;
    }
    const body = Buffer.from(payload);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const contentType = String(reply.getHeader('content-type') ?? 'application/json');
    const entry: CachedResponse = {
      generation: slot.generation,
      expiresAt: slot.expiresAt,
      contentType,
      etag,
      body,
      gzip: undefined,
    };
    this.#entries.set(slot.key, entry);
    slot.settle(entry);
    void reply
      .header('etag', etag)
      .header('vary', 'accept-encoding')
      .header('cache-control', 'private, no-cache');
    return payload;
  };

  /** `onResponse`: releases the waiters of an answer that never reached `onSend` (no-op otherwise). */
  readonly release = (request: FastifyRequest, _reply: FastifyReply, done: () => void): void => {
    request.cacheSlot?.settle(undefined);
    done();
  };

  /** Entries held now (tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }
}
