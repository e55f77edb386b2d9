import type {
  CrossBorderDecisionSchema,
  CrossBorderItemListSchema,
  CrossBorderRulesSchema,
} from '@shuan/contracts';
import {
  CROSS_BORDER_BASES,
  CROSS_BORDER_EXEMPTIONS,
  CROSS_BORDER_PATH_NAMES,
  CROSS_BORDER_PATHS,
  CROSS_BORDER_THRESHOLDS,
  CROSS_BORDER_UNCONFIRMED_SETTINGS,
  DEFAULT_CROSS_BORDER_SETTINGS,
  type CrossBorderDecision,
  type CrossBorderPath,
  type CrossBorderSettings,
} from '@shuan/core';
import type { CrossBorderDecisionRow, CrossBorderItemRow } from '@shuan/db';
import type { z } from 'zod';
import { iso } from '../presenters/iso.ts';
import type { StoredCrossBorderDecision } from './run-cross-border-check.ts';

type Decision = z.infer<typeof CrossBorderDecisionSchema>;
/** Core's decision, with what the check added since migration 0018 (absent before). */
type StoredOrLegacy = CrossBorderDecision &
  Partial<Omit<StoredCrossBorderDecision, keyof CrossBorderDecision>>;
type Facts = Decision['facts'];

const CORE_SETTING_CONFIRMED = !CROSS_BORDER_UNCONFIRMED_SETTINGS.some(
  (setting) => setting.key === 'coreDataOutboundForbidden',
);

const EXEMPTION_BASIS = {
  'trade-without-personal-or-important-data': CROSS_BORDER_BASES['CB-ART3-TRADE'],
  'foreign-collected-personal-info': CROSS_BORDER_BASES['CB-ART4-FOREIGN-PI'],
  'contract-with-individual': CROSS_BORDER_BASES['CB-ART5-1-CONTRACT'],
  'hr-management': CROSS_BORDER_BASES['CB-ART5-2-HR'],
  emergency: CROSS_BORDER_BASES['CB-ART5-3-EMERGENCY'],
  'ftz-outside-negative-list': CROSS_BORDER_BASES['CB-ART6-FTZ'],
} as const;

/**
 * A recorded check. Checks recorded before migration 0018 stored core's decision only: their
 * items come from the links as the catalog holds them now, and the setting is the default.
 */
export function presentCrossBorderDecision(row: CrossBorderDecisionRow): Decision {
  const stored = row.decision as StoredOrLegacy;
  const core = new Set(stored.coreItemIds ?? []);
  const items = (stored.items ?? row.linkedItems).map((item) => ({
    itemId: item.itemId,
    table: item.table,
    level: item.level,
    core: core.has(item.itemId) || item.level === 'core',
  }));
  const facts = row.facts as Omit<Facts, 'exemptions'> & { exemptions?: string[] };
  return {
    id: row.id,
    path: row.path as CrossBorderPath,
    pathName: CROSS_BORDER_PATH_NAMES[row.path as CrossBorderPath],
    basis: stored.basis,
    matched: stored.matched.map((m) => ({
      path: m.path,
      pathName: CROSS_BORDER_PATH_NAMES[m.path],
      basis: m.basis,
    })),
    appliedExemptions: stored.appliedExemptions,
    rejectedExemptions: stored.rejectedExemptions,
    facts: { ...facts, exemptions: facts.exemptions ?? [] },
    coreFromCatalog: stored.coreFromCatalog ?? false,
    items,
    importantItemsUnflagged: stored.importantItemIdsUnflagged ?? [],
    coreDataOutboundForbidden: {
      value:
        stored.settings?.coreDataOutboundForbidden ??
        DEFAULT_CROSS_BORDER_SETTINGS.coreDataOutboundForbidden,
      confirmed: CORE_SETTING_CONFIRMED,
    },
    note: row.note,
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
  };
}

/** The cross-border items; a core one is marked prohibited while the setting forbids it. */
export function presentCrossBorderItems(
  rows: readonly CrossBorderItemRow[],
  settings: CrossBorderSettings,
): z.infer<typeof CrossBorderItemListSchema> {
  return {
    items: rows.map((row) => ({
      itemId: row.itemId,
      table: row.table,
      level: row.level,
      crossBorder: row.crossBorder,
      prohibited: row.level === 'core' && settings.coreDataOutboundForbidden,
      latest:
        row.decisionId === null || row.decidedAt === null
          ? null
          : {
              decisionId: row.decisionId,
              path: row.decisionPath as CrossBorderPath,
              pathName: CROSS_BORDER_PATH_NAMES[row.decisionPath as CrossBorderPath],
              basisId: row.decisionBasisId ?? '',
              decidedAt: iso(row.decidedAt),
            },
    })),
  };
}

/**
 * The rules the form explains, with the settings that await confirmation and the values this
 * node runs with.
 */
export function presentCrossBorderRules(
  settings: CrossBorderSettings,
): z.infer<typeof CrossBorderRulesSchema> {
  const values: Record<string, number | boolean> = { ...settings };
  return {
    thresholds: { ...CROSS_BORDER_THRESHOLDS },
    paths: CROSS_BORDER_PATHS.map((path) => ({ path, name: CROSS_BORDER_PATH_NAMES[path] })),
    exemptions: CROSS_BORDER_EXEMPTIONS.map((exemption) => ({
      exemption,
      basis: EXEMPTION_BASIS[exemption],
    })),
    unconfirmed: CROSS_BORDER_UNCONFIRMED_SETTINGS.map((setting) => ({
      key: setting.key,
      value: values[setting.key] ?? (setting.defaultValue as number | boolean),
      reference: setting.reference,
      note: setting.note,
    })),
  };
}
