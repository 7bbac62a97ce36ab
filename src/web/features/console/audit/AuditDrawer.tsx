import { Button, Descriptions, Drawer, Grid, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import type { AuditRow } from '../contracts';
import { actionLabel, entityTypeLabel, roleLabel } from './labels';

/** One audit row in full: the (server-masked) detail, its SM3 digest and its place in the chain. */
export function AuditDrawer(props: {
  row: AuditRow | null;
  onClose: () => void;
  onFilterActor: (actorId: string) => void;
  onFilterEntity: (entityType: string, entityId: string) => void;
}) {
  const { row, onClose, onFilterActor, onFilterEntity } = props;
  const t = useT();
  const { lang } = useLang();
  const screens = Grid.useBreakpoint();

  const mono = (text: string | null) =>
    text ? (
      <Typography.Text className="tb-mono tb-break" copyable>
        {text}
      </Typography.Text>
    ) : (
      '—'
    );

  const items: DescriptionsProps['items'] = row
    ? [
        { key: 'seq', label: t('audit.seq'), children: row.seq },
        { key: 'at', label: t('audit.at'), children: formatDateTime(lang, row.at) },
        {
          key: 'action',
          label: t('audit.action'),
          children: (
            <>
              {actionLabel(t, row.action)} <code className="tb-code-secondary">{row.action}</code>
            </>
          ),
        },
        {
          key: 'actor',
          label: t('audit.actor'),
          children: (
            <Space orientation="vertical" size={4}>
              <span>{roleLabel(t, row.actorRole)}</span>
              {row.actorId && mono(row.actorId)}
              {row.actorId && (
                <Button size="small" onClick={() => row.actorId && onFilterActor(row.actorId)}>
                  {t('audit.onlyActor')}
                </Button>
              )}
            </Space>
          ),
        },
        {
          key: 'entity',
          label: t('audit.entity'),
          children: (
            <Space orientation="vertical" size={4}>
              <span>{entityTypeLabel(t, row.entityType)}</span>
              {row.entityId && mono(row.entityId)}
              {row.entityId && (
                <Button
                  size="small"
                  onClick={() => row.entityId && onFilterEntity(row.entityType, row.entityId)}
                >
                  {t('audit.onlyEntity')}
                </Button>
              )}
            </Space>
          ),
        },
        { key: 'region', label: t('audit.region'), children: row.regionCode ?? '—' },
        { key: 'request', label: t('audit.requestId'), children: mono(row.requestId) },
        { key: 'digest', label: t('audit.digest'), children: mono(row.digest) },
        { key: 'hash', label: t('audit.hash'), children: mono(row.hash) },
      ]
    : [];

  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      title={row ? t('audit.rowTitle', { seq: row.seq }) : ''}
      // Full width on phones; a comfortable reading width elsewhere.
      size={screens.md ? 640 : '100%'}
      data-testid="audit-drawer"
    >
      {row && (
        <>
          <Descriptions column={1} size="small" bordered items={items} />
          <Typography.Title level={2} className="tb-drawer-subtitle">
            {t('audit.detail')}
          </Typography.Title>
          <pre className="tb-json" data-testid="audit-detail-json">
            {JSON.stringify(row.detail, null, 2)}
          </pre>
        </>
      )}
    </Drawer>
  );
}
