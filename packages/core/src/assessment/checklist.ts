/**
 * Assessment checklists are versioned data, like rule packs: the 2024 RA Rules' eight items
 * ship built in (`packages/core/checklists/risk-assessment-2024.json`), and a province or the
 * ministry can publish a new version that travels down the federation. Core has no zod, so
 * this is a small hand-written validator; it reports the first problem with its path.
 */
import { AssessmentRuleError } from './errors.ts';

/** Text for people: Simplified Chinese first, English second. */
export interface ChecklistText {
  zh: string;
  en: string;
}

/** One assessment item and where in the rules it comes from. */
export interface ChecklistItem {
  /** Stable id, e.g. `RA24-01-LAWFULNESS`; evidence and findings point at it. */
  id: string;
  title: ChecklistText;
  /** What the assessor checks and which evidence to attach. */
  guidance: ChecklistText;
  /** The article of the source document, and the section of the project reference. */
  reference: { article: string; section: string };
}

/** One section of the report the rules require. */
export interface ReportSection {
  id: string;
  title: ChecklistText;
}

/** A versioned assessment checklist. */
export interface AssessmentChecklist {
  /** Kebab-case id, e.g. `risk-assessment-2024`. */
  id: string;
  /** `major.minor.patch`. */
  version: string;
  title: ChecklistText;
  source: { document: ChecklistText; number: string; effectiveFrom: string; section: string };
  items: ChecklistItem[];
  /** The report's required contents, in order; empty when the publisher gives none. */
  reportSections: ReportSection[];
}

const CHECKLIST_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ITEM_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function fail(origin: string, path: string, problem: string): never {
  throw new AssessmentRuleError('ASSESSMENT_CHECKLIST_INVALID', `${origin} ${path}: ${problem}`);
}

function object(value: unknown, origin: string, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(origin, path, '须为对象 / must be an object');
  }
  return value as Json;
}

function text(value: unknown, origin: string, path: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(origin, path, '须为非空文本 / must be a non-empty string');
  }
  if (pattern !== undefined && !pattern.test(value)) {
    fail(origin, path, `格式须为 ${String(pattern)} / must match ${String(pattern)}`);
  }
  return value;
}

function bilingual(value: unknown, origin: string, path: string): ChecklistText {
  const o = object(value, origin, path);
  return { zh: text(o.zh, origin, `${path}.zh`), en: text(o.en, origin, `${path}.en`) };
}

function list(value: unknown, origin: string, path: string): unknown[] {
  if (!Array.isArray(value)) fail(origin, path, '须为数组 / must be an array');
  return value;
}

function uniqueIds<T extends { id: string }>(entries: T[], origin: string, path: string): T[] {
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (seen.has(entry.id))
      fail(origin, `${path}[${i}].id`, `重复的 id ${entry.id} / duplicate id`);
    seen.add(entry.id);
  }
  return entries;
}

/**
 * Checks a parsed checklist file and returns it typed, with unknown fields dropped. `origin`
 * names the file in the error. Throws `ASSESSMENT_CHECKLIST_INVALID` with the path of the
 * first problem.
 *
 * @example parseAssessmentChecklist(JSON.parse(text), 'province-2026.json').items.length
 */
export function parseAssessmentChecklist(
  value: unknown,
  origin = 'checklist',
): AssessmentChecklist {
  const root = object(value, origin, '$');
  const source = object(root.source, origin, 'source');
  const rawItems = list(root.items, origin, 'items');
  if (rawItems.length === 0) fail(origin, 'items', '至少一项 / needs at least one item');
  const items = rawItems.map((raw, i): ChecklistItem => {
    const path = `items[${i}]`;
    const item = object(raw, origin, path);
    const reference = object(item.reference, origin, `${path}.reference`);
    return {
      id: text(item.id, origin, `${path}.id`, ITEM_ID),
      title: bilingual(item.title, origin, `${path}.title`),
      guidance: bilingual(item.guidance, origin, `${path}.guidance`),
      reference: {
        article: text(reference.article, origin, `${path}.reference.article`),
        section: text(reference.section, origin, `${path}.reference.section`),
      },
    };
  });
  const rawSections =
    root.reportSections === undefined ? [] : list(root.reportSections, origin, 'reportSections');
  const reportSections = rawSections.map((raw, i): ReportSection => {
    const section = object(raw, origin, `reportSections[${i}]`);
    return {
      id: text(section.id, origin, `reportSections[${i}].id`, CHECKLIST_ID),
      title: bilingual(section.title, origin, `reportSections[${i}].title`),
    };
  });
  return {
    id: text(root.id, origin, 'id', CHECKLIST_ID),
    version: text(root.version, origin, 'version', VERSION),
    title: bilingual(root.title, origin, 'title'),
    source: {
      document: bilingual(source.document, origin, 'source.document'),
      number: text(source.number, origin, 'source.number'),
      effectiveFrom: text(source.effectiveFrom, origin, 'source.effectiveFrom', DAY),
      section: text(source.section, origin, 'source.section'),
    },
    items: uniqueIds(items, origin, 'items'),
    reportSections: uniqueIds(reportSections, origin, 'reportSections'),
  };
}

/** Parses the JSON text of a checklist file; bad JSON is `ASSESSMENT_CHECKLIST_INVALID` too. */
export function parseAssessmentChecklistJson(
  json: string,
  origin = 'checklist',
): AssessmentChecklist {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail(origin, '$', '不是合法的 JSON / not valid JSON');
  }
  return parseAssessmentChecklist(value, origin);
}
