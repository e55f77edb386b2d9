/**
 * What the catalog says about the items a self-check covers. Core data is a fact of the
 * catalog, not a tick box: a linked core item makes the transfer one of core data, which may
 * not leave (or needs an assessment, per the setting), whatever the form said. Important data
 * is different: for export it counts only once the authorities have notified or published it
 * (Provisions Art. 2), so an item the enterprise itself graded important is pointed out, and
 * the officer's flag stands.
 */
import type { CrossBorderFacts } from './decide-cross-border-path.ts';

/** A linked catalog item, as the check needs it. */
export interface LinkedItemLevel {
  itemId: string;
  level: string;
}

/** The facts after the catalog's levels, with what the catalog changed or points out. */
export interface CatalogAdjustedFacts {
  facts: CrossBorderFacts;
  /** Linked items graded core: they set `coreData`. */
  coreItemIds: string[];
  /** Linked items graded important while the form's `importantData` is false. */
  importantItemIdsUnflagged: string[];
}

/**
 * Applies the linked items' catalog levels to the facts.
 *
 * @example
 * applyCatalogLevels({ ...facts, coreData: false }, [{ itemId: 'a', level: 'core' }]).facts.coreData;
 * // true
 */
export function applyCatalogLevels(
  facts: CrossBorderFacts,
  items: readonly LinkedItemLevel[],
): CatalogAdjustedFacts {
  const coreItemIds = items.filter((item) => item.level === 'core').map((item) => item.itemId);
  const importantItemIdsUnflagged = facts.importantData
    ? []
    : items.filter((item) => item.level === 'important').map((item) => item.itemId);
  return {
    facts: { ...facts, coreData: facts.coreData || coreItemIds.length > 0 },
    coreItemIds,
    importantItemIdsUnflagged,
  };
}
