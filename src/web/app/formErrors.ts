import type { App, FormInstance } from 'antd';
import { ApiError } from './api';
import type { Translate } from './i18n';

/**
 * Shows a failed submit where the user will look: each server detail that names a field of the
 * form under that field, and the top-level message (plus any detail without a field here) as a
 * toast. The server's messages are already in the user's language.
 */
export function showSubmitError(
  error: unknown,
  options: {
    // Any form: the field names come from the server, so they are plain strings here.
    form: FormInstance;
    fields: readonly string[];
    message: ReturnType<typeof App.useApp>['message'];
    t: Translate;
  },
): void {
  const { form, fields, message, t } = options;
  if (!(error instanceof ApiError)) {
    void message.error(t('error.network'));
    return;
  }
  const byField = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const detail of error.details) {
    const field = fields.find((f) => f === detail.field);
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else elsewhere.push(detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  void message.error([error.message, ...elsewhere].join(' · '));
}
