import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarException } from '../../shared/workdays';

/** chinese-days (MIT) has every State Council arrangement from 2004; values read "English,中文名,length". */
const FIRST_YEAR = 2004;

type ChineseDaysData = { holidays: Record<string, string>; workdays: Record<string, string> };

/** The arrangements shipped with chinese-days, by year, each year's days in order, named in Chinese. */
export function chineseDaysByYear(data: ChineseDaysData = chineseDays): Map<number, CalendarException[]> {
  const byYear = new Map<number, CalendarException[]>();
  const add = (entries: Record<string, string>, kind: CalendarException['kind']) => {
    for (const [day, value] of Object.entries(entries)) {
      const year = Number(day.slice(0, 4));
      if (year < FIRST_YEAR) continue;
      const list = byYear.get(year) ?? [];
      list.push({ day, kind, name: value.split(',')[1] ?? value });
      byYear.set(year, list);
    }
  };
  add(data.holidays, 'holiday');
  add(data.workdays, 'workday');
  for (const list of byYear.values()) list.sort((a, b) => a.day.localeCompare(b.day));
  return new Map([...byYear].sort((a, b) => a[0] - b[0]));
}
