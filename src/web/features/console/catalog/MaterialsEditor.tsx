import { UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { FILE_ACCEPT, storedFileSchema } from '../../../../shared/files.contract';
import { ApiError, apiRequest, apiUpload } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { AddButton, EntryActions, EntryCard, fieldId, requiredRule, requiredText } from './formParts';
import { LOCAL_KEY, blankMaterial } from './formModel';
import type { ItemFormValues, MaterialValues } from './formModel';
import { materialFormOptions, requirementOptions, trustLevelOptions } from './labels';

/** 申请材料: one block per material, in the order the guide lists them. */
export function MaterialsEditor({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const form = Form.useFormInstance<ItemFormValues>();
  const materials = Form.useWatch('materials', form) as MaterialValues[] | undefined;

  return (
    <>
      <Typography.Paragraph className="tb-lead">{t('catalogAdmin.note.materials')}</Typography.Paragraph>
      <Form.List name="materials">
        {(fields, { add, remove, move }, { errors }) => (
          <>
            {fields.map((field, index) => {
              const m = materials?.[index];
              const what = `${t('catalogAdmin.f.material')} ${index + 1}`;
              const path = (leaf: string) => ['materials', index, leaf];
              return (
                <EntryCard
                  key={field.key}
                  testId={`item-material-${index}`}
                  title={
                    <span>
                      {what}
                      {m?.name ? ` · ${m.name}` : ''}
                      {m?.requirement === 'conditional' && (
                        <Tag color="orange" style={{ marginInlineStart: 8 }}>
                          {t('catalogAdmin.requirement.conditional')}
                        </Tag>
                      )}
                    </span>
                  }
                  extra={
                    !readOnly && (
                      <EntryActions
                        index={index}
                        count={fields.length}
                        move={move}
                        remove={remove}
                        what={what}
                        testId={`item-remove-material-${index}`}
                      />
                    )
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} sm={12} lg={6}>
                      <Form.Item
                        label={t('catalogAdmin.f.key')}
                        name={[field.name, 'key']}
                        tooltip={t('catalogAdmin.hint.localKey')}
                        rules={[
                          requiredText(t),
                          { pattern: LOCAL_KEY, message: t('catalogAdmin.v.localKey') },
                        ]}
                      >
                        <Input maxLength={40} className="tb-mono" data-testid={fieldId(path('key'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={12}>
                      <Form.Item
                        label={t('catalogAdmin.f.materialName')}
                        name={[field.name, 'name']}
                        rules={[requiredText(t)]}
                      >
                        <Input maxLength={200} data-testid={fieldId(path('name'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} lg={3}>
                      <Form.Item
                        label={t('catalogAdmin.f.count')}
                        name={[field.name, 'count']}
                        rules={[requiredRule(t)]}
                      >
                        <InputNumber
                          min={1}
                          max={99}
                          precision={0}
                          style={{ width: '100%' }}
                          data-testid={fieldId(path('count'))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} lg={3}>
                      <Form.Item
                        label={t('catalogAdmin.f.materialForm')}
                        name={[field.name, 'form']}
                        rules={[requiredRule(t)]}
                      >
                        <Select options={materialFormOptions(t)} data-testid={fieldId(path('form'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={6}>
                      <Form.Item
                        label={t('catalogAdmin.f.requirement')}
                        name={[field.name, 'requirement']}
                        rules={[
                          requiredRule(t),
                          ({ getFieldValue }) => ({
                            warningOnly: true,
                            validator: (_, value: string | undefined) => {
                              if (value !== 'conditional') return Promise.resolve();
                              const key = getFieldValue(['materials', index, 'key']) as string | undefined;
                              const rules = (getFieldValue(['situations', 'rules']) ?? []) as {
                                addMaterials?: string[];
                              }[];
                              return rules.some((r) => r?.addMaterials?.includes(key ?? ''))
                                ? Promise.resolve()
                                : Promise.reject(new Error(t('catalogAdmin.hint.conditionalUnreached')));
                            },
                          }),
                        ]}
                      >
                        <Select options={requirementOptions(t)} data-testid={fieldId(path('requirement'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={6}>
                      <Form.Item
                        label={t('catalogAdmin.f.trustLevel')}
                        name={[field.name, 'trustLevel']}
                        tooltip={t('catalogAdmin.hint.trustLevel')}
                        rules={[requiredRule(t)]}
                      >
                        <Select options={trustLevelOptions(t)} data-testid={fieldId(path('trustLevel'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={6}>
                      <Form.Item
                        label={t('catalogAdmin.f.essential')}
                        name={[field.name, 'essential']}
                        tooltip={t('catalogAdmin.hint.essential')}
                        valuePropName="checked"
                      >
                        <Switch data-testid={fieldId(path('essential'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={6}>
                      <Form.Item label={t('catalogAdmin.f.issuer')} name={[field.name, 'issuer']}>
                        <Input maxLength={100} data-testid={fieldId(path('issuer'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item
                        label={t('catalogAdmin.f.licenseType')}
                        name={[field.name, 'licenseType']}
                        tooltip={t('catalogAdmin.hint.licenseType')}
                      >
                        <Input maxLength={100} data-testid={fieldId(path('licenseType'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item
                        label={t('catalogAdmin.f.proofItem')}
                        name={[field.name, 'proofItem']}
                        tooltip={t('catalogAdmin.hint.proofItem')}
                      >
                        <Input maxLength={100} data-testid={fieldId(path('proofItem'))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item
                        label={t('catalogAdmin.f.sharedKey')}
                        name={[field.name, 'sharedKey']}
                        tooltip={t('catalogAdmin.hint.sharedKey')}
                        rules={[{ pattern: LOCAL_KEY, message: t('catalogAdmin.v.localKey') }]}
                      >
                        <Input maxLength={40} className="tb-mono" data-testid={fieldId(path('sharedKey'))} />
                      </Form.Item>
                    </Col>
                    {(['blankFormFileId', 'sampleFileId'] as const).map((leaf) => (
                      <Col xs={24} sm={12} key={leaf}>
                        <Form.Item
                          label={t(`catalogAdmin.f.${leaf}`)}
                          name={[field.name, leaf]}
                          tooltip={t('catalogAdmin.hint.materialFile')}
                        >
                          <MaterialFileInput readOnly={readOnly} testId={fieldId(path(leaf))} />
                        </Form.Item>
                      </Col>
                    ))}
                    <Col xs={24}>
                      <Form.Item
                        label={t('catalogAdmin.f.note')}
                        name={[field.name, 'note']}
                        style={{ marginBottom: 0 }}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          maxLength={500}
                          data-testid={fieldId(path('note'))}
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
                label={t('catalogAdmin.add.material')}
                onClick={() => add(blankMaterial())}
                testId="item-add-material"
              />
            )}
          </>
        )}
      </Form.List>
    </>
  );
}

/** Names of files uploaded or looked up in this session, so a re-render does not ask again. */
const fileNames = new Map<string, string>();

/**
 * 空白表格 / 示例样表: one uploaded file (its id is the form value), with its name and a remove button.
 * The name of a file another editor uploaded is not readable here, so it shows as "uploaded file".
 */
function MaterialFileInput({
  value,
  onChange,
  readOnly,
  testId,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  readOnly: boolean;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string | null>(value ? (fileNames.get(value) ?? null) : null);

  useEffect(() => {
    if (!value) return setName(null);
    const known = fileNames.get(value);
    if (known) return setName(known);
    const controller = new AbortController();
    setName(null);
    apiRequest('GET', `/api/v1/files/${encodeURIComponent(value)}`, storedFileSchema, {
      signal: controller.signal,
    }).then(
      (file) => {
        fileNames.set(value, file.originalName);
        setName(file.originalName);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [value]);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const saved = await apiUpload('/api/v1/files', file, file.name, storedFileSchema);
      fileNames.set(saved.id, saved.originalName);
      onChange?.(saved.id);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={testId}>
      <Upload
        accept={FILE_ACCEPT}
        maxCount={1}
        disabled={readOnly}
        fileList={value ? [{ uid: value, name: name ?? t('catalogAdmin.file.stored'), status: 'done' }] : []}
        showUploadList={{ showRemoveIcon: !readOnly, showDownloadIcon: false, showPreviewIcon: false }}
        onRemove={() => {
          onChange?.(null);
          return false;
        }}
        beforeUpload={(file) => {
          void upload(file);
          return Upload.LIST_IGNORE;
        }}
      >
        {!readOnly && (
          <Button icon={<UploadOutlined />} loading={busy} size="small">
            {t(value ? 'catalogAdmin.file.replace' : 'catalogAdmin.file.upload')}
          </Button>
        )}
      </Upload>
      {readOnly && !value && <span className="tb-secondary">{t('catalogAdmin.file.none')}</span>}
    </div>
  );
}
