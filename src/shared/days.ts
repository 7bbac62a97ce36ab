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

/** Calendar date in Asia/Shanghai as 'YYYY-MM-DD'. */
export function shanghaiDate(instant: Date): string {
  // formatToParts rather than format(): the en-CA pattern has changed between ICU releases.
  const parts = shanghaiDateFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
