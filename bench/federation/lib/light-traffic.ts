/**
 * The light enterprises of the simulated country. Each one wakes every `tickSeconds` (random
 * phase), queues its messages for the period (`perMinute` on average: 4 heartbeats to 1
 * filing), and when its queue is not empty signs it now and pushes it (≤ 100 per POST) to
 * its province, as a child's sync does. A failed push backs off (1 s doubling, ≤ 60 s).
 * Counts what was generated and acknowledged, and the delay from queuing to acknowledgement.
 */
import type { EnvelopeDraft } from '@shuan/core';
import { buildFilingPayload } from '../../../apps/server/src/federation/testing/envelopes.ts';
import { nextDrafts, push, signLight, type LightSender } from './senders.ts';

const MAX_IN_FLIGHT = 256;
const PER_POST = 100;

interface Simulated {
  sender: LightSender;
  provinceId: string;
  url: string;
  queue: { draft: EnvelopeDraft; queuedAt: number }[];
  credit: number;
  /** When the sender next wakes (to push), and next queues its messages for a period. */
  nextTick: number;
  nextGenerate: number;
  lastGenerated: number;
  failures: number;
  busy: boolean;
}

export interface TrafficCounters {
  generated: number;
  acknowledged: number;
  failedPosts: number;
  posts: number;
  /** Queue-to-ack delays (ms) of acknowledged messages. */
  delays: number[];
}

export class LightTraffic {
  readonly counters: TrafficCounters = {
    generated: 0,
    acknowledged: 0,
    failedPosts: 0,
    posts: 0,
    delays: [],
  };
  readonly #senders: Simulated[];
  readonly #perMinute: number;
  readonly #tickMs: number;
  #generating = true;
  #inFlight = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    placements: readonly { sender: LightSender; provinceId: string; url: string }[],
    perMinute: number,
    tickSeconds = 10,
  ) {
    this.#perMinute = perMinute;
    this.#tickMs = tickSeconds * 1000;
    const now = Date.now();
    this.#senders = placements.map((p) => {
      const phase = now + Math.random() * this.#tickMs;
      return {
        ...p,
        queue: [],
        credit: Math.random(),
        nextTick: phase,
        nextGenerate: phase,
        lastGenerated: phase - this.#tickMs,
        failures: 0,
        busy: false,
      };
    });
  }

  start(): void {
    this.#timer = setInterval(() => {
      this.#step();
    }, 100);
  }

  /** Stops queuing new messages; pushes of what is queued go on. */
  stopGenerating(): void {
    this.#generating = false;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  backlog(): number {
    return this.counters.generated - this.counters.acknowledged;
  }

  #step(): void {
    const now = Date.now();
    for (const s of this.#senders) {
      // Messages are queued on time whatever the province's pace or an outage (demand is
      // not throttled); only the POSTs in flight are capped.
      if (this.#generating && now >= s.nextGenerate) {
        this.#generate(s, now);
        s.nextGenerate = now + this.#tickMs;
        if (s.failures === 0) s.nextTick = Math.min(s.nextTick, now);
      }
      if (s.busy || s.nextTick > now || s.queue.length === 0) continue;
      if (this.#inFlight >= MAX_IN_FLIGHT) continue;
      s.nextTick = s.nextGenerate;
      void this.#push(s);
    }
  }

  #generate(s: Simulated, now: number): void {
    s.credit += (this.#perMinute * (now - s.lastGenerated)) / 60_000;
    s.lastGenerated = now;
    while (s.credit >= 1) {
      s.credit -= 1;
      const filing = Math.random() < 0.2;
      const [draft] = filing
        ? nextDrafts(s.sender, s.provinceId, 1, 'filing.submit', buildFilingPayload)
        : nextDrafts(s.sender, s.provinceId, 1, 'node.heartbeat', () => ({
            softwareVersion: '0.1.0',
            backlog: s.queue.length,
            rulePacks: { general: '2026.1' },
          }));
      if (draft !== undefined) s.queue.push({ draft, queuedAt: now });
      this.counters.generated += 1;
    }
  }

  async #push(s: Simulated): Promise<void> {
    s.busy = true;
    this.#inFlight += 1;
    const batch = s.queue.slice(0, PER_POST);
    const sentAt = new Date().toISOString();
    try {
      this.counters.posts += 1;
      const results = await push(
        s.url,
        signLight(
          batch.map(({ draft }) => ({ ...draft, sentAt })),
          s.sender.key,
        ),
      );
      const done = new Set(
        results.filter((r) => r.status === 'accepted' || r.status === 'duplicate').map((r) => r.id),
      );
      const at = Date.now();
      s.queue = s.queue.filter((item) => {
        if (!done.has(item.draft.id)) return true;
        this.counters.delays.push(at - item.queuedAt);
        return false;
      });
      this.counters.acknowledged += done.size;
      s.failures = done.size === batch.length ? 0 : s.failures + 1;
    } catch {
      this.counters.failedPosts += 1;
      s.failures += 1;
    } finally {
      if (s.failures > 0) {
        const ceiling = Math.min(60_000, 1000 * 2 ** (s.failures - 1));
        s.nextTick = Date.now() + ceiling / 2 + (Math.random() * ceiling) / 2;
      } else {
        // More than one POST's worth: go on at once; otherwise wake for the next period.
        s.nextTick = s.queue.length > 0 ? Date.now() : s.nextGenerate;
      }
      this.#inFlight -= 1;
      s.busy = false;
    }
  }
}

/** The p-quantile of `values` (0 when empty). */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
