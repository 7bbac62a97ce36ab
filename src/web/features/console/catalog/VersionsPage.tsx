import { ArrowLeftOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Form, Grid, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { apiRequest } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { catalogPaths, itemApi, versionDetailSchema, versionListSchema, versionState } from './contracts';
import type { VersionSummary } from './contracts';
import { toFormValues } from './formModel';
import type { TabKey } from './formModel';
import { ItemFormTabs } from './ItemFormTabs';
import { versionStatusColor, versionStatusLabel } from './labels';
import { PublishButton } from './PublishButton';
import { StatusTags } from './StatusTags';
import type { ItemInput } from '../../../../shared/catalog.contract';

/** 版本与发布: every version of an item, each readable as it was; the draft can be published here. */
export function VersionsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [viewing, setViewing] = useState<number | null>(null);

  const loadVersions = useCallback(
    (signal: AbortSignal) => apiRequest('GET', itemApi.versions(id), versionListSchema, { signal }),
    [id],
  );
  const versions = useApiData(loadVersions);
  const sorted = useMemo(
    () => [...(versions.data ?? [])].sort((a, b) => b.version - a.version),
    [versions.data],
  );
  const status = versionState(sorted);

  // The newest version names the item (name and code), as the editor shows it.
  const newest = sorted[0]?.version ?? null;
  const loadHead = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', itemApi.version(id, newest ?? 1), versionDetailSchema, { signal }),
    [id, newest],
  );
  const head = useApiData(newest !== null ? loadHead : null);
  const item = head.data?.data;
  usePageTitle(
    item ? `${t('catalogAdmin.versions.title')} · ${item.name}` : t('catalogAdmin.versions.title'),
  );

  const columns: TableColumnsType<VersionSummary> = [
    {
      title: t('catalogAdmin.versions.version'),
      dataIndex: 'version',
      key: 'version',
      render: (v: number) => <strong>v{v}</strong>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: string) => (
        <Tag color={versionStatusColor(s)} data-testid="version-status">
          {versionStatusLabel(t, s)}
        </Tag>
      ),
    },
    {
      title: t('catalogAdmin.versions.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string) => <span className="tb-nowrap">{formatDateTime(lang, at)}</span>,
    },
    {
      title: t('catalogAdmin.versions.publishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      render: (at: string | null) =>
        at ? <span className="tb-nowrap">{formatDateTime(lang, at)}</span> : '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={4} wrap>
          <Button
            size="small"
            icon={<EyeOutlined />}
            onClick={() => setViewing(row.version)}
            data-testid={`version-view-${row.version}`}
          >
            {t('common.view')}
          </Button>
          {row.status === 'draft' && (
            <Button size="small" icon={<EditOutlined />} onClick={() => navigate(catalogPaths.edit(id))}>
              {t('catalogAdmin.action.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section className="tb-page tb-page-wide">
      <Link to={catalogPaths.list} data-testid="catalog-back">
        <ArrowLeftOutlined /> {t('console.catalog')}
      </Link>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start', marginTop: 8 }}>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography.Title level={1} data-testid="page-item-versions" style={{ marginBottom: 4 }}>
            {t('catalogAdmin.versions.title')}
          </Typography.Title>
          {item && (
            <Space wrap size={[8, 4]}>
              <Typography.Text strong>{item.name}</Typography.Text>
              <code className="tb-mono tb-secondary tb-break">{item.implCode}</code>
              <StatusTags publishedVersion={status.publishedVersion} draftVersion={status.draftVersion} />
            </Space>
          )}
        </div>
        {versions.data && (
          <Space wrap>
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(catalogPaths.edit(id))}
              data-testid="versions-edit"
            >
              {t('catalogAdmin.action.edit')}
            </Button>
            <PublishButton
              itemId={id}
              draftVersion={status.draftVersion}
              onPublished={() => versions.reload()}
            />
          </Space>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        style={{ margin: '16px 0' }}
        title={t('catalogAdmin.versions.note')}
        data-testid="versions-note"
      />
      {versions.error && <LoadError message={versions.error} onRetry={versions.reload} />}
      <Table<VersionSummary>
        data-testid="versions-table"
        rowKey="version"
        size="middle"
        columns={columns}
        dataSource={sorted}
        loading={versions.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('catalogAdmin.versions.empty')} /> }}
        onRow={(row) => ({ 'data-testid': `version-row-${row.version}` }) as HTMLAttributes<HTMLElement>}
      />
      <VersionDrawer itemId={id} version={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}

/** One version, read-only: the editor's own form, disabled, so every field is where editors know it. */
function VersionDrawer(props: { itemId: string; version: number | null; onClose: () => void }) {
  const { itemId, version, onClose } = props;
  const t = useT();
  const screens = Grid.useBreakpoint();
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', itemApi.version(itemId, version ?? 1), versionDetailSchema, { signal }),
    [itemId, version],
  );
  const detail = useApiData(version !== null ? load : null);
  const data = detail.data?.version === version ? detail.data : undefined;

  return (
    <Drawer
      open={version !== null}
      onClose={onClose}
      size={screens.lg ? 1000 : '100%'}
      destroyOnHidden
      title={
        data ? (
          <Space wrap>
            <span>{t('catalogAdmin.versions.viewTitle', { v: data.version })}</span>
            <Tag color={versionStatusColor(data.status)}>{versionStatusLabel(t, data.status)}</Tag>
          </Space>
        ) : (
          t('catalogAdmin.versions.viewTitle', { v: version ?? '' })
        )
      }
    >
      {detail.error && <LoadError message={detail.error} onRetry={detail.reload} />}
      {!data && !detail.error && <Spin />}
      {data && <ReadOnlyItem item={data.data} />}
    </Drawer>
  );
}

function ReadOnlyItem({ item }: { item: ItemInput }) {
  const [form] = Form.useForm();
  const [tab, setTab] = useState<TabKey>('basic');
  const initial = useMemo(() => toFormValues(item), [item]);
  return (
    <Form form={form} layout="vertical" disabled initialValues={initial} data-testid="version-view">
      <ItemFormTabs mode="view" activeTab={tab} onTabChange={setTab} />
    </Form>
  );
}
