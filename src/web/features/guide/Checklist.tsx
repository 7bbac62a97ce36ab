import { DownloadOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Radio, Skeleton, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent, Ref } from 'react';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n';
import { useApiData } from '../../app/useApiData';
import { LoadError } from '../../components/LoadError';
import type { Answers, Checklist, ChecklistMaterial, MaterialFileKind, Question } from './contracts';
import { useCodeLabel } from './labels';
import { Section, Zh } from './shared';

/**
 * 情形引导: the situation questions, then the exact checklist the server computes from the
 * answers, then the one-time notice (一次性告知单) as a PDF for the same answers. Without questions
 * the full checklist loads at once.
 */
export function ChecklistSection({
  questions,
  submit,
  noticeHref,
  itemNames,
  fileHref,
}: {
  questions: readonly Question[];
  submit: (answers: Answers, signal?: AbortSignal) => Promise<Checklist>;
  noticeHref: (answers: Answers) => string;
  /** implCode → name, to say which services of a bundle need a material. */
  itemNames?: ReadonlyMap<string, string>;
  /** An item's checklist: where a material's blank form and sample download from. */
  fileHref?: FileHref;
}) {
  const t = useT();
  const hasQuestions = questions.length > 0;
  const [answers, setAnswers] = useState<Answers>({});
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ answers: Answers; checklist: Checklist } | null>(null);
  const [stale, setStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const loadAll = useCallback((signal: AbortSignal) => submit({}, signal), [submit]);
  const full = useApiData(hasQuestions ? null : loadAll);

  const unanswered = questions.filter((q) => !answers[q.key]);
  const shown = hasQuestions ? result : full.data ? { answers: {}, checklist: full.data } : null;

  const choose = (key: string, option: string) => {
    setAnswers((a) => ({ ...a, [key]: option }));
    // The shown checklist and notice link belong to the old answers: take them away.
    if (result) {
      setResult(null);
      setStale(true);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (unanswered.length > 0) {
      setShowErrors(true);
      const first = unanswered[0];
      if (first) {
        formRef.current
          ?.querySelector<HTMLInputElement>(`[data-testid="guide-question-${first.key}"] input`)
          ?.focus();
      }
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const checklist = await submit(answers);
      setResult({ answers, checklist });
      setStale(false);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setSubmitting(false);
    }
  };

  // Move to the new checklist so keyboard and screen-reader users land on it too.
  useEffect(() => {
    if (result && resultRef.current) {
      resultRef.current.focus({ preventScroll: true });
      resultRef.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }, [result]);

  const reset = () => {
    setAnswers({});
    setResult(null);
    setShowErrors(false);
    setStale(false);
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  return (
    <Section id="checklist" title={t('guide.checklist.heading')}>
      {hasQuestions ? (
        <form ref={formRef} className="tb-guide-questionnaire" noValidate onSubmit={onSubmit}>
          <p className="tb-guide-lead-strong">{t('guide.checklist.intro')}</p>
          <ol className="tb-guide-questions">
            {questions.map((question, i) => {
              const invalid = showErrors && !answers[question.key];
              const labelId = `question-${question.key}-label`;
              const errorId = `question-${question.key}-error`;
              return (
                <li
                  key={question.key}
                  className={`tb-guide-question${invalid ? ' tb-guide-question-invalid' : ''}`}
                >
                  <p className="tb-guide-question-text" id={labelId}>
                    <span className="tb-guide-step" aria-hidden>
                      {i + 1}
                    </span>
                    <span className="tb-guide-sr-only">{t('guide.checklist.question', { n: i + 1 })} </span>
                    <Zh>{question.text}</Zh>
                  </p>
                  <Radio.Group
                    data-testid={`guide-question-${question.key}`}
                    className="tb-guide-options"
                    aria-labelledby={labelId}
                    aria-required
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? errorId : undefined}
                    name={`question-${question.key}`}
                    orientation="vertical"
                    value={answers[question.key]}
                    onChange={(event) => choose(question.key, String(event.target.value))}
                  >
                    {question.options.map((option) => (
                      <Radio key={option.key} value={option.key} className="tb-guide-option">
                        <Zh>{option.label}</Zh>
                      </Radio>
                    ))}
                  </Radio.Group>
                  {invalid && (
                    <p className="tb-guide-error" id={errorId}>
                      {t('guide.checklist.required')}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          {showErrors && unanswered.length > 0 && (
            <Alert
              type="error"
              showIcon
              className="tb-guide-alert"
              role="alert"
              title={t('guide.checklist.missing', { n: unanswered.length })}
            />
          )}
          {stale && !result && (
            <Alert type="info" showIcon className="tb-guide-alert" title={t('guide.checklist.stale')} />
          )}
          {error && <Alert type="error" showIcon className="tb-guide-alert" role="alert" title={error} />}
          <div className="tb-guide-question-actions">
            <span className="tb-guide-muted" aria-live="polite">
              {t('guide.checklist.progress', {
                done: questions.length - unanswered.length,
                total: questions.length,
              })}
            </span>
            <div className="tb-guide-question-buttons">
              {Object.keys(answers).length > 0 && (
                <Button size="large" onClick={reset}>
                  {t('guide.checklist.reset')}
                </Button>
              )}
              <Button
                type="primary"
                size="large"
                htmlType="submit"
                loading={submitting}
                data-testid="guide-checklist-submit"
              >
                {t('guide.checklist.submit')}
              </Button>
            </div>
          </div>
        </form>
      ) : (
        <p className="tb-guide-lead-strong">{t('guide.checklist.noQuestions')}</p>
      )}

      {!hasQuestions && full.error && <LoadError message={full.error} onRetry={full.reload} />}
      {!hasQuestions && full.loading && <Skeleton active paragraph={{ rows: 4 }} />}

      {shown && (
        <ChecklistResult
          ref={resultRef}
          checklist={shown.checklist}
          href={noticeHref(shown.answers)}
          itemNames={itemNames}
          fileHref={fileHref}
        />
      )}
    </Section>
  );
}

function ChecklistResult({
  checklist,
  href,
  itemNames,
  fileHref,
  ref,
}: {
  checklist: Checklist;
  href: string;
  itemNames?: ReadonlyMap<string, string>;
  fileHref?: FileHref;
  ref: Ref<HTMLDivElement>;
}) {
  const t = useT();
  return (
    <div
      className="tb-guide-result"
      data-testid="guide-checklist"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="checklist-result-title"
    >
      <h3 className="tb-guide-h3" id="checklist-result-title">
        {t('guide.checklist.result')}
        <span className="tb-guide-h3-sub">
          {t('guide.checklist.resultCount', { n: checklist.materials.length })}
        </span>
      </h3>
      {checklist.unanswered.length > 0 && (
        <Alert type="warning" showIcon className="tb-guide-alert" title={t('guide.checklist.unanswered')} />
      )}
      {checklist.materials.length === 0 ? (
        <p>{t('guide.checklist.empty')}</p>
      ) : (
        <ol className="tb-guide-checklist">
          {checklist.materials.map((material, i) => (
            <ChecklistRow
              key={`${material.name}-${i}`}
              material={material}
              index={i}
              itemNames={itemNames}
              fileHref={fileHref}
            />
          ))}
        </ol>
      )}
      {checklist.conditions.length > 0 && (
        <>
          <h4 className="tb-guide-h4">{t('guide.checklist.conditions')}</h4>
          <ul className="tb-guide-conditions">
            {checklist.conditions.map((condition) => (
              <li key={condition}>
                <Zh>{condition}</Zh>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="tb-guide-download-box">
        <a href={href} download className="tb-guide-download" data-testid="guide-notice-download">
          <FilePdfOutlined aria-hidden /> {t('guide.checklist.download')}
        </a>
        <p className="tb-guide-muted tb-elder-hidden">{t('guide.checklist.downloadHint')}</p>
      </div>
    </div>
  );
}

function ChecklistRow({
  material,
  index,
  itemNames,
  fileHref,
}: {
  material: ChecklistMaterial;
  index: number;
  itemNames?: ReadonlyMap<string, string>;
  fileHref?: FileHref;
}) {
  const t = useT();
  const label = useCodeLabel();
  const neededBy = material.neededBy?.map((code) => itemNames?.get(code) ?? code) ?? [];
  return (
    <li className="tb-guide-material" data-testid="guide-checklist-material">
      <span className="tb-guide-material-num" aria-hidden>
        {index + 1}
      </span>
      <div className="tb-guide-material-body">
        <p className="tb-guide-material-name">
          <Zh>{material.name}</Zh>
        </p>
        <p className="tb-guide-material-meta">
          <Tag className="tb-guide-tag">{label('materialForm', material.form)}</Tag>
          <Tag className="tb-guide-tag">{t('guide.material.countN', { n: material.count })}</Tag>
          {material.requirement === 'conditional' && (
            <Tag className="tb-guide-tag" color="orange">
              {t('guide.material.conditional')}
            </Tag>
          )}
        </p>
        <MaterialBadges material={material} />
        {fileHref && material.key && (
          <MaterialFileLinks material={material} href={(kind) => fileHref(material.key ?? '', kind)} />
        )}
        {material.issuer && (
          <p className="tb-guide-material-line">
            {t('guide.material.issuer')}：<Zh>{material.issuer}</Zh>
          </p>
        )}
        {material.note && (
          <p className="tb-guide-material-line">
            {t('guide.material.note')}：<Zh>{material.note}</Zh>
          </p>
        )}
        {neededBy.length > 0 && itemNames && (
          <p className="tb-guide-material-line tb-guide-muted">
            {neededBy.length > 1 ? t('guide.material.shared', { n: neededBy.length }) + ' · ' : ''}
            <Zh>{t('guide.material.neededBy', { items: neededBy.join('、') })}</Zh>
          </p>
        )}
      </div>
    </li>
  );
}

type FileHref = (materialKey: string, kind: MaterialFileKind) => string;

/** 空白表格 / 示例样表 download links, for the files the material has. */
export function MaterialFileLinks({
  material,
  href,
}: {
  material: Pick<ChecklistMaterial, 'blankFormFileId' | 'sampleFileId'>;
  href: (kind: MaterialFileKind) => string;
}) {
  const t = useT();
  const links = [
    { kind: 'blank-form' as const, has: material.blankFormFileId, text: t('guide.material.blankForm') },
    { kind: 'sample' as const, has: material.sampleFileId, text: t('guide.material.sample') },
  ].filter((l) => l.has);
  if (links.length === 0) return null;
  return (
    <p className="tb-guide-material-line">
      {links.map((l) => (
        <a
          key={l.kind}
          href={href(l.kind)}
          download
          style={{ marginInlineEnd: 16, whiteSpace: 'nowrap' }}
          data-testid={`guide-material-${l.kind}`}
        >
          <DownloadOutlined aria-hidden /> {l.text}
        </a>
      ))}
    </p>
  );
}

/** 一证通办 and 告知承诺 badges: the material may not be needed at all. */
export function MaterialBadges({
  material,
}: {
  material: Pick<ChecklistMaterial, 'licenseType' | 'proofItem'>;
}) {
  const t = useT();
  if (!material.licenseType && !material.proofItem) return null;
  return (
    <div className="tb-guide-badges">
      {material.licenseType && (
        <p className="tb-guide-badge">
          <Tag color="green" className="tb-guide-tag" icon={<SafetyCertificateOutlined aria-hidden />}>
            {t('guide.material.licence')}
          </Tag>
          <span className="tb-guide-badge-hint">
            {t('guide.material.licenceHint', { type: material.licenseType })}
          </span>
        </p>
      )}
      {material.proofItem && (
        <p className="tb-guide-badge">
          <Tag color="cyan" className="tb-guide-tag">
            {t('guide.material.proof')}
          </Tag>
          <span className="tb-guide-badge-hint">
            {t('guide.material.proofHint', { proof: material.proofItem })}
          </span>
        </p>
      )}
    </div>
  );
}
