import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ChangeFeed } from './change-feed.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Cache this GET route's 200 answers per organisation and URL until the org's rows
     * change. Only for routes whose answer depends on nothing but the org's data and the
     * URL (not on the user or role beyond the permission check, not on the clock).
     */
    cacheResponse?: boolean;
  }
  interface FastifyRequest {
    /** Where a cacheable answer being computed will be stored. */
    cacheSlot: { key: string; generation: string } | null;
  }
}

interface CachedResponse {
  generation: string;
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
  hits = 0;
  misses = 0;

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
    if (request.method !== 'GET' || request.routeOptions.config.cacheResponse !== true) return;
    const orgId = request.principal?.orgId;
    if (orgId === undefined) return;
    const generation = this.#feed.generation(orgId);
    if (generation === null) return;
    const key = `${orgId}\n${request.url}`;
    const entry = this.#entries.get(key);
    if (entry?.generation !== generation) {
      this.misses += 1;
      request.cacheSlot = { key, generation };
      return;
    }
    this.hits += 1;
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
  };

  /** `onSend`: keeps a computed 200 answer of a cacheable route. */
  readonly store = async (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> => {
    const slot = request.cacheSlot;
    if (slot === null || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const body = Buffer.from(payload);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const contentType = String(reply.getHeader('content-type') ?? 'application/json');
    this.#entries.set(slot.key, {
      generation: slot.generation,
      contentType,
      etag,
      body,
      gzip: undefined,
    });
    void reply
      .header('etag', etag)
      .header('vary', 'accept-encoding')
      .header('cache-control', 'private, no-cache');
    return payload;
  };

  /** Entries held now (tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }
}
