import { EditOutlined, ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { Forbidden } from '../../../components/StatusPage';
import { usePageTitle } from '../../../components/usePageTitle';
import { regionListSchema, withQuery } from '../contracts';
import { adminBundlePageSchema, BUNDLE_EDITORS, bundleApi, bundlePaths } from './bundleContracts';
import type { AdminBundle } from './bundleContracts';
import { CatalogSectionNav } from './CatalogSectionNav';

type LifeCycle = 'personal' | 'business';

/** 一件事管理: the bundles of this admin's region, newest change first. */
export function BundleListPage() {
  const me = useMe();
  if (!BUNDLE_EDITORS.includes(me.role)) return <Forbidden />;
  return <BundleList />;
}

function BundleList() {
  const t = useT();
  const { lang } = useLang();
  const me = useMe();
  const navigate = useNavigate();
  usePageTitle(t('bundleAdmin.list.title'));
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [lifeCycle, setLifeCycle] = useState<LifeCycle | undefined>(undefined);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery(bundleApi.list, { ...page, q, lifeCycle }), adminBundlePageSchema, {
        signal,
      }),
    [page, q, lifeCycle],
  );
  const bundles = useApiData(load);

  const loadRegions = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/regions', regionListSchema, { signal }),
    [],
  );
  const regions = useApiData(loadRegions);
  const regionName = useMemo(() => {
    const names = new Map((regions.data ?? []).map((r) => [r.code, r.name]));
    if (me.regionCode && me.regionName) names.set(me.regionCode, me.regionName);
    return (code: string) => names.get(code) ?? code;
  }, [regions.data, me.regionCode, me.regionName]);

  const columns: TableColumnsType<AdminBundle> = [
    {
      title: t('bundleAdmin.col.name'),
      key: 'name',
      render: (_, row) => (
        <div style={{ minWidth: 180, maxWidth: 360 }}>
          <Link to={bundlePaths.edit(row.code)}>{row.name}</Link>
          <div className="tb-mono tb-secondary">{row.code}</div>
        </div>
      ),
    },
    {
      title: t('bundleAdmin.col.lifeCycle'),
      key: 'lifeCycle',
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={row.lifeCycle === 'personal' ? 'green' : 'blue'}>
            {t(
              row.lifeCycle === 'personal'
                ? 'bundleAdmin.lifeCycle.personal'
                : 'bundleAdmin.lifeCycle.business',
            )}
          </Tag>
          <span>{row.lifeEvent}</span>
        </Space>
      ),
    },
    {
      title: t('bundleAdmin.col.lead'),
      dataIndex: 'leadDepartmentName',
      key: 'lead',
      responsive: ['sm'],
    },
    {
      title: t('bundleAdmin.col.members'),
      dataIndex: 'memberCount',
      key: 'members',
      align: 'right',
      render: (n: number) => t('bundleAdmin.nItems', { n }),
    },
    {
      title: t('bundleAdmin.col.promised'),
      dataIndex: 'promisedDays',
      key: 'promised',
      align: 'right',
      render: (n: number) => <span className="tb-nowrap">{t('bundleAdmin.days', { n })}</span>,
    },
    {
      title: t('catalogAdmin.col.region'),
      dataIndex: 'regionCode',
      key: 'region',
      responsive: ['xl'],
      render: (code: string) => <span className="tb-nowrap">{regionName(code)}</span>,
    },
    {
      title: t('catalogAdmin.col.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      responsive: ['xxl'],
      render: (at: string) => <span className="tb-nowrap">{formatDateTime(lang, at)}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={4} wrap={false}>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => navigate(bundlePaths.edit(row.code))}
            data-testid={`bundle-edit-${row.code}`}
          >
            {t('catalogAdmin.action.edit')}
          </Button>
          <Button
            size="small"
            icon={<ExportOutlined />}
            href={bundlePaths.guide(row.code)}
            target="_blank"
            aria-label={`${t('bundleAdmin.action.guide')} ${row.name}`}
          >
            {t('bundleAdmin.action.guide')}
          </Button>
        </Space>
      ),
    },
  ];

  const filtered = q !== '' || lifeCycle !== undefined;
  const newButton = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate(bundlePaths.create)}
      data-testid="bundle-new"
    >
      {t('bundleAdmin.new')}
    </Button>
  );

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-bundles">
        {t('console.catalog')}
      </Typography.Title>
      <CatalogSectionNav active="bundles" />
      <Typography.Paragraph className="tb-lead">{t('bundleAdmin.list.intro')}</Typography.Paragraph>

      <div className="tb-toolbar">
        <Input.Search
          className="tb-toolbar-search"
          aria-label={t('bundleAdmin.list.search')}
          placeholder={t('bundleAdmin.list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => {
            setQ(value.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="bundle-search"
        />
        <Select<LifeCycle>
          className="tb-toolbar-select"
          aria-label={t('bundleAdmin.col.lifeCycle')}
          placeholder={t('bundleAdmin.lifeCycle.all')}
          allowClear
          value={lifeCycle}
          options={[
            { value: 'personal', label: t('bundleAdmin.lifeCycle.personal') },
            { value: 'business', label: t('bundleAdmin.lifeCycle.business') },
          ]}
          onChange={(value) => {
            setLifeCycle(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="bundle-life-cycle"
        />
        <div style={{ marginInlineStart: 'auto' }}>{newButton}</div>
      </div>
      {bundles.error && <LoadError message={bundles.error} onRetry={bundles.reload} />}
      <Table<AdminBundle>
        data-testid="bundle-table"
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={bundles.data?.items ?? []}
        loading={bundles.loading}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              description={t(filtered ? 'bundleAdmin.list.noMatch' : 'bundleAdmin.list.empty')}
              data-testid="bundle-empty"
            >
              {!filtered && newButton}
            </Empty>
          ),
        }}
        onRow={(row) =>
          ({ 'data-testid': 'bundle-row', 'data-code': row.code }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: bundles.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
    </section>
  );
}
