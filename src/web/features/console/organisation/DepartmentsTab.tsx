import { Empty, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { departmentPageSchema, withQuery } from '../contracts';
import type { Department } from '../contracts';
import { useRegionOptions } from './useRegionOptions';

export function DepartmentsTab() {
  const t = useT();
  const me = useMe();
  // Start with the user's own region: that is what they manage. Clearing the filter shows all.
  const [region, setRegion] = useState<string | undefined>(me.regionCode ?? undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const regionOptions = useRegionOptions();

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery('/api/v1/departments', { region, q, page: page.page, pageSize: page.pageSize }),
        departmentPageSchema,
        { signal },
      ),
    [region, q, page],
  );
  const departments = useApiData(load);

  const columns: TableColumnsType<Department> = [
    { title: t('org.dept.name'), dataIndex: 'name', key: 'name' },
    { title: t('org.dept.shortName'), dataIndex: 'shortName', key: 'shortName' },
    { title: t('org.dept.region'), dataIndex: 'regionName', key: 'region', responsive: ['sm'] },
    {
      title: t('org.dept.key'),
      dataIndex: 'key',
      key: 'key',
      responsive: ['md'],
      render: (key: string) => <code>{key}</code>,
    },
  ];

  return (
    <>
      <div className="tb-toolbar">
        <Input.Search
          data-testid="departments-search"
          className="tb-toolbar-search"
          placeholder={t('org.dept.search')}
          aria-label={t('org.dept.search')}
          allowClear
          enterButton={t('common.search')}
          maxLength={50}
          onSearch={(value) => {
            setQ(value.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          data-testid="departments-region"
          className="tb-toolbar-select"
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
      </div>
      {departments.error && <LoadError message={departments.error} onRetry={departments.reload} />}
      <Table<Department>
        data-testid="departments-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={departments.data?.items ?? []}
        loading={departments.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('org.dept.empty')} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: departments.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
    </>
  );
}
