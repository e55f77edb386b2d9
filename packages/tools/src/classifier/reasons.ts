import type { CategoryCode, ColumnLabel, Level } from '@shuan/core';
import { CATEGORY_NAMES, LABEL_NAMES, LEVEL_NAMES } from '@shuan/core/taxonomy';
import type { CategoryEvidence } from './categorize-table.ts';
import type { CompiledLevelRule } from './compile-pack.ts';

// Every reason is one bilingual sentence, Chinese first, that names the rule (in brackets)
// so an officer can look it up in the pack file. Reasons never quote sampled values.

const EVIDENCE_NAMES = {
  values: { zh: '样本值', en: 'values' },
  name: { zh: '列名', en: 'column name' },
  comment: { zh: '注释', en: 'comment' },
} as const;

/** Why a column carries a label: the evidence and the number of matching sampled values. */
export function labelReason(label: ColumnLabel): string {
  const name = LABEL_NAMES[label.code];
  const zh = label.evidence.map((e) => EVIDENCE_NAMES[e].zh).join('、');
  const en = label.evidence.map((e) => EVIDENCE_NAMES[e].en).join(', ');
  const hits = label.hits > 0 ? `，命中 ${String(label.hits)} 个值` : '';
  const hitsEn = label.hits > 0 ? `, ${String(label.hits)} matching values` : '';
  return (
    `[LABEL ${label.code}] 识别为${name.zh}：依据${zh}${hits} / ` +
    `labelled ${name.en}: evidence ${en}${hitsEn}`
  );
}

/** Why the table (and so the column) has its category. */
export function categoryReason(evidence: CategoryEvidence | undefined): string {
  if (!evidence) {
    return '[NO-CATEGORY] 表名、注释和字段均未指向任何数据类别 / no category rule matched the table';
  }
  const name = CATEGORY_NAMES[evidence.category];
  const zh: string[] = [];
  const en: string[] = [];
  if (evidence.tableName !== undefined) {
    zh.push(`表名含“${evidence.tableName}”`);
    en.push(`table name has "${evidence.tableName}"`);
  }
  if (evidence.tableComment !== undefined) {
    zh.push(`表注释含“${evidence.tableComment}”`);
    en.push(`table comment has "${evidence.tableComment}"`);
  }
  if (evidence.columns.length > 0) {
    const list = evidence.columns.map((c) => c.column).join(', ');
    zh.push(`字段 ${list}`);
    en.push(`columns ${list}`);
  }
  if (evidence.labels) {
    zh.push(`同时出现 ${evidence.labels.join(' + ')}`);
    en.push(`co-occurring ${evidence.labels.join(' + ')}`);
  }
  return (
    `[${evidence.ruleId}] 归入${name.zh}（${evidence.category}）：${zh.join('，')} / ` +
    `category ${name.en} (${evidence.category}): ${en.join('; ')}`
  );
}

/** Why a level rule raised the table or column. */
export function levelReason(rule: CompiledLevelRule): string {
  const name = LEVEL_NAMES[rule.level];
  return (
    `[${rule.id}] 定为${name.zh}：${rule.reason.zh}（${rule.basis}） / ` +
    `${name.en}: ${rule.reason.en} (${rule.basis})`
  );
}

/** The reason of a column or table no level rule raised. */
export function defaultLevelReason(): string {
  return (
    '[DEFAULT-GENERAL] 未触发重要/核心数据规则，默认为一般数据（《管理办法》第九条） / ' +
    'general data: no important or core rule fired (Measures Art. 9)'
  );
}

/** Why a table's level comes from some of its columns. */
export function columnsRaisedReason(level: Level, columns: readonly string[]): string {
  const name = LEVEL_NAMES[level];
  const list = columns.join(', ');
  return (
    `[MAX-OF-COLUMNS] 字段 ${list} 为${name.zh}，数据集取其最高级别（GB/T 43697-2024） / ` +
    `columns ${list} are ${name.en}; a data set takes the highest level of its items (GB/T 43697-2024)`
  );
}

/** The category of a column: its table's (columns inherit the table's category). */
export function categoryOf(evidence: CategoryEvidence | undefined): CategoryCode | null {
  return evidence?.category ?? null;
}
