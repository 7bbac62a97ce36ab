import { ThunderboltOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Checkbox,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tabs,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { validateCreditCode } from '../../../../shared/identity';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { hasMessage, useT } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { departmentPageSchema, withQuery } from '../contracts';
import { useRegionOptions } from '../organisation/useRegionOptions';
import {
  AddButton,
  EntryActions,
  EntryCard,
  TextList,
  fieldId,
  requiredRule,
  requiredText,
} from './formParts';
import { BASE_CODE, IMPL_CODE, MAIN_CODE, TAB_KEYS } from './formModel';
import type { ItemFormValues, TabKey } from './formModel';
import {
  bodyNatureOptions,
  caseTypeOptions,
  crossRegionOptions,
  handlingFormOptions,
  levelOptions,
  onlineDepthOptions,
  resultKindOptions,
  serviceObjectOptions,
  typeOptions,
  visitOptions,
} from './labels';
import { MaterialsEditor } from './MaterialsEditor';
import { SituationsEditor } from './SituationsEditor';

export type EditorMode = 'create' | 'edit' | 'view';

const REMOTE_FORMS = [2, 3, 4];

/**
 * The item's sections as tabs. Every tab is rendered from the start (forceRender) so that every
 * field is registered: server errors can then be placed in any tab, and a save sends everything.
 */
export function ItemFormTabs(props: {
  mode: EditorMode;
  activeTab: TabKey;
  onTabChange: (tab: TabKey) => void;
  /** Server problems per tab, shown as a count on the tab. */
  problemCounts?: Partial<Record<TabKey, number>>;
}) {
  const { mode, activeTab, onTabChange, problemCounts = {} } = props;
  const t = useT();
  const readOnly = mode === 'view';

  const sections: Record<TabKey, ReactNode> = {
    basic: <BasicSection mode={mode} />,
    basis: <BasisSection readOnly={readOnly} />,
    conditions: <ConditionsSection readOnly={readOnly} />,
    handling: <HandlingSection readOnly={readOnly} />,
    materials: <MaterialsEditor readOnly={readOnly} />,
    situations: <SituationsEditor readOnly={readOnly} />,
    faq: <FaqSection readOnly={readOnly} />,
  };

  return (
    <Tabs
      activeKey={activeTab}
      onChange={(key) => onTabChange(key as TabKey)}
      items={TAB_KEYS.map((key) => ({
        key,
        forceRender: true,
        label: (
          <span data-testid={`item-tab-${key}`}>
            {t(`catalogAdmin.tab.${key}`)}
            {(problemCounts[key] ?? 0) > 0 && (
              <Badge count={problemCounts[key]} size="small" style={{ marginInlineStart: 6 }} />
            )}
          </span>
        ),
        children: sections[key],
      }))}
    />
  );
}

function SectionNote({ children }: { children: ReactNode }) {
  return <Typography.Paragraph className="tb-lead">{children}</Typography.Paragraph>;
}

function SubTitle({ children }: { children: ReactNode }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      {children}
    </Divider>
  );
}

/** Free-text tags (aliases, keywords, themes): typed and confirmed with Enter or a comma. */
function TagsInput(props: { id?: string; testId: string; maxLength: number; max: number; label: string }) {
  const { testId, maxLength, max, label, ...rest } = props;
  return (
    <Select
      {...rest}
      mode="tags"
      data-testid={testId}
      aria-label={label}
      tokenSeparators={[',', '，', '、', ';', '；']}
      maxCount={max}
      open={false}
      suffixIcon={null}
      maxLength={maxLength}
    />
  );
}

// ---------- 基本信息 ----------

function BasicSection({ mode }: { mode: EditorMode }) {
  const t = useT();
  const me = useMe();
  const form = Form.useFormInstance<ItemFormValues>();
  const regionCode = Form.useWatch('regionCode', form);
  const hasSubItem = Form.useWatch('hasSubItem', form);
  const regionOptions = useRegionOptions();
  const fixed = mode !== 'create';

  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery('/api/v1/departments', { region: regionCode, pageSize: 100 }),
        departmentPageSchema,
        { signal },
      ),
    [regionCode],
  );
  const departments = useApiData(regionCode ? loadDepartments : null);
  // The API matches regions by prefix; an item's department is one of its own region.
  const departmentOptions = useMemo(
    () =>
      (departments.data?.items ?? [])
        .filter((d) => d.regionCode === regionCode)
        .map((d) => ({ value: d.key, label: `${d.name}（${d.key}）` })),
    [departments.data, regionCode],
  );

  // A department admin creates items of their own department: preselect it.
  useEffect(() => {
    if (mode !== 'create' || !me.departmentId || form.getFieldValue('departmentKey')) return;
    const own = departments.data?.items.find((d) => d.id === me.departmentId);
    if (own && own.regionCode === regionCode) form.setFieldValue('departmentKey', own.key);
  }, [mode, me.departmentId, departments.data, regionCode, form]);

  const regionSelectOptions = useMemo(() => {
    const options = regionOptions.options;
    if (!regionCode || options.some((o) => o.value === regionCode)) return options;
    return [{ value: regionCode, label: regionCode }, ...options];
  }, [regionOptions.options, regionCode]);

  const generateImplCode = () => {
    const credit = String(form.getFieldValue(['implementingBody', 'creditCode']) ?? '').trim();
    const base = String(form.getFieldValue('baseCode') ?? '').trim();
    const current = String(form.getFieldValue('implCode') ?? '');
    const serial = /^[0-9A-Z]{30}\d{3}$/.test(current) ? current.slice(30) : '001';
    form.setFieldValue('implCode', `${credit}${base}${serial}`);
    void form.validateFields(['implCode']);
  };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item label={t('catalogAdmin.f.name')} name="name" rules={[requiredText(t), { max: 200 }]}>
            <Input maxLength={200} data-testid={fieldId(['name'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.type')} name="type" rules={[requiredRule(t)]}>
            <Select options={typeOptions(t)} data-testid={fieldId(['type'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.level')} name="level" rules={[requiredRule(t)]}>
            <Select options={levelOptions(t)} data-testid={fieldId(['level'])} />
          </Form.Item>
        </Col>
      </Row>

      <SubTitle>{t('catalogAdmin.sub.body')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('catalogAdmin.f.regionCode')}
            name="regionCode"
            rules={[requiredRule(t)]}
            extra={fixed ? t('catalogAdmin.hint.regionFixed') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={regionSelectOptions}
              loading={regionOptions.loading}
              disabled={fixed}
              data-testid={fieldId(['regionCode'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.departmentKey')} name="departmentKey" rules={[requiredRule(t)]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={departmentOptions}
              loading={departments.loading}
              notFoundContent={regionCode ? undefined : t('catalogAdmin.hint.pickRegionFirst')}
              data-testid={fieldId(['departmentKey'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('catalogAdmin.f.bodyName')}
            name={['implementingBody', 'name']}
            rules={[requiredText(t), { max: 100 }]}
          >
            <Input maxLength={100} data-testid={fieldId(['implementingBody', 'name'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={t('catalogAdmin.f.bodyCreditCode')}
            name={['implementingBody', 'creditCode']}
            normalize={(v: string) => v.toUpperCase()}
            rules={[
              requiredText(t),
              {
                validator: (_, value: string | undefined) =>
                  !value || validateCreditCode(value).ok
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('catalogAdmin.v.creditCode'))),
              },
            ]}
          >
            <Input
              maxLength={18}
              className="tb-mono"
              data-testid={fieldId(['implementingBody', 'creditCode'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={t('catalogAdmin.f.bodyNature')}
            name={['implementingBody', 'nature']}
            rules={[requiredRule(t)]}
          >
            <Select options={bodyNatureOptions(t)} data-testid={fieldId(['implementingBody', 'nature'])} />
          </Form.Item>
        </Col>
      </Row>

      <SubTitle>{t('catalogAdmin.sub.codes')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('catalogAdmin.f.baseCode')}
            name="baseCode"
            normalize={(v: string) => v.toUpperCase()}
            rules={[requiredText(t), { pattern: BASE_CODE, message: t('catalogAdmin.v.baseCode') }]}
          >
            <Input maxLength={12} className="tb-mono" data-testid={fieldId(['baseCode'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('catalogAdmin.f.implCode')}
            required
            extra={t(fixed ? 'catalogAdmin.hint.implCodeFixed' : 'catalogAdmin.hint.implCode')}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="implCode"
                noStyle
                normalize={(v: string) => v.toUpperCase()}
                dependencies={[['implementingBody', 'creditCode'], 'baseCode']}
                rules={[
                  requiredText(t),
                  { pattern: IMPL_CODE, message: t('catalogAdmin.v.implCode') },
                  ({ getFieldValue }) => ({
                    warningOnly: true,
                    validator: (_, value: string | undefined) => {
                      const prefix = `${String(getFieldValue(['implementingBody', 'creditCode']) ?? '')}${String(getFieldValue('baseCode') ?? '')}`;
                      return !value || (value.startsWith(prefix) && /\d{3}$/.test(value))
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('catalogAdmin.hint.implCodeStructure')));
                    },
                  }),
                ]}
              >
                <Input
                  maxLength={33}
                  disabled={fixed}
                  className="tb-mono"
                  aria-label={t('catalogAdmin.f.implCode')}
                  data-testid={fieldId(['implCode'])}
                />
              </Form.Item>
              {mode === 'create' && (
                <Button
                  icon={<ThunderboltOutlined />}
                  onClick={generateImplCode}
                  data-testid="item-impl-generate"
                >
                  {t('catalogAdmin.generateImplCode')}
                </Button>
              )}
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('catalogAdmin.f.mainCode')}
            name={['mainItem', 'code']}
            normalize={(v: string) => v.toUpperCase()}
            rules={[requiredText(t), { pattern: MAIN_CODE, message: t('catalogAdmin.v.mainCode') }]}
          >
            <Input maxLength={12} className="tb-mono" data-testid={fieldId(['mainItem', 'code'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('catalogAdmin.f.mainName')}
            name={['mainItem', 'name']}
            rules={[requiredText(t)]}
          >
            <Input maxLength={200} data-testid={fieldId(['mainItem', 'name'])} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t('catalogAdmin.f.hasSubItem')}
            name="hasSubItem"
            valuePropName="checked"
            style={{ marginBottom: hasSubItem ? undefined : 8 }}
          >
            <Switch data-testid={fieldId(['hasSubItem'])} />
          </Form.Item>
        </Col>
        {hasSubItem && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('catalogAdmin.f.subCode')}
                name={['subItem', 'code']}
                normalize={(v: string) => v.toUpperCase()}
                rules={[requiredText(t), { pattern: MAIN_CODE, message: t('catalogAdmin.v.mainCode') }]}
              >
                <Input maxLength={12} className="tb-mono" data-testid={fieldId(['subItem', 'code'])} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                label={t('catalogAdmin.f.subName')}
                name={['subItem', 'name']}
                rules={[requiredText(t)]}
              >
                <Input maxLength={200} data-testid={fieldId(['subItem', 'name'])} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>

      <SubTitle>{t('catalogAdmin.sub.search')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item
            label={t('catalogAdmin.f.serviceObjects')}
            name="serviceObjects"
            rules={[{ required: true, type: 'array', min: 1, message: t('catalogAdmin.v.pickOne') }]}
          >
            <Checkbox.Group options={serviceObjectOptions(t)} data-testid={fieldId(['serviceObjects'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.aliases')} name="aliases" extra={t('catalogAdmin.hint.tags')}>
            <TagsInput
              testId={fieldId(['aliases'])}
              maxLength={100}
              max={20}
              label={t('catalogAdmin.f.aliases')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.keywords')} name="keywords" extra={t('catalogAdmin.hint.tags')}>
            <TagsInput
              testId={fieldId(['keywords'])}
              maxLength={50}
              max={30}
              label={t('catalogAdmin.f.keywords')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.themes')} name="themes" extra={t('catalogAdmin.hint.tags')}>
            <TagsInput
              testId={fieldId(['themes'])}
              maxLength={30}
              max={10}
              label={t('catalogAdmin.f.themes')}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

// ---------- 设定依据 ----------

function BasisSection({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <>
      <SectionNote>{t('catalogAdmin.note.basis')}</SectionNote>
      <Form.List
        name="legalBasis"
        rules={[
          {
            validator: (_, value: unknown[] | undefined) =>
              value && value.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('catalogAdmin.v.atLeastOneBasis'))),
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <>
            {fields.map((field, index) => {
              const what = `${t('catalogAdmin.f.basis')} ${index + 1}`;
              return (
                <EntryCard
                  key={field.key}
                  title={what}
                  extra={
                    !readOnly && (
                      <EntryActions
                        index={index}
                        count={fields.length}
                        move={move}
                        remove={remove}
                        what={what}
                      />
                    )
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={16}>
                      <Form.Item
                        label={t('catalogAdmin.f.law')}
                        name={[field.name, 'law']}
                        rules={[requiredText(t)]}
                      >
                        <Input maxLength={200} data-testid={fieldId(['legalBasis', index, 'law'])} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item label={t('catalogAdmin.f.article')} name={[field.name, 'article']}>
                        <Input maxLength={100} data-testid={fieldId(['legalBasis', index, 'article'])} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item
                        label={t('catalogAdmin.f.basisText')}
                        name={[field.name, 'text']}
                        style={{ marginBottom: 0 }}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 2, maxRows: 8 }}
                          maxLength={2000}
                          data-testid={fieldId(['legalBasis', index, 'text'])}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </EntryCard>
              );
            })}
            <Form.ErrorList errors={errors} />
            {!readOnly && (
              <AddButton
                label={t('catalogAdmin.add.basis')}
                onClick={() => add({ law: '', article: '', text: '' })}
                testId="item-add-legalBasis"
              />
            )}
          </>
        )}
      </Form.List>
    </>
  );
}

// ---------- 受理条件 ----------

function ConditionsSection({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <>
      <SectionNote>{t('catalogAdmin.note.conditions')}</SectionNote>
      <TextList
        name={['acceptanceConditions']}
        path={['acceptanceConditions']}
        readOnly={readOnly}
        addLabel="catalogAdmin.add.condition"
        entryLabel="catalogAdmin.f.condition"
        multiline
        maxLength={500}
      />
    </>
  );
}

// ---------- 时限与办理 ----------

function HandlingSection({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const form = Form.useFormInstance<ItemFormValues>();
  const free = Form.useWatch(['fee', 'free'], form);
  const days = t('catalogAdmin.unit.workingDays');

  return (
    <>
      <SubTitle>{t('catalogAdmin.sub.limits')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('catalogAdmin.f.statutoryDays')} name="statutoryDays" rules={[requiredRule(t)]}>
            <InputNumber
              min={0}
              max={365}
              precision={0}
              suffix={days}
              style={{ width: '100%' }}
              data-testid={fieldId(['statutoryDays'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item
            label={t('catalogAdmin.f.promisedDays')}
            name="promisedDays"
            dependencies={['statutoryDays', 'caseType']}
            rules={[
              requiredRule(t),
              ({ getFieldValue }) => ({
                warningOnly: true,
                validator: (_, value: number | null) => {
                  const statutory = getFieldValue('statutoryDays') as number | null;
                  return typeof value === 'number' && typeof statutory === 'number' && value > statutory
                    ? Promise.reject(
                        new Error(t('catalogAdmin.hint.promisedOverStatutory', { days: statutory })),
                      )
                    : Promise.resolve();
                },
              }),
              ({ getFieldValue }) => ({
                warningOnly: true,
                validator: (_, value: number | null) =>
                  getFieldValue('caseType') === 1 && typeof value === 'number' && value !== 0
                    ? Promise.reject(new Error(t('catalogAdmin.hint.instantZero')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber
              min={0}
              max={365}
              precision={0}
              suffix={days}
              style={{ width: '100%' }}
              data-testid={fieldId(['promisedDays'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={t('catalogAdmin.f.caseType')} name="caseType" rules={[requiredRule(t)]}>
            <Radio.Group
              options={caseTypeOptions(t)}
              optionType="button"
              data-testid={fieldId(['caseType'])}
            />
          </Form.Item>
        </Col>
      </Row>

      <SubTitle>{t('catalogAdmin.sub.online')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item
            label={t('catalogAdmin.f.onlineDepth')}
            name="onlineDepth"
            rules={[requiredRule(t)]}
            extra={t('catalogAdmin.hint.onlineDepth')}
          >
            <Radio.Group
              options={onlineDepthOptions(t)}
              optionType="button"
              data-testid={fieldId(['onlineDepth'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            label={t('catalogAdmin.f.visits')}
            name="visits"
            dependencies={['onlineDepth']}
            rules={[
              requiredRule(t),
              ({ getFieldValue }) => ({
                warningOnly: true,
                validator: (_, value: number | null) =>
                  getFieldValue('onlineDepth') === 'IV' && value !== 0
                    ? Promise.reject(new Error(t('catalogAdmin.hint.fullOnlineZeroVisits')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Radio.Group options={visitOptions(t)} optionType="button" data-testid={fieldId(['visits'])} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t('catalogAdmin.f.handlingForms')}
            name="handlingForms"
            dependencies={['visits']}
            rules={[
              { required: true, type: 'array', min: 1, message: t('catalogAdmin.v.pickOne') },
              ({ getFieldValue }) => ({
                warningOnly: true,
                validator: (_, value: number[] | undefined) =>
                  getFieldValue('visits') === 0 && !(value ?? []).some((f) => REMOTE_FORMS.includes(f))
                    ? Promise.reject(new Error(t('catalogAdmin.hint.zeroVisitsRemote')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Checkbox.Group options={handlingFormOptions(t)} data-testid={fieldId(['handlingForms'])} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={t('catalogAdmin.f.booking')} name="booking" valuePropName="checked">
            <Switch data-testid={fieldId(['booking'])} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={t('catalogAdmin.f.onlinePayment')} name="onlinePayment" valuePropName="checked">
            <Switch data-testid={fieldId(['onlinePayment'])} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={t('catalogAdmin.f.postalDelivery')} name="postalDelivery" valuePropName="checked">
            <Switch data-testid={fieldId(['postalDelivery'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.f.crossRegion')} name="crossRegion" rules={[requiredRule(t)]}>
            <Select options={crossRegionOptions(t)} data-testid={fieldId(['crossRegion'])} />
          </Form.Item>
        </Col>
      </Row>

      <SubTitle>{t('catalogAdmin.sub.fee')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('catalogAdmin.f.fee')} name={['fee', 'free']} rules={[requiredRule(t)]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t('catalogAdmin.fee.free') },
                { value: false, label: t('catalogAdmin.fee.paid') },
              ]}
              data-testid={fieldId(['fee', 'free'])}
            />
          </Form.Item>
        </Col>
        {free === false && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('catalogAdmin.f.amountYuan')}
                name={['fee', 'amountYuan']}
                rules={[requiredRule(t)]}
              >
                <InputNumber
                  min={0.01}
                  max={10_000_000}
                  precision={2}
                  suffix={t('catalogAdmin.unit.yuan')}
                  style={{ width: '100%' }}
                  data-testid={fieldId(['fee', 'amountYuan'])}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                label={t('catalogAdmin.f.feeBasis')}
                name={['fee', 'basis']}
                rules={[requiredText(t)]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={500}
                  data-testid={fieldId(['fee', 'basis'])}
                />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>

      <SubTitle>{t('catalogAdmin.f.places')}</SubTitle>
      <TextList
        name={['places']}
        path={['places']}
        readOnly={readOnly}
        addLabel="catalogAdmin.add.place"
        entryLabel="catalogAdmin.f.place"
        maxLength={200}
      />

      <SubTitle>{t('catalogAdmin.sub.result')}</SubTitle>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            label={t('catalogAdmin.f.resultKind')}
            name={['result', 'kind']}
            rules={[requiredRule(t)]}
          >
            <Select options={resultKindOptions(t)} data-testid={fieldId(['result', 'kind'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item
            label={t('catalogAdmin.f.resultName')}
            name={['result', 'name']}
            rules={[requiredText(t)]}
          >
            <Input maxLength={100} data-testid={fieldId(['result', 'name'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item
            label={t('catalogAdmin.f.resultLicenseType')}
            name={['result', 'licenseType']}
            extra={t('catalogAdmin.hint.resultLicense')}
          >
            <Input maxLength={100} data-testid={fieldId(['result', 'licenseType'])} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

// ---------- 常见问题 ----------

function FaqSection({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <Form.List name="faq">
      {(fields, { add, remove, move }, { errors }) => (
        <>
          {fields.length === 0 && <SectionNote>{t('catalogAdmin.note.noFaq')}</SectionNote>}
          {fields.map((field, index) => {
            const what = `${t('catalogAdmin.f.faq')} ${index + 1}`;
            return (
              <EntryCard
                key={field.key}
                title={what}
                extra={
                  !readOnly && (
                    <EntryActions
                      index={index}
                      count={fields.length}
                      move={move}
                      remove={remove}
                      what={what}
                    />
                  )
                }
              >
                <Form.Item
                  label={t('catalogAdmin.f.faqQ')}
                  name={[field.name, 'q']}
                  rules={[requiredText(t)]}
                >
                  <Input maxLength={300} data-testid={fieldId(['faq', index, 'q'])} />
                </Form.Item>
                <Form.Item
                  label={t('catalogAdmin.f.faqA')}
                  name={[field.name, 'a']}
                  rules={[requiredText(t)]}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    maxLength={2000}
                    data-testid={fieldId(['faq', index, 'a'])}
                  />
                </Form.Item>
              </EntryCard>
            );
          })}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <AddButton
              label={t('catalogAdmin.add.faq')}
              onClick={() => add({ q: '', a: '' })}
              testId="item-add-faq"
            />
          )}
        </>
      )}
    </Form.List>
  );
}

/** Labels of an error's path for the summary: "申请材料 · 第 3 项 · 标识". */
export function describeField(t: Translate, path: readonly (string | number)[]): string {
  const parts: string[] = [];
  path.forEach((segment, depth) => {
    if (typeof segment === 'number') {
      parts.push(t('catalogAdmin.nth', { n: segment + 1 }));
      return;
    }
    // Nested names (`name`, `text`) read differently from the top-level field of the same name.
    const nested = `catalogAdmin.path.sub.${segment}`;
    const top = `catalogAdmin.path.${segment}`;
    if (depth > 0 && hasMessage(nested)) parts.push(t(nested));
    else if (hasMessage(top)) parts.push(t(top));
    else parts.push(segment);
  });
  return parts.join(' · ');
}
