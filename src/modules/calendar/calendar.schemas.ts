import { z } from 'zod';
import { isoDateSchema } from '../../shared/calendar.contract';

export {
  calendarStatusSchema,
  calendarYearParamSchema,
  calendarYearSchema,
  putCalendarYearSchema,
} from '../../shared/calendar.contract';

/** The longest span the public endpoint computes: ten years of working days. */
export const MAX_WORKING_DAYS = 3650;

export const addWorkingDaysQuerySchema = z.object({
  from: isoDateSchema,
  // A plain digit string: z.coerce would take '' as 0 and '1e2' as 100.
  days: z
    .string()
    .regex(/^\d{1,5}$/, 'whole number of working days')
    .transform(Number)
    .pipe(z.number().int().min(0).max(MAX_WORKING_DAYS)),
});
export const addWorkingDaysResponseSchema = z.object({ due: z.string() });

export const workingDaysBetweenQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });
export const workingDaysBetweenResponseSchema = z.object({ days: z.number().int() });
