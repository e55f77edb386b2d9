/**
 * What an enterprise must report about an incident, and by when (reference §0 item 8, §1
 * Art. 28, §3):
 * - an initial report to the province for 较大 and above ("立即") and for any incident that
 *   involves important or core data ("第一时间", Measures Art. 28), counted from discovery;
 * - follow-up reports while the incident is open;
 * - a summary report for 重大 and above within the set days of closure;
 * - the province forwards 重大 and above to the ministry (IR Plan: the ministry commands
 *   them), and any incident involving important or core data (Measures Art. 28).
 * Hour limits run on the clock (nights and weekends count); the summary period is in
 * calendar days and, like every period under the Civil Code (Art. 203), ends on the next
 * working day when its last day is a rest day.
 */
import type { WorkCalendar } from '../federation/index.ts';
import { addCalendarDays, endOfChinaDay } from './china-days.ts';
import { nextWorkingDayFrom, toDay } from '../federation/index.ts';
import type { Level } from '../taxonomy/index.ts';
import { incidentLevelAtLeast, type IncidentLevel } from './incident-levels.ts';
import { resolveIncidentSettings, type IncidentSettings } from './incident-settings.ts';

const HOUR_MS = 60 * 60 * 1000;

/** Why a report is due or goes to the ministry. Ids are stable. */
export interface ReportingReason {
  id:
    | 'LEVEL_RELATIVELY_MAJOR_OR_ABOVE'
    | 'LEVEL_MAJOR_OR_ABOVE'
    | 'IMPORTANT_OR_CORE_DATA'
    | 'CII_INVOLVED';
  text: { zh: string; en: string };
  source: string;
}

/** The incident as the reporting rules see it. */
export interface IncidentReportingInput {
  /** The effective level (after any raise by the officer). */
  level: IncidentLevel;
  discoveredAt: Date;
  /** The highest data level involved. */
  dataLevel: Level | 'none';
  /** Critical information infrastructure is involved (shorter CAC limit). */
  ciiInvolved?: boolean;
  /** When the last initial or follow-up report was sent, if any. */
  lastReportAt?: Date;
  /** When handling ended, if it has. */
  closedAt?: Date;
}

/** The reports due and the ministry routing. All times are instants; days are China days. */
export interface IncidentReportingPlan {
  initialReport: { required: boolean; dueAt?: Date; reasons: ReportingReason[] };
  followUp: { required: boolean; nextDueAt?: Date };
  summaryReport: { required: boolean; dueBy?: string; dueAt?: Date };
  ministry: { forwarded: boolean; reasons: ReportingReason[] };
}

const REASONS: Record<ReportingReason['id'], ReportingReason> = {
  LEVEL_RELATIVELY_MAJOR_OR_ABOVE: {
    id: 'LEVEL_RELATIVELY_MAJOR_OR_ABOVE',
    text: { zh: '较大及以上事件须立即报告', en: 'incidents of 较大 or above are reported at once' },
    source: '《工业和信息化领域数据安全事件应急预案（试行）》',
  },
  LEVEL_MAJOR_OR_ABOVE: {
    id: 'LEVEL_MAJOR_OR_ABOVE',
    text: { zh: '重大及以上事件报工业和信息化部', en: 'incidents of 重大 or above go to MIIT' },
    source: '《工业和信息化领域数据安全事件应急预案（试行）》',
  },
  IMPORTANT_OR_CORE_DATA: {
    id: 'IMPORTANT_OR_CORE_DATA',
    text: {
      zh: '涉及重要数据或核心数据的事件须第一时间报告',
      en: 'incidents involving important or core data are reported at the first moment',
    },
    source: '《工业和信息化领域数据安全管理办法（试行）》第二十八条',
  },
  CII_INVOLVED: {
    id: 'CII_INVOLVED',
    text: {
      zh: '涉及关键信息基础设施，时限缩短',
      en: 'critical information infrastructure is involved: shorter limit',
    },
    source: '《国家网络安全事件报告管理办法》',
  },
};

function initialHours(level: IncidentLevel, s: IncidentSettings): number | undefined {
  switch (level) {
    case 'especially-major':
      return s.initialReportHoursEspeciallyMajor;
    case 'major':
      return s.initialReportHoursMajor;
    case 'relatively-major':
      return s.initialReportHoursRelativelyMajor;
    case 'general':
      return undefined;
  }
}

/**
 * The reporting plan of an incident. Pass the holiday calendar of the years involved for the
 * summary deadline; without it only weekends count as rest days.
 *
 * @example
 * incidentReportingPlan({ level: 'major', discoveredAt, dataLevel: 'none' }).initialReport.dueAt
 * // discoveredAt + 4 h
 */
export function incidentReportingPlan(
  input: IncidentReportingInput,
  calendar: WorkCalendar = {},
  settings: Partial<IncidentSettings> = {},
): IncidentReportingPlan {
  const s = resolveIncidentSettings(settings);
  const importantData = input.dataLevel === 'important' || input.dataLevel === 'core';
  const reasons: ReportingReason[] = [];
  const limits: number[] = [];
  const levelHours = initialHours(input.level, s);
  if (levelHours !== undefined) {
    reasons.push(REASONS.LEVEL_RELATIVELY_MAJOR_OR_ABOVE);
    limits.push(levelHours);
  }
  if (importantData) {
    reasons.push(REASONS.IMPORTANT_OR_CORE_DATA);
    limits.push(s.initialReportHoursImportantData);
  }
  const required = reasons.length > 0;
  if (required && input.ciiInvolved === true) {
    reasons.push(REASONS.CII_INVOLVED);
    limits.push(s.initialReportHoursCii);
  }
  const plan: IncidentReportingPlan = {
    initialReport: { required, reasons },
    followUp: { required: required && input.closedAt === undefined },
    summaryReport: { required: incidentLevelAtLeast(input.level, 'major') },
    ministry: { forwarded: false, reasons: [] },
  };
  if (required) {
    plan.initialReport.dueAt = new Date(
      input.discoveredAt.getTime() + Math.min(...limits) * HOUR_MS,
    );
  }
  if (plan.followUp.required && input.lastReportAt !== undefined) {
    plan.followUp.nextDueAt = new Date(
      input.lastReportAt.getTime() + s.followUpIntervalHours * HOUR_MS,
    );
  }
  if (plan.summaryReport.required && input.closedAt !== undefined) {
    const lastDay = addCalendarDays(toDay(input.closedAt), s.summaryReportDays);
    const dueBy = nextWorkingDayFrom(lastDay, calendar);
    plan.summaryReport.dueBy = dueBy;
    plan.summaryReport.dueAt = endOfChinaDay(dueBy);
  }
  if (incidentLevelAtLeast(input.level, 'major'))
    plan.ministry.reasons.push(REASONS.LEVEL_MAJOR_OR_ABOVE);
  if (importantData) plan.ministry.reasons.push(REASONS.IMPORTANT_OR_CORE_DATA);
  plan.ministry.forwarded = plan.ministry.reasons.length > 0;
  return plan;
}
