import { Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { apiRequest } from '../../../app/api';
import { hasMessage, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { centerListSchema } from '../contracts';
import type { Center } from '../contracts';

export function CentersTab() {
  const t = useT();
  const load = useCallback(
    (signal: AbortSignal) => apiRequest('GET', '/api/v1/centers', centerListSchema, { signal }),
    [],
  );
  const centers = useApiData(load);

  const columns: TableColumnsType<Center> = [
    { title: t('org.center.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('org.center.level'),
      dataIndex: 'level',
      key: 'level',
      render: (level: string) => {
        const key = `org.level.${level}`;
        return <Tag>{hasMessage(key) ? t(key) : level}</Tag>;
      },
    },
    { title: t('org.center.region'), dataIndex: 'regionName', key: 'region', responsive: ['sm'] },
    { title: t('org.center.address'), dataIndex: 'address', key: 'address', responsive: ['md'] },
    {
      title: t('org.center.phone'),
      dataIndex: 'phone',
      key: 'phone',
      render: (phone: string) => <a href={`tel:${phone}`}>{phone}</a>,
    },
  ];

  if (centers.error && !centers.data) return <LoadError message={centers.error} onRetry={centers.reload} />;
  return (
    <Table<Center>
      data-testid="centers-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={centers.data ?? []}
      loading={centers.loading}
      // The API returns every center at once; page in the browser so a big province stays readable.
      pagination={{ hideOnSinglePage: true, pageSize: 20 }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('org.center.empty')} /> }}
    />
  );
}
