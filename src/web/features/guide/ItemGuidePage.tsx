import { Collapse, Result, Skeleton, Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ItemInput } from '../../../shared/catalog.contract';
import { ApiError, apiRequest } from '../../app/api';
import { useLang, useT } from '../../app/i18n';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import { usePageTitle } from '../../components/usePageTitle';
import { ChecklistSection, MaterialBadges, MaterialFileLinks } from './Checklist';
import { api, checklistResponseSchema, itemDetailSchema } from './contracts';
import type { Answers, ItemDetail } from './contracts';
import { useCodeLabel } from './labels';
import { ApplyButton, BackLink, FactTiles, Toc } from './parts';
import { Section, Zh, daysText, formatDate, useGuidePaths, useTitleFocus, visitsText, yuan } from './shared';

const IMPL_CODE = /^[0-9A-Z]{33}$/;

/** A missing or malformed code is "not found", not an error to retry. */
async function loadItem(implCode: string, signal: AbortSignal): Promise<ItemDetail | null> {
  if (!IMPL_CODE.test(implCode)) return null;
  try {
    return await apiRequest('GET', api.item(implCode), itemDetailSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** /guide/items/:implCode: every element of the item's published guide, and the situation checklist. */
export function ItemGuidePage() {
  const { implCode = '' } = useParams();
  const t = useT();
  const paths = useGuidePaths();
  const load = useCallback((signal: AbortSignal) => loadItem(implCode, signal), [implCode]);
  const detail = useApiData(load);
  const data = detail.data;
  usePageTitle(data ? data.item.name : t('portal.guide'));

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
        title={<h1 className="tb-result-title">{t('guide.item.notFound')}</h1>}
        subTitle={t('guide.item.notFoundHint')}
        extra={<Link to={paths.home}>{t('guide.results.backToGuide')}</Link>}
      />
    );
  }
  return <ItemGuide key={data.item.implCode} detail={data} />;
}

function ItemGuide({ detail }: { detail: ItemDetail }) {
  const titleRef = useTitleFocus();
  const t = useT();
  const { lang } = useLang();
  const label = useCodeLabel();
  const { item } = detail;

  const submit = useCallback(
    (answers: Answers, signal?: AbortSignal) =>
      apiRequest('POST', api.itemChecklist(item.implCode), checklistResponseSchema, {
        body: { answers },
        signal,
      }),
    [item.implCode],
  );
  const noticeHref = useCallback(
    (answers: Answers) => api.itemNotice(item.implCode, answers),
    [item.implCode],
  );

  const sections: { id: string; title: string }[] = [
    { id: 'checklist', title: t('guide.checklist.heading') },
    { id: 'basic', title: t('guide.item.basic') },
    { id: 'basis', title: t('guide.item.legalBasis') },
    { id: 'conditions', title: t('guide.item.conditions') },
    { id: 'materials', title: t('guide.item.materials') },
    { id: 'fee', title: t('guide.item.fee') },
    { id: 'places', title: t('guide.item.places') },
    { id: 'result', title: t('guide.item.result') },
    ...(item.faq.length > 0 ? [{ id: 'faq', title: t('guide.item.faq') }] : []),
  ];

  return (
    <article className="tb-page tb-guide tb-guide-detail" aria-labelledby="guide-item-title">
      <BackLink />
      <header className="tb-guide-detail-head">
        <p className="tb-guide-eyebrow">
          <Tag color="blue" className="tb-guide-tag">
            {label('itemType', item.type)}
          </Tag>
          <Zh>
            {detail.regionName} · {detail.departmentName}
          </Zh>
        </p>
        <h1
          className="tb-guide-h1"
          id="guide-item-title"
          data-testid="guide-item-title"
          ref={titleRef}
          tabIndex={-1}
        >
          <Zh>{item.name}</Zh>
        </h1>
        {detail.publishedAt && (
          <p className="tb-guide-muted tb-elder-hidden">
            {t('guide.item.version', { version: detail.version, date: formatDate(lang, detail.publishedAt) })}
          </p>
        )}
      </header>

      <ApplyButton to={`/portal/cases/apply/${item.implCode}`} testId="guide-apply" />

      <FactTiles
        facts={[
          {
            label: t('guide.fact.promised'),
            value: daysText(t, item.promisedDays),
            good: item.promisedDays === 0,
          },
          { label: t('guide.fact.visits'), value: visitsText(t, item.visits), good: item.visits === 0 },
          {
            label: t('guide.fact.online'),
            value:
              item.onlineDepth === 'IV'
                ? t('guide.fact.fullyOnline')
                : label('onlineDepth', item.onlineDepth),
            good: item.onlineDepth === 'IV',
          },
          {
            label: t('guide.fact.fee'),
            value: item.fee.free
              ? t('guide.fact.free')
              : t('guide.fact.yuan', { amount: yuan(item.fee.amountYuan) }),
            good: item.fee.free,
          },
        ]}
      />

      <Toc sections={sections} />

      <ChecklistSection
        questions={item.situations.questions}
        submit={submit}
        noticeHref={noticeHref}
        fileHref={(key, kind) => api.materialFile(item.implCode, key, kind)}
      />

      <Section id="basic" title={t('guide.item.basic')}>
        <BasicInfo detail={detail} />
      </Section>

      <Section id="basis" title={t('guide.item.legalBasis')} testId="guide-legal-basis">
        <ul className="tb-guide-basis">
          {item.legalBasis.map((basis, i) => (
            <li key={i}>
              <p className="tb-guide-basis-law">
                <Zh>
                  <strong>{basis.law}</strong>
                  {basis.article && <> {basis.article}</>}
                </Zh>
              </p>
              {basis.text && (
                <blockquote className="tb-guide-quote">
                  <Zh>{basis.text}</Zh>
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="conditions" title={t('guide.item.conditions')}>
        {item.acceptanceConditions.length === 0 ? (
          <p>{t('guide.item.noConditions')}</p>
        ) : (
          <ol className="tb-guide-numbered">
            {item.acceptanceConditions.map((condition, i) => (
              <li key={i}>
                <Zh>{condition}</Zh>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="materials" title={t('guide.item.materials')}>
        <MaterialsTable item={item} />
      </Section>

      <Section id="fee" title={t('guide.item.fee')}>
        {item.fee.free ? (
          <p className="tb-guide-fee">
            <Tag color="green" className="tb-guide-tag">
              {t('guide.fact.free')}
            </Tag>{' '}
            {t('guide.item.freeLong')}
          </p>
        ) : (
          <dl className="tb-guide-dl">
            <Field label={t('guide.fact.fee')}>
              <strong>{t('guide.fact.yuan', { amount: yuan(item.fee.amountYuan) })}</strong>
            </Field>
            <Field label={t('guide.item.feeBasis')} wide>
              <Zh>{item.fee.basis}</Zh>
            </Field>
          </dl>
        )}
      </Section>

      <Section id="places" title={t('guide.item.places')}>
        {item.places.length === 0 ? (
          <p>{t('guide.item.noPlaces')}</p>
        ) : (
          <ul className="tb-guide-list">
            {item.places.map((place, i) => (
              <li key={i}>
                <Zh>{place}</Zh>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="result" title={t('guide.item.result')}>
        <dl className="tb-guide-dl">
          <Field label={t('guide.item.resultName')}>
            <strong>
              <Zh>{item.result.name}</Zh>
            </strong>
          </Field>
          <Field label={t('guide.item.resultKind')}>{label('resultKind', item.result.kind)}</Field>
        </dl>
        {item.result.licenseType && (
          <p className="tb-guide-muted">
            <Zh>{t('guide.item.resultLicence', { type: item.result.licenseType })}</Zh>
          </p>
        )}
      </Section>

      {item.faq.length > 0 && (
        <Section id="faq" title={t('guide.item.faq')}>
          <Collapse
            className="tb-guide-faq"
            items={item.faq.map((entry, i) => ({
              key: String(i),
              label: <Zh>{entry.q}</Zh>,
              children: (
                <p className="tb-guide-faq-answer">
                  <Zh>{entry.a}</Zh>
                </p>
              ),
            }))}
          />
        </Section>
      )}
    </article>
  );
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`tb-guide-dl-row${wide ? ' tb-guide-dl-wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function BasicInfo({ detail }: { detail: ItemDetail }) {
  const t = useT();
  const { lang } = useLang();
  const label = useCodeLabel();
  const { item } = detail;
  const yesNo = (value: boolean) => (
    <span className={value ? 'tb-guide-good' : undefined}>
      {value ? t('guide.item.yes') : t('guide.item.no')}
    </span>
  );
  const list = (set: 'object' | 'handlingForm', codes: readonly number[]) =>
    codes.map((code) => label(set, code)).join(lang === 'en' ? ', ' : '、');
  return (
    <dl className="tb-guide-dl">
      <Field label={t('guide.item.type')}>{label('itemType', item.type)}</Field>
      <Field label={t('guide.item.mainItem')}>
        <Zh>{item.mainItem.name}</Zh>
      </Field>
      {item.subItem && (
        <Field label={t('guide.item.subItem')}>
          <Zh>{item.subItem.name}</Zh>
        </Field>
      )}
      <Field label={t('guide.item.body')}>
        <Zh>{item.implementingBody.name}</Zh>
      </Field>
      <Field label={t('guide.item.bodyNature')}>{label('bodyNature', item.implementingBody.nature)}</Field>
      <Field label={t('guide.item.department')}>
        <Zh>{detail.departmentName}</Zh>
      </Field>
      <Field label={t('guide.item.level')}>{label('level', item.level)}</Field>
      <Field label={t('guide.item.objects')}>{list('object', item.serviceObjects)}</Field>
      <Field label={t('guide.item.caseType')}>{label('caseType', item.caseType)}</Field>
      <Field label={t('guide.fact.statutory')}>{daysText(t, item.statutoryDays)}</Field>
      <Field label={t('guide.fact.promised')}>
        <strong>{daysText(t, item.promisedDays)}</strong>
      </Field>
      <Field label={t('guide.item.visits')}>{visitsText(t, item.visits)}</Field>
      <Field label={t('guide.item.onlineDepth')}>{label('onlineDepth', item.onlineDepth)}</Field>
      <Field label={t('guide.item.handlingForms')}>{list('handlingForm', item.handlingForms)}</Field>
      <Field label={t('guide.item.crossRegion')}>{label('crossRegion', item.crossRegion)}</Field>
      <Field label={t('guide.item.booking')}>{yesNo(item.booking)}</Field>
      <Field label={t('guide.item.onlinePayment')}>{yesNo(item.onlinePayment)}</Field>
      <Field label={t('guide.item.postal')}>{yesNo(item.postalDelivery)}</Field>
      <Field label={t('guide.item.implCode')} wide>
        <span className="tb-mono tb-break">{item.implCode}</span>
      </Field>
    </dl>
  );
}

/** Every material of the item; on phones each row folds into a card (see guide.css). */
function MaterialsTable({ item }: { item: ItemInput }) {
  const t = useT();
  const label = useCodeLabel();
  // Which answer adds each conditional material, from the situation rules.
  const when = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const rule of item.situations.rules) {
      const question = item.situations.questions.find((q) => q.key === rule.when.question);
      const option = question?.options.find((o) => o.key === rule.when.option);
      if (!question || !option) continue;
      for (const key of rule.addMaterials) {
        map.set(key, [
          ...(map.get(key) ?? []),
          t('guide.material.when', { question: question.text, option: option.label }),
        ]);
      }
    }
    return map;
  }, [item, t]);

  if (item.materials.length === 0) return <p>{t('guide.item.noMaterials')}</p>;
  const hasConditional = item.materials.some((m) => m.requirement === 'conditional');
  return (
    <>
      {hasConditional && item.situations.questions.length > 0 && (
        <p className="tb-guide-muted">{t('guide.item.materialsHint')}</p>
      )}
      <table className="tb-guide-table">
        <thead>
          <tr>
            <th scope="col">{t('guide.material.name')}</th>
            <th scope="col">{t('guide.material.form')}</th>
            <th scope="col">{t('guide.material.count')}</th>
            <th scope="col">{t('guide.material.issuer')}</th>
            <th scope="col">{t('guide.material.requirement')}</th>
            <th scope="col">{t('guide.material.note')}</th>
          </tr>
        </thead>
        <tbody>
          {item.materials.map((material) => (
            <tr key={material.key}>
              <th scope="row" className="tb-guide-table-name">
                <Zh>{material.name}</Zh>
                <MaterialBadges material={material} />
                <MaterialFileLinks
                  material={material}
                  href={(kind) => api.materialFile(item.implCode, material.key, kind)}
                />
              </th>
              <td data-label={t('guide.material.form')}>{label('materialForm', material.form)}</td>
              <td data-label={t('guide.material.count')}>
                {t('guide.material.countN', { n: material.count })}
              </td>
              <td data-label={t('guide.material.issuer')}>
                <Zh>{material.issuer || '—'}</Zh>
              </td>
              <td data-label={t('guide.material.requirement')}>
                {material.requirement === 'always' ? (
                  <Tag color="red" className="tb-guide-tag">
                    {t('guide.material.always')}
                  </Tag>
                ) : (
                  <>
                    <Tag color="orange" className="tb-guide-tag">
                      {t('guide.material.conditional')}
                    </Tag>
                    {(when.get(material.key) ?? []).map((text) => (
                      <span key={text} className="tb-guide-when">
                        <Zh>{text}</Zh>
                      </span>
                    ))}
                  </>
                )}
              </td>
              <td
                data-label={t('guide.material.note')}
                className={material.note ? undefined : 'tb-guide-empty-cell'}
              >
                <Zh>{material.note || '—'}</Zh>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
