import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Input,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CALENDAR_PROBLEM_MESSAGES,
  calendarStatusSchema,
  calendarYearSchema,
  checkYearExceptions,
  weekdayOfIso,
  type CalendarProblem,
  type CalendarStatus,
} from '../../../../shared/calendar.contract';
import { isIsoDate, type CalendarException } from '../../../../shared/workdays';
import { ApiError, apiRequest } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useLang, useT, type MessageKey, type Translate } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { MonthGrid } from './MonthGrid';

type Row = CalendarException & { key: number };

let nextKey = 1;
const withKeys = (days: readonly CalendarException[]): Row[] => days.map((d) => ({ ...d, key: nextKey++ }));
const strip = (rows: readonly Row[]): CalendarException[] =>
  rows.map(({ day, kind, name }) => ({ day, kind, name }));

/** The year to open first: the earliest missing one (the banner's), else this year. */
function defaultYear(status: CalendarStatus): number {
  return status.missingYears[0] ?? Number(status.today.slice(0, 4));
}

function yearOptions(status: CalendarStatus, t: Translate) {
  const thisYear = Number(status.today.slice(0, 4));
  const years = new Set([...status.knownYears, thisYear, thisYear + 1, thisYear + 2]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({
      value: year,
      label: status.knownYears.includes(year)
        ? t('calendarAdmin.yearOption', { year })
        : `${t('calendarAdmin.yearOption', { year })} · ${t('calendarAdmin.unknown')}`,
    }));
}

/** 节假日安排: the platform admin keeps each year's holidays and make-up workdays (Art. 82). */
export function CalendarPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  usePageTitle(t('console.calendar'));

  const loadStatus = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/calendar/status', calendarStatusSchema, { signal }),
    [],
  );
  const status = useApiData(loadStatus);
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? (status.data ? defaultYear(status.data) : null);

  const loadYear = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', `/api/v1/calendar/years/${year}`, calendarYearSchema, { signal }),
    [year],
  );
  const saved = useApiData(year === null ? null : loadYear);
  const [rows, setRows] = useState<Row[]>([]);
  const [view, setView] = useState<'table' | 'months'>('table');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (saved.data) setRows(withKeys(saved.data.days));
  }, [saved.data]);

  const problems = useMemo(() => (year === null ? [] : checkYearExceptions(year, strip(rows))), [year, rows]);
  const dirty = saved.data !== undefined && JSON.stringify(strip(rows)) !== JSON.stringify(saved.data.days);
  const holidays = rows.filter((r) => r.kind === 'holiday').length;
  const workdays = rows.length - holidays;

  const update = (key: number, change: Partial<CalendarException>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    if (year === null) return;
    setBusy(true);
    try {
      const body = { days: strip(rows).map((d) => ({ ...d, name: d.name.trim() })) };
      await apiRequest('PUT', `/api/v1/calendar/years/${year}`, calendarYearSchema, { body });
      void message.success(t('calendarAdmin.saved', { year }));
      // Stay on this year: once it is known, the default year (the first missing one) changes.
      setPicked(year);
      saved.reload();
      status.reload();
    } catch (error) {
      if (error instanceof ApiError) {
        void message.error([error.message, ...error.details.map((d) => d.message)].join(' · '));
      } else {
        void message.error(t('error.network'));
      }
    } finally {
      setBusy(false);
    }
  };

  const problemText = (row: number, field: CalendarProblem['field']) =>
    problems
      .filter((p) => p.index === row && p.field === field)
      .map((p) => CALENDAR_PROBLEM_MESSAGES[p.code][lang === 'en' ? 'en' : 'zh'])
      .join('；');

  const columns: TableColumnsType<Row> = [
    {
      title: t('calendarAdmin.col.day'),
      key: 'day',
      render: (_, row, index) => {
        const problem = problemText(index, 'day');
        return (
          <div>
            <Input
              type="date"
              value={row.day}
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              status={problem ? 'error' : undefined}
              aria-label={t('calendarAdmin.col.day')}
              onChange={(e) => update(row.key, { day: e.target.value })}
            />
            {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          </div>
        );
      },
    },
    {
      title: t('calendarAdmin.col.weekday'),
      key: 'weekday',
      responsive: ['sm'],
      render: (_, row) =>
        isIsoDate(row.day) ? t(`calendarAdmin.weekday.${weekdayOfIso(row.day)}` as MessageKey) : '',
    },
    {
      title: t('calendarAdmin.col.kind'),
      key: 'kind',
      render: (_, row) => (
        <Select
          value={row.kind}
          aria-label={t('calendarAdmin.col.kind')}
          style={{ minWidth: 120 }}
          onChange={(kind) => update(row.key, { kind })}
          options={[
            { value: 'holiday', label: t('calendarAdmin.kind.holiday') },
            { value: 'workday', label: t('calendarAdmin.kind.workday') },
          ]}
        />
      ),
    },
    {
      title: t('calendarAdmin.col.name'),
      key: 'name',
      render: (_, row, index) => {
        const problem = problemText(index, 'name');
        return (
          <div>
            <Input
              value={row.name}
              maxLength={60}
              placeholder={t('calendarAdmin.namePlaceholder')}
              status={problem ? 'error' : undefined}
              aria-label={t('calendarAdmin.col.name')}
              onChange={(e) => update(row.key, { name: e.target.value })}
            />
            {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          </div>
        );
      },
    },
    {
      title: '',
      key: 'remove',
      render: (_, row) => (
        <Button
          icon={<DeleteOutlined />}
          aria-label={t('calendarAdmin.removeRowLabel', { day: row.day })}
          onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
        >
          <span className="tb-sm-up">{t('calendarAdmin.removeRow')}</span>
        </Button>
      ),
    },
  ];

  if (status.error) return <LoadError message={status.error} onRetry={status.reload} />;

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-calendar">
        {t('console.calendar')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">{t('calendarAdmin.intro')}</Typography.Paragraph>

      {status.data?.missingYears.map((missing) => (
        <Alert
          key={missing}
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid={`calendar-missing-${missing}`}
          title={t('calendarAdmin.missing', { year: missing })}
          description={t('calendarAdmin.missingHint')}
          action={
            missing !== year ? (
              <Button size="small" onClick={() => setPicked(missing)}>
                {t('calendarAdmin.enterYear', { year: missing })}
              </Button>
            ) : undefined
          }
        />
      ))}

      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="calendar-year">{t('calendarAdmin.year')}</label>
        <Select
          id="calendar-year"
          value={year}
          style={{ minWidth: 160 }}
          loading={status.loading}
          options={status.data ? yearOptions(status.data, t) : []}
          onChange={(value: number) => setPicked(value)}
          data-testid="calendar-year"
        />
        {saved.data &&
          (saved.data.known && saved.data.source ? (
            <Tag color="green">{t(`calendarAdmin.known.${saved.data.source}`)}</Tag>
          ) : (
            <Tag color="orange">{t('calendarAdmin.unknown')}</Tag>
          ))}
        {saved.data?.confirmedAt && (
          <Typography.Text type="secondary">
            {t('calendarAdmin.confirmedAt', { at: formatDateTime(lang, saved.data.confirmedAt) })}
          </Typography.Text>
        )}
        <Typography.Text>{t('calendarAdmin.counts', { holidays, workdays })}</Typography.Text>
        <Segmented<'table' | 'months'>
          value={view}
          onChange={(value) => setView(value)}
          options={[
            { value: 'table', label: t('calendarAdmin.tableView') },
            { value: 'months', label: t('calendarAdmin.monthView') },
          ]}
        />
      </Space>

      {saved.error && <LoadError message={saved.error} onRetry={saved.reload} />}

      {view === 'table' ? (
        <Table<Row>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={saved.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('calendarAdmin.empty') }}
          data-testid="calendar-table"
        />
      ) : (
        year !== null && <MonthGrid year={year} days={rows} />
      )}

      <Space wrap style={{ marginTop: 16 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            setRows((current) => [...current, ...withKeys([{ day: '', kind: 'holiday', name: '' }])])
          }
          data-testid="calendar-add"
        >
          {t('calendarAdmin.addRow')}
        </Button>
        <Button disabled={!dirty} onClick={() => saved.data && setRows(withKeys(saved.data.days))}>
          {t('calendarAdmin.discard')}
        </Button>
        {problems.length > 0 ? (
          <Typography.Text type="danger">{t('calendarAdmin.fixFirst')}</Typography.Text>
        ) : (
          <Popconfirm
            title={t('calendarAdmin.saveTitle', { year: year ?? '' })}
            description={
              <div style={{ maxWidth: 360 }}>{t('calendarAdmin.saveBody', { holidays, workdays })}</div>
            }
            okText={t('calendarAdmin.save', { year: year ?? '' })}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'calendar-save-confirm' }}
            onConfirm={save}
          >
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy}
              disabled={year === null || (!dirty && saved.data?.known === true)}
              data-testid="calendar-save"
            >
              {t('calendarAdmin.save', { year: year ?? '' })}
            </Button>
          </Popconfirm>
        )}
        {dirty && <Tag color="blue">{t('calendarAdmin.unsaved')}</Tag>}
      </Space>
    </section>
  );
}
