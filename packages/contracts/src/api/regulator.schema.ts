import { z } from 'zod';

/**
 * Regulator views (issue #5 §4; docs/regulator-views.md): `GET /api/v1/regulator/overview`,
 * `/regulator/map`, `/regulator/targets`, answered from the rollups of migration 0014.
 */

export const RegulatorOverviewQuerySchema = z.object({
  /** How many months back (this month included) the series and breakdowns cover. */
  months: z.coerce.number().int().min(1).max(60).default(12),
});

/** One value of a breakdown: its code, names when known, and the count. */
const KeyCountSchema = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  count: z.number().int(),
});

const ReportFiguresSchema = z.object({
  total: z.number().int(),
  /** Incidents whose summary report has not arrived (always 0 for risks). */
  open: z.number().int(),
  byLevel: z.array(KeyCountSchema),
  byType: z.array(KeyCountSchema),
  byIndustry: z.array(KeyCountSchema),
  /** City (province node) or province (ministry node). */
  byRegion: z.array(KeyCountSchema),
  /** `YYYY-MM` of every month in the window, oldest first, with zeros. */
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
});

export const ASSESSMENT_CONCLUSIONS = ['none', 'low', 'medium', 'high', 'critical'] as const;

const WarningFiguresSchema = z.object({
  warningId: z.string(),
  title: z.string(),
  level: z.string(),
  issuedAt: z.string(),
  recipients: z.number().int(),
  delivered: z.number().int(),
  acknowledged: z.number().int(),
  answered: z.number().int(),
  ackRate: z.number().nullable(),
});

export const RegulatorOverviewSchema = z.object({
  generatedAt: z.string(),
  role: z.enum(['province', 'ministry']),
  months: z.array(z.string()),
  assessments: z.object({
    total: z.number().int(),
    /** By the highest risk band each report found (`none` when it found none). */
    byConclusion: z.record(z.enum(ASSESSMENT_CONCLUSIONS), z.number().int()),
    byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  }),
  incidents: ReportFiguresSchema,
  risks: ReportFiguresSchema,
  deadlines: z.object({
    /** Incidents still owing reports (no summary received yet), by grade. */
    incidentsAwaitingReports: z.number().int(),
    incidentsAwaitingByLevel: z.array(KeyCountSchema),
    /** Filings waiting for a review decision (province: received here; ministry: rollups). */
    filingsAwaitingReview: z.number().int(),
    /** Ministry: reviews past the 20-working-day period as the provinces reported; else null. */
    filingsOverdue: z.number().int().nullable(),
  }),
  warnings: z.object({
    total: z.number().int(),
    recipients: z.number().int(),
    acknowledged: z.number().int(),
    answered: z.number().int(),
    ackRate: z.number().nullable(),
    latest: z.array(WarningFiguresSchema),
  }),
});

export const MAP_FIGURES = ['incidents', 'filings', 'assessments', 'ackRate'] as const;

export const RegulatorMapQuerySchema = z.object({
  figure: z.enum(MAP_FIGURES).default('incidents'),
});

export const RegulatorMapSchema = z.object({
  figure: z.enum(MAP_FIGURES),
  generatedAt: z.string(),
  /** All 31 provinces (GB/T 2260 `xx0000`), value null when nothing was reported. */
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      value: z.number().nullable(),
    }),
  ),
  max: z.number(),
});

export const RegulatorTargetsSchema = z.object({
  version: z.string(),
  source: z.string(),
  generatedAt: z.string(),
  targets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      target: z.number(),
      unit: z.string(),
      comparison: z.enum(['>', '>=']),
      confirmed: z.boolean(),
      note: z.string(),
      /** Null when no node reports the figure yet (not measurable on the platform). */
      progress: z.number().nullable(),
      progressSource: z.string().nullable(),
      ratio: z.number().nullable(),
    }),
  ),
});
