import { Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { BundleCase } from '../../../../shared/cases.contract';
import { bundleCaseSchema } from '../../../../shared/cases.contract';
import { apiRequest } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { CaseCard } from '../../cases/parts';

const bundleCasePath = (id: string) => `/api/v1/cases/bundles/${encodeURIComponent(id)}`;

/** /portal/cases/bundles/:id: the one progress view of a bundle application, a card per child case. */
export function BundleProgressPage() {
  const { id = '' } = useParams();
  const t = useT();
  const load = useCallback(
    (signal: AbortSignal) => apiRequest('GET', bundleCasePath(id), bundleCaseSchema, { signal }),
    [id],
  );
  const data = useApiData(load);
  usePageTitle(data.data?.bundleName ?? t('cases.bundle.progress'));
  return (
    <section className="tb-page">
      <Link to="/portal/cases">{t('cases.back')}</Link>
      {data.error && <LoadError message={data.error} onRetry={data.reload} />}
      {!data.data && data.loading && <Skeleton active />}
      {data.data && <Progress b={data.data} />}
    </section>
  );
}

function Progress({ b }: { b: BundleCase }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <Typography.Title level={1} lang="zh-CN" data-testid="bundle-title">
        {b.bundleName}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        className="tb-case-facts"
        items={[
          {
            key: 'status',
            label: t('cases.bundle.overall'),
            children: (
              <Tag
                color={b.status === 'completed' ? 'success' : 'processing'}
                data-testid="bundle-status"
                data-status={b.status}
              >
                {t(`cases.bundle.status.${b.status}`)}
              </Tag>
            ),
          },
          {
            key: 'lead',
            label: t('cases.bundle.leadDepartment'),
            children: <span lang="zh-CN">{b.leadDepartmentName}</span>,
          },
          { key: 'applicant', label: t('cases.applicant'), children: b.applicantName },
          {
            key: 'promised',
            label: t('cases.bundle.promised'),
            children:
              b.promisedDays === 0
                ? t('cases.bundle.immediate')
                : t('cases.bundle.days', { n: b.promisedDays }),
          },
          { key: 'created', label: t('cases.bundle.created'), children: formatDateTime(lang, b.createdAt) },
          ...(b.completedAt
            ? [
                {
                  key: 'completed',
                  label: t('cases.bundle.completedAt'),
                  children: formatDateTime(lang, b.completedAt),
                },
              ]
            : []),
        ]}
      />
      <h2 className="tb-case-h2">{t('cases.bundle.children', { n: b.children.length })}</h2>
      {/* A case number is 45 digits with no break: let it wrap on a phone rather than scroll sideways. */}
      <ul className="tb-case-cards" data-testid="bundle-children" style={{ overflowWrap: 'anywhere' }}>
        {b.children.map((c) => (
          <li key={c.id} data-testid="bundle-child" data-impl-code={c.implCode}>
            <CaseCard
              c={c}
              to={`/portal/cases/${c.id}`}
              extra={
                <span className="tb-case-muted" lang="zh-CN">
                  {t('cases.bundle.department', { name: c.departmentName })}
                </span>
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
