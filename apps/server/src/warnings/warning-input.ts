import {
  deadlineProblem,
  NODE_ID_PATTERN,
  validateIndicators,
  type WarningAudience,
  type WarningIndicator,
} from '@shuan/core';
import type { IssueWarningRequestSchema } from '@shuan/contracts';
import { isUscc, normalizeIndustryCode, regionPrefix } from '@shuan/tools';
import type { z } from 'zod';
import { AppError } from '../http/app-error.ts';

type AudienceInput = z.infer<typeof IssueWarningRequestSchema>['audience'];

const audienceError = (message: string): AppError =>
  new AppError('WARNING_AUDIENCE_INVALID', message);

/**
 * Checks an audience against the reference tables and normalises it: industries to GB/T
 * 4754 divisions (`C36` → `36`), regions to their GB/T 2260 prefixes (`320000` → `32`),
 * credit codes upper-cased with their check character verified, node ids by pattern.
 * Duplicates are dropped; an empty named list is refused.
 */
export function normalizeAudience(input: AudienceInput): WarningAudience {
  switch (input.kind) {
    case 'all':
    case 'key':
      return { kind: input.kind };
    case 'industry': {
      const industries = input.industries.map((code) => {
        const division = normalizeIndustryCode(code);
        if (division === undefined)
          throw audienceError(
            `未知的国民经济行业门类/大类「${code}」(GB/T 4754-2017) / unknown industry division ${code}`,
          );
        return division;
      });
      return { kind: 'industry', industries: [...new Set(industries)] };
    }
    case 'region': {
      const regions = input.regions.map((code) => {
        const prefix = regionPrefix(code);
        if (prefix === undefined)
          throw audienceError(`未知的行政区划代码「${code}」(GB/T 2260) / unknown region ${code}`);
        return prefix;
      });
      return { kind: 'region', regions: [...new Set(regions)] };
    }
    case 'named': {
      const usccs = input.usccs.map((code) => code.trim().toUpperCase());
      const bad = usccs.find((code) => !isUscc(code));
      if (bad !== undefined)
        throw audienceError(
          `统一社会信用代码「${bad}」无效 / invalid unified social credit code ${bad}`,
        );
      const badNode = input.nodeIds.find((id) => !NODE_ID_PATTERN.test(id));
      if (badNode !== undefined)
        throw audienceError(`节点标识「${badNode}」无效 / invalid node id ${badNode}`);
      if (usccs.length + input.nodeIds.length === 0)
        throw audienceError('请指定至少一家企业 / name at least one enterprise');
      return { kind: 'named', usccs: [...new Set(usccs)], nodeIds: [...new Set(input.nodeIds)] };
    }
  }
}

/** Indicators checked and normalised by core, or WARNING_INDICATOR_INVALID with every problem. */
export function checkIndicators(indicators: readonly WarningIndicator[]): WarningIndicator[] {
  const checked = validateIndicators(indicators);
  if (!checked.ok) {
    throw new AppError(
      'WARNING_INDICATOR_INVALID',
      `预警指标有误 / invalid indicators: ${checked.problems.map((p) => p.message).join('；')}`,
    );
  }
  return checked.value;
}

/** The two deadlines, or WARNING_DEADLINE_INVALID. */
export function checkDeadlines(
  ackBy: string,
  feedbackBy: string,
  now: Date,
): { ackBy: Date; feedbackBy: Date } {
  const deadlines = { ackBy: new Date(ackBy), feedbackBy: new Date(feedbackBy) };
  const problem = deadlineProblem(deadlines, now);
  if (problem !== null) throw new AppError('WARNING_DEADLINE_INVALID', problem);
  return deadlines;
}
