import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { IDENTITY_MESSAGES } from '../../shared/identity';
import type { ErrorDetail } from './errors';
import type { Localized } from './lang';

type Issue = z.core.$ZodIssue;

/** A request part (body, querystring, params, headers) failed its Zod schema. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: readonly Issue[],
    readonly part: string,
  ) {
    super(`Request ${part} is invalid`);
    this.name = 'RequestValidationError';
  }
}

/** Keeps Zod's issues whole (the stock compiler flattens them) so we can localize each one. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

function isIdentityCode(code: unknown): code is keyof typeof IDENTITY_MESSAGES {
  return typeof code === 'string' && code in IDENTITY_MESSAGES;
}

/** Formats a person fills in by hand get a message that says what is expected, not only that it is wrong. */
const FORMAT_MESSAGES: Partial<Record<string, Localized>> = {
  date: {
    zh: '应为有效日期，格式 YYYY-MM-DD（如 2025-10-09）',
    en: 'Must be a real date as YYYY-MM-DD (e.g. 2025-10-09)',
  },
  datetime: { zh: '应为有效的日期时间（ISO 8601）', en: 'Must be a real date and time (ISO 8601)' },
  uuid: { zh: '编号格式不正确', en: 'Not a valid id' },
  email: { zh: '电子邮箱格式不正确', en: 'Not a valid e-mail address' },
};

function describe(issue: Issue): { code: string; message: Localized } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', message: { zh: '此项为必填项', en: 'This field is required' } }
        : {
            code: 'invalid_type',
            message: { zh: `类型错误，应为 ${issue.expected}`, en: `Expected ${issue.expected}` },
          };
    case 'too_small':
      return {
        code: 'too_small',
        message:
          issue.origin === 'string'
            ? {
                zh: `至少 ${String(issue.minimum)} 个字符`,
                en: `At least ${String(issue.minimum)} characters`,
              }
            : { zh: `不能小于 ${String(issue.minimum)}`, en: `Must be at least ${String(issue.minimum)}` },
      };
    case 'too_big':
      return {
        code: 'too_big',
        message:
          issue.origin === 'string'
            ? {
                zh: `最多 ${String(issue.maximum)} 个字符`,
                en: `At most ${String(issue.maximum)} characters`,
              }
            : { zh: `不能大于 ${String(issue.maximum)}`, en: `Must be at most ${String(issue.maximum)}` },
      };
    case 'invalid_format':
      return {
        code: 'invalid_format',
        message: FORMAT_MESSAGES[issue.format] ?? {
          zh: '格式不正确',
          en: `Invalid format (${issue.format})`,
        },
      };
    case 'unrecognized_keys':
      return {
        code: 'unrecognized_keys',
        message: {
          zh: `不允许的字段：${issue.keys.join('、')}`,
          en: `Unknown fields: ${issue.keys.join(', ')}`,
        },
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: {
          zh: `取值应为：${issue.values.map(String).join('、')}`,
          en: `Must be one of: ${issue.values.map(String).join(', ')}`,
        },
      };
    case 'custom': {
      const code: unknown = issue.params?.code;
      if (isIdentityCode(code)) return { code, message: IDENTITY_MESSAGES[code] };
      return { code: 'custom', message: { zh: issue.message, en: issue.message } };
    }
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { code: issue.code, message: { zh: '取值不正确', en: issue.message } };
  }
}

export function issuesToDetails(issues: readonly Issue[], part?: string): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const { code, message } = describe(issue);
    const path = issue.path.map(String);
    // One detail per unknown key, so each names its own field.
    const fields =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k].join('.')) : [path.join('.')];
    return fields.map((field) => ({ field, code, message, ...(part ? { in: part } : {}) }));
  });
}
