/**
 * The officer's say over the level: the criteria give a floor, the officer may raise the level
 * (the IR Plan's "other major harm" criteria are judgements only a person can make) but never
 * lower it below what the facts give. A lower request comes back as an error, never silently
 * applied.
 */
import { compareIncidentLevels, isIncidentLevel, type IncidentLevel } from './incident-levels.ts';
import { INCIDENT_ERROR_MESSAGES, type IncidentErrorCode } from './errors.ts';

/** The effective level, or the reason the request was refused. */
export type OfficerLevelResult =
  | { ok: true; level: IncidentLevel; raised: boolean }
  | { ok: false; code: IncidentErrorCode; message: string };

/**
 * `requested` when it is at or above `computed`; else `INCIDENT_LEVEL_LOWERING_FORBIDDEN`.
 * An unknown `requested` value (from a form) gives `INCIDENT_LEVEL_UNKNOWN`.
 *
 * @example applyOfficerLevel('major', 'relatively-major').ok // false
 */
export function applyOfficerLevel(computed: IncidentLevel, requested: unknown): OfficerLevelResult {
  if (!isIncidentLevel(requested)) {
    return {
      ok: false,
      code: 'INCIDENT_LEVEL_UNKNOWN',
      message: INCIDENT_ERROR_MESSAGES.INCIDENT_LEVEL_UNKNOWN,
    };
  }
  const difference = compareIncidentLevels(requested, computed);
  if (difference < 0) {
    return {
      ok: false,
      code: 'INCIDENT_LEVEL_LOWERING_FORBIDDEN',
      message: INCIDENT_ERROR_MESSAGES.INCIDENT_LEVEL_LOWERING_FORBIDDEN,
    };
  }
  return { ok: true, level: requested, raised: difference > 0 };
}
