/** A year picker (no clearing) up to the current year in China, for the yearly summaries. */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { chinaYear } from './format.ts';

const FIRST_YEAR = 2000;

export function YearPicker({
  value,
  onChange,
  testId,
}: {
  value: number;
  onChange: (year: number) => void;
  testId?: string;
}) {
  const last = chinaYear();
  return (
    <DatePicker
      picker="year"
      allowClear={false}
      value={dayjs(`${String(value)}-01-01`)}
      disabledDate={(day) => day.year() < FIRST_YEAR || day.year() > last}
      onChange={(day) => {
        // Cleared is not possible (allowClear false); the guard is for the type.
        if (day) onChange(day.year());
      }}
      data-testid={testId}
      style={{ width: 110 }}
    />
  );
}
