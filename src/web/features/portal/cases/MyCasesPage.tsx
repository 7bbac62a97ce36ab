import { Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { casePageSchema, casePaths, caseQueryString } from '../../cases/api';
import { CaseCard } from '../../cases/parts';

const PAGE_SIZE = 10;

/** 我的办件: newest first, with status, light and remaining working days. */
export function MyCasesPage() {
  const t = useT();
  usePageTitle(t('cases.mine.heading'));
  const [page, setPage] = useState(1);
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        casePaths.mine + caseQueryString({ page, pageSize: PAGE_SIZE, sort: '-received' }),
        casePageSchema,
        { signal },
      ),
    [page],
  );
  const list = useApiData(load);
  return (
    <section className="tb-page">
      <Typography.Title level={1}>{t('cases.mine.heading')}</Typography.Title>
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {!list.data && list.loading && <Skeleton active />}
      {list.data && list.data.items.length === 0 && <Empty description={t('cases.mine.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <>
          <ul className="tb-case-cards" data-testid="my-cases">
            {list.data.items.map((c) => (
              <li key={c.id}>
                <CaseCard
                  c={c}
                  to={
                    c.status === 'draft'
                      ? `/portal/cases/apply/${c.implCode}?draft=${c.id}`
                      : `/portal/cases/${c.id}`
                  }
                  extra={
                    c.status === 'draft' ? (
                      <span className="tb-case-muted">{t('cases.continueDraft')}</span>
                    ) : c.bundleCaseId ? (
                      <Tag color="blue" data-testid="case-card-bundle">
                        {t('cases.bundle.tag')}
                      </Tag>
                    ) : null
                  }
                />
              </li>
            ))}
          </ul>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={setPage}
            simple
            hideOnSinglePage
          />
        </>
      )}
    </section>
  );
}
