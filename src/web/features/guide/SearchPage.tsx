import { CloseOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Empty, Grid, Input, Select, Skeleton } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { apiRequest } from '../../app/api';
import { useT } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import { usePageTitle } from '../../components/usePageTitle';
import { BundleCard, BundlesByLifeCycle, ItemCard } from './cards';
import { api, bundleListSchema, searchResponseSchema, withQuery } from './contracts';
import type { Facet, SearchResponse } from './contracts';
import { useCodeLabel } from './labels';
import { Zh, useGuidePaths } from './shared';

const PAGE_SIZE = 10;

/** What people most often come for; each chip is a search. */
export const POPULAR_SEARCHES = ['开餐馆', '办身份证', '生孩子', '开公司', '社保', '公积金', '结婚', '退休'];

const FILTERS = ['department', 'level', 'object', 'theme'] as const;
type FilterKey = (typeof FILTERS)[number];
const FILTER_LABEL: Record<FilterKey, MessageKey> = {
  department: 'guide.filter.department',
  level: 'guide.filter.level',
  object: 'guide.filter.object',
  theme: 'guide.filter.theme',
};
const FILTER_VALUE: Record<FilterKey, RegExp> = {
  department: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  level: /^[1-6]$/,
  object: /^[1-6]$/,
  theme: /^.{1,30}$/u,
};
const FACET_OF: Record<FilterKey, keyof SearchResponse['facets']> = {
  department: 'departments',
  level: 'levels',
  object: 'objects',
  theme: 'themes',
};

/** /guide and /guide?q=…: the search box, then either browse sections or the results. Everything is in the URL. */
export function SearchPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  // A hand-edited URL with a malformed filter gets the filter ignored, not a validation error.
  const filters = Object.fromEntries(
    FILTERS.map((key) => {
      const value = (params.get(key) ?? '').trim();
      return [key, FILTER_VALUE[key].test(value) ? value : ''];
    }),
  ) as Record<FilterKey, string>;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const filtered = FILTERS.some((key) => filters[key] !== '');
  const searching = q !== '' || filtered;
  usePageTitle(
    q ? t('guide.results.for', { q }) : searching ? t('guide.results.browse') : t('guide.home.heading'),
  );

  const onSearch = (value: string) => {
    // A new query starts over: the old filters may not fit it.
    setParams(value ? { q: value } : {});
  };

  return (
    <div className="tb-page tb-guide">
      {!searching && (
        <>
          <h1 className="tb-guide-h1">{t('guide.home.heading')}</h1>
          <p className="tb-lead tb-guide-intro">{t('guide.home.intro')}</p>
        </>
      )}
      <SearchForm initial={q} onSearch={onSearch} />
      {!searching && <PopularSearches />}
      {searching ? (
        <Results
          q={q}
          filters={filters}
          page={page}
          setFilter={(key, value) => {
            const next = new URLSearchParams(params);
            if (value) next.set(key, value);
            else next.delete(key);
            next.delete('page');
            setParams(next);
          }}
          clearFilters={() => setParams(q ? { q } : {})}
          setPage={(n) => {
            const next = new URLSearchParams(params);
            if (n > 1) next.set('page', String(n));
            else next.delete('page');
            setParams(next);
          }}
        />
      ) : (
        <Browse />
      )}
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [value, setValue] = useState(initial);
  // Back/forward and chips change the URL: the box follows.
  useEffect(() => setValue(initial), [initial]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="tb-guide-search" onSubmit={onSubmit}>
      <label htmlFor="guide-search-q" className="tb-guide-sr-only">
        {t('guide.search.label')}
      </label>
      <Input
        id="guide-search-q"
        data-testid="guide-search-input"
        className="tb-guide-search-input"
        type="search"
        enterKeyHint="search"
        size="large"
        maxLength={50}
        placeholder={t('guide.search.placeholder')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        className="tb-guide-search-submit"
        data-testid="guide-search-submit"
      >
        {t('guide.search.submit')}
      </Button>
    </form>
  );
}

function PopularSearches() {
  const t = useT();
  const paths = useGuidePaths();
  return (
    <div className="tb-guide-popular">
      <span className="tb-guide-popular-label" id="guide-popular">
        {t('guide.search.popular')}
      </span>
      <ul className="tb-guide-chips" aria-labelledby="guide-popular">
        {POPULAR_SEARCHES.map((text) => (
          <li key={text}>
            <Link to={paths.search({ q: text })} className="tb-guide-chip">
              <Zh>{text}</Zh>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The home's browse sections: life events, themes and departments (from the facets of an empty search). */
function Browse() {
  const t = useT();
  const paths = useGuidePaths();
  const loadFacets = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery(api.search, { pageSize: 1 }), searchResponseSchema, { signal }),
    [],
  );
  const loadBundles = useCallback(
    (signal: AbortSignal) => apiRequest('GET', api.bundles, bundleListSchema, { signal }),
    [],
  );
  const facets = useApiData(loadFacets);
  const bundles = useApiData(loadBundles);

  return (
    <>
      <section className="tb-guide-section" aria-labelledby="browse-life">
        <h2 className="tb-guide-h2" id="browse-life">
          {t('guide.browse.lifeEvents')}
        </h2>
        <p className="tb-guide-muted tb-elder-hidden">{t('guide.results.bundlesHint')}</p>
        {bundles.error && <LoadError message={bundles.error} onRetry={bundles.reload} />}
        {bundles.loading && !bundles.data ? (
          <CardSkeletons n={2} />
        ) : (
          bundles.data && <BundlesByLifeCycle bundles={bundles.data} headingLevel={3} />
        )}
      </section>

      <section className="tb-guide-section" aria-labelledby="browse-themes">
        <h2 className="tb-guide-h2" id="browse-themes">
          {t('guide.browse.themes')}
        </h2>
        {facets.error && <LoadError message={facets.error} onRetry={facets.reload} />}
        {facets.loading && !facets.data && <Skeleton active title={false} paragraph={{ rows: 2 }} />}
        {facets.data &&
          (facets.data.facets.themes.length === 0 ? (
            <p className="tb-guide-muted">{t('guide.browse.none')}</p>
          ) : (
            <ul className="tb-guide-chips" aria-labelledby="browse-themes">
              {facets.data.facets.themes.map((theme) => (
                <li key={theme.value}>
                  <Link to={paths.search({ theme: theme.value })} className="tb-guide-chip">
                    <Zh>{theme.label}</Zh>
                    <span className="tb-guide-chip-count">{theme.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ))}
      </section>

      <section className="tb-guide-section" aria-labelledby="browse-departments">
        <h2 className="tb-guide-h2" id="browse-departments">
          {t('guide.browse.departments')}
        </h2>
        {facets.loading && !facets.data && <Skeleton active title={false} paragraph={{ rows: 4 }} />}
        {facets.data &&
          (facets.data.facets.departments.length === 0 ? (
            <p className="tb-guide-muted">{t('guide.browse.none')}</p>
          ) : (
            <ul className="tb-guide-departments" aria-labelledby="browse-departments">
              {[...facets.data.facets.departments]
                .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
                .map((department) => (
                  <li key={department.value}>
                    <Link to={paths.search({ department: department.value })} className="tb-guide-department">
                      <Zh>{department.label}</Zh>
                      <span className="tb-guide-chip-count">
                        {t('guide.browse.count', { count: department.count })}
                      </span>
                    </Link>
                  </li>
                ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function Results({
  q,
  filters,
  page,
  setFilter,
  clearFilters,
  setPage,
}: {
  q: string;
  filters: Record<FilterKey, string>;
  page: number;
  setFilter: (key: FilterKey, value: string | undefined) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
}) {
  const t = useT();
  const paths = useGuidePaths();
  const { department, level, object, theme } = filters;
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery(api.search, { q, department, level, object, theme, page, pageSize: PAGE_SIZE }),
        searchResponseSchema,
        { signal },
      ),
    [q, department, level, object, theme, page],
  );
  const results = useApiData(load);
  const data = results.loading ? undefined : results.data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const filtered = FILTERS.some((key) => filters[key] !== '');

  const goToPage = (n: number) => {
    setPage(n);
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <h1 className="tb-guide-h1 tb-guide-results-title" ref={headingRef} tabIndex={-1}>
        {q ? t('guide.results.for', { q }) : t('guide.results.browse')}
      </h1>
      <p className="tb-guide-count" role="status">
        {data ? t('guide.results.count', { total: data.total }) : results.loading ? t('app.loading') : ''}
      </p>

      {(filtered || results.loading || (results.data?.total ?? 0) > 0) && (
        <Filters
          facets={results.data?.facets}
          filters={filters}
          setFilter={setFilter}
          clearFilters={clearFilters}
        />
      )}

      {results.error && <LoadError message={results.error} onRetry={results.reload} />}
      {results.loading && <CardSkeletons n={4} />}

      {data && page === 1 && data.bundles.length > 0 && (
        <section className="tb-guide-section" aria-labelledby="results-bundles">
          <h2 className="tb-guide-h2" id="results-bundles">
            {t('guide.results.bundles')}
          </h2>
          <p className="tb-guide-muted tb-elder-hidden">{t('guide.results.bundlesHint')}</p>
          <ul className="tb-guide-cards" aria-labelledby="results-bundles">
            {data.bundles.map((bundle) => (
              <BundleCard key={bundle.code} bundle={bundle} />
            ))}
          </ul>
        </section>
      )}

      {data && data.items.length > 0 && (
        <section className="tb-guide-section" aria-labelledby="results-items">
          <h2 className="tb-guide-h2" id="results-items">
            {t('guide.results.items')}
          </h2>
          <ul className="tb-guide-cards" aria-labelledby="results-items">
            {data.items.map((item) => (
              <ItemCard key={item.implCode} item={item} />
            ))}
          </ul>
          {pages > 1 && <Pager page={page} pages={pages} onPage={goToPage} />}
        </section>
      )}

      {data && data.items.length === 0 && data.bundles.length === 0 && (
        <Empty
          className="tb-guide-empty"
          data-testid="guide-results-empty"
          description={
            <>
              <strong className="tb-guide-empty-title">
                {q ? t('guide.results.emptyFor', { q }) : t('guide.results.empty')}
              </strong>
              <span className="tb-guide-empty-hint">{t('guide.results.emptyHint')}</span>
            </>
          }
        >
          <ul className="tb-guide-chips tb-guide-chips-center">
            {POPULAR_SEARCHES.slice(0, 4).map((text) => (
              <li key={text}>
                <Link to={paths.search({ q: text })} className="tb-guide-chip">
                  <Zh>{text}</Zh>
                </Link>
              </li>
            ))}
          </ul>
          <div className="tb-guide-empty-actions">
            {filtered && <Button onClick={clearFilters}>{t('guide.results.clearFilters')}</Button>}
            <Link to={paths.home}>{t('guide.results.backToGuide')}</Link>
          </div>
        </Empty>
      )}
    </>
  );
}

function Filters({
  facets,
  filters,
  setFilter,
  clearFilters,
}: {
  facets: SearchResponse['facets'] | undefined;
  filters: Record<FilterKey, string>;
  setFilter: (key: FilterKey, value: string | undefined) => void;
  clearFilters: () => void;
}) {
  const t = useT();
  const label = useCodeLabel();
  // Facet labels come from the server in Chinese; levels and objects have English labels of ours.
  const optionLabel = (key: FilterKey, facet: Facet) => {
    if (key === 'level') return label('level', facet.value);
    if (key === 'object') return label('object', facet.value);
    return facet.label;
  };
  const options = (key: FilterKey) => {
    const list = facets?.[FACET_OF[key]] ?? [];
    const current = filters[key];
    const all = list.map((facet) => ({
      value: facet.value,
      label: `${optionLabel(key, facet)}（${facet.count}）`,
      text: optionLabel(key, facet),
    }));
    if (current && !all.some((o) => o.value === current)) {
      const text = key === 'level' || key === 'object' ? label(key, current) : current;
      all.unshift({ value: current, label: `${text}（0）`, text });
    }
    return all;
  };
  const active = FILTERS.filter((key) => filters[key] !== '');
  // Phones fold the four selects behind one button; wider screens always show them.
  const wide = Grid.useBreakpoint().md ?? false;
  const [open, setOpen] = useState(false);

  return (
    <div className="tb-guide-filters">
      <h2 className="tb-guide-sr-only">{t('guide.filter.heading')}</h2>
      {!wide && (
        <Button
          className="tb-guide-filter-toggle"
          icon={<FilterOutlined aria-hidden />}
          aria-expanded={open}
          aria-controls="guide-filter-panel"
          data-testid="guide-filter-toggle"
          onClick={() => setOpen(!open)}
        >
          {t('guide.filter.heading')}
          {active.length > 0 && ` (${active.length})`}
        </Button>
      )}
      <div className="tb-guide-filter-grid" id="guide-filter-panel" hidden={!wide && !open}>
        {FILTERS.map((key) => (
          <div key={key} className={`tb-guide-filter tb-guide-filter-${key}`}>
            <label className="tb-guide-filter-label" htmlFor={`guide-filter-${key}`}>
              {t(FILTER_LABEL[key])}
            </label>
            <Select
              id={`guide-filter-${key}`}
              data-testid={`guide-filter-${key}`}
              className="tb-guide-filter-select"
              allowClear
              showSearch={key === 'department' || key === 'theme' ? { optionFilterProp: 'text' } : false}
              placeholder={t('guide.filter.all')}
              value={filters[key] || undefined}
              options={options(key)}
              loading={!facets}
              onChange={(value: string | undefined) => setFilter(key, value)}
              popupMatchSelectWidth={false}
            />
          </div>
        ))}
      </div>
      {active.length > 0 && (
        <ul className="tb-guide-active-filters">
          {active.map((key) => {
            const text = options(key).find((o) => o.value === filters[key])?.text ?? filters[key];
            const name = `${t(FILTER_LABEL[key])}：${text}`;
            return (
              <li key={key}>
                <Button
                  size="small"
                  className="tb-guide-active-filter"
                  icon={<CloseOutlined aria-hidden />}
                  iconPlacement="end"
                  aria-label={t('guide.filter.remove', { label: name })}
                  onClick={() => setFilter(key, undefined)}
                >
                  {name}
                </Button>
              </li>
            );
          })}
          <li>
            <Button size="small" type="link" onClick={clearFilters}>
              {t('guide.results.clearFilters')}
            </Button>
          </li>
        </ul>
      )}
    </div>
  );
}

function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const t = useT();
  return (
    <nav className="tb-guide-pager" aria-label={t('guide.page.label')}>
      <Button size="large" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('guide.page.prev')}
      </Button>
      <span className="tb-guide-pager-status" aria-current="page">
        {t('guide.page.of', { page, pages })}
      </span>
      <Button size="large" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('guide.page.next')}
      </Button>
    </nav>
  );
}

export function CardSkeletons({ n }: { n: number }) {
  return (
    <ul className="tb-guide-cards" aria-hidden>
      {Array.from({ length: n }, (_, i) => (
        <li key={i} className="tb-guide-card tb-guide-card-skeleton">
          <Skeleton active title={{ width: '70%' }} paragraph={{ rows: 2, width: ['40%', '60%'] }} />
        </li>
      ))}
    </ul>
  );
}
