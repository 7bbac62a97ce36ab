import { Input, Select, Space, Table, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { CaseStatus, CaseSummary, Light } from '../../../../shared/cases.contract';
import { CASE_STATUSES, CASE_STATUS_LABELS, LIGHTS } from '../../../../shared/cases.contract';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useLang, useT } from '../../../app/i18n';
import type { MessageKey } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { casePageSchema, casePaths, caseQueryString } from '../../cases/api';
import { LightTag, StatusTag, label } from '../../cases/parts';

const SORTS = ['due', '-due', 'received', '-received'] as const;
const ASSIGNEES = ['me', 'none'] as const;
const IMPL_CODE = /^[0-9A-Z]{33}$/;

/**
 * The work queue: every case of the reviewer's department the server lets them see, filtered in
 * the URL so that a reload or a shared link shows the same list.
 */
export function QueuePage({
  base = '/workbench/queue',
  title = 'cases.queue.heading',
  defaultStatus,
  open = false,
  overdue = false,
}: {
  base?: string;
  title?: MessageKey;
  /** The pickup window lists decided cases unless told otherwise. */
  defaultStatus?: CaseStatus;
  /** Only open cases when no status is chosen (the console). */
  open?: boolean;
  /** Only cases past their promised day (the console's overdue list). */
  overdue?: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t(title));
  const [params, setParams] = useSearchParams();
  const status = CASE_STATUSES.find((s) => s === (params.get('status') ?? defaultStatus));
  const light = LIGHTS.find((l) => l === params.get('light'));
  const item = params.get('item') ?? '';
  const sort = SORTS.find((s) => s === params.get('sort')) ?? 'due';
  // Only a reviewer handles cases, so only a reviewer has cases of their own.
  const reviewer = useMe().role === 'reviewer';
  const assignee = ASSIGNEES.find((a) => a === params.get('assignee') && (reviewer || a !== 'me'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = 20;

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        casePaths.list +
          caseQueryString({
            status,
            light,
            item: IMPL_CODE.test(item) ? item : undefined,
            sort,
            page,
            pageSize,
            open: open && !status ? 'true' : undefined,
            overdue: overdue ? 'true' : undefined,
            assignee,
          }),
        casePageSchema,
        { signal },
      ),
    [status, light, item, sort, page, open, overdue, assignee],
  );
  const list = useApiData(load);

  return (
    <section className="tb-page">
      <Typography.Title level={1}>{t(title)}</Typography.Title>
      <Space wrap className="tb-case-filters" role="search">
        <Select<CaseStatus | ''>
          aria-label={t('common.status')}
          data-testid="queue-status"
          style={{ minWidth: 160 }}
          value={status ?? ''}
          onChange={(v) => set({ status: v || undefined })}
          options={[
            { value: '', label: t('cases.filter.status') },
            ...CASE_STATUSES.filter((s) => s !== 'draft').map((s) => ({
              value: s,
              label: label(lang, CASE_STATUS_LABELS[s]),
            })),
          ]}
        />
        <Select<Light | ''>
          aria-label={t('cases.filter.light')}
          style={{ minWidth: 140 }}
          value={light ?? ''}
          onChange={(v) => set({ light: v || undefined })}
          options={[
            { value: '', label: t('cases.filter.light') },
            ...LIGHTS.map((l) => ({ value: l, label: t(`cases.light.${l}`) })),
          ]}
        />
        <Select<(typeof ASSIGNEES)[number] | ''>
          aria-label={t('cases.handler')}
          data-testid="queue-assignee"
          style={{ minWidth: 120 }}
          value={assignee ?? ''}
          onChange={(v) => set({ assignee: v || undefined })}
          options={[
            { value: '', label: t('cases.filter.handler') },
            ...ASSIGNEES.filter((a) => reviewer || a !== 'me').map((a) => ({
              value: a,
              label: t(`cases.handler.${a}`),
            })),
          ]}
        />
        <Input.Search
          aria-label={t('cases.filter.item')}
          placeholder={t('cases.filter.item')}
          defaultValue={item}
          allowClear
          onSearch={(v) => set({ item: v.trim().toUpperCase() || undefined })}
          style={{ width: 320 }}
        />
        <Select
          aria-label={t('cases.sort.due')}
          style={{ minWidth: 180 }}
          value={sort}
          onChange={(v) => set({ sort: v })}
          options={SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
        />
      </Space>
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      <Table<CaseSummary>
        rowKey="id"
        data-testid="queue-table"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1180 }}
        locale={{ emptyText: t('cases.queue.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p) => set({ page: String(p) }),
        }}
        columns={[
          {
            key: 'caseNo',
            title: t('cases.caseNo'),
            width: 230,
            render: (_, c) => (
              <Link
                to={`${base}/${c.id}`}
                className="tb-mono"
                style={{ wordBreak: 'break-all' }}
                data-testid="queue-case-link"
              >
                {c.caseNo ?? c.id.slice(0, 8)}
              </Link>
            ),
          },
          {
            key: 'item',
            title: t('cases.item'),
            width: 200,
            render: (_, c) => <span lang="zh-CN">{c.itemName}</span>,
          },
          { key: 'applicant', title: t('cases.applicant'), width: 96, dataIndex: 'applicantName' },
          {
            key: 'status',
            title: t('common.status'),
            width: 150,
            render: (_, c) => <StatusTag status={c.status} />,
          },
          { key: 'due', title: t('cases.promisedDue'), width: 112, render: (_, c) => c.promisedDue ?? '—' },
          {
            key: 'light',
            title: t('cases.filter.light'),
            width: 200,
            render: (_, c) => <LightTag light={c.light} remainingDays={c.remainingDays} />,
          },
          {
            key: 'step',
            title: t('cases.currentStep'),
            width: 96,
            render: (_, c) => <span lang="zh-CN">{c.currentStep?.name ?? '—'}</span>,
          },
          {
            key: 'handler',
            title: t('cases.handler'),
            width: 96,
            render: (_, c) =>
              c.assigneeName ?? <span className="tb-case-muted">{t('cases.handler.none')}</span>,
          },
        ]}
      />
    </section>
  );
}
