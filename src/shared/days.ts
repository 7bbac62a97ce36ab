/**
 * Days as people and the law count them: calendar dates in Asia/Shanghai, whatever the machine's
 * time zone (行政许可法 time limits, ID birth dates, dates printed on notices).
 */

// Built once: constructing Intl formatters is comparatively slow.
const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** China has kept UTC+8 all year since its last daylight saving time ended in September 1991. */
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
const UTC_PLUS_8 = 8 * 3600 * 1000;

/** Calendar date in Asia/Shanghai as 'YYYY-MM-DD'. */
export function shanghaiDate(instant: Date): string {
  const ms = instant.getTime();
  // Every request asks for today; Intl's time zone rules cost more than the action's own logic.
  if (ms >= FIXED_OFFSET_SINCE && ms < Date.UTC(10000, 0, 1))
    return new Date(ms + UTC_PLUS_8).toISOString().slice(0, 10);
  // formatToParts rather than format(): the en-CA pattern has changed between ICU releases.
  const parts = shanghaiDateFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
