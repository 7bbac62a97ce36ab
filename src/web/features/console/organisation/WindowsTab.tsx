import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { ApiError, apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { centerListSchema, departmentSchema, windowListSchema, windowSchema, withQuery } from '../contracts';
import type { OrgWindow } from '../contracts';
import { NewWindowModal } from './NewWindowModal';
import { canManageWindows, regionCovers } from './permissions';

export function WindowsTab() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [toggling, setToggling] = useState<string | null>(null);

  const loadCenters = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/centers', centerListSchema, { signal }),
    [],
  );
  const centers = useApiData(loadCenters);
  // GET /centers is public and lists every center; offer the ones in the user's region.
  const centerOptions = useMemo(
    () =>
      (centers.data ?? []).filter((c) => c.id === me.centerId || regionCovers(me.regionCode, c.regionCode)),
    [centers.data, me.centerId, me.regionCode],
  );
  // A center admin starts on their own center; everyone else on the first one they cover.
  const centerId = picked ?? me.centerId ?? centerOptions[0]?.id ?? null;
  const center = centerOptions.find((c) => c.id === centerId) ?? null;
  const manage = canManageWindows(me, centerId);

  const loadWindows = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/windows', { center: centerId }), windowListSchema, { signal }),
    [centerId],
  );
  const windows = useApiData(centerId ? loadWindows : null);

  // Windows carry only a department id; look the few distinct ones up to show their names.
  const departmentIds = useMemo(
    () => [...new Set((windows.data ?? []).flatMap((w) => (w.departmentId ? [w.departmentId] : [])))].sort(),
    [windows.data],
  );
  const idsKey = departmentIds.join(',');
  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      Promise.all(
        idsKey
          .split(',')
          .map((id) => apiRequest('GET', `/api/v1/departments/${id}`, departmentSchema, { signal })),
      ).then((list) => new Map(list.map((d) => [d.id, d.name]))),
    [idsKey],
  );
  const departmentNames = useApiData(idsKey ? loadDepartments : null);

  const setActive = async (row: OrgWindow, active: boolean) => {
    setToggling(row.id);
    try {
      await apiRequest('PATCH', `/api/v1/windows/${row.id}`, windowSchema, { body: { active } });
      void message.success(
        t(active ? 'org.window.activated' : 'org.window.deactivated', { number: row.number }),
      );
      windows.reload();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('error.network'));
    } finally {
      setToggling(null);
    }
  };

  const columns: TableColumnsType<OrgWindow> = [
    {
      title: t('org.window.number'),
      dataIndex: 'number',
      key: 'number',
      fixed: 'left',
      render: (number: string) => (
        <strong className="tb-window-number" data-testid={`window-number-${number}`}>
          {number}
        </strong>
      ),
    },
    { title: t('org.window.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('org.window.kind'),
      key: 'kind',
      render: (_, row) =>
        row.kind === 'general' ? (
          <Tag color="blue">{t('org.window.kind.general')}</Tag>
        ) : (
          <span className="tb-nowrap">
            <Tag color="purple">{t('org.window.kind.dedicated')}</Tag>
            {row.departmentId ? departmentNames.data?.get(row.departmentId) : null}
          </span>
        ),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      key: 'active',
      render: (active: boolean, row) => (
        <Tag color={active ? 'success' : 'default'} data-testid={`window-status-${row.number}`}>
          {t(active ? 'org.window.inUse' : 'org.window.outOfUse')}
        </Tag>
      ),
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        // Stopping a window takes it out of intake, so it asks first; starting it again does too, cheaply.
        <Popconfirm
          title={t(row.active ? 'org.window.confirmDeactivate' : 'org.window.confirmActivate', {
            number: row.number,
          })}
          okText={t(row.active ? 'org.window.deactivate' : 'org.window.activate')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: row.active, 'data-testid': 'window-toggle-confirm' }}
          onConfirm={() => setActive(row, !row.active)}
        >
          <Button
            size="small"
            danger={row.active}
            loading={toggling === row.id}
            data-testid={`window-toggle-${row.number}`}
          >
            {t(row.active ? 'org.window.deactivate' : 'org.window.activate')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  if (centers.error && !centers.data) return <LoadError message={centers.error} onRetry={centers.reload} />;
  return (
    <>
      <div className="tb-toolbar">
        <Select
          data-testid="window-center"
          className="tb-toolbar-select tb-toolbar-wide"
          aria-label={t('org.window.center')}
          placeholder={t('org.window.pickCenter')}
          loading={centers.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={centerOptions.map((c) => ({ value: c.id, label: c.name }))}
          value={centerOptions.length ? (centerId ?? undefined) : undefined}
          onChange={(value: string) => setPicked(value)}
        />
        {manage && center && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="window-add"
          >
            {t('org.window.add')}
          </Button>
        )}
      </div>
      {center && !manage && (
        <Typography.Paragraph type="secondary">{t('org.window.readOnly')}</Typography.Paragraph>
      )}
      {windows.error && <LoadError message={windows.error} onRetry={windows.reload} />}
      <Table<OrgWindow>
        data-testid="windows-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={centerId ? (windows.data ?? []) : []}
        loading={windows.loading || centers.loading}
        pagination={{ hideOnSinglePage: true, pageSize: 50 }}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty description={t(centerId ? 'org.window.empty' : 'org.window.noCenter')} />,
        }}
      />
      {adding && center && (
        <NewWindowModal
          center={center}
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            windows.reload();
          }}
        />
      )}
    </>
  );
}
