import { Alert, App, Button, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import type { BundleApplicationBody } from '../../../../shared/cases.contract';
import { bundleCaseSchema } from '../../../../shared/cases.contract';
import { ApiError, apiRequest } from '../../../app/api';
import type { Translate } from '../../../app/i18n';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import type { Answers, BundleDetail } from '../../guide/contracts';
import { api, bundleDetailSchema } from '../../guide/contracts';
import { newIdempotencyKey } from '../../cases/api';
import type { Uploaded } from '../../cases/api';
import { MaterialUploads, SituationQuestions } from '../../cases/parts';

const BUNDLE_CASES = '/api/v1/cases/bundles';
const PHONE = /^[0-9+\- ]{5,20}$/;

/** The bundle checklist with what this page needs to address each material: its key in its first member. */
const bundleChecklistSchema = z.object({
  materials: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      requirement: z.enum(['always', 'conditional']),
      sharedKey: z.string().nullable(),
      neededBy: z.array(z.string()).min(1),
    }),
  ),
  unanswered: z.array(z.string()),
});
type BundleChecklist = z.infer<typeof bundleChecklistSchema>;

/** One line to upload: the member item it is sent under and that item's material key. */
type Line = {
  id: string;
  implCode: string;
  key: string;
  name: string;
  requirement: 'always' | 'conditional';
  neededBy: string[];
};

/** Each merged material is sent once, under the first member item that needs it. */
function toLines(checklist: BundleChecklist): Line[] {
  return checklist.materials.map((m) => {
    const implCode = m.neededBy[0] ?? '';
    return {
      id: `${implCode}:${m.key}`,
      implCode,
      key: m.key,
      name: m.name,
      requirement: m.requirement,
      neededBy: m.neededBy,
    };
  });
}

type Problem = { title: string; details: string[] };

function problemOf(err: unknown, t: Translate): Problem {
  if (!(err instanceof ApiError)) return { title: t('error.network'), details: [] };
  // A refused application names each missing or wrong material in its details.
  return { title: err.message, details: err.details.map((d) => d.message).filter((m) => m !== err.message) };
}

function ProblemAlert({ problem }: { problem: Problem }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="bundle-error"
      title={problem.title}
      description={
        problem.details.length > 0 && (
          <ul lang="zh-CN">
            {problem.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** /portal/cases/apply-bundle/:code: merged questionnaire, one upload per merged material, submit. */
export function BundleApplyPage() {
  const { code = '' } = useParams();
  const t = useT();
  const load = useCallback(
    (signal: AbortSignal) => apiRequest('GET', api.bundle(code), bundleDetailSchema, { signal }),
    [code],
  );
  const data = useApiData(load);
  usePageTitle(data.data?.name ?? t('cases.bundle.apply.heading'));
  if (data.error) return <LoadError message={data.error} onRetry={data.reload} />;
  if (!data.data) return <Skeleton active className="tb-page" />;
  return <BundleApplyForm key={code} bundle={data.data} />;
}

function BundleApplyForm({ bundle }: { bundle: BundleDetail }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const names = new Map(bundle.members.map((m) => [m.implCode, m.name]));
  const questions = bundle.questions;
  const [answers, setAnswers] = useState<Answers>({});
  const [lines, setLines] = useState<Line[] | null>(null);
  const [phone, setPhone] = useState('');
  const [uploads, setUploads] = useState<Record<string, Uploaded[]>>({});
  const [busy, setBusy] = useState<'checklist' | 'submit' | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const onUploadError = useCallback((title: string) => setError({ title, details: [] }), []);
  const idempotencyKey = useRef<string | null>(null);

  // Any change makes a new submission: the next attempt gets a new key; a plain retry keeps it.
  useEffect(() => {
    idempotencyKey.current = null;
  }, [answers, phone, uploads]);

  const fetchChecklist = useCallback(
    async (a: Answers) => {
      setBusy('checklist');
      setError(null);
      try {
        const checklist = await apiRequest('POST', api.bundleChecklist(bundle.code), bundleChecklistSchema, {
          body: { answers: a },
        });
        setLines(toLines(checklist));
      } catch (err) {
        setError(problemOf(err, t));
      } finally {
        setBusy(null);
      }
    },
    [bundle.code, t],
  );
  // With no questions the checklist is known at once.
  useEffect(() => {
    if (questions.length === 0) void fetchChecklist({});
  }, [questions.length, fetchChecklist]);

  const phoneInvalid = phone.trim() !== '' && !PHONE.test(phone.trim());
  const notUploaded = (lines ?? []).filter((l) => !(uploads[l.id]?.length ?? 0)).length;

  const submit = async () => {
    if (!lines) return;
    setBusy('submit');
    setError(null);
    idempotencyKey.current ??= newIdempotencyKey();
    const body: BundleApplicationBody = {
      bundleCode: bundle.code,
      answers,
      form: phone.trim() ? { phone: phone.trim() } : {},
      materials: lines.map((l) => ({
        implCode: l.implCode,
        key: l.key,
        fileIds: (uploads[l.id] ?? []).map((f) => f.id),
      })),
    };
    try {
      const created = await apiRequest('POST', BUNDLE_CASES, bundleCaseSchema, {
        body,
        headers: { 'Idempotency-Key': idempotencyKey.current },
      });
      void message.success(t('cases.bundle.submitted'));
      void navigate(`/portal/cases/bundles/${created.id}`);
    } catch (err) {
      setError(problemOf(err, t));
    } finally {
      setBusy(null);
    }
  };
  const onSubmit = () =>
    modal.confirm({
      title: t('cases.apply.submit'),
      content: t('cases.bundle.confirmSubmit', { n: bundle.members.length }),
      okText: t('cases.apply.submit'),
      cancelText: t('common.cancel'),
      onOk: submit,
    });

  return (
    <section className="tb-page tb-case-apply">
      <Typography.Title level={1}>{t('cases.bundle.apply.heading')}</Typography.Title>
      <Typography.Paragraph className="tb-lead" data-testid="bundle-apply-name">
        <strong lang="zh-CN">{bundle.name}</strong>
        <br />
        {t('cases.bundle.apply.lead', { lead: bundle.leadDepartmentName, n: bundle.members.length })}
      </Typography.Paragraph>

      {questions.length > 0 && (
        <SituationQuestions
          questions={questions}
          answers={answers}
          onAnswer={(key, option) => {
            setAnswers((a) => ({ ...a, [key]: option }));
            setLines(null);
          }}
          onConfirm={() => void fetchChecklist(answers)}
          busy={busy === 'checklist'}
          testIdPrefix="bundle"
        />
      )}

      {lines && (
        <>
          <div className="tb-case-section">
            <h2 className="tb-case-h2">{t('cases.apply.form')}</h2>
            <Form layout="vertical">
              <Form.Item
                label={t('cases.apply.phone')}
                htmlFor="bundle-phone"
                validateStatus={phoneInvalid ? 'error' : undefined}
                help={phoneInvalid ? t('cases.bundle.phoneInvalid') : undefined}
              >
                <Input
                  id="bundle-phone"
                  inputMode="tel"
                  autoComplete="tel"
                  maxLength={20}
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                />
              </Form.Item>
            </Form>
          </div>

          <MaterialUploads
            lines={lines.map((l, i) => ({
              id: l.id,
              name: l.name,
              requirement: l.requirement,
              testId: 'bundle-material',
              uploadTestId: `bundle-upload-${i}`,
              extra: (
                <p className="tb-case-muted" lang="zh-CN">
                  {l.neededBy.length > 1 && (
                    <Tag color="green">{t('cases.bundle.sharedOnce', { n: l.neededBy.length })}</Tag>
                  )}
                  {t('cases.bundle.neededBy', { names: l.neededBy.map((c) => names.get(c) ?? c).join('、') })}
                </p>
              ),
            }))}
            uploads={uploads}
            onChange={(id, list) => setUploads((u) => ({ ...u, [id]: list }))}
            onError={onUploadError}
          />

          {error && <ProblemAlert problem={error} />}
          {notUploaded > 0 && (
            <p className="tb-case-muted" aria-live="polite">
              {t('cases.apply.missingUploads', { n: notUploaded })}
            </p>
          )}
          <div className="tb-case-actions">
            <Button
              type="primary"
              size="large"
              loading={busy === 'submit'}
              disabled={notUploaded > 0 || phoneInvalid}
              onClick={onSubmit}
              data-testid="bundle-submit"
            >
              {t('cases.apply.submit')}
            </Button>
          </div>
        </>
      )}
      {!lines && error && <ProblemAlert problem={error} />}
    </section>
  );
}
