import { Alert, App, Button, Form, Input, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { CaseDetail, MaterialEntry } from '../../../../shared/cases.contract';
import { ApiError, apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import type { Answers, ItemDetail } from '../../guide/contracts';
import { api, itemDetailSchema } from '../../guide/contracts';
import {
  casePaths,
  caseSummarySchema,
  keyedChecklistSchema,
  loadCase,
  newIdempotencyKey,
  uploadedSchema,
} from '../../cases/api';
import type { KeyedChecklist, Uploaded } from '../../cases/api';
import { MaterialUploads, SituationQuestions } from '../../cases/parts';

type FormValues = { phone: string; address: string; note: string };
const EMPTY_FORM: FormValues = { phone: '', address: '', note: '' };

async function loadAll(implCode: string, draftId: string | null, signal: AbortSignal) {
  const [item, draft] = await Promise.all([
    apiRequest('GET', api.item(implCode), itemDetailSchema, { signal }),
    draftId ? loadCase(draftId, signal) : Promise.resolve(null),
  ]);
  // A draft knows its files by id only; the names come from the uploads themselves.
  const files = new Map<string, Uploaded>();
  if (draft) {
    const ids = draft.materials.flatMap((m) => m.fileIds);
    const infos = await Promise.all(
      ids.map((id) => apiRequest('GET', `/api/v1/files/${id}`, uploadedSchema, { signal })),
    );
    for (const info of infos) files.set(info.id, info);
  }
  return { item, draft: draft?.status === 'draft' ? draft : null, files };
}

/** /portal/cases/apply/:implCode[?draft=id]: questionnaire, form, uploads, draft, submit. */
export function ApplyPage() {
  const { implCode = '' } = useParams();
  const [search] = useSearchParams();
  const draftId = search.get('draft');
  const t = useT();
  const load = useCallback((signal: AbortSignal) => loadAll(implCode, draftId, signal), [implCode, draftId]);
  const data = useApiData(load);
  usePageTitle(t('cases.apply.heading'));
  if (data.error) return <LoadError message={data.error} onRetry={data.reload} />;
  if (!data.data) return <Skeleton active className="tb-page" />;
  return <ApplyForm key={implCode} item={data.data.item} draft={data.data.draft} files={data.data.files} />;
}

function ApplyForm({
  item: detail,
  draft,
  files,
}: {
  item: ItemDetail;
  draft: CaseDetail | null;
  files: ReadonlyMap<string, Uploaded>;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { item } = detail;
  const questions = item.situations.questions;
  const [answers, setAnswers] = useState<Answers>(draft?.answers ?? {});
  const [checklist, setChecklist] = useState<KeyedChecklist | null>(null);
  const [form, setForm] = useState<FormValues>(() => ({
    ...EMPTY_FORM,
    ...Object.fromEntries(
      Object.entries(draft?.form ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
    ),
  }));
  const [uploads, setUploads] = useState<Record<string, Uploaded[]>>(() =>
    Object.fromEntries(
      (draft?.materials ?? []).map((m) => [m.key, m.fileIds.flatMap((id) => files.get(id) ?? [])]),
    ),
  );
  const [caseRef, setCaseRef] = useState<{ id: string; version: number } | null>(
    draft ? { id: draft.id, version: draft.version } : null,
  );
  const [busy, setBusy] = useState<'draft' | 'submit' | 'checklist' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const idempotencyKey = useRef<string | null>(null);

  // Any change makes a new submission: the next attempt gets a new key.
  useEffect(() => {
    idempotencyKey.current = null;
  }, [answers, form, uploads]);

  const fetchChecklist = useCallback(
    async (a: Answers) => {
      setBusy('checklist');
      setError(null);
      try {
        setChecklist(
          await apiRequest('POST', api.itemChecklist(item.implCode), keyedChecklistSchema, {
            body: { answers: a },
          }),
        );
      } catch (err) {
        setError(err instanceof ApiError ? err.message : t('error.network'));
      } finally {
        setBusy(null);
      }
    },
    [item.implCode, t],
  );
  // With no questions, or a draft whose questions are answered, the checklist is known at once.
  const initial = useRef(answers);
  useEffect(() => {
    if (questions.every((q) => initial.current[q.key])) void fetchChecklist(initial.current);
  }, [questions, fetchChecklist]);

  const entries = (): MaterialEntry[] =>
    (checklist?.materials ?? []).flatMap((m) => {
      const list = uploads[m.key] ?? [];
      return list.length ? [{ key: m.key, status: 'received' as const, fileIds: list.map((f) => f.id) }] : [];
    });
  const formBody = () => Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ''));

  const save = async (): Promise<{ id: string; version: number }> => {
    const body = { answers, form: formBody(), materials: entries() };
    const saved = caseRef
      ? await apiRequest('PUT', casePaths.one(caseRef.id), caseSummarySchema, {
          body: { ...body, version: caseRef.version },
        })
      : await apiRequest('POST', casePaths.list, caseSummarySchema, {
          body: { ...body, implCode: item.implCode, submit: false },
        });
    const ref = { id: saved.id, version: saved.version };
    setCaseRef(ref);
    return ref;
  };

  const onSaveDraft = async () => {
    setBusy('draft');
    setError(null);
    try {
      await save();
      void message.success(t('cases.apply.saved'));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    setError(null);
    idempotencyKey.current ??= newIdempotencyKey();
    const headers = { 'Idempotency-Key': idempotencyKey.current };
    try {
      let submitted;
      if (caseRef) {
        const ref = await save();
        submitted = await apiRequest('POST', casePaths.submit(ref.id), caseSummarySchema, {
          body: { version: ref.version },
          headers,
        });
      } else {
        submitted = await apiRequest('POST', casePaths.list, caseSummarySchema, {
          body: { implCode: item.implCode, answers, form: formBody(), materials: entries(), submit: true },
          headers,
        });
      }
      void message.success(t('cases.apply.submitted', { no: submitted.caseNo ?? '' }));
      void navigate(`/portal/cases/${submitted.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(null);
    }
  };

  const notUploaded = (checklist?.materials ?? []).filter((m) => !(uploads[m.key]?.length ?? 0)).length;
  const onSubmit = () =>
    modal.confirm({
      title: t('cases.apply.submit'),
      content: t('cases.apply.confirmSubmit'),
      okText: t('cases.apply.submit'),
      cancelText: t('common.cancel'),
      onOk: submit,
    });

  return (
    <section className="tb-page tb-case-apply">
      <Typography.Title level={1}>{t('cases.apply.heading')}</Typography.Title>
      <Typography.Paragraph className="tb-lead" lang="zh-CN" data-testid="apply-item">
        {item.name} · {detail.departmentName}
      </Typography.Paragraph>

      {questions.length > 0 && (
        <SituationQuestions
          questions={questions}
          answers={answers}
          onAnswer={(key, option) => {
            setAnswers((a) => ({ ...a, [key]: option }));
            setChecklist(null);
          }}
          onConfirm={() => void fetchChecklist(answers)}
          busy={busy === 'checklist'}
          testIdPrefix="apply"
        />
      )}

      {checklist && (
        <>
          <div className="tb-case-section">
            <h2 className="tb-case-h2">{t('cases.apply.form')}</h2>
            <Form layout="vertical">
              <Form.Item label={t('cases.apply.phone')} htmlFor="apply-phone">
                <Input
                  id="apply-phone"
                  inputMode="tel"
                  value={form.phone}
                  onChange={(e) => setForm((f) => ({ ...f, phone: e.target.value }))}
                />
              </Form.Item>
              <Form.Item label={t('cases.apply.address')} htmlFor="apply-address">
                <Input
                  id="apply-address"
                  value={form.address}
                  onChange={(e) => setForm((f) => ({ ...f, address: e.target.value }))}
                />
              </Form.Item>
              <Form.Item label={t('cases.apply.note')} htmlFor="apply-note">
                <Input.TextArea
                  id="apply-note"
                  rows={3}
                  maxLength={2000}
                  value={form.note}
                  onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
                />
              </Form.Item>
            </Form>
          </div>

          <MaterialUploads
            lines={checklist.materials.map((m) => ({
              id: m.key,
              name: m.name,
              requirement: m.requirement,
              testId: `apply-material-${m.key}`,
              uploadTestId: `apply-upload-${m.key}`,
            }))}
            uploads={uploads}
            onChange={(id, list) => setUploads((u) => ({ ...u, [id]: list }))}
            onError={setError}
          />

          {error && <Alert type="error" showIcon role="alert" title={error} />}
          {notUploaded > 0 && (
            <p className="tb-case-muted" aria-live="polite">
              {t('cases.apply.missingUploads', { n: notUploaded })}
            </p>
          )}
          <div className="tb-case-actions">
            <Button
              size="large"
              loading={busy === 'draft'}
              onClick={() => void onSaveDraft()}
              data-testid="apply-save"
            >
              {t('cases.apply.saveDraft')}
            </Button>
            <Button
              type="primary"
              size="large"
              loading={busy === 'submit'}
              disabled={notUploaded > 0}
              onClick={onSubmit}
              data-testid="apply-submit"
            >
              {t('cases.apply.submit')}
            </Button>
          </div>
        </>
      )}
      {!checklist && error && <Alert type="error" showIcon role="alert" title={error} />}
    </section>
  );
}
