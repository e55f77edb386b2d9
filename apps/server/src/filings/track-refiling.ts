import { isDeepStrictEqual } from 'node:util';
import type { MessagePayload } from '@shuan/contracts';
import { materialChange, type MaterialChangeSummary } from '@shuan/core';
import {
  catalogItemsRepository,
  federationPeersRepository,
  refilingsRepository,
  type FilingRef,
  type Queryable,
  type RefilingChangeRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { queueMessage } from '../federation/queue-message.ts';
import { presentCatalogItem } from '../presenters/catalog.presenter.ts';
import { fileableItems } from './build-filing.ts';
import { resolveFiler } from './filing-profile.ts';
import { applyRefilingNotice } from './receive-refilings.ts';
import { versionItems } from './version-items.ts';

/** The org's re-filing obligation as it stands: the last accepted filing and its change. */
export interface RefilingStanding {
  base: FilingRef | undefined;
  /** The recorded change of `base`, when its catalog has changed since. */
  change: RefilingChangeRow | undefined;
}

type NextState = Pick<RefilingChangeRow, 'state' | 'changedAt' | 'refiledFilingId' | 'summary'>;

/** What the important and core items of the catalog now are, against the accepted filing. */
async function compareWithBase(tx: Queryable, orgId: string, base: FilingRef) {
  const filed = await versionItems(tx, orgId, base.catalogVersion);
  const now = fileableItems((await catalogItemsRepository.all(tx, orgId)).map(presentCatalogItem));
  return materialChange(filed, now);
}

/** The state the obligation moves to now, or undefined when it stays as it is. */
async function nextState(
  tx: Queryable,
  orgId: string,
  base: FilingRef,
  stored: RefilingChangeRow | undefined,
  now: Date,
): Promise<NextState | undefined> {
  const later = await refilingsRepository.standingAfter(tx, orgId, base.submittedAt);
  if (later !== undefined) {
    // A filing under review or returned answers a recorded change (a return runs its own
    // 15 working days); a change first seen after it was filed is that filing's business.
    if (stored === undefined || stored.state === 'reverted') return undefined;
    if (stored.state === 'refiled' && stored.refiledFilingId === later.id) return undefined;
    return { ...stored, state: 'refiled', refiledFilingId: later.id };
  }
  const change = await compareWithBase(tx, orgId, base);
  const { material, ...summary } = change;
  if (!material) {
    if (stored === undefined || stored.state === 'reverted') return undefined;
    return { ...stored, state: 'reverted', refiledFilingId: null, summary };
  }
  if (stored === undefined || stored.state === 'reverted')
    return { state: 'open', changedAt: now, refiledFilingId: null, summary };
  // The filing that answered it was withdrawn: the clock never stopped.
  if (stored.state === 'refiled')
    return { ...stored, state: 'open', refiledFilingId: null, summary };
  return isDeepStrictEqual(stored.summary, summary) ? undefined : { ...stored, summary };
}

/**
 * Sends the obligation's new state to the province in the caller's transaction: a
 * filing.change to the parent, or, for a tenant of this node, straight into its list. An
 * org without a filing identity (no profile) or a node without a parent has nobody to tell.
 */
async function notifyProvince(
  deps: NodeDeps,
  tx: Queryable,
  orgId: string,
  row: Omit<RefilingChangeRow, 'updatedAt'>,
  now: Date,
): Promise<void> {
  let filer;
  try {
    filer = await resolveFiler(deps, tx, orgId);
  } catch (error) {
    if (error instanceof AppError) return;
    throw error;
  }
  const payload: MessagePayload<'filing.change'> = {
    enterprise: filer.enterprise,
    baseFilingId: row.baseFilingId,
    baseCatalogVersion: row.baseVersion,
    changedAt: row.changedAt.toISOString(),
    state: row.state,
    refiledFilingId: row.refiledFilingId,
    summary: row.summary as MaterialChangeSummary,
  };
  if (filer.target.kind === 'tenant') {
    const sender = deps.federation.identity.nodeId;
    await applyRefilingNotice(tx, { sender, tenantOrgId: orgId }, payload, now);
    return;
  }
  const parent = await federationPeersRepository.findParent(tx);
  if (parent !== undefined) await queueMessage(tx, parent.nodeId, 'filing.change', payload);
}

/**
 * Brings the org's re-filing obligation up to date, in the caller's transaction (which holds
 * the org's filing lock): compares the important and core items of the catalog now with the
 * last accepted filing's (core `materialChange`: added, removed, level or another filed field
 * changed, or a category's volume moved by 30 %), and records the obligation:
 *
 * - `open` when first seen material (the 3 months run from then), again after a revert;
 * - `refiled` while a later filing (under review or returned) answers it, back to `open`
 *   with the same start when that filing is withdrawn;
 * - `reverted` when the catalog is back to what was filed.
 *
 * Each change of state is audited and sent to the province. Called by the periodic check,
 * when the enterprise looks at its filings, and after filing or withdrawing.
 */
export async function trackRefiling(
  deps: NodeDeps,
  tx: Queryable,
  orgId: string,
  now: Date,
): Promise<RefilingStanding> {
  const base = await refilingsRepository.lastAccepted(tx, orgId);
  if (base === undefined) return { base, change: undefined };
  const stored = await refilingsRepository.getChange(tx, orgId, base.id);
  const next = await nextState(tx, orgId, base, stored, now);
  if (next === undefined) return { base, change: stored };
  const row = { orgId, baseFilingId: base.id, baseVersion: base.catalogVersion, ...next };
  await refilingsRepository.saveChange(tx, row);
  if (next.state !== stored?.state) {
    await appendAudit(tx, {
      orgId,
      actor: 'system',
      action: 'filing.refiling',
      target: `filing:${base.id}`,
      payload: {
        state: next.state,
        changedAt: next.changedAt.toISOString(),
        summary: next.summary,
      },
    });
    await notifyProvince(deps, tx, orgId, row, now);
  }
  return { base, change: { ...row, updatedAt: now } };
}
