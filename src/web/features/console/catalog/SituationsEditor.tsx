import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import {
  AddButton,
  EntryActions,
  EntryCard,
  TextList,
  fieldId,
  requiredRule,
  requiredText,
} from './formParts';
import { LOCAL_KEY } from './formModel';
import type { ItemFormValues, MaterialValues } from './formModel';

type Question = ItemFormValues['situations']['questions'][number];
type Rule = ItemFormValues['situations']['rules'][number];

/**
 * 办理情形: questions an applicant answers, and rules "when question Q is answered O, add these
 * conditional materials and conditions". The guide builds each applicant's exact checklist from them.
 */
export function SituationsEditor({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph className="tb-lead">{t('catalogAdmin.note.situations')}</Typography.Paragraph>
      <Divider titlePlacement="start">{t('catalogAdmin.path.questions')}</Divider>
      <Questions readOnly={readOnly} />
      <Divider titlePlacement="start">{t('catalogAdmin.path.rules')}</Divider>
      <Rules readOnly={readOnly} />
    </>
  );
}

function Questions({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <Form.List name={['situations', 'questions']}>
      {(fields, { add, remove, move }, { errors }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('catalogAdmin.note.noQuestions')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => {
            const what = `${t('catalogAdmin.f.question')} ${index + 1}`;
            const base = ['situations', 'questions', index];
            return (
              <EntryCard
                key={field.key}
                title={what}
                testId={`item-question-${index}`}
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
                  <Col xs={24} md={8}>
                    <Form.Item
                      label={t('catalogAdmin.f.key')}
                      name={[field.name, 'key']}
                      tooltip={t('catalogAdmin.hint.localKey')}
                      rules={[requiredText(t), { pattern: LOCAL_KEY, message: t('catalogAdmin.v.localKey') }]}
                    >
                      <Input maxLength={40} className="tb-mono" data-testid={fieldId([...base, 'key'])} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item
                      label={t('catalogAdmin.f.questionText')}
                      name={[field.name, 'text']}
                      rules={[requiredText(t)]}
                    >
                      <Input maxLength={200} data-testid={fieldId([...base, 'text'])} />
                    </Form.Item>
                  </Col>
                </Row>
                <Typography.Text strong>{t('catalogAdmin.path.options')}</Typography.Text>
                <Options name={[field.name, 'options']} base={[...base, 'options']} readOnly={readOnly} />
              </EntryCard>
            );
          })}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <AddButton
              label={t('catalogAdmin.add.question')}
              onClick={() =>
                add({
                  key: '',
                  text: '',
                  options: [
                    { key: '', label: '' },
                    { key: '', label: '' },
                  ],
                })
              }
              testId="item-add-question"
            />
          )}
        </>
      )}
    </Form.List>
  );
}

function Options(props: { name: (string | number)[]; base: (string | number)[]; readOnly: boolean }) {
  const { name, base, readOnly } = props;
  const t = useT();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: (_, value: unknown[] | undefined) =>
            (value?.length ?? 0) >= 2
              ? Promise.resolve()
              : Promise.reject(new Error(t('catalogAdmin.v.twoOptions'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div style={{ marginTop: 8 }}>
          {fields.map((field, index) => (
            <Row gutter={8} key={field.key} wrap={false} align="top">
              <Col flex="160px">
                <Form.Item
                  name={[field.name, 'key']}
                  style={{ marginBottom: 8 }}
                  rules={[requiredText(t), { pattern: LOCAL_KEY, message: t('catalogAdmin.v.localKey') }]}
                >
                  <Input
                    maxLength={40}
                    className="tb-mono"
                    placeholder={t('catalogAdmin.f.optionKey')}
                    aria-label={`${t('catalogAdmin.f.optionKey')} ${index + 1}`}
                    data-testid={fieldId([...base, index, 'key'])}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[field.name, 'label']} style={{ marginBottom: 8 }} rules={[requiredText(t)]}>
                  <Input
                    maxLength={100}
                    placeholder={t('catalogAdmin.f.optionLabel')}
                    aria-label={`${t('catalogAdmin.f.optionLabel')} ${index + 1}`}
                    data-testid={fieldId([...base, index, 'label'])}
                  />
                </Form.Item>
              </Col>
              {!readOnly && (
                <Col flex="none">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('catalogAdmin.remove')} ${t('catalogAdmin.f.option')} ${index + 1}`}
                    title={t('catalogAdmin.remove')}
                    onClick={() => remove(index)}
                  />
                </Col>
              )}
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add({ key: '', label: '' })}
              disabled={fields.length >= 20}
            >
              {t('catalogAdmin.add.option')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

function Rules({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  return (
    <Form.List name={['situations', 'rules']}>
      {(fields, { add, remove, move }, { errors }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('catalogAdmin.note.noRules')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <RuleCard
              key={field.key}
              fieldName={field.name}
              index={index}
              count={fields.length}
              move={move}
              remove={remove}
              readOnly={readOnly}
            />
          ))}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <AddButton
              label={t('catalogAdmin.add.rule')}
              onClick={() =>
                add({ when: { question: undefined, option: undefined }, addMaterials: [], addConditions: [] })
              }
              testId="item-add-rule"
            />
          )}
        </>
      )}
    </Form.List>
  );
}

function RuleCard(props: {
  fieldName: number;
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  readOnly: boolean;
}) {
  const { fieldName, index, count, move, remove, readOnly } = props;
  const t = useT();
  // Untyped: the paths below are built from list indexes.
  const form = Form.useFormInstance();
  const base = ['situations', 'rules', index];
  const questions = Form.useWatch(['situations', 'questions'], form) as Question[] | undefined;
  const materials = Form.useWatch('materials', form) as MaterialValues[] | undefined;
  const rule = Form.useWatch(['situations', 'rules', index], form) as Rule | undefined;

  const question = (questions ?? []).find((q) => q?.key && q.key === rule?.when?.question);
  const option = question?.options?.find((o) => o?.key && o.key === rule?.when?.option);

  const questionOptions = useMemo(
    () =>
      (questions ?? [])
        .filter((q) => q?.key)
        .map((q) => ({ value: q.key, label: q.text ? `${q.text}（${q.key}）` : q.key })),
    [questions],
  );
  const optionOptions = (question?.options ?? [])
    .filter((o) => o?.key)
    .map((o) => ({ value: o.key, label: o.label ? `${o.label}（${o.key}）` : o.key }));
  // Only conditional materials can be added by a rule; the always-required ones are listed anyway.
  const materialOptions = (materials ?? [])
    .filter((m) => m?.key && m.requirement === 'conditional')
    .map((m) => ({ value: m.key, label: m.name ? `${m.name}（${m.key}）` : m.key }));

  const what = `${t('catalogAdmin.f.rule')} ${index + 1}`;
  const summary =
    question && option
      ? t('catalogAdmin.ruleSummary', {
          question: question.text || question.key,
          option: option.label || option.key,
        })
      : null;

  return (
    <EntryCard
      title={
        <span>
          {what}
          {summary && <span className="tb-secondary"> · {summary}</span>}
        </span>
      }
      testId={`item-rule-${index}`}
      extra={
        !readOnly && <EntryActions index={index} count={count} move={move} remove={remove} what={what} />
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('catalogAdmin.f.whenQuestion')}
            name={[fieldName, 'when', 'question']}
            rules={[requiredRule(t)]}
          >
            <Select
              options={questionOptions}
              showSearch={{ optionFilterProp: 'label' }}
              notFoundContent={t('catalogAdmin.note.noQuestions')}
              onChange={() => form.setFieldValue([...base, 'when', 'option'], undefined)}
              data-testid={fieldId([...base, 'when', 'question'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('catalogAdmin.f.whenOption')}
            name={[fieldName, 'when', 'option']}
            rules={[requiredRule(t)]}
          >
            <Select options={optionOptions} data-testid={fieldId([...base, 'when', 'option'])} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t('catalogAdmin.f.addMaterials')}
            name={[fieldName, 'addMaterials']}
            extra={t('catalogAdmin.hint.addMaterials')}
          >
            <Select
              mode="multiple"
              options={materialOptions}
              showSearch={{ optionFilterProp: 'label' }}
              notFoundContent={t('catalogAdmin.note.noConditionalMaterials')}
              data-testid={fieldId([...base, 'addMaterials'])}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('catalogAdmin.f.addConditions')} style={{ marginBottom: 0 }}>
            <TextList
              name={[fieldName, 'addConditions']}
              path={[...base, 'addConditions']}
              readOnly={readOnly}
              addLabel="catalogAdmin.add.condition"
              entryLabel="catalogAdmin.f.condition"
              multiline
              maxLength={500}
            />
          </Form.Item>
        </Col>
      </Row>
    </EntryCard>
  );
}
