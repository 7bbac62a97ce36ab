import { EditOutlined, ForkOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Space, Table, Tag, Typography } from 'antd';
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
import { usePageTitle } from '../../../components/usePageTitle';
import { regionListSchema, withQuery } from '../contracts';
import { useRegionOptions } from '../organisation/useRegionOptions';
import { adminItemPageSchema, catalogPaths, isCityLevel, itemApi } from './contracts';
import type { AdminItem } from './contracts';
import { CatalogSectionNav } from './CatalogSectionNav';
import { ExcelPanel } from './ExcelPanel';
import { StatusTags } from './StatusTags';

/** Who may adopt (认领) city items: the roles POST /catalog/items/:id/adopt admits. */
const ADOPTERS = ['platform_admin', 'center_admin'];

/** 事项管理: the items this admin may edit, newest change first, drafts included. */
export function ItemListPage() {
  const t = useT();
  const { lang } = useLang();
  const me = useMe();
  const navigate = useNavigate();
  usePageTitle(t('console.catalog'));
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const regionOptions = useRegionOptions();

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery(itemApi.list, { ...page, region }), adminItemPageSchema, { signal }),
    [page, region],
  );
  const items = useApiData(load);

  // Region names for the table: every region down to county level, in one public request.
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

  const rows = items.data?.items ?? [];
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const mayAdopt = ADOPTERS.includes(me.role);

  const columns: TableColumnsType<AdminItem> = [
    {
      title: t('catalogAdmin.col.name'),
      key: 'name',
      render: (_, row) => (
        <div style={{ minWidth: 220, maxWidth: 420 }}>
          <Link to={catalogPaths.edit(row.id)}>{row.name}</Link>
          <div className="tb-mono tb-secondary tb-break">{row.implCode}</div>
          {row.templateItemId && <AdoptedFrom template={byId.get(row.templateItemId)} />}
        </div>
      ),
    },
    {
      title: t('catalogAdmin.col.region'),
      dataIndex: 'regionCode',
      key: 'region',
      responsive: ['md'],
      render: (code: string) => <span className="tb-nowrap">{regionName(code)}</span>,
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, row) => (
        <StatusTags publishedVersion={row.publishedVersion} draftVersion={row.draftVersion} />
      ),
    },
    {
      title: t('catalogAdmin.col.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      responsive: ['sm'],
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
            onClick={() => navigate(catalogPaths.edit(row.id))}
            data-testid={`catalog-edit-${row.implCode}`}
          >
            {t('catalogAdmin.action.edit')}
          </Button>
          <Button
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => navigate(catalogPaths.versions(row.id))}
            data-testid={`catalog-versions-${row.implCode}`}
          >
            {t('catalogAdmin.action.versions')}
          </Button>
          {mayAdopt && isCityLevel(row.regionCode) && row.templateItemId === null && (
            <Button
              size="small"
              icon={<ForkOutlined />}
              disabled={row.publishedVersion === null}
              title={row.publishedVersion === null ? t('catalogAdmin.adopt.notPublished') : undefined}
              onClick={() => navigate(catalogPaths.adopt(row.id))}
              data-testid={`catalog-adopt-${row.implCode}`}
            >
              {t('catalogAdmin.action.adopt')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-catalog">
        {t('console.catalog')}
      </Typography.Title>
      <CatalogSectionNav active="items" />
      <Typography.Paragraph className="tb-lead">{t('catalogAdmin.list.intro')}</Typography.Paragraph>

      <ExcelPanel onImported={items.reload} />

      <div className="tb-toolbar">
        <Select
          data-testid="catalog-region"
          className="tb-toolbar-select tb-toolbar-wide"
          aria-label={t('org.region.label')}
          placeholder={t('org.region.all')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={regionOptions.loading}
          options={regionOptions.options}
          value={region}
          onChange={(value: string | undefined) => {
            setRegion(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <div style={{ marginInlineStart: 'auto' }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(catalogPaths.create)}
            data-testid="catalog-new"
          >
            {t('catalogAdmin.new')}
          </Button>
        </div>
      </div>
      {items.error && <LoadError message={items.error} onRetry={items.reload} />}
      <Table<AdminItem>
        data-testid="catalog-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={items.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('catalogAdmin.list.empty')} /> }}
        onRow={(row) =>
          ({ 'data-testid': 'catalog-row', 'data-impl-code': row.implCode }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: items.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
    </section>
  );
}

/** 认领自: an adopted item names its city template when the template is on the same page. */
function AdoptedFrom({ template }: { template: AdminItem | undefined }) {
  const t = useT();
  return (
    <Tag color="purple" style={{ marginTop: 4 }} data-testid="catalog-adopted-from">
      {template ? t('catalogAdmin.adoptedFromNamed', { name: template.name }) : t('catalogAdmin.adoptedFrom')}
    </Tag>
  );
}
