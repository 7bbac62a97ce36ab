import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { auditPageSchema, auditVerifySchema, withQuery } from '../contracts';
import type { AuditRow, AuditVerifyResult } from '../contracts';
import { AuditDrawer } from './AuditDrawer';
import {
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
  actionLabel,
  entityTypeLabel,
  roleLabel,
  shortId,
} from './labels';

interface Filters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
}

/** 审计日志: the append-only, hash-chained log, newest first, within the reader's region. */
export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  const me = useMe();
  usePageTitle(t('console.audit'));
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<AuditRow | null>(null);

  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/audit', { ...filters, ...page }), auditPageSchema, { signal }),
    [filters, page],
  );
  const rows = useApiData(load);

  const filter = (next: Filters) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage((p) => ({ ...p, page: 1 }));
  };

  const columns: TableColumnsType<AuditRow> = [
    // The seq is in the drawer too; phones keep their width for the action and the actor.
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 72, responsive: ['sm'] },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      render: (at: string) => <span className="tb-nowrap">{formatDateTime(lang, at)}</span>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => {
        const label = actionLabel(t, action);
        return (
          <span className="tb-audit-action">
            <span>{label}</span>
            {label !== action && <code className="tb-code-secondary tb-sm-up">{action}</code>}
          </span>
        );
      },
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, row) => (
        <span className="tb-nowrap">
          {roleLabel(t, row.actorRole)}
          {row.actorId && <code className="tb-code-secondary"> {shortId(row.actorId)}</code>}
        </span>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      responsive: ['sm'],
      render: (_, row) => (
        <span className="tb-nowrap">
          {entityTypeLabel(t, row.entityType)}
          {row.entityId && <code className="tb-code-secondary"> {shortId(row.entityId)}</code>}
        </span>
      ),
    },
    { title: t('audit.region'), dataIndex: 'regionCode', key: 'region', responsive: ['lg'] },
    {
      title: t('common.details'),
      key: 'open',
      render: (_, row) => (
        <Button size="small" onClick={() => setOpen(row)} data-testid={`audit-open-${row.seq}`}>
          {t('common.view')}
        </Button>
      ),
    },
  ];

  // Narrowing set from the drawer (one actor, one entity): shown as tags that can be removed.
  const narrowing: { key: 'actorId' | 'entityId'; label: string }[] = [];
  if (filters.actorId)
    narrowing.push({ key: 'actorId', label: t('audit.filterActor', { id: shortId(filters.actorId) }) });
  if (filters.entityId)
    narrowing.push({ key: 'entityId', label: t('audit.filterEntity', { id: shortId(filters.entityId) }) });

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-audit">
        {t('console.audit')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">
        {me.regionCode
          ? t('audit.scope.region', { region: me.regionName ?? me.regionCode })
          : t('audit.scope.all')}
      </Typography.Paragraph>

      {/* Only the platform admin may walk the chain (GET /audit/verify). */}
      {me.role === 'platform_admin' && <VerifyChain />}

      <div className="tb-toolbar">
        <Select
          data-testid="audit-filter-action"
          className="tb-toolbar-select tb-toolbar-wide"
          aria-label={t('audit.action')}
          placeholder={t('audit.allActions')}
          allowClear
          showSearch={{ optionFilterProp: ['label', 'value'] }}
          options={KNOWN_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))}
          value={filters.action}
          onChange={(value: string | undefined) => filter({ action: value })}
        />
        <Select
          data-testid="audit-filter-entity-type"
          className="tb-toolbar-select"
          aria-label={t('audit.entityType')}
          placeholder={t('audit.allEntityTypes')}
          allowClear
          options={KNOWN_ENTITY_TYPES.map((e) => ({ value: e, label: entityTypeLabel(t, e) }))}
          value={filters.entityType}
          onChange={(value: string | undefined) => filter({ entityType: value })}
        />
        {narrowing.map((n) => (
          <Tag key={n.key} closable onClose={() => filter({ [n.key]: undefined })} className="tb-filter-tag">
            {n.label}
          </Tag>
        ))}
      </div>

      {rows.error && <LoadError message={rows.error} onRetry={rows.reload} />}
      <Table<AuditRow>
        data-testid="audit-table"
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={rows.data?.items ?? []}
        loading={rows.loading}
        // Tapping a row opens it too: on a phone the button may be scrolled out of sight.
        onRow={(row) => ({ onClick: () => setOpen(row), className: 'tb-clickable' })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
      <AuditDrawer
        row={open}
        onClose={() => setOpen(null)}
        onFilterActor={(actorId) => {
          setOpen(null);
          filter({ actorId });
        }}
        onFilterEntity={(entityType, entityId) => {
          setOpen(null);
          filter({ entityType, entityId });
        }}
      />
    </section>
  );
}

/** 校验哈希链: asks the server to walk the whole SM3 chain and says plainly what it found. */
function VerifyChain() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await apiRequest('GET', '/api/v1/audit/verify', auditVerifySchema));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-verify">
      <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={verify} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      {error && <Alert type="error" showIcon title={error} data-testid="audit-verify-result" />}
      {result &&
        (result.ok || !result.firstBroken ? (
          <Alert
            type="success"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verify.ok', { n: result.rowsChecked })}
            description={t('audit.verify.okHint')}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verify.broken', { seq: result.firstBroken.seq })}
            description={t('audit.verify.brokenHint', {
              reason: t(`audit.reason.${result.firstBroken.reason}`),
              n: result.rowsChecked,
            })}
          />
        ))}
    </div>
  );
}
