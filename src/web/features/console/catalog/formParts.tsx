import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space } from 'antd';
import type { FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import type { MessageKey, Translate } from '../../../app/i18n';
import type { NamePath } from './serverErrors';

/** Rules shared by many fields. Consistency rules are warnings only (warningOnly): the server decides. */
export function requiredRule(t: Translate): FormRule {
  return { required: true, message: t('common.required') };
}
export function requiredText(t: Translate): FormRule {
  return { required: true, whitespace: true, message: t('common.required') };
}

/** `item-field-materials.2.key`: the test id of the control at a form path. */
export const fieldId = (path: readonly (string | number)[]) => `item-field-${path.join('.')}`;

/** Up, down and delete for one entry of a Form.List; hidden in read-only views. */
export function EntryActions(props: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  /** What the entry is, for the buttons' accessible names, e.g. "材料 3". */
  what: string;
  testId?: string;
}) {
  const { index, count, move, remove, what, testId } = props;
  const t = useT();
  return (
    <Space size={4}>
      <Button
        size="small"
        type="text"
        icon={<ArrowUpOutlined />}
        aria-label={`${t('catalogAdmin.moveUp')} ${what}`}
        title={t('catalogAdmin.moveUp')}
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      />
      <Button
        size="small"
        type="text"
        icon={<ArrowDownOutlined />}
        aria-label={`${t('catalogAdmin.moveDown')} ${what}`}
        title={t('catalogAdmin.moveDown')}
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      />
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${t('catalogAdmin.remove')} ${what}`}
        title={t('catalogAdmin.remove')}
        data-testid={testId}
        onClick={() => remove(index)}
      />
    </Space>
  );
}

export function AddButton(props: { label: string; onClick: () => void; testId?: string }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={props.onClick} data-testid={props.testId} block>
      {props.label}
    </Button>
  );
}

/**
 * A list of texts (受理条件, 办理地点, a rule's added conditions): one input per entry, with the
 * list's own errors (e.g. a server error at `places`) under it.
 */
export function TextList(props: {
  /** Relative to an enclosing Form.List when `prefix` is given, else from the form's root. */
  name: NamePath;
  /** The absolute path, for test ids. */
  path: NamePath;
  readOnly: boolean;
  addLabel: MessageKey;
  entryLabel: MessageKey;
  multiline?: boolean;
  maxLength: number;
  required?: boolean;
}) {
  const { name, path, readOnly, addLabel, entryLabel, multiline, maxLength, required } = props;
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }, { errors }) => (
        <div>
          {fields.map((field, index) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item
                name={field.name}
                style={{ flex: 1, marginBottom: 8 }}
                aria-label={`${t(entryLabel)} ${index + 1}`}
                rules={[{ required: required ?? true, whitespace: true, message: t('common.required') }]}
              >
                {multiline ? (
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    maxLength={maxLength}
                    aria-label={`${t(entryLabel)} ${index + 1}`}
                    data-testid={fieldId([...path, index])}
                  />
                ) : (
                  <Input
                    maxLength={maxLength}
                    aria-label={`${t(entryLabel)} ${index + 1}`}
                    data-testid={fieldId([...path, index])}
                  />
                )}
              </Form.Item>
              {!readOnly && (
                <EntryActions
                  index={index}
                  count={fields.length}
                  move={move}
                  remove={remove}
                  what={`${t(entryLabel)} ${index + 1}`}
                />
              )}
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <AddButton label={t(addLabel)} onClick={() => add('')} testId={`item-add-${path.join('.')}`} />
          )}
        </div>
      )}
    </Form.List>
  );
}

/** A bordered block for one entry of a list (a material, a question, a rule). */
export function EntryCard(props: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card
      size="small"
      title={props.title}
      extra={props.extra}
      style={{ marginBottom: 12 }}
      data-testid={props.testId}
    >
      {props.children}
    </Card>
  );
}
