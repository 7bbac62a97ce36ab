import { describe, expect, it } from 'vitest';
import { shanghaiDate } from './days';

describe('shanghaiDate', () => {
  it('turns the day at 16:00 UTC, midnight in Beijing', () => {
    expect(shanghaiDate(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(shanghaiDate(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01');
    expect(shanghaiDate(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
    expect(shanghaiDate(new Date('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
  });

  it('follows the summer time China kept until 1991 (UTC+9 from 14 April to 15 September 1991)', () => {
    // 15:30 UTC on 1 July 1991 was 00:30 the next day in Beijing, not 23:30.
    expect(shanghaiDate(new Date('1991-07-01T15:30:00Z'))).toBe('1991-07-02');
    expect(shanghaiDate(new Date('1991-12-31T15:30:00Z'))).toBe('1991-12-31');
  });

  it('agrees with the time zone database at every hour of the years it computes by offset', () => {
    const byZone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let ms = Date.UTC(1991, 11, 1); ms < Date.UTC(2031, 0, 1); ms += 3600 * 1000 * 7) {
      const instant = new Date(ms);
      const parts = byZone.formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)?.value;
      expect(shanghaiDate(instant)).toBe(`${part('year')}-${part('month')}-${part('day')}`);
    }
  });
});
