import { App, Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { apiRequest } from '../../../app/api';
import { showSubmitError } from '../../../app/formErrors';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { WINDOW_NUMBER, departmentPageSchema, windowSchema, withQuery } from '../contracts';
import type { Center, CreateWindowBody, OrgWindow, WindowKind } from '../contracts';

interface Values {
  number: string;
  name: string;
  kind: WindowKind;
  departmentId?: string;
}
const FIELDS = ['number', 'name', 'kind', 'departmentId'] as const;

/** 新增窗口 for one center. Mounted only while open, so every opening starts from a clean form. */
export function NewWindowModal(props: {
  center: Center;
  onClose: () => void;
  onCreated: (w: OrgWindow) => void;
}) {
  const { center, onClose, onCreated } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [submitting, setSubmitting] = useState(false);

  // A dedicated window may serve a department of the center's region or of a region above it.
  // The API filters by "region starts with", so ask for the city and keep the ancestors here.
  const cityCode = center.regionCode.slice(0, 4);
  const loadDepartments = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        'GET',
        withQuery('/api/v1/departments', { region: cityCode, pageSize: 100 }),
        departmentPageSchema,
        {
          signal,
        },
      ),
    [cityCode],
  );
  const departments = useApiData(kind === 'dedicated' ? loadDepartments : null);
  const departmentOptions = useMemo(
    () =>
      (departments.data?.items ?? [])
        .filter((d) => center.regionCode.startsWith(d.regionCode))
        .map((d) => ({ value: d.id, label: d.name })),
    [departments.data, center.regionCode],
  );

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    const body: CreateWindowBody = {
      centerId: center.id,
      number: values.number.trim(),
      name: values.name.trim(),
      kind: values.kind,
      departmentId: values.kind === 'dedicated' ? (values.departmentId ?? null) : null,
    };
    try {
      const created = await apiRequest('POST', '/api/v1/windows', windowSchema, { body });
      void message.success(t('org.window.added', { number: created.number }));
      onCreated(created);
    } catch (error) {
      showSubmitError(error, { form, fields: FIELDS, message, t });
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('org.window.add')} · ${center.name}`}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="new-window"
        layout="vertical"
        data-testid="window-form"
        initialValues={{ kind: 'general' }}
        onFinish={onFinish}
      >
        <Form.Item
          label={t('org.window.number')}
          name="number"
          extra={t('org.window.numberHint')}
          // Numbers are upper case on the hall's signs and in the API; type a09, get A09.
          normalize={(value: string) => value.toUpperCase()}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { pattern: WINDOW_NUMBER, message: t('org.window.numberInvalid') },
          ]}
        >
          <Input data-testid="window-form-number" maxLength={16} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('org.window.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input data-testid="window-form-name" maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('org.window.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group
            data-testid="window-form-kind"
            options={[
              { value: 'general', label: t('org.window.kind.general') },
              { value: 'dedicated', label: t('org.window.kind.dedicated') },
            ]}
          />
        </Form.Item>
        {kind === 'dedicated' && (
          <Form.Item
            label={t('org.window.department')}
            name="departmentId"
            extra={t('org.window.departmentHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              data-testid="window-form-department"
              showSearch={{ optionFilterProp: 'label' }}
              loading={departments.loading}
              options={departmentOptions}
            />
          </Form.Item>
        )}
        <div className="tb-form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="window-form-submit">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
