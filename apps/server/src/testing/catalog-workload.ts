import type { HttpSession } from './http-session.ts';

/** A catalog item as the workload needs it. */
export interface WorkloadItem {
  id: string;
  level: string;
  proposed: { level: string };
}

/** Kinds of catalog write the workload sends. */
export type WriteKind = 'change' | 'confirm' | 'patch' | 'bulk' | 'freeze';

/** One write the workload sent, and what became of it. */
export interface SentWrite {
  kind: WriteKind;
  /** Items it touches (none for a freeze). */
  itemIds: string[];
  /** `acked`: answered 200; `refused`: answered another status; `lost`: no answer (killed). */
  outcome: 'acked' | 'refused' | 'lost';
  /** The version number a successful freeze answered with. */
  versionNumber?: number;
  /** Status and error code of a refused write, for the failure message. */
  refusal?: string;
}

const LEVELS = ['general', 'important', 'core'] as const;

/** A small deterministic generator, so that a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Share of each kind of write, in order (the rest are freezes). */
const MIX: readonly [WriteKind, number][] = [
  ['change', 0.35],
  ['confirm', 0.2],
  ['patch', 0.25],
  ['bulk', 0.12],
];

function planWrite(
  items: WorkloadItem[],
  next: () => number,
  n: number,
): { kind: WriteKind; itemIds: string[]; method: string; path: string; body: unknown } {
  const pick = (): WorkloadItem =>
    items[Math.floor(next() * items.length)] ?? (items[0] as WorkloadItem);
  let roll = next();
  let kind: WriteKind = 'freeze';
  for (const [candidate, share] of MIX) {
    if (roll < share) {
      kind = candidate;
      break;
    }
    roll -= share;
  }
  const item = pick();
  switch (kind) {
    case 'change': {
      const level = LEVELS[Math.floor(next() * LEVELS.length)] ?? 'core';
      return {
        kind,
        itemIds: [item.id],
        method: 'POST',
        path: `/catalog/items/${item.id}/review`,
        body: { action: 'change', level, reason: `调整理由 ${String(n)} / reason ${String(n)}` },
      };
    }
    case 'confirm':
      return {
        kind,
        itemIds: [item.id],
        method: 'POST',
        path: `/catalog/items/${item.id}/review`,
        body: { action: 'confirm' },
      };
    case 'patch':
      return {
        kind,
        itemIds: [item.id],
        method: 'PATCH',
        path: `/catalog/items/${item.id}`,
        body: {
          department: `部门 ${String(n)}`,
          purpose: `用途 ${String(n)}`,
          sharing: n % 2 === 0,
        },
      };
    case 'bulk': {
      const ids = [...new Set(Array.from({ length: 20 }, () => pick().id))];
      return {
        kind,
        itemIds: ids,
        method: 'POST',
        path: '/catalog/items/bulk-review',
        body: { action: 'confirm', ids },
      };
    }
    case 'freeze':
      return {
        kind,
        itemIds: [],
        method: 'POST',
        path: '/catalog/versions',
        body: { note: `版本 ${String(n)} / version ${String(n)}` },
      };
  }
}

/**
 * Fires `total` catalog writes (review changes with reasons, confirms, filing-field patches,
 * bulk confirms and version freezes) from `concurrency` parallel clients, and calls
 * `onHalfway` once `killAfter` of them have been answered — the test kills the server
 * there, with writes still in flight. Clients stop sending once that has happened; writes
 * in flight then end without an answer (`lost`). Returns every write that was sent.
 */
export async function runCatalogWorkload(
  session: HttpSession,
  items: WorkloadItem[],
  options: {
    total: number;
    concurrency: number;
    killAfter: number;
    seed: number;
    onHalfway: () => Promise<void>;
  },
): Promise<SentWrite[]> {
  const next = random(options.seed);
  const sent: SentWrite[] = [];
  let issued = 0;
  let answered = 0;
  let killing: Promise<void> | undefined;
  const client = async (): Promise<void> => {
    while (issued < options.total && killing === undefined) {
      const n = issued++;
      const plan = planWrite(items, next, n);
      const write: SentWrite = { kind: plan.kind, itemIds: plan.itemIds, outcome: 'lost' };
      sent.push(write);
      try {
        const result = await session.request<{
          number?: number;
          error?: { code?: string; message?: string };
        }>(plan.method, plan.path, plan.body);
        write.outcome = result.status === 200 ? 'acked' : 'refused';
        if (result.status !== 200)
          write.refusal = `${String(result.status)} ${JSON.stringify(result.body)}`;
        if (plan.kind === 'freeze' && result.status === 200)
          write.versionNumber = result.body.number;
        answered += 1;
      } catch {
        write.outcome = 'lost';
      }
      if (answered >= options.killAfter) killing ??= options.onHalfway();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  await killing;
  return sent;
}
