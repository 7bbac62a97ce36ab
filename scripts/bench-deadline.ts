/**
 * `npm run bench:deadline [-- --calls 5000000]`
 *
 * The deadline engine's speed in one process (issue 4: ≥ 1 million due dates per second). Builds the
 * calendar from the seed data (chinese-days, 2004–2026), then computes due dates for varied acceptance
 * days (2004–2026) and limits (1–60 working days), and whole case clocks with pauses and extensions.
 */
import { parseArgs } from 'node:util';
import { chineseDaysByYear } from '../src/modules/calendar/calendar.chinese-days';
import { computeClock, type ClockInput } from '../src/shared/case-clock';
import { fromDayNumber, toDayNumber, WorkCalendar } from '../src/shared/workdays';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '5000000' } } });
const calls = Number(values.calls);
if (!Number.isInteger(calls) || calls < 1) throw new Error('--calls must be a positive whole number');

const byYear = chineseDaysByYear();
const built = performance.now();
const cal = WorkCalendar.from([...byYear.values()].flat(), [...byYear.keys()]);
const buildMs = performance.now() - built;

// Inputs made up front so that the timed loops measure the engine, not the generator.
const SAMPLES = 1 << 16;
let seed = 20260101;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const first = toDayNumber('2004-01-01');
const span = toDayNumber('2026-12-31') - first + 1;
const starts = Array.from({ length: SAMPLES }, () => fromDayNumber(first + (random() % span)));
const limits = Array.from({ length: SAMPLES }, () => 1 + (random() % 60));

function timeIt(label: string, n: number, run: (i: number) => string): void {
  let checksum = 0; // Keeps the results alive so the loop cannot be optimised away.
  for (let i = 0; i < 100_000; i++) checksum += run(i & (SAMPLES - 1)).charCodeAt(9);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) checksum += run(i & (SAMPLES - 1)).charCodeAt(9);
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = Math.round(n / seconds);
  console.log(
    `${label.padEnd(34)} ${n.toLocaleString('en')} in ${seconds.toFixed(2)} s = ` +
      `${perSecond.toLocaleString('en')}/s (checksum ${checksum % 1000})`,
  );
}

console.log(`calendar: ${byYear.size} years of data, built in ${buildMs.toFixed(1)} ms`);
timeIt('addWorkingDays', calls, (i) => cal.addWorkingDays(starts[i] as string, limits[i] as number));

const clocks: ClockInput[] = starts.map((start, i) => {
  const limit = limits[i] as number;
  const today = cal.addWorkingDays(start, (i * 7) % (limit + 5));
  const paused = i % 3 === 0;
  return {
    start,
    limitDays: limit,
    extensionDays: i % 5 === 0 ? Math.floor(limit / 2) : 0,
    pauses: paused
      ? [{ from: cal.addWorkingDays(start, 1), to: i % 2 ? null : cal.addWorkingDays(start, 3) }]
      : [],
    today,
    end: i % 4 === 0 ? today : null,
  };
});
timeIt(
  'computeClock',
  Math.max(1, Math.floor(calls / 5)),
  (i) => computeClock(cal, clocks[i] as ClockInput).due,
);
