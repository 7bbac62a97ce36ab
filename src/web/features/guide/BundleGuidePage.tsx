import { AppstoreOutlined, ArrowRightOutlined, RightOutlined, TrophyOutlined } from '@ant-design/icons';
import { Result, Skeleton, Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, apiRequest } from '../../app/api';
import { useT } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import { usePageTitle } from '../../components/usePageTitle';
import { ChecklistSection } from './Checklist';
import { api, bundleDetailSchema, checklistResponseSchema } from './contracts';
import type { Answers, BundleDetail } from './contracts';
import { useCodeLabel } from './labels';
import { ApplyButton, BackLink } from './parts';
import { Section, Zh, daysText, useGuidePaths, useTitleFocus, visitsText } from './shared';

const BUNDLE_CODE = /^[A-Z0-9-]{3,40}$/;

async function loadBundle(code: string, signal: AbortSignal): Promise<BundleDetail | null> {
  if (!BUNDLE_CODE.test(code)) return null;
  try {
    return await apiRequest('GET', api.bundle(code), bundleDetailSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** /guide/bundles/:code and /portal/bundles/:code: one life event, what it saves, and one checklist. */
export function BundleGuidePage() {
  const { code = '' } = useParams();
  const t = useT();
  const paths = useGuidePaths();
  const load = useCallback((signal: AbortSignal) => loadBundle(code, signal), [code]);
  const detail = useApiData(load);
  const data = detail.data;
  usePageTitle(data ? data.name : t('guide.bundle.list.heading'));

  // A new code shows the skeleton, not the previous page's content.
  if (detail.loading) {
    return (
      <div className="tb-page tb-guide">
        <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (detail.error) {
    return (
      <div className="tb-page tb-guide">
        <BackLink />
        <LoadError message={detail.error} onRetry={detail.reload} />
      </div>
    );
  }
  if (!data) {
    return (
      <Result
        status="404"
        title={<h1 className="tb-result-title">{t('guide.bundle.notFound')}</h1>}
        subTitle={t('guide.item.notFoundHint')}
        extra={<Link to={paths.home}>{t('guide.results.backToGuide')}</Link>}
      />
    );
  }
  return <BundleGuide key={data.code} bundle={data} />;
}

function BundleGuide({ bundle }: { bundle: BundleDetail }) {
  const titleRef = useTitleFocus();
  const t = useT();
  const label = useCodeLabel();
  const paths = useGuidePaths();
  const names = useMemo(() => new Map(bundle.members.map((m) => [m.implCode, m.name])), [bundle.members]);

  const submit = useCallback(
    (answers: Answers, signal?: AbortSignal) =>
      apiRequest('POST', api.bundleChecklist(bundle.code), checklistResponseSchema, {
        body: { answers },
        signal,
      }),
    [bundle.code],
  );
  const noticeHref = useCallback((answers: Answers) => api.bundleNotice(bundle.code, answers), [bundle.code]);

  return (
    <article className="tb-page tb-guide tb-guide-detail" aria-labelledby="guide-bundle-title">
      <BackLink />
      <header className="tb-guide-detail-head">
        <p className="tb-guide-eyebrow">
          <Tag color="blue" className="tb-guide-tag" icon={<AppstoreOutlined aria-hidden />}>
            {t('guide.card.bundleTag')}
          </Tag>
          {label('lifeCycle', bundle.lifeCycle)} · <Zh>{bundle.lifeEvent}</Zh>
        </p>
        <h1
          className="tb-guide-h1"
          id="guide-bundle-title"
          data-testid="guide-bundle-title"
          ref={titleRef}
          tabIndex={-1}
        >
          <Zh>{bundle.name}</Zh>
        </h1>
        <p className="tb-lead">
          <Zh>{bundle.description}</Zh>
        </p>
      </header>

      <ApplyButton
        to={`/portal/cases/apply-bundle/${encodeURIComponent(bundle.code)}`}
        testId="guide-bundle-apply"
      />

      <Savings savings={bundle.savings} />

      <Section id="get" title={t('guide.bundle.get')}>
        <ul className="tb-guide-results-list">
          {bundle.members.map((member) => (
            <li key={member.implCode}>
              <TrophyOutlined aria-hidden className="tb-guide-result-icon" />
              <Zh>
                <strong>{member.result}</strong>
                <span className="tb-guide-muted">{t('guide.bundle.resultOf', { name: member.name })}</span>
              </Zh>
            </li>
          ))}
        </ul>
        <dl className="tb-guide-dl">
          <div className="tb-guide-dl-row">
            <dt>{t('guide.bundle.lead')}</dt>
            <dd>
              <Zh>{bundle.leadDepartmentName}</Zh>
            </dd>
          </div>
          {bundle.coDepartmentNames.length > 0 && (
            <div className="tb-guide-dl-row">
              <dt>{t('guide.bundle.coDepartments')}</dt>
              <dd data-testid="guide-bundle-co-departments">
                <Zh>{bundle.coDepartmentNames.join('、')}</Zh>
              </dd>
            </div>
          )}
          <div className="tb-guide-dl-row">
            <dt>{t('guide.bundle.promised')}</dt>
            <dd>
              <strong>{daysText(t, bundle.promisedDays)}</strong>
            </dd>
          </div>
        </dl>
      </Section>

      <ChecklistSection
        questions={bundle.questions}
        submit={submit}
        noticeHref={noticeHref}
        itemNames={names}
      />

      <Section id="members" title={t('guide.bundle.members')}>
        <ol className="tb-guide-cards">
          {bundle.members.map((member) => (
            <li key={member.implCode} className="tb-guide-card" data-impl-code={member.implCode}>
              <h3 className="tb-guide-card-title">
                <Link to={paths.item(member.implCode)} className="tb-guide-card-link">
                  <Zh>{member.name}</Zh>
                </Link>
              </h3>
              <p className="tb-guide-card-dept">
                <Zh>{member.departmentName}</Zh>
              </p>
              <ul className="tb-guide-facts">
                <li>
                  {t('guide.fact.promised')} <strong>{daysText(t, member.promisedDays)}</strong>
                </li>
                <li>
                  {t('guide.fact.visits')} <strong>{visitsText(t, member.visits)}</strong>
                </li>
              </ul>
              <RightOutlined className="tb-guide-card-arrow" aria-hidden />
            </li>
          ))}
        </ol>
      </Section>

      <Section id="all-materials" title={t('guide.bundle.materials')}>
        <p className="tb-guide-muted">{t('guide.bundle.materialsHint')}</p>
        <ul className="tb-guide-merged">
          {bundle.materials.map((material, i) => (
            <li key={`${material.sharedKey ?? material.name}-${i}`}>
              <Zh>{material.name}</Zh>{' '}
              {material.requirement === 'always' ? (
                <Tag color="red" className="tb-guide-tag">
                  {t('guide.material.always')}
                </Tag>
              ) : (
                <Tag color="orange" className="tb-guide-tag">
                  {t('guide.material.conditional')}
                </Tag>
              )}
              {material.neededBy.length > 1 && (
                <Tag color="green" className="tb-guide-tag">
                  {t('guide.material.shared', { n: material.neededBy.length })}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

const SAVING_ROWS: {
  key: 'visits' | 'materials' | 'days';
  label: MessageKey;
  amount: MessageKey;
  less: MessageKey;
}[] = [
  {
    key: 'visits',
    label: 'guide.bundle.savingsVisits',
    amount: 'guide.bundle.visitsN',
    less: 'guide.bundle.lessVisits',
  },
  {
    key: 'materials',
    label: 'guide.bundle.savingsMaterials',
    amount: 'guide.bundle.materialsN',
    less: 'guide.bundle.lessMaterials',
  },
  {
    key: 'days',
    label: 'guide.bundle.savingsDays',
    amount: 'guide.bundle.daysN',
    less: 'guide.bundle.lessDays',
  },
];

/** 与分别办理相比: each figure separately → as one thing, with what it saves called out. */
function Savings({ savings }: { savings: BundleDetail['savings'] }) {
  const t = useT();
  return (
    <section className="tb-guide-savings" data-testid="guide-savings" aria-labelledby="savings-title">
      <h2 className="tb-guide-h2" id="savings-title">
        {t('guide.bundle.savings')}
      </h2>
      <ul className="tb-guide-savings-rows">
        {SAVING_ROWS.map((row) => {
          const before = savings.separately[row.key];
          const after = savings.bundled[row.key];
          const saved = before - after;
          return (
            <li key={row.key} className="tb-guide-saving" data-testid={`guide-saving-${row.key}`}>
              <span className="tb-guide-saving-label">{t(row.label)}</span>
              <span className="tb-guide-saving-values">
                <span className="tb-guide-sr-only">{t('guide.bundle.from')} </span>
                <span className="tb-guide-saving-before">{t(row.amount, { n: before })}</span>
                <ArrowRightOutlined aria-hidden className="tb-guide-saving-arrow" />
                <span className="tb-guide-sr-only">{t('guide.bundle.to')} </span>
                <strong className="tb-guide-saving-after">{t(row.amount, { n: after })}</strong>
              </span>
              {saved > 0 ? (
                <span className="tb-guide-saving-badge">{t(row.less, { n: saved })}</span>
              ) : (
                <span className="tb-guide-saving-badge tb-guide-saving-same">{t('guide.bundle.same')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
