import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Descriptions, List, Radio, Steps, Tag, Timeline } from 'antd';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CaseDetail, CaseSummary, Light } from '../../../shared/cases.contract';
import { CASE_ACTION_LABELS, CASE_STATUS_LABELS } from '../../../shared/cases.contract';
import type { CaseStatus } from '../../../shared/cases.contract';
import { FILE_ACCEPT } from '../../../shared/files.contract';
import { ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLang, useT } from '../../app/i18n';
import type { Lang } from '../../app/i18n';
import { casePaths, uploadFile } from './api';
import type { Uploaded } from './api';
import './cases.css';

export function label(lang: Lang, entry: { zh: string; en: string }): string {
  return lang === 'en' ? entry.en : entry.zh;
}

const STATUS_COLOR: Record<CaseStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  supplement_requested: 'warning',
  accepted: 'processing',
  in_review: 'processing',
  special_procedure: 'purple',
  approved: 'success',
  denied: 'error',
  delivered: 'success',
  withdrawn: 'default',
  refused: 'error',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { lang } = useLang();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="case-status">
      {label(lang, CASE_STATUS_LABELS[status])}
    </Tag>
  );
}

const LIGHT_COLOR: Record<Light, string> = { green: 'green', yellow: 'gold', red: 'red' };

/** The light with the remaining working days in words, so colour is never the only sign. */
export function LightTag({ light, remainingDays }: { light: Light | null; remainingDays: number | null }) {
  const t = useT();
  if (!light || remainingDays === null) return null;
  const days =
    remainingDays < 0
      ? t('cases.overdue', { n: -remainingDays })
      : t('cases.remaining', { n: remainingDays });
  return (
    <Tag color={LIGHT_COLOR[light]} data-testid="case-light" data-light={light}>
      {t(`cases.light.${light}`)} · {days}
    </Tag>
  );
}

export function CaseFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const { lang } = useLang();
  const promised = c.clocks?.promised;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      className="tb-case-facts"
      items={[
        { key: 'no', label: t('cases.caseNo'), children: <span className="tb-mono">{c.caseNo ?? '—'}</span> },
        { key: 'status', label: t('common.status'), children: <StatusTag status={c.status} /> },
        { key: 'item', label: t('cases.item'), children: <span lang="zh-CN">{c.itemName}</span> },
        { key: 'dept', label: t('cases.department'), children: <span lang="zh-CN">{c.departmentName}</span> },
        { key: 'applicant', label: t('cases.applicant'), children: c.applicantName },
        { key: 'channel', label: t('cases.channel'), children: t(`cases.channel.${c.channel}`) },
        {
          key: 'received',
          label: t('cases.received'),
          children: c.receivedAt ? formatDateTime(lang, c.receivedAt) : '—',
        },
        { key: 'accepted', label: t('cases.accepted'), children: c.acceptedDay ?? '—' },
        { key: 'promised', label: t('cases.promisedDue'), children: c.promisedDue ?? '—' },
        { key: 'statutory', label: t('cases.statutoryDue'), children: c.statutoryDue ?? '—' },
        {
          key: 'light',
          label: t('cases.remainingLabel'),
          children: (
            <>
              {!promised?.outcome && <LightTag light={c.light} remainingDays={c.remainingDays} />}
              {promised?.paused && <Tag>{t('cases.paused')}</Tag>}
              {promised?.outcome && <Tag color="blue">{t(`cases.outcome.${promised.outcome}`)}</Tag>}
            </>
          ),
        },
        ...(c.decidedDay ? [{ key: 'decided', label: t('cases.decided'), children: c.decidedDay }] : []),
        ...(c.delivery
          ? [
              {
                key: 'delivery',
                label: t('cases.delivery'),
                children: `${t(`cases.delivery.${c.delivery.method}`)}${c.delivery.trackingNo ? ` · ${c.delivery.trackingNo}` : ''}`,
              },
            ]
          : []),
      ]}
    />
  );
}

export function CaseSteps({ c }: { c: CaseDetail }) {
  const t = useT();
  if (c.steps.length === 0) return null;
  const current = c.steps.findIndex((s) => s.state === 'current');
  return (
    <section aria-labelledby="case-steps">
      <h2 className="tb-case-h2" id="case-steps">
        {t('cases.steps')}
      </h2>
      <Steps
        size="small"
        responsive
        current={current < 0 ? c.steps.length : current}
        items={c.steps.map((s) => ({
          title: <span lang="zh-CN">{s.name}</span>,
          description: (
            <span lang="zh-CN">
              {s.departmentName} · {t(`cases.step.${s.state}`)}
            </span>
          ),
        }))}
      />
    </section>
  );
}

/** Every action with who, when and the opinion: "every step's time". */
export function CaseTimeline({ c }: { c: CaseDetail }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section aria-labelledby="case-timeline">
      <h2 className="tb-case-h2" id="case-timeline">
        {t('cases.timeline')}
      </h2>
      <Timeline
        data-testid="case-timeline"
        items={c.timeline.map((a) => ({
          key: a.id,
          content: (
            <div className="tb-case-event">
              <strong>{label(lang, CASE_ACTION_LABELS[a.action])}</strong>{' '}
              <span className="tb-case-muted">
                {formatDateTime(lang, a.at)} · {a.actorName}
              </span>
              {a.opinion && <p className="tb-case-opinion">{a.opinion}</p>}
              {a.attachments.map((fileId, i) => (
                <a key={fileId} href={casePaths.file(c.id, fileId)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined aria-hidden /> {t('cases.file', { n: i + 1 })}{' '}
                </a>
              ))}
            </div>
          ),
        }))}
      />
    </section>
  );
}

/** The case's materials; a file opens in the viewer when `onView` is given, else in a new tab. */
export function CaseMaterials({ c, onView }: { c: CaseDetail; onView?: (fileId: string) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="case-materials">
      <h2 className="tb-case-h2" id="case-materials">
        {t('cases.materials')}
      </h2>
      <List
        size="small"
        bordered
        dataSource={c.materials}
        renderItem={(m) => (
          <List.Item data-testid="case-material">
            <div className="tb-case-material">
              <span lang="zh-CN">{m.name}</span>{' '}
              <Tag color={m.status === 'received' ? 'green' : m.status === 'tolerated' ? 'gold' : 'red'}>
                {t(`cases.material.${m.status}`)}
              </Tag>
              {m.status === 'tolerated' && m.promiseDue && (
                <p className="tb-case-muted">
                  {t('cases.material.promise', { due: m.promiseDue, text: m.promiseText ?? '' })}
                </p>
              )}
              <div>
                {m.fileIds.length === 0 && m.status === 'received' && (
                  <span className="tb-case-muted">{t('cases.noFile')}</span>
                )}
                {m.fileIds.map((fileId, i) =>
                  onView ? (
                    <Button
                      key={fileId}
                      type="link"
                      size="small"
                      icon={<PaperClipOutlined />}
                      onClick={() => onView(fileId)}
                    >
                      {t('cases.file', { n: i + 1 })}
                    </Button>
                  ) : (
                    <a key={fileId} href={casePaths.file(c.id, fileId)} target="_blank" rel="noreferrer">
                      <PaperClipOutlined aria-hidden /> {t('cases.file', { n: i + 1 })}
                    </a>
                  ),
                )}
              </div>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}

/** Uploads files one by one as they are chosen; the parent holds the list. */
export function FileUpload({
  files,
  onChange,
  testId,
  onError,
}: {
  files: readonly Uploaded[];
  onChange: (files: Uploaded[]) => void;
  testId: string;
  onError: (message: string) => void;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pick = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    try {
      const added: Uploaded[] = [];
      for (const file of Array.from(list)) added.push(await uploadFile(file));
      onChange([...files, ...added]);
    } catch (error) {
      onError(error instanceof ApiError ? error.message : t('error.network'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="tb-case-upload">
      <input
        ref={input}
        type="file"
        accept={FILE_ACCEPT}
        multiple
        hidden
        data-testid={testId}
        onChange={(e) => void pick(e.target.files)}
      />
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {busy ? t('cases.upload.uploading') : t('cases.upload')}
      </Button>
      <span className="tb-case-muted"> {t('cases.upload.hint')}</span>
      {files.length > 0 && (
        <ul className="tb-case-files">
          {files.map((f) => (
            <li key={f.id}>
              <PaperClipOutlined aria-hidden /> {f.originalName}{' '}
              <Button type="link" size="small" onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
                {t('cases.upload.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One row of a case list, as a card that reads well at 390 px. */
export function CaseCard({ c, to, extra }: { c: CaseSummary; to: string; extra?: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Link to={to} className="tb-case-card" data-testid="case-card">
      <span className="tb-case-card-title" lang="zh-CN">
        {c.itemName}
      </span>
      <span className="tb-case-card-meta">
        <StatusTag status={c.status} />
        <LightTag light={c.light} remainingDays={c.remainingDays} />
      </span>
      <span className="tb-case-muted">
        {c.caseNo ? `${t('cases.caseNo')} ${c.caseNo}` : label(lang, CASE_STATUS_LABELS.draft)}
        {c.receivedAt ? ` · ${formatDateTime(lang, c.receivedAt)}` : ''}
        {c.promisedDue ? ` · ${t('cases.promisedDue')} ${c.promisedDue}` : ''}
      </span>
      {extra}
    </Link>
  );
}

type Question = { key: string; text: string; options: readonly { key: string; label: string }[] };

/**
 * The situation questionnaire (办理情形) and its confirm button, as the applicant online, the window
 * and the bundle form ask it. A changed answer clears the checklist the caller derived from it.
 */
export function SituationQuestions({
  questions,
  answers,
  onAnswer,
  onConfirm,
  busy = false,
  testIdPrefix,
}: {
  questions: readonly Question[];
  answers: Readonly<Record<string, string>>;
  onAnswer: (key: string, option: string) => void;
  onConfirm: () => void;
  busy?: boolean;
  testIdPrefix: string;
}) {
  const t = useT();
  const unanswered = questions.some((q) => !answers[q.key]);
  return (
    <div className="tb-case-section">
      <h2 className="tb-case-h2">{t('cases.apply.situation')}</h2>
      {questions.map((q) => (
        <fieldset key={q.key} className="tb-case-question">
          <legend lang="zh-CN">{q.text}</legend>
          <Radio.Group
            data-testid={`${testIdPrefix}-question-${q.key}`}
            value={answers[q.key]}
            onChange={(e) => onAnswer(q.key, String(e.target.value))}
            orientation="vertical"
            options={q.options.map((o) => ({ value: o.key, label: <span lang="zh-CN">{o.label}</span> }))}
          />
        </fieldset>
      ))}
      <Button
        type="primary"
        data-testid={`${testIdPrefix}-confirm-situation`}
        loading={busy}
        disabled={unanswered}
        onClick={onConfirm}
      >
        {t('cases.apply.confirmSituation')}
      </Button>
      {unanswered && <span className="tb-case-muted"> {t('cases.apply.answerAll')}</span>}
    </div>
  );
}

/** One material to upload: its own id, what the applicant reads, and what else to say about it. */
export type UploadLine = {
  id: string;
  name: string;
  requirement: 'always' | 'conditional';
  testId: string;
  uploadTestId: string;
  extra?: ReactNode;
};

/** 申请材料: one upload per material, as the online application and the bundle application ask. */
export function MaterialUploads({
  lines,
  uploads,
  onChange,
  onError,
}: {
  lines: readonly UploadLine[];
  uploads: Readonly<Record<string, Uploaded[]>>;
  onChange: (id: string, files: Uploaded[]) => void;
  onError: (message: string) => void;
}) {
  const t = useT();
  return (
    <div className="tb-case-section">
      <h2 className="tb-case-h2">{t('cases.apply.materials')}</h2>
      <ol className="tb-case-upload-list">
        {lines.map((l) => (
          <li key={l.id} data-testid={l.testId} data-material={l.id}>
            <p lang="zh-CN">
              <strong>{l.name}</strong>{' '}
              {l.requirement === 'conditional' && <Tag color="orange">{t('guide.material.conditional')}</Tag>}
            </p>
            {l.extra}
            <FileUpload
              testId={l.uploadTestId}
              files={uploads[l.id] ?? []}
              onChange={(files) => onChange(l.id, files)}
              onError={onError}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
