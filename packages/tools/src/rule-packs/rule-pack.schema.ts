import { CATEGORY_CODES, LABEL_CODES, LEVELS } from '@shuan/core/taxonomy';
import { z } from 'zod';

/** A text for people: Simplified Chinese first, English second. */
export const BilingualTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualTextSchema>;

const RuleIdSchema = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/,
    'rule ids look like GEN-CAT-HR or STEEL-LVL-BF-INTERLOCK',
  );

/**
 * Words to look for. An ASCII keyword matches a whole word of an identifier or comment
 * (`hr` matches `hr_employee` and `HrEmployee`, not `three`); `a_b` matches the words `a b`
 * in a row. A keyword with Chinese characters matches anywhere in the text.
 */
const KeywordsSchema = z.array(z.string().min(1)).default([]);

/** Labels that must all be present on the table's columns for the rule to count. */
const LabelSetSchema = z.object({
  allOf: z.array(z.enum(LABEL_CODES)).min(1),
  weight: z.number().int().min(1).max(10).default(2),
});

/**
 * A category rule: evidence that a table belongs to `category`. A table scores the rule's
 * weights for each place a keyword appears — its name (3), its comment (3), each column name
 * or comment (1, at most 3) — plus `labels.weight` when every label of `labels.allOf` is on
 * some column. The best-scoring category wins when it reaches the pack's `minCategoryScore`.
 */
export const CategoryRuleSchema = z.object({
  id: RuleIdSchema,
  category: z.enum(CATEGORY_CODES),
  tableKeywords: KeywordsSchema,
  columnKeywords: KeywordsSchema,
  labels: LabelSetSchema.optional(),
  note: z.string().optional(),
});
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;

/**
 * A level rule: when every condition given holds, the level is at least `level`. With
 * `scope: "table"` every column of the table takes the level; with `scope: "column"` only the
 * columns that meet the column conditions (`labelsAny`, `columnKeywords`) do. The table's
 * level is always the highest level of its columns (GB/T 43697: a data set takes the
 * highest level of its items).
 */
export const LevelRuleSchema = z
  .object({
    id: RuleIdSchema,
    level: z.enum(LEVELS).exclude(['general']),
    scope: z.enum(['table', 'column']),
    /** The table's category is one of these. */
    categories: z.array(z.enum(CATEGORY_CODES)).optional(),
    /** A keyword appears in the table's name or comment. */
    tableKeywords: z.array(z.string().min(1)).optional(),
    /** A keyword appears in a column's name or comment (that column, for column scope). */
    columnKeywords: z.array(z.string().min(1)).optional(),
    /** The column (column scope) or some column (table scope) carries one of these labels. */
    labelsAny: z.array(z.enum(LABEL_CODES)).optional(),
    /** The table holds at least this many rows (by the source's statistics). */
    minRows: z.number().int().positive().optional(),
    reason: BilingualTextSchema,
    /** The regulation or standard the rule rests on, e.g. "Measures Art. 10(3)". */
    basis: z.string().min(1),
  })
  .refine(
    (rule) =>
      rule.categories !== undefined ||
      rule.tableKeywords !== undefined ||
      rule.columnKeywords !== undefined ||
      rule.labelsAny !== undefined ||
      rule.minRows !== undefined,
    { message: 'a level rule needs at least one condition' },
  );
export type LevelRule = z.infer<typeof LevelRuleSchema>;

/**
 * A rule pack: a versioned data file of category and level rules. The general pack stands
 * alone; an industry pack `extends` it ("1+N"): its category rules are tried first, its
 * level rules are added, and `disables` switches off rules of the general pack by id.
 */
export const RulePackSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'pack ids are lower-case words joined by -'),
    version: z.string().regex(/^\d{4}\.\d+$/, 'versions look like 2026.1'),
    name: BilingualTextSchema,
    description: BilingualTextSchema,
    industry: z.string().optional(),
    extends: z.string().optional(),
    basis: z.array(z.string()).default([]),
    minCategoryScore: z.number().int().min(1).default(2),
    categoryRules: z.array(CategoryRuleSchema).default([]),
    levelRules: z.array(LevelRuleSchema).default([]),
    disables: z.array(RuleIdSchema).default([]),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    for (const rule of [...pack.categoryRules, ...pack.levelRules]) {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate rule id ${rule.id}` });
      }
      seen.add(rule.id);
    }
  });
export type RulePack = z.infer<typeof RulePackSchema>;
