import { ArrowLeftOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import {
  adminItemSchema,
  catalogPaths,
  itemApi,
  versionDetailSchema,
  versionListSchema,
  versionState,
} from './contracts';
import type { AdminItem, VersionDetail } from './contracts';
import { blankItem, levelForRegion, parseTab, tabOf, toFormValues, toItemInput } from './formModel';
import type { ItemFormValues, TabKey } from './formModel';
import { ItemFormTabs, describeField } from './ItemFormTabs';
import type { EditorMode } from './ItemFormTabs';
import { PublishButton } from './PublishButton';
import { applyServerErrors, clearServerErrors, toNamePath } from './serverErrors';
import type { FieldProblem, NamePath } from './serverErrors';
import { StatusTags } from './StatusTags';

type Status = { publishedVersion: number | null; draftVersion: number | null };

/** 新建事项: a blank item in the user's own region; saving creates draft version 1. */
export function NewItemPage() {
  const me = useMe();
  const initial = useMemo(() => blankItem(me.regionCode), [me.regionCode]);
  return (
    <ItemEditor
      mode="create"
      itemId={null}
      initial={initial}
      loaded={null}
      initialStatus={{ publishedVersion: null, draftVersion: null }}
    />
  );
}

/** 编辑事项: the current draft if there is one, else the published version (saving makes a draft). */
export function EditItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const versions = await apiRequest('GET', itemApi.versions(id), versionListSchema, { signal });
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      const current =
        sorted.find((v) => v.status === 'draft') ?? sorted.find((v) => v.status === 'published') ?? sorted[0];
      if (!current) throw new ApiError(404, 'NOT_FOUND', t('app.notFound'));
      const detail = await apiRequest('GET', itemApi.version(id, current.version), versionDetailSchema, {
        signal,
      });
      return { status: versionState(sorted), detail };
    },
    [id, t],
  );
  const content = useApiData(load);
  const initial = useMemo(
    () => (content.data ? toFormValues(content.data.detail.data) : null),
    [content.data],
  );

  if (!content.data || !initial) {
    return (
      <section className="tb-page tb-page-wide">
        <BackLink />
        {content.error ? (
          <LoadError message={content.error} onRetry={content.reload} />
        ) : (
          <div className="tb-fullpage" style={{ minHeight: 240 }}>
            <Spin description={t('app.loading')} />
          </div>
        )}
      </section>
    );
  }
  return (
    <ItemEditor
      key={id}
      mode="edit"
      itemId={id}
      initial={initial}
      loaded={content.data.detail}
      initialStatus={content.data.status}
    />
  );
}

function BackLink() {
  const t = useT();
  return (
    <Link to={catalogPaths.list} data-testid="catalog-back">
      <ArrowLeftOutlined /> {t('console.catalog')}
    </Link>
  );
}

/** Every path inside a changed-values object, down to its leaves. */
function changedPaths(value: unknown, prefix: NamePath = []): NamePath[] {
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
    const out: NamePath[] = [];
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.flatMap((v, i) => (i in value ? [[i, v] as [number, unknown]] : []))
      : Object.entries(value);
    for (const [key, v] of entries) out.push(...changedPaths(v, [...prefix, key]));
    return out.length ? out : [prefix];
  }
  return [prefix];
}

const prefixOf = (a: NamePath, b: NamePath) => a.length <= b.length && a.every((s, i) => s === b[i]);

function ItemEditor(props: {
  mode: Exclude<EditorMode, 'view'>;
  itemId: string | null;
  initial: ItemFormValues;
  loaded: VersionDetail | null;
  initialStatus: Status;
}) {
  const { mode, itemId, initial, loaded, initialStatus } = props;
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ItemFormValues>();
  const [params, setParams] = useSearchParams();
  const activeTab = parseTab(params.get('tab'));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [problemTitle, setProblemTitle] = useState('');
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>(initialStatus);
  const name = Form.useWatch('name', form);
  const implCode = Form.useWatch('implCode', form);
  usePageTitle(
    mode === 'create'
      ? t('catalogAdmin.editor.newTitle')
      : `${t('catalogAdmin.editor.editTitle')} · ${initial.name}`,
  );

  // Leaving the page with unsaved changes asks the browser's own question.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const setTab = useCallback(
    (tab: TabKey) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('tab', tab);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const jumpTo = useCallback(
    (path: NamePath) => {
      setTab(tabOf(path));
      // The tab's pane must be shown before its field can be scrolled to.
      window.setTimeout(() => form.scrollToField(path, { block: 'center', focus: true }), 60);
    },
    [form, setTab],
  );

  const onValuesChange = (changed: Partial<ItemFormValues>) => {
    setDirty(true);
    if (mode === 'create' && 'regionCode' in changed) {
      // Departments and the level follow the region.
      form.setFieldsValue({ level: levelForRegion(changed.regionCode), departmentKey: undefined });
    }
    // A server error goes away once its field is edited.
    const paths = changedPaths(changed);
    const fixed = problems.filter(
      (p) => p.namePath && paths.some((c) => prefixOf(p.namePath ?? [], c) || prefixOf(c, p.namePath ?? [])),
    );
    if (fixed.length) {
      clearServerErrors(form, fixed);
      setProblems((current) => current.filter((p) => !fixed.includes(p)));
    }
  };

  const submit = async () => {
    clearServerErrors(form, problems);
    setProblems([]);
    const body = toItemInput(form.getFieldsValue(true) as ItemFormValues);
    setSaving(true);
    try {
      if (mode === 'create') {
        const created = await apiRequest('POST', itemApi.list, adminItemSchema, { body });
        setDirty(false);
        void message.success(t('catalogAdmin.editor.created'));
        void navigate(`${catalogPaths.edit(created.id)}?tab=${activeTab}`, { replace: true });
        return;
      }
      const saved = await apiRequest('PUT', itemApi.draft(itemId ?? ''), adminItemSchema, { body });
      setStatus({ publishedVersion: saved.publishedVersion, draftVersion: saved.draftVersion });
      setDirty(false);
      void message.success(t('catalogAdmin.editor.saved', { v: saved.draftVersion ?? '' }));
    } catch (error) {
      showSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const showSaveError = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      void message.error(t('error.network'));
      return;
    }
    const placed = applyServerErrors(form, error);
    if (placed.length === 0) {
      // NOT_FOUND, OUT_OF_SCOPE and the like: nothing to point at.
      void message.error(error.message);
      return;
    }
    setProblemTitle(error.message);
    setProblems(placed);
    const first = placed.find((p) => p.namePath);
    if (first?.namePath) jumpTo(first.namePath);
  };

  const onPublished = (item: AdminItem) => {
    setStatus({ publishedVersion: item.publishedVersion, draftVersion: item.draftVersion });
    void navigate(catalogPaths.versions(item.id));
  };

  // Enter in a one-line input would submit the whole item; saving is the button's job.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
  };

  const problemCounts = useMemo(() => {
    const counts: Partial<Record<TabKey, number>> = {};
    for (const p of problems) {
      const tab = tabOf(p.namePath ?? toNamePath(p.field ?? ''));
      counts[tab] = (counts[tab] ?? 0) + 1;
    }
    return counts;
  }, [problems]);

  const editingNote =
    mode === 'create'
      ? t('catalogAdmin.editor.createNote')
      : status.draftVersion !== null
        ? t('catalogAdmin.editor.draftNote', { v: status.draftVersion })
        : t('catalogAdmin.editor.publishedNote', { v: loaded?.version ?? '' });

  return (
    <section className="tb-page tb-page-wide">
      <BackLink />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start', marginTop: 8 }}>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography.Title level={1} data-testid="page-item-editor" style={{ marginBottom: 4 }}>
            {mode === 'create' ? t('catalogAdmin.editor.newTitle') : t('catalogAdmin.editor.editTitle')}
          </Typography.Title>
          {mode === 'edit' && (
            <Space wrap size={[8, 4]}>
              <Typography.Text strong>{name || initial.name}</Typography.Text>
              <code className="tb-mono tb-secondary tb-break">{implCode || initial.implCode}</code>
              <StatusTags publishedVersion={status.publishedVersion} draftVersion={status.draftVersion} />
            </Space>
          )}
        </div>
        {mode === 'edit' && itemId && (
          <Space wrap>
            <Button
              icon={<HistoryOutlined />}
              onClick={() => navigate(catalogPaths.versions(itemId))}
              data-testid="item-versions-link"
            >
              {t('catalogAdmin.editor.versions')}
            </Button>
            <PublishButton
              itemId={itemId}
              draftVersion={status.draftVersion}
              blockedReason={dirty ? t('catalogAdmin.editor.saveFirst') : null}
              onPublished={onPublished}
            />
          </Space>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        title={editingNote}
        style={{ margin: '16px 0' }}
        data-testid="item-editing-note"
      />

      {problems.length > 0 && <ProblemSummary title={problemTitle} problems={problems} onJump={jumpTo} />}

      <Form<ItemFormValues>
        form={form}
        name="catalog-item"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        onFinishFailed={({ errorFields }) => {
          const first = errorFields[0];
          if (first) jumpTo(first.name);
          void message.error(t('catalogAdmin.editor.fixFirst'));
        }}
        onKeyDown={onKeyDown}
        data-testid="item-form"
        scrollToFirstError={false}
      >
        <ItemFormTabs mode={mode} activeTab={activeTab} onTabChange={setTab} problemCounts={problemCounts} />
        <SaveBar saving={saving} dirty={dirty} mode={mode} />
      </Form>
    </section>
  );
}

/** The save button stays in reach at the bottom of the window while the long form scrolls. */
function SaveBar(props: { saving: boolean; dirty: boolean; mode: EditorMode }) {
  const { saving, dirty, mode } = props;
  const t = useT();
  const navigate = useNavigate();
  return (
    <div
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 10,
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'flex-end',
        alignItems: 'center',
        gap: 12,
        marginTop: 16,
        padding: '12px 0',
        background: '#f5f7fa',
        borderTop: '1px solid #e5e7eb',
      }}
    >
      {dirty && (
        <Typography.Text type="warning" data-testid="item-form-dirty">
          {t('catalogAdmin.editor.unsaved')}
        </Typography.Text>
      )}
      <Button onClick={() => navigate(catalogPaths.list)}>{t('common.cancel')}</Button>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SaveOutlined />}
        loading={saving}
        data-testid="item-form-save"
      >
        {mode === 'create' ? t('catalogAdmin.editor.create') : t('catalogAdmin.editor.saveDraft')}
      </Button>
    </div>
  );
}

/** What the server refused, each entry a link to its field. */
function ProblemSummary(props: {
  title: string;
  problems: FieldProblem[];
  onJump: (path: NamePath) => void;
}) {
  const { title, problems, onJump } = props;
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="item-form-errors"
      style={{ marginBottom: 16 }}
      title={t('catalogAdmin.editor.errorsTitle', { count: problems.length })}
      description={
        <>
          <div>{title}</div>
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {problems.map((p, index) => {
              const path = p.namePath ?? (p.field ? toNamePath(p.field) : null);
              return (
                <li key={`${p.field ?? ''}-${index}`} data-testid="item-form-error">
                  {path ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => p.namePath && onJump(p.namePath)}
                      disabled={!p.namePath}
                    >
                      {fieldLabel(t, path)}
                    </Button>
                  ) : null}
                  {path ? '：' : ''}
                  {p.message}
                </li>
              );
            })}
          </ul>
        </>
      }
    />
  );
}

/** "时限与办理 · 承诺时限", or just "申请材料 · 第 3 项 · 标识" when the field names its tab already. */
function fieldLabel(t: Translate, path: NamePath): string {
  const label = describeField(t, path);
  const tab = t(`catalogAdmin.tab.${tabOf(path)}`);
  return label.startsWith(tab) ? label : `${tab} · ${label}`;
}
