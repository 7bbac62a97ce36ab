import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Spin,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ItemInput } from '../../../../shared/catalog.contract';
import { validateCreditCode } from '../../../../shared/identity';
import { ApiError, apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { usePageTitle } from '../../../components/usePageTitle';
import { regionListSchema, withQuery } from '../contracts';
import {
  adminItemSchema,
  catalogPaths,
  isCityLevel,
  itemApi,
  versionDetailSchema,
  versionListSchema,
} from './contracts';
import { TextList, fieldId, requiredRule, requiredText } from './formParts';
import { bodyNatureOptions } from './labels';
import { applyServerErrors } from './serverErrors';
import type { FieldProblem, NamePath } from './serverErrors';

type FeeMode = 'keep' | 'free' | 'amount';

interface AdoptValues {
  county?: string;
  township?: string;
  implementingBody: { name: string; creditCode: string; nature: ItemInput['implementingBody']['nature'] };
  serial: string;
  places: string[];
  promisedDays?: number | null;
  feeMode: FeeMode;
  fee: { amountYuan?: number | null; basis?: string };
}

/** 认领: a county or township takes a published city item as its own, within the template's limits. */
export function AdoptPage() {
  const { id = '' } = useParams();
  const t = useT();
  usePageTitle(t('catalogAdmin.adopt.title'));
  const load = useCallback(
    async (signal: AbortSignal) => {
      const versions = await apiRequest('GET', itemApi.versions(id), versionListSchema, { signal });
      const published = versions.find((v) => v.status === 'published');
      if (!published) return null;
      return apiRequest('GET', itemApi.version(id, published.version), versionDetailSchema, { signal });
    },
    [id],
  );
  const template = useApiData(load);

  return (
    <section className="tb-page tb-page-wide">
      <Link to={catalogPaths.list} data-testid="catalog-back">
        <ArrowLeftOutlined /> {t('console.catalog')}
      </Link>
      <Typography.Title level={1} data-testid="page-item-adopt" style={{ marginTop: 8 }}>
        {t('catalogAdmin.adopt.title')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">{t('catalogAdmin.adopt.intro')}</Typography.Paragraph>
      {template.error && <LoadError message={template.error} onRetry={template.reload} />}
      {template.loading && !template.data && <Spin />}
      {template.data === null && <Result status="warning" title={t('catalogAdmin.adopt.notPublished')} />}
      {template.data && !isCityLevel(template.data.data.regionCode) && (
        <Result status="warning" title={t('catalogAdmin.adopt.notCity')} />
      )}
      {template.data && isCityLevel(template.data.data.regionCode) && (
        <AdoptForm templateId={id} template={template.data.data} version={template.data.version} />
      )}
    </section>
  );
}

function AdoptForm(props: { templateId: string; template: ItemInput; version: number }) {
  const { templateId, template, version } = props;
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AdoptValues>();
  const [saving, setSaving] = useState(false);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const county = Form.useWatch('county', form);
  const feeMode = Form.useWatch('feeMode', form);
  const creditCode = Form.useWatch(['implementingBody', 'creditCode'], form);
  const serial = Form.useWatch('serial', form);

  const loadCounties = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/regions', { parent: template.regionCode }), regionListSchema, {
        signal,
      }),
    [template.regionCode],
  );
  const counties = useApiData(loadCounties);
  const loadTownships = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/regions', { parent: county }), regionListSchema, { signal }),
    [county],
  );
  const townships = useApiData(county ? loadTownships : null);

  const submit = async (values: AdoptValues) => {
    setUnplaced([]);
    const regionCode = values.township || values.county || '';
    const places = (values.places ?? []).map((p) => p.trim()).filter(Boolean);
    const fee =
      values.feeMode === 'free'
        ? { free: true as const }
        : values.feeMode === 'amount'
          ? {
              free: false as const,
              amountYuan: values.fee?.amountYuan as number,
              basis: values.fee?.basis ?? '',
            }
          : undefined;
    const body = {
      regionCode,
      implementingBody: {
        name: values.implementingBody.name,
        creditCode: values.implementingBody.creditCode.trim(),
        nature: values.implementingBody.nature,
      },
      serial: values.serial,
      ...(places.length ? { places } : {}),
      ...(typeof values.promisedDays === 'number' ? { promisedDays: values.promisedDays } : {}),
      ...(fee ? { fee } : {}),
    };
    setSaving(true);
    try {
      const created = await apiRequest('POST', itemApi.adopt(templateId), adminItemSchema, { body });
      void message.success(t('catalogAdmin.adopt.done'));
      void navigate(catalogPaths.edit(created.id));
    } catch (error) {
      if (!(error instanceof ApiError)) {
        void message.error(t('error.network'));
        return;
      }
      // The server names fields of the adopted item; these are where this form asks for them.
      const aliases: Record<string, NamePath> = {
        regionCode: values.township ? ['township'] : ['county'],
        fee: values.feeMode === 'amount' ? ['fee', 'amountYuan'] : ['feeMode'],
        'fee.amountYuan': ['fee', 'amountYuan'],
        implCode: ['serial'],
      };
      const placed = applyServerErrors(form, error, aliases);
      setUnplaced(placed.filter((p) => !p.namePath));
      void message.error(error.message);
    } finally {
      setSaving(false);
    }
  };

  const templateFee = template.fee;
  const days = t('catalogAdmin.unit.workingDays');

  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 24 }}
        data-testid="adopt-template"
        items={[
          {
            key: 'name',
            label: t('catalogAdmin.adopt.template'),
            children: `${template.name}（v${version}）`,
          },
          {
            key: 'code',
            label: t('catalogAdmin.f.implCode'),
            children: <code className="tb-break">{template.implCode}</code>,
          },
          { key: 'body', label: t('catalogAdmin.f.bodyName'), children: template.implementingBody.name },
          {
            key: 'promised',
            label: t('catalogAdmin.f.promisedDays'),
            children: `${template.promisedDays} ${days}`,
          },
          {
            key: 'fee',
            label: t('catalogAdmin.f.fee'),
            children: templateFee.free
              ? t('catalogAdmin.fee.free')
              : t('catalogAdmin.adopt.templateFee', { amount: templateFee.amountYuan }),
          },
        ]}
      />
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="adopt-errors"
          title={unplaced.map((p) => p.message).join(' · ')}
        />
      )}
      <Form<AdoptValues>
        form={form}
        name="adopt-item"
        layout="vertical"
        data-testid="adopt-form"
        initialValues={{
          serial: '001',
          places: [],
          feeMode: 'keep',
          implementingBody: { name: '', creditCode: '', nature: template.implementingBody.nature },
          fee: templateFee.free ? {} : { basis: templateFee.basis },
        }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('catalogAdmin.adopt.county')} name="county" rules={[requiredRule(t)]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={counties.loading}
                options={(counties.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
                onChange={() => form.setFieldValue('township', undefined)}
                data-testid="adopt-county"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('catalogAdmin.adopt.township')}
              name="township"
              extra={t('catalogAdmin.adopt.townshipHint')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!county}
                loading={townships.loading}
                options={(townships.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
                data-testid="adopt-township"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('catalogAdmin.f.bodyName')}
              name={['implementingBody', 'name']}
              rules={[requiredText(t)]}
            >
              <Input maxLength={100} data-testid="adopt-body-name" />
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
              <Input maxLength={18} className="tb-mono" data-testid="adopt-body-credit-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label={t('catalogAdmin.f.bodyNature')}
              name={['implementingBody', 'nature']}
              rules={[requiredRule(t)]}
            >
              <Select options={bodyNatureOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('catalogAdmin.adopt.serial')}
              name="serial"
              rules={[requiredText(t), { pattern: /^\d{3}$/, message: t('catalogAdmin.v.serial') }]}
            >
              <Input maxLength={3} className="tb-mono" data-testid="adopt-serial" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('catalogAdmin.adopt.newImplCode')}>
              <code className="tb-mono tb-break" data-testid="adopt-impl-preview">
                {`${creditCode || '·'.repeat(18)}${template.baseCode}${serial || '···'}`}
              </code>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('catalogAdmin.adopt.promisedDays')}
              name="promisedDays"
              extra={t('catalogAdmin.adopt.promisedHint', { days: template.promisedDays })}
              rules={[
                {
                  warningOnly: true,
                  validator: (_, value: number | null | undefined) =>
                    typeof value === 'number' && value > template.promisedDays
                      ? Promise.reject(
                          new Error(t('catalogAdmin.adopt.promisedTooLong', { days: template.promisedDays })),
                        )
                      : Promise.resolve(),
                },
              ]}
            >
              <InputNumber
                min={0}
                max={365}
                precision={0}
                suffix={days}
                placeholder={String(template.promisedDays)}
                style={{ width: '100%' }}
                data-testid={fieldId(['promisedDays'])}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {templateFee.free ? (
              <Form.Item label={t('catalogAdmin.adopt.fee')}>
                <Typography.Text data-testid="adopt-fee-free">
                  {t('catalogAdmin.adopt.freeStays')}
                </Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item
                label={t('catalogAdmin.adopt.fee')}
                name="feeMode"
                extra={t('catalogAdmin.adopt.feeHint', { amount: templateFee.amountYuan })}
              >
                <Radio.Group
                  optionType="button"
                  data-testid="adopt-fee-mode"
                  options={[
                    { value: 'keep', label: t('catalogAdmin.adopt.feeKeep') },
                    { value: 'amount', label: t('catalogAdmin.adopt.feeLower') },
                    { value: 'free', label: t('catalogAdmin.adopt.feeFree') },
                  ]}
                />
              </Form.Item>
            )}
          </Col>
          {!templateFee.free && feeMode === 'amount' && (
            <>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('catalogAdmin.f.amountYuan')}
                  name={['fee', 'amountYuan']}
                  rules={[
                    requiredRule(t),
                    {
                      warningOnly: true,
                      validator: (_, value: number | null | undefined) =>
                        typeof value === 'number' && value > templateFee.amountYuan
                          ? Promise.reject(
                              new Error(
                                t('catalogAdmin.adopt.feeTooHigh', { amount: templateFee.amountYuan }),
                              ),
                            )
                          : Promise.resolve(),
                    },
                  ]}
                >
                  <InputNumber
                    min={0.01}
                    precision={2}
                    suffix={t('catalogAdmin.unit.yuan')}
                    style={{ width: '100%' }}
                    data-testid="adopt-fee-amount"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  label={t('catalogAdmin.f.feeBasis')}
                  name={['fee', 'basis']}
                  rules={[requiredText(t)]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24}>
            <Form.Item
              label={t('catalogAdmin.adopt.places')}
              extra={
                template.places.length
                  ? t('catalogAdmin.adopt.placesHint', { places: template.places.join('；') })
                  : undefined
              }
            >
              <TextList
                name={['places']}
                path={['places']}
                readOnly={false}
                addLabel="catalogAdmin.add.place"
                entryLabel="catalogAdmin.f.place"
                maxLength={200}
              />
            </Form.Item>
          </Col>
        </Row>
        <div className="tb-form-actions">
          <Button onClick={() => navigate(catalogPaths.list)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="adopt-submit">
            {t('catalogAdmin.adopt.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
