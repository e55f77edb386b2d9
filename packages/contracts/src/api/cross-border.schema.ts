import { z } from 'zod';
import { CROSS_BORDER_EXEMPTIONS, CROSS_BORDER_PATHS } from '@shuan/core';

/**
 * The cross-border self-check API (`/api/v1/cross-border/…`, docs/risk-assessment.md): run a
 * check, its recorded history, the catalog items that leave the country with their latest
 * basis, and the rules with what awaits confirmation.
 */

const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Persons = z.number().int().min(0).max(10_000_000_000);

export const CrossBorderPathSchema = z.enum(CROSS_BORDER_PATHS);
export const CrossBorderExemptionSchema = z.enum(CROSS_BORDER_EXEMPTIONS);

/** What leaves the country, as the officer enters it. */
export const CrossBorderFactsSchema = z.strictObject({
  operatorIsCiio: z.boolean(),
  personalInfoPersons: Persons,
  sensitivePersonalInfoPersons: Persons,
  importantData: z.boolean(),
  coreData: z.boolean(),
  exemptions: z.array(CrossBorderExemptionSchema).max(6).default([]),
});

/** Body of `POST /api/v1/cross-border/self-check`. */
export const CrossBorderSelfCheckRequestSchema = CrossBorderFactsSchema.extend({
  /** The catalog items that leave the country (a core one makes the transfer core data). */
  catalogItemIds: z.array(z.uuid()).max(200).default([]),
  note: z.string().max(2000).default(''),
});

/** A legal basis; `articleConfirmed` false: the article number awaits confirmation. */
export const CrossBorderBasisSchema = z.object({
  id: z.string(),
  article: Bilingual,
  rule: Bilingual,
  articleConfirmed: z.boolean(),
});

/** A recorded check: who, when, the inputs, the path and its basis. */
export const CrossBorderDecisionSchema = z.object({
  id: z.uuid(),
  path: CrossBorderPathSchema,
  pathName: Bilingual,
  basis: CrossBorderBasisSchema,
  /** Every rule that matched, strongest first; the first decides. */
  matched: z.array(
    z.object({ path: CrossBorderPathSchema, pathName: Bilingual, basis: CrossBorderBasisSchema }),
  ),
  appliedExemptions: z.array(z.string()),
  rejectedExemptions: z.array(z.object({ exemption: z.string(), reason: Bilingual })),
  /** The facts as entered. */
  facts: z.object({
    operatorIsCiio: z.boolean(),
    personalInfoPersons: z.number(),
    sensitivePersonalInfoPersons: z.number(),
    importantData: z.boolean(),
    coreData: z.boolean(),
    exemptions: z.array(z.string()),
  }),
  /** True when a linked core item set core data although the form did not. */
  coreFromCatalog: z.boolean(),
  /** The linked items as recorded (`core`: graded core in the catalog, may not leave). */
  items: z.array(
    z.object({ itemId: z.string(), table: z.string(), level: z.string(), core: z.boolean() }),
  ),
  /** Linked items graded important while the important-data flag was not set. */
  importantItemsUnflagged: z.array(z.string()),
  /** The setting core data was decided with; `confirmed` false: shown as 待确认. */
  coreDataOutboundForbidden: z.object({ value: z.boolean(), confirmed: z.boolean() }),
  note: z.string(),
  decidedBy: z.string(),
  decidedAt: z.iso.datetime(),
});

/** Query of `GET /api/v1/cross-border/decisions`. */
export const ListCrossBorderDecisionsQuerySchema = z.strictObject({
  catalogItemId: z.uuid().optional(),
});

/** `GET /api/v1/cross-border/decisions`: the history, newest first. */
export const CrossBorderDecisionListSchema = z.object({
  items: z.array(CrossBorderDecisionSchema),
});

/** `GET /api/v1/cross-border/items`: flagged or checked items with their latest check. */
export const CrossBorderItemListSchema = z.object({
  items: z.array(
    z.object({
      itemId: z.string(),
      table: z.string(),
      level: z.string(),
      crossBorder: z.boolean(),
      /** Graded core: may not leave the country (per the setting). */
      prohibited: z.boolean(),
      latest: z
        .object({
          decisionId: z.string(),
          path: CrossBorderPathSchema,
          pathName: Bilingual,
          basisId: z.string(),
          decidedAt: z.iso.datetime(),
        })
        .nullable(),
    }),
  ),
});

/** `GET /api/v1/cross-border/rules`: thresholds, paths, exemptions and unconfirmed settings. */
export const CrossBorderRulesSchema = z.object({
  thresholds: z.object({
    securityAssessmentPersonalInfoPersons: z.number(),
    securityAssessmentSensitivePersons: z.number(),
    standardContractPersonalInfoPersons: z.number(),
  }),
  paths: z.array(z.object({ path: CrossBorderPathSchema, name: Bilingual })),
  exemptions: z.array(
    z.object({ exemption: CrossBorderExemptionSchema, basis: CrossBorderBasisSchema }),
  ),
  unconfirmed: z.array(
    z.object({
      key: z.string(),
      value: z.union([z.number(), z.boolean()]),
      reference: z.string(),
      note: Bilingual,
    }),
  ),
});
