import { useCallback } from 'react';
import { apiRequest } from '../../app/api';
import { useT } from '../../app/i18n';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import { usePageTitle } from '../../components/usePageTitle';
import { CardSkeletons } from './SearchPage';
import { BundlesByLifeCycle } from './cards';
import { api, bundleListSchema } from './contracts';

/** /portal/bundles: every "one thing", by personal and business life cycle. */
export function BundleListPage() {
  const t = useT();
  usePageTitle(t('guide.bundle.list.heading'));
  const load = useCallback(
    (signal: AbortSignal) => apiRequest('GET', api.bundles, bundleListSchema, { signal }),
    [],
  );
  const bundles = useApiData(load);
  return (
    <div className="tb-page tb-guide">
      <h1 className="tb-guide-h1" data-testid="guide-bundles-title">
        {t('guide.bundle.list.heading')}
      </h1>
      <p className="tb-lead tb-guide-intro">{t('guide.bundle.list.intro')}</p>
      {bundles.error && <LoadError message={bundles.error} onRetry={bundles.reload} />}
      {bundles.loading && !bundles.data && <CardSkeletons n={3} />}
      {bundles.data &&
        (bundles.data.length === 0 ? (
          <p className="tb-guide-muted">{t('guide.bundle.list.empty')}</p>
        ) : (
          <BundlesByLifeCycle bundles={bundles.data} headingLevel={2} />
        ))}
    </div>
  );
}
