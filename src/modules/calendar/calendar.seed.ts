import type { Db } from '../../server/db/client';
import { chineseDaysByYear } from './calendar.chinese-days';
import { invalidateWorkCalendar } from './calendar.service';
import { calendarDays, calendarYears } from './calendar.tables';

/**
 * Loads the chinese-days years the database does not know yet. Idempotent, and a year an admin has
 * entered or corrected is never overwritten.
 */
export async function seedCalendar(db: Db): Promise<{ yearsAdded: number[] }> {
  const byYear = chineseDaysByYear();
  const yearsAdded = await db.transaction(async (tx) => {
    const rows = await tx.select({ year: calendarYears.year }).from(calendarYears);
    const known = new Set(rows.map((r) => r.year));
    const added: number[] = [];
    for (const [year, days] of byYear) {
      if (known.has(year)) continue;
      await tx.insert(calendarDays).values(days).onConflictDoNothing();
      await tx.insert(calendarYears).values({ year, source: 'chinese-days' }).onConflictDoNothing();
      added.push(year);
    }
    return added;
  });
  if (yearsAdded.length) invalidateWorkCalendar(db);
  return { yearsAdded };
}
