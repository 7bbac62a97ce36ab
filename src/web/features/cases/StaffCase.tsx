import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import type { ActionBody, CaseAction, CaseDetail, DeliveryMethod } from '../../../shared/cases.contract';
import { CASE_ACTION_LABELS, DELIVERY_METHODS, SPECIAL_PROCEDURES } from '../../../shared/cases.contract';
import { ApiError, apiRequest } from '../../app/api';
import { useLang, useT } from '../../app/i18n';
import { useMe } from '../../app/auth';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import { usePageTitle } from '../../components/usePageTitle';
import { departmentPageSchema } from '../console/contracts';
import { actOnCase, assignCase, casePaths, loadAssignable, loadCase } from './api';
import type { Uploaded } from './api';
import { CaseFacts, CaseMaterials, CaseSteps, CaseTimeline, FileUpload, label } from './parts';

/** Staff actions, in the order the buttons show; each opens its confirmation dialog. */
const STAFF_ACTIONS = [
  'accept',
  'complete_step',
  'hand_in',
  'approve',
  'deny',
  'request_supplement',
  'return_to_step',
  'transfer',
  'start_special',
  'end_special',
  'extend',
  'refuse',
  'deliver',
] as const satisfies readonly CaseAction[];
type StaffAction = (typeof STAFF_ACTIONS)[number];

/** Actions whose opinion the law wants written down (reasons for a refusal, a denial...). */
const NEEDS_OPINION = new Set<StaffAction>([
  'refuse',
  'request_supplement',
  'return_to_step',
  'transfer',
  'start_special',
  'extend',
  'deny',
]);

/** One case for staff: facts, materials viewer, timeline and the actions allowed now. */
export function StaffCasePage({ id, backLink }: { id: string; backLink: ReactNode }) {
  const t = useT();
  const load = useCallback((signal: AbortSignal) => loadCase(id, signal), [id]);
  const data = useApiData(load);
  usePageTitle(data.data?.itemName ?? t('cases.queue.heading'));
  return (
    <section className="tb-page">
      {backLink}
      {data.error && <LoadError message={data.error} onRetry={data.reload} />}
      {!data.data && data.loading && <Skeleton active />}
      {data.data && <StaffCaseView key={data.data.version} c={data.data} reload={data.reload} />}
    </section>
  );
}

function StaffCaseView({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const t = useT();
  const [viewing, setViewing] = useState<string | null>(null);
  return (
    <>
      <Typography.Title level={1} lang="zh-CN" data-testid="case-title">
        {c.itemName}
      </Typography.Title>
      <CaseFacts c={c} />
      <HandlerPanel c={c} reload={reload} />
      <ActionPanel c={c} reload={reload} />
      <div className="tb-case-layout">
        <div>
          <CaseMaterials c={c} onView={setViewing} />
          <CaseSteps c={c} />
          <CaseTimeline c={c} />
        </div>
        <section aria-labelledby="case-viewer">
          <h2 className="tb-case-h2" id="case-viewer">
            {t('cases.viewer')}
          </h2>
          {viewing ? (
            <object
              data={casePaths.file(c.id, viewing)}
              className="tb-case-viewer"
              title={t('cases.viewer')}
              data-testid="case-viewer"
            >
              <a href={casePaths.file(c.id, viewing)} target="_blank" rel="noreferrer">
                {t('common.view')}
              </a>
            </object>
          ) : (
            <p className="tb-case-muted">{t('cases.viewerEmpty')}</p>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * The handler (经办人): a reviewer claims an unclaimed case or releases their own; an admin of the
 * department names one of its reviewers. Only what the server offers in assignOptions is shown.
 */
function HandlerPanel({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(c.assigneeAccountId);
  const mayAssign = c.assignOptions.includes('assign');
  const load = useCallback((signal: AbortSignal) => loadAssignable(c.id, signal), [c.id]);
  const reviewers = useApiData(mayAssign ? load : null);

  const write = async (to: string | null, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await assignCase(c.id, { assigneeAccountId: to, version: c.version });
      void message.success(done);
      reload();
    } catch (err) {
      // Someone acted first: the reload shows who holds the case now.
      if (err instanceof ApiError && err.code === 'CASE_VERSION_CONFLICT') {
        void message.warning(t('cases.conflict'));
        reload();
      } else setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-case-section tb-case-actions" data-testid="case-handler">
      <span>
        {t('cases.handler')}：
        <span data-testid="case-handler-name">{c.assigneeName ?? t('cases.handler.none')}</span>
      </span>
      {c.assignOptions.includes('claim') && (
        <Button
          type="primary"
          loading={busy}
          data-testid="case-claim"
          onClick={() => void write(me.id, t('cases.handler.claimed'))}
        >
          {t('cases.handler.claim')}
        </Button>
      )}
      {c.assignOptions.includes('release') && (
        <Button
          loading={busy}
          data-testid="case-release"
          onClick={() => void write(null, t('cases.handler.released'))}
        >
          {t('cases.handler.release')}
        </Button>
      )}
      {mayAssign && (
        <>
          <Select<string>
            aria-label={t('cases.handler.pick')}
            placeholder={t('cases.handler.pick')}
            data-testid="case-assignee-select"
            style={{ minWidth: 200 }}
            allowClear
            loading={reviewers.loading}
            value={chosen ?? undefined}
            onChange={(v) => setChosen(v ?? null)}
            options={(reviewers.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
          <Button
            loading={busy}
            disabled={chosen === c.assigneeAccountId}
            data-testid="case-assign"
            onClick={() => void write(chosen, t('cases.handler.assigned'))}
          >
            {t('cases.handler.assign')}
          </Button>
        </>
      )}
      {(error ?? reviewers.error) && (
        <Alert type="error" showIcon role="alert" title={error ?? reviewers.error} />
      )}
    </div>
  );
}

type Extra = {
  stepKey?: string;
  departmentId?: string;
  kind?: string;
  days?: number;
  approver?: string;
  missing?: string[];
  handedIn?: string[];
  method?: DeliveryMethod;
  trackingNo?: string;
};

function ActionPanel({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [opinion, setOpinion] = useState('');
  // An expert's report, a hearing record, the head's signed approval: filed with the action.
  const [attachments, setAttachments] = useState<Uploaded[]>([]);
  const [open, setOpen] = useState<StaffAction | null>(null);
  const [extra, setExtra] = useState<Extra>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // At the last step there is no next step to hand over to: the reviewer decides.
  const atLastStep = c.steps.at(-1)?.state === 'current';
  const allowed = STAFF_ACTIONS.filter(
    (a) => c.allowedActions.includes(a) && !(a === 'complete_step' && atLastStep),
  );
  const actionLabel = (a: StaffAction) => label(lang, CASE_ACTION_LABELS[a]);

  const body = (a: StaffAction): ActionBody | null => {
    const base = {
      version: c.version,
      attachments: attachments.map((f) => f.id),
      opinion: opinion.trim() || undefined,
    };
    const text = opinion.trim();
    switch (a) {
      case 'accept':
      case 'complete_step':
      case 'approve':
      case 'end_special':
        return { action: a, ...base };
      case 'refuse':
      case 'deny':
        return { action: a, ...base, opinion: text };
      case 'hand_in':
        return extra.handedIn?.length
          ? { action: a, ...base, materials: extra.handedIn.map((key) => ({ key, fileIds: [] })) }
          : null;
      case 'request_supplement':
        return extra.missing?.length
          ? { action: a, ...base, opinion: text, missing: extra.missing.map((key) => ({ key, note: '' })) }
          : null;
      case 'return_to_step':
        return extra.stepKey ? { action: a, ...base, opinion: text, stepKey: extra.stepKey } : null;
      case 'transfer':
        return extra.departmentId
          ? { action: a, ...base, opinion: text, departmentId: extra.departmentId }
          : null;
      case 'start_special': {
        const kind = c.specialProcedures.find((k) => k === extra.kind);
        return kind ? { action: a, ...base, opinion: text, kind } : null;
      }
      case 'extend':
        return extra.days && extra.approver?.trim()
          ? { action: a, ...base, opinion: text, days: extra.days, approver: extra.approver.trim() }
          : null;
      case 'deliver':
        return extra.method
          ? { action: a, ...base, method: extra.method, trackingNo: extra.trackingNo?.trim() || undefined }
          : null;
    }
  };

  const confirm = async () => {
    if (!open) return;
    if (NEEDS_OPINION.has(open) && !opinion.trim()) {
      setError(t('cases.opinionRequired'));
      return;
    }
    const payload = body(open);
    if (!payload) {
      setError(t('common.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actOnCase(c.id, payload);
      void message.success(t('cases.actionDone', { action: actionLabel(open) }));
      setOpen(null);
      reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CASE_VERSION_CONFLICT') {
        setOpen(null);
        setConflict(true);
      } else setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  if (conflict) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="case-conflict"
        title={t('cases.conflict')}
        action={
          <Button onClick={reload} data-testid="case-reload">
            {t('cases.reload')}
          </Button>
        }
      />
    );
  }

  return (
    <div className="tb-case-section" data-testid="case-actions">
      {allowed.length === 0 ? (
        <p className="tb-case-muted">{t('cases.noActions')}</p>
      ) : (
        <>
          <label htmlFor="case-opinion">{t('cases.opinion')}</label>
          <Input.TextArea
            id="case-opinion"
            data-testid="case-opinion"
            rows={3}
            maxLength={2000}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
          />
          <p className="tb-case-muted">{t('cases.attachments')}</p>
          <FileUpload
            testId="case-attachments"
            files={attachments}
            onChange={setAttachments}
            onError={setError}
          />
          {!open && error && <Alert type="error" showIcon role="alert" title={error} />}
          <div className="tb-case-actions">
            {allowed.map((a) => (
              <Button
                key={a}
                data-testid={`case-action-${a}`}
                type={a === 'approve' || a === 'accept' || a === 'complete_step' ? 'primary' : 'default'}
                danger={a === 'deny' || a === 'refuse'}
                onClick={() => {
                  setExtra(a === 'deliver' ? { method: 'window' } : {});
                  setError(null);
                  setOpen(a);
                }}
              >
                {actionLabel(a)}
              </Button>
            ))}
          </div>
        </>
      )}
      <Modal
        open={open !== null}
        title={open ? t('cases.confirmAction', { action: actionLabel(open) }) : ''}
        okText={open ? actionLabel(open) : ''}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, danger: open === 'deny' || open === 'refuse' }}
        onOk={() => void confirm()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {open && <ActionFields c={c} action={open} extra={extra} setExtra={setExtra} />}
        {open && opinion.trim() && (
          <p className="tb-case-opinion">
            {t('cases.opinion')}：{opinion.trim()}
          </p>
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} />}
      </Modal>
    </div>
  );
}

function ActionFields({
  c,
  action,
  extra,
  setExtra,
}: {
  c: CaseDetail;
  action: StaffAction;
  extra: Extra;
  setExtra: (e: Extra) => void;
}) {
  const t = useT();
  const needDepartments = action === 'transfer';
  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', `/api/v1/departments?region=${c.regionCode}&pageSize=100`, departmentPageSchema, {
        signal,
      }),
    [c.regionCode],
  );
  const departments = useApiData(needDepartments ? loadDepartments : null);
  switch (action) {
    case 'request_supplement':
      return (
        <Form.Item label={t('cases.missingList')} layout="vertical">
          <Select
            mode="multiple"
            value={extra.missing ?? []}
            onChange={(missing) => setExtra({ ...extra, missing })}
            options={c.materials.map((m) => ({ value: m.key, label: m.name }))}
          />
        </Form.Item>
      );
    case 'hand_in':
      return (
        <Form.Item label={t('cases.handInList')} layout="vertical">
          <Select
            mode="multiple"
            data-testid="hand-in-materials"
            value={extra.handedIn ?? []}
            onChange={(handedIn) => setExtra({ ...extra, handedIn })}
            options={c.materials
              .filter((m) => m.status === 'tolerated')
              .map((m) => ({ value: m.key, label: `${m.name}（${m.promiseDue ?? ''}）` }))}
          />
        </Form.Item>
      );
    case 'return_to_step': {
      const current = c.steps.findIndex((s) => s.state === 'current');
      return (
        <Form.Item label={t('cases.returnTo')} layout="vertical">
          <Select
            value={extra.stepKey}
            onChange={(stepKey) => setExtra({ ...extra, stepKey })}
            options={c.steps.slice(0, Math.max(current, 0)).map((s) => ({ value: s.key, label: s.name }))}
          />
        </Form.Item>
      );
    }
    case 'transfer':
      return (
        <Form.Item label={t('cases.transferTo')} layout="vertical">
          <Select
            loading={departments.loading}
            value={extra.departmentId}
            onChange={(departmentId) => setExtra({ ...extra, departmentId })}
            options={(departments.data?.items ?? [])
              .filter((d) => d.id !== c.departmentId)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      );
    case 'start_special':
      return (
        <Form.Item label={t('cases.specialKind')} layout="vertical">
          <Select
            value={extra.kind}
            onChange={(kind) => setExtra({ ...extra, kind })}
            options={c.specialProcedures.map((k) => ({
              value: k,
              label: <span lang="zh-CN">{SPECIAL_PROCEDURES[k]}</span>,
            }))}
          />
        </Form.Item>
      );
    case 'extend':
      return (
        <>
          <Form.Item label={t('cases.extendDays')} layout="vertical">
            <InputNumber
              min={1}
              max={180}
              value={extra.days}
              onChange={(days) => setExtra({ ...extra, days: days ?? undefined })}
            />
          </Form.Item>
          <Form.Item label={t('cases.approver')} layout="vertical">
            <Input
              value={extra.approver}
              onChange={(e) => setExtra({ ...extra, approver: e.target.value })}
            />
          </Form.Item>
        </>
      );
    case 'deliver':
      return (
        <>
          <Form.Item label={t('cases.delivery')} layout="vertical">
            <Select
              data-testid="deliver-method"
              value={extra.method}
              onChange={(method) => setExtra({ ...extra, method })}
              options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`cases.delivery.${m}`) }))}
            />
          </Form.Item>
          {extra.method === 'post' && (
            <Form.Item label={t('cases.trackingNo')} layout="vertical">
              <Input
                data-testid="deliver-tracking"
                value={extra.trackingNo}
                onChange={(e) => setExtra({ ...extra, trackingNo: e.target.value })}
              />
            </Form.Item>
          )}
        </>
      );
    case 'accept':
    case 'approve':
    case 'complete_step':
    case 'deny':
    case 'end_special':
    case 'refuse':
      return null;
  }
}
