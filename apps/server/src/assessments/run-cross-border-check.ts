import type { CrossBorderSelfCheckRequestSchema } from '@shuan/contracts';
import {
  applyCatalogLevels,
  CrossBorderRuleError,
  decideCrossBorderPath,
  type CrossBorderDecision,
  type CrossBorderSettings,
} from '@shuan/core';
import { crossBorderRepository, withTransaction, type CrossBorderLinkedItemRow } from '@shuan/db';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit.ts';
import { crossBorderSettingsOf } from '../config.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';

type CheckInput = z.infer<typeof CrossBorderSelfCheckRequestSchema>;

/** What is stored in `cross_border_decisions.decision`: core's answer and what the check added. */
export interface StoredCrossBorderDecision extends CrossBorderDecision {
  /** The linked items when the check ran (the history keeps reading the same). */
  items: CrossBorderLinkedItemRow[];
  coreItemIds: string[];
  importantItemIdsUnflagged: string[];
  coreFromCatalog: boolean;
  settings: CrossBorderSettings;
}

function decide(
  facts: Parameters<typeof decideCrossBorderPath>[0],
  settings: CrossBorderSettings,
): CrossBorderDecision {
  try {
    return decideCrossBorderPath(facts, settings);
  } catch (error) {
    if (error instanceof CrossBorderRuleError) throw new AppError(error.code, error.message);
    throw error;
  }
}

/**
 * Runs the cross-border self-check (reference §6) and records it, in one transaction with its
 * item links and the audit entry. The linked items must be the org's catalog items
 * (ASSESSMENT_CATALOG_ITEM_UNKNOWN otherwise); a core one makes the transfer core data, which
 * core decides may not leave while the node's setting `coreDataOutboundForbidden` holds
 * (SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN; the check stores the setting it ran with). Every check is kept: the
 * latest one linking an item is that item's recorded legal basis.
 */
export async function runCrossBorderCheck(
  deps: NodeDeps,
  principal: Principal,
  input: CheckInput,
): Promise<{ id: string }> {
  const { catalogItemIds, note, ...facts } = input;
  const itemIds = [...new Set(catalogItemIds)];
  return withTransaction(deps.pool, async (tx) => {
    const items = await crossBorderRepository.itemLevels(tx, principal.orgId, itemIds);
    if (items.length !== itemIds.length) {
      throw new AppError(
        'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
        '目录条目不存在 / catalog item not found',
      );
    }
    const adjusted = applyCatalogLevels(facts, items);
    const settings = crossBorderSettingsOf(deps.config);
    const decision = decide(adjusted.facts, settings);
    const stored: StoredCrossBorderDecision = {
      ...decision,
      items,
      coreItemIds: adjusted.coreItemIds,
      importantItemIdsUnflagged: adjusted.importantItemIdsUnflagged,
      coreFromCatalog: adjusted.coreItemIds.length > 0 && !facts.coreData,
      settings,
    };
    const row = await crossBorderRepository.insertDecision(
      tx,
      principal.orgId,
      {
        facts,
        path: decision.path,
        basisId: decision.basis.id,
        decision: stored,
        note,
        decidedBy: principal.username,
      },
      itemIds,
    );
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'cross-border.decide',
      target: `cross-border-decision:${row.id}`,
      payload: {
        path: decision.path,
        basis: decision.basis.id,
        items: itemIds,
        coreItems: adjusted.coreItemIds,
      },
    });
    return { id: row.id };
  });
}
