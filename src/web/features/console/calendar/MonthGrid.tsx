import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useT, type MessageKey } from '../../../app/i18n';
import { weekdayOfIso } from '../../../../shared/calendar.contract';
import type { CalendarException } from '../../../../shared/workdays';

const cell: CSSProperties = {
  textAlign: 'center',
  padding: '2px 0',
  borderRadius: 4,
  fontSize: 12,
  lineHeight: '20px',
};
const KIND_STYLE: Record<CalendarException['kind'], CSSProperties> = {
  holiday: { background: '#fff1f0', color: '#a8071a', fontWeight: 600 },
  workday: { background: '#e6f4ff', color: '#003eb3', fontWeight: 600 },
};
const WEEKEND: CSSProperties = { color: '#595959' };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Twelve small months with the year's holidays (休) and make-up workdays (班) marked. */
export function MonthGrid({ year, days }: { year: number; days: readonly CalendarException[] }) {
  const t = useT();
  const kinds = new Map(days.map((d) => [d.day, d.kind]));
  const weekdays = [0, 1, 2, 3, 4, 5, 6].map((i) => t(`calendarAdmin.weekday.${i}` as MessageKey));
  return (
    <div data-testid="calendar-months">
      <Typography.Paragraph type="secondary">
        <span style={{ ...cell, ...KIND_STYLE.holiday, padding: '2px 6px' }}>
          {t('calendarAdmin.legend.holiday')}
        </span>{' '}
        <span style={{ ...cell, ...KIND_STYLE.workday, padding: '2px 6px' }}>
          {t('calendarAdmin.legend.workday')}
        </span>
      </Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 16 }}>
        {Array.from({ length: 12 }, (_, m) => {
          const month = m + 1;
          const prefix = `${year}-${String(month).padStart(2, '0')}-`;
          const lead = weekdayOfIso(`${prefix}01`);
          return (
            <figure key={month} style={{ margin: 0 }}>
              <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>
                {t('calendarAdmin.month', { month })}
              </figcaption>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
                {weekdays.map((w, i) => (
                  <div key={`h${i}`} style={{ ...cell, ...(i >= 5 ? WEEKEND : {}) }} aria-hidden="true">
                    {w}
                  </div>
                ))}
                {Array.from({ length: lead }, (_, i) => (
                  <div key={`l${i}`} />
                ))}
                {Array.from({ length: daysIn(year, month) }, (_, d) => {
                  const day = `${prefix}${String(d + 1).padStart(2, '0')}`;
                  const kind = kinds.get(day);
                  const weekend = (lead + d) % 7 >= 5;
                  return (
                    <div
                      key={day}
                      title={kind ? `${day} ${t(`calendarAdmin.kind.${kind}`)}` : day}
                      style={{ ...cell, ...(kind ? KIND_STYLE[kind] : weekend ? WEEKEND : {}) }}
                    >
                      {d + 1}
                      {kind && <sup>{t(`calendarAdmin.mark.${kind}`)}</sup>}
                    </div>
                  );
                })}
              </div>
            </figure>
          );
        })}
      </div>
    </div>
  );
}
