import { Alert, App, Button, Form, Input, Radio, Result, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CaseSummary,
  IntakeBody,
  MaterialEntry,
  MaterialState,
} from '../../../../shared/cases.contract';
import { CASE_STATUS_LABELS } from '../../../../shared/cases.contract';
import { IDENTITY_MESSAGES, validateCreditCode, validateIdNumber } from '../../../../shared/identity';
import { ApiError, apiRequest } from '../../../app/api';
import { useLang, useT } from '../../../app/i18n';
import { usePageTitle } from '../../../components/usePageTitle';
import type { Answers, ItemDetail, ItemSummary } from '../../guide/contracts';
import { api, itemDetailSchema, searchResponseSchema } from '../../guide/contracts';
import { casePaths, caseSummarySchema, keyedChecklistSchema, newIdempotencyKey } from '../../cases/api';
import type { KeyedChecklist } from '../../cases/api';
import { label, SituationQuestions } from '../../cases/parts';

type Decision = Exclude<IntakeBody['decision'], 'submit'>;
type Check = { status: MaterialState; promiseText: string; promiseDue: string };

/** 无差别全科受理: any item of any department, for a walk-in applicant, in one screen. */
export function IntakePage() {
  const t = useT();
  usePageTitle(t('cases.intake.heading'));
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<CaseSummary | null>(null);
  const { lang } = useLang();
  if (done) {
    return (
      <section className="tb-page">
        <Result
          status={done.status === 'refused' ? 'warning' : 'success'}
          title={
            <span data-testid="intake-done">
              {t('cases.intake.done', {
                no: done.caseNo ?? '',
                status: label(lang, CASE_STATUS_LABELS[done.status]),
              })}
            </span>
          }
          extra={[
            done.acceptedDay ? (
              <Button key="receipt" href={casePaths.receipt(done.id)} data-testid="intake-receipt">
                {t('cases.downloadReceipt')}
              </Button>
            ) : null,
            <Button
              key="next"
              type="primary"
              onClick={() => {
                setDone(null);
                setRound((r) => r + 1);
              }}
            >
              {t('cases.intake.next')}
            </Button>,
          ]}
        />
      </section>
    );
  }
  return <IntakeForm key={round} onDone={setDone} />;
}

function IntakeForm({ onDone }: { onDone: (c: CaseSummary) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { modal } = App.useApp();
  const [options, setOptions] = useState<ItemSummary[]>([]);
  const [item, setItem] = useState<ItemDetail | null>(null);
  const [kind, setKind] = useState<'person' | 'org'>('person');
  const [name, setName] = useState('');
  const [idValue, setIdValue] = useState('');
  const [phone, setPhone] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [checklist, setChecklist] = useState<KeyedChecklist | null>(null);
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef<string | null>(null);

  useEffect(() => {
    idempotencyKey.current = null;
  }, [item, kind, name, idValue, phone, answers, checks, opinion]);

  const search = useCallback(async (q: string) => {
    if (!q.trim()) return;
    const res = await apiRequest(
      'GET',
      `${api.search}?q=${encodeURIComponent(q)}&pageSize=20`,
      searchResponseSchema,
    );
    setOptions(res.items);
  }, []);

  const choose = async (implCode: string) => {
    setError(null);
    setChecklist(null);
    setAnswers({});
    try {
      const detail = await apiRequest('GET', api.item(implCode), itemDetailSchema);
      setItem(detail);
      if (detail.item.situations.questions.length === 0) await loadChecklist(detail, {});
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    }
  };

  const loadChecklist = async (detail: ItemDetail, a: Answers) => {
    const list = await apiRequest('POST', api.itemChecklist(detail.item.implCode), keyedChecklistSchema, {
      body: { answers: a },
    });
    setChecklist(list);
    setChecks(
      Object.fromEntries(
        list.materials.map((m) => [m.key, { status: 'received', promiseText: '', promiseDue: '' }]),
      ),
    );
  };

  const idError = (() => {
    const value = idValue.trim().toUpperCase();
    if (!value) return t('common.required');
    const result = kind === 'person' ? validateIdNumber(value) : validateCreditCode(value);
    return result.ok ? null : label(lang, IDENTITY_MESSAGES[result.reason]);
  })();
  const nameError = name.trim() ? null : t('common.required');

  const materials = (): MaterialEntry[] =>
    (checklist?.materials ?? []).map((m) => {
      const c = checks[m.key] ?? { status: 'received', promiseText: '', promiseDue: '' };
      return c.status === 'tolerated'
        ? {
            key: m.key,
            status: c.status,
            fileIds: [],
            promise: { text: c.promiseText.trim(), due: c.promiseDue },
          }
        : { key: m.key, status: c.status, fileIds: [] };
    });

  const send = async (decision: Decision) => {
    if (!item) return;
    idempotencyKey.current ??= newIdempotencyKey();
    const value = idValue.trim().toUpperCase();
    const body: IntakeBody = {
      implCode: item.item.implCode,
      applicant:
        kind === 'person'
          ? { kind, name: name.trim(), idNumber: value, phone: phone.trim() || undefined }
          : { kind, name: name.trim(), creditCode: value, phone: phone.trim() || undefined },
      answers,
      form: {},
      materials: materials(),
      decision,
      opinion: opinion.trim() || undefined,
    };
    setBusy(true);
    setError(null);
    try {
      onDone(
        await apiRequest('POST', casePaths.intake, caseSummarySchema, {
          body,
          headers: { 'Idempotency-Key': idempotencyKey.current },
        }),
      );
    } catch (err) {
      setError(
        err instanceof ApiError
          ? [err.message, ...err.details.map((d) => d.message)].join(' · ')
          : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  };

  const decide = (decision: Decision) => {
    setShowErrors(true);
    const tolerantBad = Object.values(checks).some(
      (c) => c.status === 'tolerated' && (!c.promiseText.trim() || !c.promiseDue),
    );
    if (!item || !checklist || idError || nameError || tolerantBad) {
      setError(item ? t('cases.intake.invalid') : t('cases.intake.needItem'));
      return;
    }
    if (decision === 'refuse' && !opinion.trim()) {
      setError(t('cases.opinionRequired'));
      return;
    }
    const title = t(`cases.intake.${decision}`);
    modal.confirm({
      title: t('cases.confirmAction', { action: title }),
      okText: title,
      cancelText: t('common.cancel'),
      okButtonProps: { danger: decision === 'refuse' },
      onOk: () => send(decision),
    });
  };

  const questions = item?.item.situations.questions ?? [];
  return (
    <section className="tb-page">
      <Typography.Title level={1}>{t('cases.intake.heading')}</Typography.Title>
      <div className="tb-case-section">
        <h2 className="tb-case-h2">{t('cases.intake.item')}</h2>
        <Select
          showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
          data-testid="intake-item"
          aria-label={t('cases.intake.searchItem')}
          placeholder={t('cases.intake.searchItem')}
          style={{ width: '100%' }}
          value={item?.item.implCode}
          onChange={(code: string) => void choose(code)}
          options={options.map((o) => ({ value: o.implCode, label: `${o.name} · ${o.departmentName}` }))}
        />
      </div>

      <div className="tb-case-section">
        <h2 className="tb-case-h2">{t('cases.intake.applicant')}</h2>
        <Form layout="vertical">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value === 'org' ? 'org' : 'person')}>
            <Radio value="person">{t('cases.intake.person')}</Radio>
            <Radio value="org">{t('cases.intake.org')}</Radio>
          </Radio.Group>
          <Form.Item
            label={t('cases.intake.name')}
            htmlFor="intake-name"
            validateStatus={showErrors && nameError ? 'error' : undefined}
            help={showErrors ? nameError : undefined}
          >
            <Input id="intake-name" value={name} onChange={(e) => setName(e.target.value)} />
          </Form.Item>
          <Form.Item
            label={kind === 'person' ? t('cases.intake.idNumber') : t('cases.intake.creditCode')}
            htmlFor="intake-id"
            validateStatus={(showErrors || idValue.length >= 18) && idError ? 'error' : undefined}
            help={(showErrors || idValue.length >= 18) && idError ? idError : undefined}
          >
            <Input
              id="intake-id"
              value={idValue}
              maxLength={18}
              onChange={(e) => setIdValue(e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('cases.intake.phone')} htmlFor="intake-phone">
            <Input
              id="intake-phone"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          </Form.Item>
        </Form>
      </div>

      {item && questions.length > 0 && (
        <SituationQuestions
          questions={questions}
          answers={answers}
          onAnswer={(key, option) => {
            setAnswers((a) => ({ ...a, [key]: option }));
            setChecklist(null);
          }}
          onConfirm={() =>
            void loadChecklist(item, answers).catch((err: unknown) =>
              setError(err instanceof ApiError ? err.message : t('error.network')),
            )
          }
          testIdPrefix="intake"
        />
      )}

      {checklist && (
        <div className="tb-case-section">
          <h2 className="tb-case-h2">{t('cases.intake.checklist')}</h2>
          <ol className="tb-case-upload-list">
            {checklist.materials.map((m) => {
              const c = checks[m.key] ?? { status: 'received' as const, promiseText: '', promiseDue: '' };
              const update = (patch: Partial<Check>) =>
                setChecks((all) => ({ ...all, [m.key]: { ...c, ...patch } }));
              return (
                <li key={m.key} data-testid={`intake-material-${m.key}`}>
                  <p lang="zh-CN">
                    <strong>{m.name}</strong>
                    {m.essential && (
                      <Tag color="red" style={{ marginInlineStart: 8 }}>
                        {t('cases.material.essential')}
                      </Tag>
                    )}
                  </p>
                  <Radio.Group
                    value={c.status}
                    onChange={(e) => update({ status: e.target.value as MaterialState })}
                    options={(['received', 'tolerated', 'missing'] as const).map((s) => ({
                      value: s,
                      label: t(`cases.material.${s}`),
                      // 关键材料 cannot be tolerated; the server refuses it too.
                      disabled: s === 'tolerated' && m.essential,
                    }))}
                  />
                  {c.status === 'tolerated' && (
                    <Space wrap className="tb-case-promise">
                      <Input
                        aria-label={t('cases.intake.promiseText')}
                        placeholder={t('cases.intake.promiseText')}
                        status={showErrors && !c.promiseText.trim() ? 'error' : undefined}
                        value={c.promiseText}
                        onChange={(e) => update({ promiseText: e.target.value })}
                      />
                      <Input
                        type="date"
                        aria-label={t('cases.intake.promiseDue')}
                        status={showErrors && !c.promiseDue ? 'error' : undefined}
                        value={c.promiseDue}
                        onChange={(e) => update({ promiseDue: e.target.value })}
                      />
                    </Space>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}

      <div className="tb-case-section">
        <label htmlFor="intake-opinion">{t('cases.intake.reason')}</label>
        <Input.TextArea
          id="intake-opinion"
          rows={2}
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
        />
        {error && <Alert type="error" showIcon role="alert" title={error} />}
        <div className="tb-case-actions">
          <Button type="primary" loading={busy} onClick={() => decide('accept')} data-testid="intake-accept">
            {t('cases.intake.accept')}
          </Button>
          <Button loading={busy} onClick={() => decide('supplement')} data-testid="intake-supplement">
            {t('cases.intake.supplement')}
          </Button>
          <Button danger loading={busy} onClick={() => decide('refuse')} data-testid="intake-refuse">
            {t('cases.intake.refuse')}
          </Button>
        </div>
      </div>
    </section>
  );
}
