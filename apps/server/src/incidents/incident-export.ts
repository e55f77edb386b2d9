import ExcelJS from 'exceljs';
import { INCIDENT_LEVEL_NAMES, isIncidentLevel, type IncidentFacts } from '@shuan/core';
import type { IncidentReportRow, IncidentRow, IncidentUpdateRow } from '@shuan/db';
import { presentIncident } from './incident.presenter.ts';
import { reportedIncident } from './send-reports.ts';

const KIND_NAMES: Record<string, string> = {
  initial: '初报 / initial',
  'follow-up': '续报 / follow-up',
  summary: '总结报告 / summary',
};

const levelName = (level: string): string =>
  isIncidentLevel(level)
    ? `${INCIDENT_LEVEL_NAMES[level].zh} / ${INCIDENT_LEVEL_NAMES[level].en}`
    : level;

/**
 * The incident as structured data: the record as a report would carry it now, its grade
 * and reporting plan, and every report sent (exactly the payloads that went up).
 */
export function incidentJson(
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  reports: IncidentReportRow[],
  now: Date,
) {
  const listed = presentIncident(row, now);
  return {
    exportedAt: now.toISOString(),
    incidentId: row.id,
    incident: reportedIncident(row, updates),
    decidedBy: listed.decidedBy,
    plan: listed.plan,
    reports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      sentAt: report.sentAt.toISOString(),
      receiver: report.receiver,
      payload: report.payload,
    })),
  };
}

/**
 * The report's fields as label/value rows (the CAC 2025 minimum: unit and system, discovery
 * time, type, level, impact, measures; then the summary's contents once sent), shared by
 * the Excel and PDF exports.
 */
export function reportRows(
  orgName: string,
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  reports: IncidentReportRow[],
  now: Date,
): [string, string | number][] {
  const data = incidentJson(row, updates, reports, now);
  const facts = row.facts as unknown as IncidentFacts;
  const summary = reports.find((report) => report.kind === 'summary')?.payload as
    { summary?: Record<string, string> | null } | undefined;
  const rows: [string, string | number][] = [
    ['单位 / Unit', orgName],
    ['事件名称 / Title', row.title],
    ['事件描述 / Description', row.description],
    ['发现时间 / Discovered at', row.discoveredAt.toISOString()],
    ['发生时间 / Occurred at', row.occurredAt?.toISOString() ?? ''],
    ['涉及系统 / Systems', row.systems.join('、')],
    [
      '涉及目录项 / Catalog items',
      row.catalogItems.map((i) => `${i.table}（${i.level}）`).join('、'),
    ],
    ['数据量 / Data volume', row.dataVolume],
    ['涉及个人信息人数 / PI persons', facts.personalInfoPersons],
    ['涉及敏感个人信息人数 / Sensitive PI persons', facts.sensitivePersonalInfoPersons],
    ['直接经济损失（元） / Economic loss (yuan)', facts.economicLossYuan],
    ['中断时长（小时） / Outage hours', facts.outageHours],
    ['计算级别 / Computed level', levelName(row.computedLevel)],
    ['事件级别 / Level', levelName(row.level)],
    ['定级依据 / Deciding criterion', `${data.decidedBy.id} ${data.decidedBy.description.zh}`],
    ['调级理由 / Raise reason', row.officerReason ?? ''],
    ['已采取措施 / Measures taken', row.measures],
    ['状态 / Status', row.status === 'open' ? '处置中 / open' : '已结束 / closed'],
    ['结束时间 / Closed at', row.closedAt?.toISOString() ?? ''],
    [
      '下一份报告 / Next report',
      data.plan.next === null
        ? ''
        : `${KIND_NAMES[data.plan.next.kind] ?? ''} ${data.plan.next.dueAt}`,
    ],
  ];
  for (const [key, text] of Object.entries(summary?.summary ?? {})) {
    rows.push([`总结：${key} / summary: ${key}`, text]);
  }
  return rows;
}

/** Kind of a report, for people. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/**
 * The incident report as an Excel workbook: sheet 1 the report's fields ({@link reportRows}),
 * sheet 2 the timeline, sheet 3 the reports sent.
 */
export async function incidentWorkbook(
  orgName: string,
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  reports: IncidentReportRow[],
  now: Date,
): Promise<Buffer> {
  const rows = reportRows(orgName, row, updates, reports, now);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Shu'an 数安";
  const sheet = workbook.addWorksheet('事件报告');
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 80;
  sheet.mergeCells(1, 1, 1, 2);
  sheet.getCell(1, 1).value = `数据安全事件报告 / Data security incident report（${orgName}）`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  for (const [label, value] of rows) sheet.addRow([label, value]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const timeline = workbook.addWorksheet('时间线');
  timeline.columns = [
    { header: '时间 / At', width: 28 },
    { header: '记录人 / Author', width: 16 },
    { header: '内容 / Note', width: 80 },
  ];
  for (const update of updates)
    timeline.addRow([update.at.toISOString(), update.author, update.note]);

  const sent = workbook.addWorksheet('报送记录');
  sent.columns = [
    { header: '类型 / Kind', width: 22 },
    { header: '报送时间 / Sent at', width: 28 },
    { header: '接收节点 / Receiver', width: 28 },
    { header: '报送人 / Sent by', width: 16 },
  ];
  for (const report of reports) {
    sent.addRow([
      KIND_NAMES[report.kind] ?? report.kind,
      report.sentAt.toISOString(),
      report.receiver,
      report.sentBy,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
