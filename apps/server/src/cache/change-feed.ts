import pg from 'pg';
import type { Logger } from 'pino';

/** The channel of migration 0004: the payload is the id of the organisation whose rows changed. */
export const ORG_CHANGED_CHANNEL = 'shuan_org_changed';

/**
 * The payload that node-level figures changed (migration 0015: the regulator rollup tables
 * and `warnings`), on the same channel; never an org id. Its generation is read like an
 * org's: `generation(NODE_CHANGES)`.
 */
export const NODE_CHANGES = 'node';

/** Reconnect delays after the listening connection is lost, in ms (the last one repeats). */
const RECONNECT_DELAYS_MS = [100, 500, 2_000, 5_000];

/**
 * A per-organisation change counter fed by PostgreSQL's LISTEN/NOTIFY (migration 0004), for
 * the caches: a cached value is stored with the generation read *before* the data was read,
 * and used only while the generation is unchanged.
 *
 * - Any instance's or job's commit to an org's rows bumps that org's generation when its
 *   notification arrives (delivery takes a moment after the commit; this instance's own
 *   writes call {@link bump} before they answer, so a caller reads its own writes).
 * - While the listening connection is down, {@link generation} answers null ("do not
 *   cache"): a notification could be missed. Every (re)connect starts a new epoch, so
 *   nothing cached before the gap is used after it.
 */
export class ChangeFeed {
  readonly #connectionString: string;
  readonly #log: Logger;
  readonly #generations = new Map<string, number>();
  #epoch = 0;
  /** Bumps of any org since start (and reconnects): see {@link changeCount}. */
  #changes = 0;
  #client: pg.Client | null = null;
  #live = false;
  #stopped = false;
  #attempt = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(connectionString: string, log: Logger) {
    this.#connectionString = connectionString;
    this.#log = log;
  }

  /** Connects and listens; resolves once listening (or rejects if the first connect fails). */
  async start(): Promise<void> {
    await this.#connect();
  }

  /** Whether changes are being received (caches are used only then). */
  get live(): boolean {
    return this.#live;
  }

  /** The org's generation, or null while changes are not being received. */
  generation(orgId: string): string | null {
    if (!this.#live) return null;
    return `${this.#epoch}.${this.#generations.get(orgId) ?? 0}`;
  }

  /**
   * A counter of all changes of all orgs, or null while not live. For values whose org is
   * known only after reading them (a session): read it before, and cache only if it is the
   * same after.
   */
  changeCount(): number | null {
    return this.#live ? this.#changes : null;
  }

  /** Marks the org changed now (this instance's own writes, before the notification arrives). */
  bump(orgId: string): void {
    this.#changes += 1;
    this.#generations.set(orgId, (this.#generations.get(orgId) ?? 0) + 1);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#live = false;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#connectionString });
    client.on('notification', (message) => {
      if (message.channel === ORG_CHANGED_CHANNEL && message.payload !== undefined)
        this.bump(message.payload);
    });
    client.on('error', (error) => {
      this.#lost(client, error);
    });
    client.on('end', () => {
      this.#lost(client, new Error('connection ended'));
    });
    await client.connect();
    await client.query(`LISTEN ${ORG_CHANGED_CHANNEL}`);
    this.#client = client;
    this.#epoch += 1;
    this.#changes += 1;
    this.#generations.clear();
    this.#attempt = 0;
    this.#live = true;
  }

  #lost(client: pg.Client, error: Error): void {
    if (this.#client !== client || this.#stopped) return;
    this.#client = null;
    this.#live = false;
    client.end().catch(() => undefined);
    this.#log.warn(
      { err: error },
      '变更通知连接中断，缓存暂停 / change notifications lost; caching paused until reconnected',
    );
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    const delay =
      RECONNECT_DELAYS_MS[Math.min(this.#attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 5_000;
    this.#attempt += 1;
    this.#timer = setTimeout(() => {
      this.#connect().catch((error: unknown) => {
        this.#log.warn({ err: error }, 'change notifications: reconnect failed');
        if (!this.#stopped) this.#scheduleReconnect();
      });
    }, delay);
    this.#timer.unref();
  }
}
