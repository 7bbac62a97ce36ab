import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { ROLES } from '../../../../shared/roles';
import type { Role } from '../../../../shared/roles';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { accountPageSchema, withQuery } from '../contracts';
import type { AccountSummary } from '../contracts';
import { NewStaffModal } from './NewStaffModal';
import { creatableRoles } from './permissions';

export function StaffTab() {
  const t = useT();
  const { lang } = useLang();
  const me = useMe();
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);

  // The server limits the list to the user's region (and department for department admins).
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery('/api/v1/accounts', { role, q, page: page.page, pageSize: page.pageSize }),
        accountPageSchema,
        { signal },
      ),
    [role, q, page],
  );
  const accounts = useApiData(load);
  const now = Date.now();

  const columns: TableColumnsType<AccountSummary> = [
    {
      title: t('org.staff.displayName'),
      key: 'displayName',
      // Kept in view while a phone scrolls the table sideways; the username moves under it there.
      fixed: 'left',
      render: (_, row) => (
        <>
          {row.displayName}
          <div className="tb-secondary tb-xs-only">{row.username}</div>
        </>
      ),
    },
    { title: t('org.staff.username'), dataIndex: 'username', key: 'username', responsive: ['sm'] },
    {
      title: t('org.staff.role'),
      dataIndex: 'role',
      key: 'role',
      render: (value: Role) => <Tag color="blue">{t(`role.${value}`)}</Tag>,
    },
    {
      // Firms have a credit code where people have an ID number; both come masked from the server.
      title: t('org.staff.idNumber'),
      key: 'idNumber',
      render: (_, row) => (
        <span className="tb-mono">{row.idNumberMasked ?? row.creditCodeMasked ?? '—'}</span>
      ),
    },
    {
      title: t('org.staff.phone'),
      dataIndex: 'phoneMasked',
      key: 'phone',
      render: (value: string | null) => <span className="tb-mono">{value ?? '—'}</span>,
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, row) => (
        <Tag color={row.status === 'active' ? 'success' : 'default'}>
          {row.status === 'active'
            ? t('org.staff.status.active')
            : row.status === 'disabled'
              ? t('org.staff.status.disabled')
              : row.status}
        </Tag>
      ),
    },
    {
      title: t('org.staff.lockedUntil'),
      dataIndex: 'lockedUntil',
      key: 'lockedUntil',
      responsive: ['sm'],
      // A lock that has run out no longer matters to anyone; only a current one is flagged.
      render: (value: string | null) =>
        value && Date.parse(value) > now ? <Tag color="warning">{formatDateTime(lang, value)}</Tag> : '—',
    },
  ];

  const canAdd = creatableRoles(me.role).length > 0;
  return (
    <>
      <div className="tb-toolbar">
        <Input.Search
          data-testid="staff-search"
          className="tb-toolbar-search"
          placeholder={t('org.staff.search')}
          aria-label={t('org.staff.search')}
          allowClear
          enterButton={t('common.search')}
          maxLength={50}
          onSearch={(value) => {
            setQ(value.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          data-testid="staff-role"
          className="tb-toolbar-select"
          aria-label={t('org.staff.role')}
          placeholder={t('org.staff.allRoles')}
          allowClear
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          value={role}
          onChange={(value: Role | undefined) => {
            setRole(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {canAdd && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="staff-add"
          >
            {t('org.staff.add')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('org.staff.maskedNote')}</Typography.Paragraph>
      {accounts.error && <LoadError message={accounts.error} onRetry={accounts.reload} />}
      <Table<AccountSummary>
        data-testid="staff-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={accounts.data?.items ?? []}
        loading={accounts.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('org.staff.empty')} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: accounts.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
      {adding && (
        <NewStaffModal
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            accounts.reload();
          }}
        />
      )}
    </>
  );
}
