import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CASE_ACTION_LABELS } from '../../../../shared/cases.contract';
import type { CaseDetail } from '../../../../shared/cases.contract';
import { ApiError } from '../../../app/api';
import { useLang, useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { actOnCase, casePaths, loadCase } from '../../cases/api';
import type { Uploaded } from '../../cases/api';
import { CaseFacts, CaseMaterials, CaseSteps, CaseTimeline, FileUpload, label } from '../../cases/parts';

/** /portal/cases/:id: the applicant's view of one case, with supplement, withdraw and downloads. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const load = useCallback((signal: AbortSignal) => loadCase(id, signal), [id]);
  const data = useApiData(load);
  usePageTitle(data.data?.itemName ?? t('cases.mine.heading'));
  return (
    <section className="tb-page">
      <Link to="/portal/cases">{t('cases.back')}</Link>
      {data.error && <LoadError message={data.error} onRetry={data.reload} />}
      {!data.data && data.loading && <Skeleton active />}
      {data.data && <CaseView c={data.data} reload={data.reload} />}
    </section>
  );
}

function CaseView({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const { lang } = useLang();
  const [error, setError] = useState<string | null>(null);
  const withdrawLabel = label(lang, CASE_ACTION_LABELS.withdraw);

  const withdraw = () =>
    modal.confirm({
      title: t('cases.withdraw.confirm'),
      okText: withdrawLabel,
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await actOnCase(c.id, { action: 'withdraw', version: c.version, attachments: [] });
          void message.success(t('cases.withdraw.done'));
        } catch (err) {
          setError(err instanceof ApiError ? err.message : t('error.network'));
        }
        reload();
      },
    });

  return (
    <>
      <Typography.Title level={1} lang="zh-CN" data-testid="case-title">
        {c.itemName}
      </Typography.Title>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {c.bundleCaseId && (
        <p>
          <Link to={`/portal/cases/bundles/${c.bundleCaseId}`} data-testid="case-bundle-link">
            {t('cases.bundle.progressLink')}
          </Link>
        </p>
      )}
      <CaseFacts c={c} />
      <div className="tb-case-actions">
        {c.decision && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={casePaths.result(c.id)}
            data-testid="download-result"
          >
            {t('cases.downloadResult')}
          </Button>
        )}
        {c.acceptedDay && (
          <Button icon={<DownloadOutlined />} href={casePaths.receipt(c.id)} data-testid="download-receipt">
            {t('cases.downloadReceipt')}
          </Button>
        )}
        {c.allowedActions.includes('withdraw') && (
          <Button danger onClick={withdraw} data-testid="case-withdraw">
            {withdrawLabel}
          </Button>
        )}
      </div>
      {c.allowedActions.includes('supplement') && <Supplement c={c} reload={reload} mode="supplement" />}
      {c.allowedActions.includes('hand_in') && c.materials.some((m) => m.status === 'tolerated') && (
        <Supplement c={c} reload={reload} mode="hand_in" />
      )}
      <CaseSteps c={c} />
      <CaseTimeline c={c} />
      <CaseMaterials c={c} />
    </>
  );
}

/**
 * 补正: one upload per material the notice lists, all sent together. 补交容缺材料: the materials
 * accepted on a promise, each sent as soon as it is uploaded.
 */
function Supplement({
  c,
  reload,
  mode,
}: {
  c: CaseDetail;
  reload: () => void;
  mode: 'supplement' | 'hand_in';
}) {
  const t = useT();
  const { message } = App.useApp();
  const missing = c.materials.filter((m) => m.status === (mode === 'supplement' ? 'missing' : 'tolerated'));
  const [uploads, setUploads] = useState<Record<string, Uploaded[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const uploaded = missing.filter((m) => (uploads[m.key]?.length ?? 0) > 0);
  const ready = mode === 'supplement' ? uploaded.length === missing.length : uploaded.length > 0;
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await actOnCase(c.id, {
        action: mode,
        version: c.version,
        attachments: [],
        materials: uploaded.map((m) => ({ key: m.key, fileIds: (uploads[m.key] ?? []).map((f) => f.id) })),
      });
      void message.success(t(`cases.${mode}.done`));
      reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="tb-case-section" data-testid={`case-${mode}`}>
      <h2 className="tb-case-h2">{t(`cases.${mode}.heading`)}</h2>
      <p>{t(`cases.${mode}.intro`)}</p>
      <ol className="tb-case-upload-list">
        {missing.map((m) => (
          <li key={m.key}>
            <p lang="zh-CN">
              <strong>{m.name}</strong>
              {m.promiseDue && ` ${t('cases.hand_in.due', { due: m.promiseDue })}`}
            </p>
            <FileUpload
              testId={`${mode}-upload-${m.key}`}
              files={uploads[m.key] ?? []}
              onChange={(list) => setUploads((u) => ({ ...u, [m.key]: list }))}
              onError={setError}
            />
          </li>
        ))}
      </ol>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Button type="primary" disabled={!ready} loading={busy} onClick={() => void send()}>
        {t(`cases.${mode}.submit`)}
      </Button>
    </div>
  );
}
