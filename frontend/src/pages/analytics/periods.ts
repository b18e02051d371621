// Period presets of the KPI page, computed from "today" in the organization's timezone (a day
// "YYYY-MM-DD"), so that "this month" is the organization's month whatever the browser's zone.
import dayjs from 'dayjs';

export type PresetKey = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'last12Months';

export interface Period {
  key: PresetKey;
  start: string;
  end: string;
}

const DAY = 'YYYY-MM-DD';

/** The presets ending today at the latest (the server refuses periods that end after today). */
export function periodPresets(today: string): Period[] {
  const day = dayjs(today);
  const month = day.startOf('month');
  const quarter = month.subtract(month.month() % 3, 'month');
  const lastMonth = month.subtract(1, 'month');
  const lastQuarter = quarter.subtract(3, 'month');
  const span = (key: PresetKey, start: dayjs.Dayjs, end: dayjs.Dayjs): Period => ({ key, start: start.format(DAY), end: end.format(DAY) });
  return [
    span('thisMonth', month, day),
    span('lastMonth', lastMonth, month.subtract(1, 'day')),
    span('thisQuarter', quarter, day),
    span('lastQuarter', lastQuarter, quarter.subtract(1, 'day')),
    span('thisYear', day.startOf('year'), day),
    span('last12Months', month.subtract(11, 'month'), day),
  ];
}
