import type { ColumnSample, TableRef } from '@shuan/core';
import { toWords, type Words } from '../rule-packs/keywords.ts';

const FILE_EXTENSION = /\.(csv|tsv|txt|log|json|jsonl|ndjson|xlsx|xlsm|xls)$/i;

/**
 * The part of a reported table name that speaks about its content: `hr_employee` of
 * `public.hr_employee` or `shop.hr_employee`, `orders` of `exports/orders.csv`, and
 * `customers Sheet1` of `crm.xlsx#Sheet1`. Schema and database names are dropped because a
 * database called `test` would otherwise make every table look like test data.
 *
 * @example tableBaseName('public.hr_employee') // 'hr_employee'
 */
export function tableBaseName(name: string): string {
  const hash = name.indexOf('#');
  if (hash >= 0) return `${fileStem(name.slice(0, hash))} ${name.slice(hash + 1)}`;
  if (FILE_EXTENSION.test(name) || name.includes('/')) return fileStem(name);
  const dot = name.indexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

function fileStem(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(FILE_EXTENSION, '');
}

/** The words of a table's name and comment, ready for keyword rules. */
export interface TableText {
  name: Words;
  comment: Words | undefined;
}

/** The words of a column's name and comment. */
export interface ColumnText {
  name: Words;
  comment: Words | undefined;
}

/** Prepares the words of a table once for every rule. */
export function tableText(table: TableRef): TableText {
  return {
    name: toWords(tableBaseName(table.name)),
    comment: table.comment ? toWords(table.comment) : undefined,
  };
}

/** Prepares the words of a column once for every rule. */
export function columnText(sample: ColumnSample): ColumnText {
  const { name, comment } = sample.column;
  return { name: toWords(name), comment: comment ? toWords(comment) : undefined };
}
