import {
  CATEGORY_NAMES,
  IMPACT_NAMES,
  LIKELIHOOD_NAMES,
  RISK_BAND_NAMES,
  RISK_BANDS,
  isCategoryCode,
  riskDistribution,
  type RiskBand,
} from '@shuan/core';
import type { AssessmentFacts, ScopeEntry } from './prefill-facts.ts';
import { checklistOf } from './assessment-service.ts';
import { datesOf, type AssessmentBundle } from './assessment.presenter.ts';

/**
 * The report's contents, in the order of the RA Rules' report contents (reference §2 and §9,
 * the checklist's `reportSections`), as text and tables that the PDF and the Excel writer
 * both lay out. Chinese only: the report goes to a Chinese regulator.
 */
export interface ReportTable {
  columns: string[];
  /** Relative widths of the columns. */
  widths: number[];
  rows: string[][];
}

/** One section of the report. */
export interface ReportSection {
  id: string;
  title: string;
  paragraphs: string[];
  tables: ReportTable[];
}

/** The whole report. */
export interface ReportContent {
  title: string;
  subtitle: string;
  sections: ReportSection[];
  /** Findings per band, for the chart in the risk analysis section. */
  distribution: Record<RiskBand, number>;
  bandNames: Record<RiskBand, string>;
}

/** Who the report speaks for (the filing identity when there is one). */
export interface ReportProcessor {
  name: string;
  uscc: string | null;
  region: string | null;
  industry: string | null;
}

const ANSWER_NAMES: Record<string, string> = {
  pending: '待评估',
  compliant: '符合',
  partial: '部分符合',
  'non-compliant': '不符合',
  'not-applicable': '不适用',
};
const RISK_STATUS_NAMES: Record<string, string> = {
  open: '未整改',
  'in-progress': '整改中',
  done: '已整改',
  accepted: '已接受',
};
const LEVEL_NAMES: Record<string, string> = { important: '重要数据', core: '核心数据' };
const categoryName = (code: string | null): string =>
  code === null ? '未分类' : isCategoryCode(code) ? CATEGORY_NAMES[code].zh : code;
const num = (n: number): string => n.toLocaleString('zh-CN');

/** Builds the report of an assessment as of `now`. */
export function buildReportContent(
  bundle: AssessmentBundle,
  processor: ReportProcessor,
  now: Date,
): ReportContent {
  const { row } = bundle;
  const checklist = checklistOf(row);
  const facts = row.facts as unknown as AssessmentFacts;
  const scope = row.scope as ScopeEntry[];
  const dates = datesOf(row, now);
  const titleOf = (id: string): string =>
    checklist.reportSections.find((section) => section.id === id)?.title.zh ?? id;
  const distribution = riskDistribution(bundle.findings);
  const answers = new Map(bundle.answers.map((answer) => [answer.itemId, answer]));

  const sections: ReportSection[] = [
    {
      id: 'processor',
      title: titleOf('processor'),
      paragraphs: [],
      tables: [
        {
          columns: ['项目', '内容'],
          widths: [1, 3],
          rows: [
            ['数据处理者名称', processor.name],
            ['统一社会信用代码', processor.uscc ?? '未登记'],
            ['行政区划', processor.region ?? '未登记'],
            ['所属行业', processor.industry ?? '未登记'],
            ['评估年度', String(row.year)],
            ['评估依据', `${checklist.source.document.zh}（${checklist.source.number}）`],
          ],
        },
      ],
    },
    {
      id: 'team',
      title: titleOf('team'),
      paragraphs: row.team.length === 0 ? ['未登记评估团队成员。'] : [],
      tables: [
        {
          columns: ['姓名', '角色', '单位'],
          widths: [1, 1.5, 2],
          rows: row.team.map((member) => [member.name, member.role, member.organization]),
        },
      ],
    },
    {
      id: 'important-data',
      title: titleOf('important-data'),
      paragraphs: [
        `评估范围包括重要数据 ${num(facts.totals.important)} 项、核心数据 ${num(facts.totals.core)} 项，合计约 ${num(facts.totals.rows)} 条记录（来源：数据目录，${facts.asOf.slice(0, 10)}）。`,
      ],
      tables: [
        {
          columns: ['数据类别', '级别', '条目数', '记录数'],
          widths: [2, 1, 1, 1.2],
          rows: facts.byType.map((group) => [
            categoryName(group.category),
            LEVEL_NAMES[group.level] ?? group.level,
            num(group.items),
            num(group.rows),
          ]),
        },
      ],
    },
    {
      id: 'activities',
      title: titleOf('activities'),
      paragraphs: [],
      tables: [
        {
          columns: ['数据源', '数据表', '级别', '个人信息', '出境', '安全保护措施'],
          widths: [1.2, 2, 0.9, 0.9, 0.6, 2],
          rows: scope.map((item) => [
            item.sourceName,
            item.table,
            LEVEL_NAMES[item.level] ?? item.level,
            item.sensitivePi ? '敏感个人信息' : item.pi ? '个人信息' : '无',
            item.crossBorder ? '是' : '否',
            item.protection === '' ? '（未登记）' : item.protection,
          ]),
        },
      ],
    },
    {
      id: 'environment',
      title: titleOf('environment'),
      paragraphs: [
        `评估清单：${checklist.title.zh}（${checklist.id} ${checklist.version}）。评估范围于 ${row.scopeRefreshedAt.toISOString().slice(0, 10)} 自数据目录自动提取。`,
        facts.sourcesNeverScanned.length === 0
          ? '全部已登记数据源均已完成至少一次识别扫描。'
          : `从未完成扫描的数据源 ${String(facts.sourcesNeverScanned.length)} 个：${facts.sourcesNeverScanned.map((s) => s.name).join('、')}。`,
        facts.logRetention.shortOfSixMonths
          ? `审计日志最早记录为 ${facts.logRetention.oldestEntryAt?.slice(0, 10) ?? '无'}，留存不足 6 个月（现为 ${String(facts.logRetention.months)} 个月）。`
          : `审计日志留存 ${String(facts.logRetention.months)} 个月，满足不少于 6 个月的要求。`,
      ],
      tables: [],
    },
    {
      id: 'activity-analysis',
      title: titleOf('activity-analysis'),
      paragraphs: [
        `未登记加密或访问控制措施的重要/核心数据 ${String(facts.unprotectedItems.length)} 项。`,
        `标记为出境但未记录出境路径及法律依据的数据 ${String(facts.crossBorderWithoutBasis.length)} 项。`,
        facts.overdueFilings === null
          ? '目录备案：本节点无备案记录表。'
          : `逾期未办的目录备案 ${String(facts.overdueFilings.length)} 件。`,
      ],
      tables: [
        {
          columns: ['问题', '数据表', '级别'],
          widths: [2, 2, 1],
          rows: [
            ...facts.unprotectedItems.map((item) => [
              '未登记加密或访问控制',
              item.table,
              LEVEL_NAMES[item.level] ?? item.level,
            ]),
            ...facts.crossBorderWithoutBasis.map((item) => [
              '出境未记录法律依据',
              item.table,
              LEVEL_NAMES[item.level] ?? item.level,
            ]),
          ],
        },
      ],
    },
    {
      id: 'compliance',
      title: titleOf('compliance'),
      paragraphs: [],
      tables: [
        {
          columns: ['评估项', '结果', '说明'],
          widths: [2.5, 0.8, 2.5],
          rows: checklist.items.map((item) => {
            const answer = answers.get(item.id);
            return [
              `${item.title.zh}（${item.reference.article}）`,
              ANSWER_NAMES[answer?.status ?? 'pending'] ?? '',
              answer?.notes ?? '',
            ];
          }),
        },
      ],
    },
    {
      id: 'risk-analysis',
      title: titleOf('risk-analysis'),
      paragraphs: [
        `共识别风险 ${String(bundle.findings.length)} 项：${RISK_BANDS.map((band) => `${RISK_BAND_NAMES[band].zh}风险 ${String(distribution[band])} 项`).join('，')}。风险值 = 可能性 × 影响程度（5 × 5 矩阵）。`,
      ],
      tables: [
        {
          columns: ['风险', '可能性', '影响程度', '风险值', '等级'],
          widths: [3, 0.9, 1, 0.8, 0.8],
          rows: bundle.findings.map((finding) => [
            finding.description === '' ? finding.title : `${finding.title}：${finding.description}`,
            `${String(finding.likelihood)} ${LIKELIHOOD_NAMES[finding.likelihood as 1].zh}`,
            `${String(finding.impact)} ${IMPACT_NAMES[finding.impact as 1].zh}`,
            String(finding.score),
            RISK_BAND_NAMES[finding.band].zh,
          ]),
        },
        {
          columns: ['整改事项', '责任人', '整改期限', '状态'],
          widths: [3, 1, 1, 0.8],
          rows: bundle.risks.map((risk) => [
            risk.measures === '' ? risk.title : `${risk.title}：${risk.measures}`,
            risk.owner,
            risk.remediationDue,
            RISK_STATUS_NAMES[risk.status] ?? risk.status,
          ]),
        },
      ],
    },
    {
      id: 'conclusion',
      title: titleOf('conclusion'),
      paragraphs: [
        `评估结论：${row.conclusion === '' ? '（尚未填写）' : row.conclusion}`,
        `应对措施：${row.measures === '' ? '（尚未填写）' : row.measures}`,
        dates === null
          ? '评估尚未完成。'
          : `评估完成日期：${row.completedOn ?? ''}；应于 ${dates.filingDueBy} 前（10 个工作日内）报送省级工业和信息化主管部门；评估结果有效期至 ${dates.validUntil}。`,
      ],
      tables: [],
    },
  ];

  return {
    title: row.title,
    subtitle: `${processor.name} · ${checklist.title.zh}`,
    sections,
    distribution,
    bandNames: Object.fromEntries(
      RISK_BANDS.map((band) => [band, RISK_BAND_NAMES[band].zh]),
    ) as Record<RiskBand, string>,
  };
}
