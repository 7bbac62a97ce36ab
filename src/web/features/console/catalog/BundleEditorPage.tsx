import { ArrowLeftOutlined, ExportOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { Forbidden } from '../../../components/StatusPage';
import { usePageTitle } from '../../../components/usePageTitle';
import { departmentPageSchema, withQuery } from '../contracts';
import { useRegionOptions } from '../organisation/useRegionOptions';
import {
  adminBundleDetailSchema,
  blankBundle,
  BUNDLE_EDITORS,
  bundleApi,
  bundlePaths,
  savedBundleSchema,
  toBundleInput,
} from './bundleContracts';
import type { BundleCandidate, BundleFormValues } from './bundleContracts';
import { BundleMembers } from './BundleMembers';
import { BundlePreviewPanel, useBundlePreview } from './BundlePreviewPanel';
import { CatalogSectionNav } from './CatalogSectionNav';
import { requiredRule, requiredText } from './formParts';
import { applyServerErrors, clearServerErrors, toNamePath } from './serverErrors';
import type { FieldProblem, NamePath } from './serverErrors';
import { useLeaveGuard } from './useLeaveGuard';

type Mode = 'create' | 'edit';

/** `bundle-field-promisedDays`: the test id of the editor's control at a form path. */
export const bundleFieldId = (path: readonly (string | number)[]) => `bundle-field-${path.join('.')}`;

/** 新建一件事: a blank bundle in the admin's own region. */
export function NewBundlePage() {
  const me = useMe();
  const initial = useMemo(() => blankBundle(me.regionCode), [me.regionCode]);
  if (!BUNDLE_EDITORS.includes(me.role)) return <Forbidden />;
  return <BundleEditor mode="create" initial={initial} />;
}

/** 编辑一件事: the bundle as saved; saving replaces it. */
export function EditBundlePage() {
  const { code = '' } = useParams();
  const me = useMe();
  const t = useT();
  const load = useCallback(
    (signal: AbortSignal) => apiRequest('GET', bundleApi.one(code), adminBundleDetailSchema, { signal }),
    [code],
  );
  const content = useApiData(BUNDLE_EDITORS.includes(me.role) ? load : null);
  const initial = useMemo<BundleFormValues | null>(
    () => (content.data ? { ...content.data.bundle } : null),
    [content.data],
  );
  if (!BUNDLE_EDITORS.includes(me.role)) return <Forbidden />;
  if (!initial) {
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
  return <BundleEditor key={code} mode="edit" initial={initial} />;
}

function BackLink() {
  const t = useT();
  return (
    <Link to={bundlePaths.list} data-testid="bundle-back">
      <ArrowLeftOutlined /> {t('bundleAdmin.list.title')}
    </Link>
  );
}

/** The fields of this form, for the error summary. */
const FIELD_LABELS = {
  code: 'bundleAdmin.f.code',
  name: 'bundleAdmin.f.name',
  regionCode: 'bundleAdmin.f.regionCode',
  lifeCycle: 'bundleAdmin.f.lifeCycle',
  lifeEvent: 'bundleAdmin.f.lifeEvent',
  description: 'bundleAdmin.f.description',
  leadDepartmentKey: 'bundleAdmin.f.lead',
  keywords: 'bundleAdmin.f.keywords',
  promisedDays: 'bundleAdmin.f.promisedDays',
  memberImplCodes: 'bundleAdmin.f.members',
} as const;

function fieldLabel(t: Translate, path: NamePath): string {
  const [head, index] = path;
  const label =
    typeof head === 'string' && head in FIELD_LABELS
      ? t(FIELD_LABELS[head as keyof typeof FIELD_LABELS])
      : path.join('.');
  return typeof index === 'number' ? `${label} · ${t('bundleAdmin.memberN', { n: index + 1 })}` : label;
}

function BundleEditor({ mode, initial }: { mode: Mode; initial: BundleFormValues }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<BundleFormValues>();
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [problemTitle, setProblemTitle] = useState('');
  const [savedCode, setSavedCode] = useState<string | null>(mode === 'edit' ? initial.code : null);
  const { leave } = useLeaveGuard(dirty);
  usePageTitle(
    mode === 'create'
      ? t('bundleAdmin.editor.newTitle')
      : `${t('bundleAdmin.editor.editTitle')} · ${initial.name}`,
  );

  const regionCode = Form.useWatch('regionCode', form) ?? initial.regionCode;
  const leadKey = Form.useWatch('leadDepartmentKey', form) ?? initial.leadDepartmentKey;
  const memberCodes = Form.useWatch('memberImplCodes', form);
  const promisedDays = Form.useWatch('promisedDays', form);
  const members = useMemo(
    () => memberCodes ?? initial.memberImplCodes,
    [memberCodes, initial.memberImplCodes],
  );
  const preview = useBundlePreview({
    regionCode,
    leadDepartmentKey: leadKey,
    memberImplCodes: members,
    promisedDays,
  });

  // What the member list shows of each member: from the picker at once, from the server's preview after.
  const [picked, setPicked] = useState<Map<string, BundleCandidate>>(new Map());
  const memberInfo = useMemo(() => {
    const info = new Map(picked);
    for (const m of preview.data?.members ?? []) info.set(m.implCode, m);
    return info;
  }, [picked, preview.data]);

  const onValuesChange = (changed: Partial<BundleFormValues>) => {
    setDirty(true);
    if ('regionCode' in changed) form.setFieldsValue({ leadDepartmentKey: '' });
    // A server error goes away once its field is edited.
    const keys = Object.keys(changed);
    const fixed = problems.filter((p) => p.namePath && keys.includes(String(p.namePath[0])));
    if (fixed.length) {
      clearServerErrors(form, fixed);
      setProblems((current) => current.filter((p) => !fixed.includes(p)));
    }
  };

  const jumpTo = useCallback(
    (path: NamePath) => form.scrollToField(path, { block: 'center', focus: true }),
    [form],
  );

  const submit = async () => {
    clearServerErrors(form, problems);
    setProblems([]);
    const values = form.getFieldsValue(true) as BundleFormValues;
    const body = toBundleInput(values);
    setSaving(true);
    try {
      const saved =
        mode === 'create'
          ? await apiRequest('POST', bundleApi.list, savedBundleSchema, { body })
          : await apiRequest('PUT', bundleApi.one(values.code), savedBundleSchema, { body });
      setDirty(false);
      setSavedCode(saved.code);
      void message.success(t(mode === 'create' ? 'bundleAdmin.editor.created' : 'bundleAdmin.editor.saved'));
      if (mode === 'create') void navigate(bundlePaths.edit(saved.code), { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError)) {
        void message.error(t('error.network'));
        return;
      }
      const placed = applyServerErrors(form, error);
      if (placed.length === 0) {
        void message.error(error.message);
        return;
      }
      setProblemTitle(error.message);
      setProblems(placed);
      const first = placed.find((p) => p.namePath);
      if (first?.namePath) jumpTo(first.namePath);
    } finally {
      setSaving(false);
    }
  };

  // Enter in a one-line input would submit the whole form; saving is the button's job.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
  };

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-bundle-editor" style={{ marginBottom: 4 }}>
        {mode === 'create' ? t('bundleAdmin.editor.newTitle') : t('bundleAdmin.editor.editTitle')}
      </Typography.Title>
      <CatalogSectionNav active="bundles" />
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => leave(bundlePaths.list)}
          data-testid="bundle-back"
        >
          <ArrowLeftOutlined /> {t('bundleAdmin.list.title')}
        </Button>
        {savedCode && (
          <Button
            icon={<ExportOutlined />}
            href={bundlePaths.guide(savedCode)}
            target="_blank"
            data-testid="bundle-guide-link"
          >
            {t('bundleAdmin.action.guide')}
          </Button>
        )}
      </div>

      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="bundle-form-errors"
          style={{ margin: '16px 0' }}
          title={t('catalogAdmin.editor.errorsTitle', { count: problems.length })}
          description={
            <>
              <div>{problemTitle}</div>
              <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
                {problems.map((p, index) => {
                  const path = p.namePath ?? (p.field ? toNamePath(p.field) : null);
                  return (
                    <li key={`${p.field ?? ''}-${index}`} data-testid="bundle-form-error">
                      {path && (
                        <>
                          <Button
                            type="link"
                            size="small"
                            style={{ padding: 0, height: 'auto' }}
                            disabled={!p.namePath}
                            onClick={() => p.namePath && jumpTo(p.namePath)}
                          >
                            {fieldLabel(t, path)}
                          </Button>
                          {'：'}
                        </>
                      )}
                      {p.message}
                    </li>
                  );
                })}
              </ul>
            </>
          }
        />
      )}

      <Row gutter={[24, 16]} align="stretch" style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Form<BundleFormValues>
            form={form}
            name="catalog-bundle"
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
            scrollToFirstError={false}
            data-testid="bundle-form"
          >
            <BasicFields mode={mode} regionCode={regionCode} />
            <Form.Item
              label={t('bundleAdmin.f.members')}
              required
              extra={t('bundleAdmin.hint.members')}
              style={{ marginBottom: 8 }}
            >
              <BundleMembers
                codes={members}
                regionCode={regionCode}
                leadKey={leadKey}
                info={memberInfo}
                slowest={preview.data?.slowestMemberDays ?? null}
                onPick={(candidate) =>
                  setPicked((current) => new Map(current).set(candidate.implCode, candidate))
                }
              />
            </Form.Item>
            <LeadAndPromise regionCode={regionCode} slowest={preview.data?.slowestMemberDays ?? null} />
            <SaveBar mode={mode} saving={saving} dirty={dirty} onCancel={() => leave(bundlePaths.list)} />
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          <BundlePreviewPanel preview={preview} memberCount={members.length} />
        </Col>
      </Row>
    </section>
  );
}

function BasicFields({ mode, regionCode }: { mode: Mode; regionCode: string }) {
  const t = useT();
  const regionOptions = useRegionOptions();
  const fixed = mode === 'edit';
  const regionSelectOptions = useMemo(() => {
    const options = regionOptions.options;
    if (!regionCode || options.some((o) => o.value === regionCode)) return options;
    return [{ value: regionCode, label: regionCode }, ...options];
  }, [regionOptions.options, regionCode]);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('bundleAdmin.f.code')}
          name="code"
          normalize={(v: string) => v.toUpperCase()}
          extra={fixed ? t('bundleAdmin.hint.codeFixed') : t('bundleAdmin.hint.code')}
          rules={[requiredText(t), { pattern: /^[A-Z0-9-]{3,40}$/, message: t('bundleAdmin.v.code') }]}
        >
          <Input
            maxLength={40}
            disabled={fixed}
            placeholder="YJS-"
            className="tb-mono"
            data-testid={bundleFieldId(['code'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('bundleAdmin.f.regionCode')}
          name="regionCode"
          rules={[requiredRule(t)]}
          extra={fixed ? t('bundleAdmin.hint.regionFixed') : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={regionSelectOptions}
            loading={regionOptions.loading}
            disabled={fixed}
            data-testid={bundleFieldId(['regionCode'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label={t('bundleAdmin.f.name')} name="name" rules={[requiredText(t), { max: 100 }]}>
          <Input
            maxLength={100}
            placeholder={t('bundleAdmin.hint.name')}
            data-testid={bundleFieldId(['name'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('bundleAdmin.f.lifeCycle')} name="lifeCycle" rules={[requiredRule(t)]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'personal', label: t('bundleAdmin.lifeCycle.personal') },
              { value: 'business', label: t('bundleAdmin.lifeCycle.business') },
            ]}
            data-testid={bundleFieldId(['lifeCycle'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('bundleAdmin.f.lifeEvent')}
          name="lifeEvent"
          rules={[requiredText(t), { max: 50 }]}
        >
          <Input
            maxLength={50}
            placeholder={t('bundleAdmin.hint.lifeEvent')}
            data-testid={bundleFieldId(['lifeEvent'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          label={t('bundleAdmin.f.description')}
          name="description"
          rules={[requiredText(t), { max: 1000 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={1000}
            showCount
            data-testid={bundleFieldId(['description'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label={t('bundleAdmin.f.keywords')} name="keywords" extra={t('catalogAdmin.hint.tags')}>
          <Select
            mode="tags"
            aria-label={t('bundleAdmin.f.keywords')}
            tokenSeparators={[',', '，', '、', ';', '；']}
            maxCount={30}
            open={false}
            suffixIcon={null}
            maxLength={50}
            data-testid={bundleFieldId(['keywords'])}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 牵头部门 of the bundle's region, and the overall promise, bounded by the slowest member. */
function LeadAndPromise({ regionCode, slowest }: { regionCode: string; slowest: number | null }) {
  const t = useT();
  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery(bundleApi.departments, { region: regionCode, pageSize: 100 }),
        departmentPageSchema,
        {
          signal,
        },
      ),
    [regionCode],
  );
  const departments = useApiData(regionCode ? loadDepartments : null);
  // The API matches regions by prefix; the lead is a department of the bundle's own region.
  const options = useMemo(
    () =>
      (departments.data?.items ?? [])
        .filter((d) => d.regionCode === regionCode)
        .map((d) => ({ value: d.key, label: d.name })),
    [departments.data, regionCode],
  );
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item
          label={t('bundleAdmin.f.lead')}
          name="leadDepartmentKey"
          rules={[requiredRule(t)]}
          extra={t('bundleAdmin.hint.lead')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={departments.loading}
            notFoundContent={regionCode ? undefined : t('catalogAdmin.hint.pickRegionFirst')}
            data-testid={bundleFieldId(['leadDepartmentKey'])}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          label={t('bundleAdmin.f.promisedDays')}
          name="promisedDays"
          rules={[requiredRule(t)]}
          extra={
            slowest === null
              ? t('bundleAdmin.hint.promised')
              : t('bundleAdmin.hint.promisedMax', { n: slowest })
          }
        >
          <InputNumber
            min={0}
            max={365}
            precision={0}
            suffix={t('bundleAdmin.workingDays')}
            style={{ width: '100%' }}
            data-testid={bundleFieldId(['promisedDays'])}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function SaveBar(props: { mode: Mode; saving: boolean; dirty: boolean; onCancel: () => void }) {
  const { mode, saving, dirty, onCancel } = props;
  const t = useT();
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
        <Typography.Text type="warning" data-testid="bundle-form-dirty">
          {t('catalogAdmin.editor.unsaved')}
        </Typography.Text>
      )}
      <Space>
        <Button onClick={onCancel} data-testid="bundle-cancel">
          {t('common.cancel')}
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={saving}
          data-testid="bundle-save"
        >
          {mode === 'create' ? t('bundleAdmin.editor.create') : t('common.save')}
        </Button>
      </Space>
    </div>
  );
}
