import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import type { MessageKey } from '../../../app/i18n';
import { bundleApi, bundlePreviewSchema } from './bundleContracts';
import type { BundlePreview } from './bundleContracts';

const PREVIEW_DELAY_MS = 350;

export interface PreviewState {
  /** The last answer; kept while a newer one loads so the panel does not blink. */
  data: BundlePreview | null;
  loading: boolean;
  error: string | null;
}

/**
 * The server's view of the bundle being edited (POST /catalog/bundles/preview): the same merge and
 * rules as the saved guide, asked again a moment after the members, lead or promise change.
 */
export function useBundlePreview(input: {
  regionCode: string;
  leadDepartmentKey: string;
  memberImplCodes: readonly string[];
  promisedDays: number | null | undefined;
}): PreviewState {
  const t = useT();
  const [state, setState] = useState<PreviewState>({ data: null, loading: false, error: null });
  const { regionCode, leadDepartmentKey, promisedDays } = input;
  // Only well-formed codes go; the form may hold a half-finished entry.
  const codes = input.memberImplCodes.filter((c) => /^[0-9A-Z]{33}$/.test(c)).slice(0, 30);
  const key = codes.join(',');

  useEffect(() => {
    if (!/^\d{2,12}$/.test(regionCode) || key === '') {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      const body = {
        regionCode,
        memberImplCodes: key.split(','),
        ...(/^[a-z][a-z0-9_]{1,31}$/.test(leadDepartmentKey) ? { leadDepartmentKey } : {}),
        ...(typeof promisedDays === 'number' ? { promisedDays } : {}),
      };
      apiRequest('POST', bundleApi.preview, bundlePreviewSchema, { body, signal: controller.signal }).then(
        (data) => setState({ data, loading: false, error: null }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const message = error instanceof ApiError ? error.message : t('error.network');
          setState((s) => ({ ...s, loading: false, error: message }));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [regionCode, leadDepartmentKey, promisedDays, key, t]);
  return state;
}

const SAVING_ROWS: { key: 'visits' | 'materials' | 'days'; label: MessageKey; unit: MessageKey }[] = [
  { key: 'visits', label: 'bundleAdmin.preview.visits', unit: 'bundleAdmin.preview.visitsN' },
  { key: 'materials', label: 'bundleAdmin.preview.materials', unit: 'bundleAdmin.preview.materialsN' },
  { key: 'days', label: 'bundleAdmin.preview.days', unit: 'bundleAdmin.days' },
];

/** 预览: departments, what it saves, the merged questionnaire and the one material list. */
export function BundlePreviewPanel({ preview, memberCount }: { preview: PreviewState; memberCount: number }) {
  const t = useT();
  const data = preview.data;
  return (
    <Card
      title={t('bundleAdmin.preview.title')}
      extra={preview.loading ? <Spin size="small" /> : null}
      data-testid="bundle-preview"
      aria-busy={preview.loading}
      style={{ position: 'sticky', top: 16 }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 16 } }}
    >
      <Typography.Text type="secondary">{t('bundleAdmin.preview.hint')}</Typography.Text>
      {preview.error && <Alert type="warning" showIcon title={preview.error} />}
      {!data || memberCount === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bundleAdmin.preview.empty')} />
      ) : (
        <>
          {data.problems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="bundle-preview-problems"
              title={t('bundleAdmin.preview.problems')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {data.problems.map((p, i) => (
                    <li key={`${p.field}-${i}`}>{p.message}</li>
                  ))}
                </ul>
              }
            />
          )}

          <section data-testid="bundle-preview-departments">
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
              {t('bundleAdmin.preview.departments')}
            </Typography.Title>
            <div>
              <Typography.Text type="secondary">{t('bundleAdmin.preview.lead')}：</Typography.Text>
              {data.leadDepartmentName ?? t('bundleAdmin.preview.noLead')}
            </div>
            <div style={{ marginTop: 4 }}>
              <Typography.Text type="secondary">{t('bundleAdmin.preview.co')}：</Typography.Text>
              {data.coDepartmentNames.length ? (
                data.coDepartmentNames.map((name) => (
                  <Tag key={name} style={{ marginBlock: 2 }}>
                    {name}
                  </Tag>
                ))
              ) : (
                <span>{t('bundleAdmin.preview.noCo')}</span>
              )}
            </div>
          </section>

          <section data-testid="bundle-preview-savings">
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
              {t('bundleAdmin.preview.savings')}
            </Typography.Title>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr className="tb-secondary">
                  <th scope="col" style={{ textAlign: 'start', fontWeight: 400 }} />
                  <th scope="col" style={{ textAlign: 'end', fontWeight: 400 }}>
                    {t('bundleAdmin.preview.separately')}
                  </th>
                  <th scope="col" aria-hidden />
                  <th scope="col" style={{ textAlign: 'end', fontWeight: 400 }}>
                    {t('bundleAdmin.preview.bundled')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {SAVING_ROWS.map((row) => (
                  <tr key={row.key} data-testid={`bundle-saving-${row.key}`}>
                    <th scope="row" style={{ textAlign: 'start', fontWeight: 400, padding: '4px 0' }}>
                      {t(row.label)}
                    </th>
                    <td style={{ textAlign: 'end' }}>
                      {t(row.unit, { n: data.savings.separately[row.key] })}
                    </td>
                    <td style={{ textAlign: 'center', width: 28 }} aria-hidden>
                      <ArrowRightOutlined />
                    </td>
                    <td style={{ textAlign: 'end', fontWeight: 600 }}>
                      {t(row.unit, { n: data.savings.bundled[row.key] })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section data-testid="bundle-preview-questions">
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
              {t('bundleAdmin.preview.questions', { n: data.questions.length })}
            </Typography.Title>
            {data.questions.length === 0 ? (
              <Typography.Text type="secondary">{t('bundleAdmin.preview.noQuestions')}</Typography.Text>
            ) : (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {data.questions.map((q) => (
                  <li key={q.key} style={{ marginBottom: 4 }}>
                    {q.text}
                    <span className="tb-secondary">（{q.options.map((o) => o.label).join(' / ')}）</span>
                    {q.askedBy.length > 1 && (
                      <Tag color="green" style={{ marginInlineStart: 6 }}>
                        {t('bundleAdmin.preview.askedOnce', { n: q.askedBy.length })}
                      </Tag>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section data-testid="bundle-preview-materials">
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
              {t('bundleAdmin.preview.materialList', { n: data.materials.length })}
            </Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {data.materials.map((m, i) => (
                <li key={`${m.sharedKey ?? m.name}-${i}`} style={{ marginBottom: 2 }}>
                  {m.name}
                  {m.requirement !== 'always' && (
                    <Tag color="orange" style={{ marginInlineStart: 6 }}>
                      {t('bundleAdmin.preview.conditional')}
                    </Tag>
                  )}
                  {m.neededBy.length > 1 && (
                    <Tag color="green" style={{ marginInlineStart: 6 }}>
                      {t('bundleAdmin.preview.sharedBy', { n: m.neededBy.length })}
                    </Tag>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Card>
  );
}
