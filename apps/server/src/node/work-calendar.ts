import { readFileSync } from 'node:fs';
import { parseHolidayCalendar, type WorkCalendar } from '@shuan/core';
import { ConfigError } from '../config.ts';

/**
 * The node's working-day calendar: the public holidays and make-up working days of
 * `SHUAN_HOLIDAYS_FILE`, or weekends only without it. One calendar per process, filled at
 * start (before the server listens) and read by every working-day deadline: filings
 * (filing-clock.ts), rollups, incident reports and risk assessments. Its sets are filled in
 * place, so the modules that hold it as a constant see the configured days.
 */
export const NODE_CALENDAR = {
  holidays: new Set<string>(),
  workdays: new Set<string>(),
} satisfies WorkCalendar;

/**
 * Reads and validates a holiday calendar file (see core `parseHolidayCalendar`); a missing
 * or unreadable file, bad JSON or a bad day stops the start with a {@link ConfigError}
 * listing every problem.
 */
export function loadHolidaysFile(path: string): WorkCalendar {
  const fail = (lines: string[]): never => {
    throw new ConfigError(
      `节假日文件无效 / invalid holiday calendar SHUAN_HOLIDAYS_FILE=${path}:\n${lines.map((line) => `  ${line}`).join('\n')}`,
    );
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail([`无法读取 / cannot read: ${(error as Error).message}`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail([`不是有效的 JSON / not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = parseHolidayCalendar(value);
  return parsed.ok ? parsed.calendar : fail(parsed.problems);
}

/** Makes `calendar` the node's calendar (at start; tests call it to set days). */
export function installWorkCalendar(calendar: WorkCalendar): void {
  NODE_CALENDAR.holidays.clear();
  NODE_CALENDAR.workdays.clear();
  for (const day of calendar.holidays ?? []) NODE_CALENDAR.holidays.add(day);
  for (const day of calendar.workdays ?? []) NODE_CALENDAR.workdays.add(day);
}
