import type { Lang, Localized } from './lang';

/** Every error the API can answer with: its HTTP status and its message in both languages. */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '请求内容有误，请检查标出的字段',
    en: 'The request has invalid fields',
  },
  MALFORMED_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  BAD_REQUEST: { status: 400, zh: '请求无法处理', en: 'The request cannot be processed' },
  AUTH_REQUIRED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    zh: '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  AUTH_TOKEN_INVALID: { status: 401, zh: '接口令牌无效或已撤销', en: 'The API token is invalid or revoked' },
  AUTH_LOCKED: {
    status: 423,
    zh: '密码错误次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed attempts; the account is temporarily locked',
  },
  AUTH_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  CSRF_INVALID: {
    status: 403,
    zh: '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  FORBIDDEN_ROLE: { status: 403, zh: '您的角色无权执行此操作', en: 'Your role may not do this' },
  OUT_OF_SCOPE: {
    status: 403,
    zh: '该数据不在您的管辖范围内',
    en: 'This record is outside your region or department',
  },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  CONFLICT: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  INTERNAL: {
    status: 500,
    zh: '服务器内部错误，请稍后再试',
    en: 'Internal server error; please try again later',
  },
} as const satisfies Record<string, Localized & { status: number }>;

export type ErrorCode = keyof typeof ERRORS;

/** A detail's message may be localized; it is resolved to the caller's language in the body. */
export type ErrorDetail = {
  field?: string;
  code?: string;
  message: string | Localized;
  [k: string]: unknown;
};

/** The one error type services throw; the HTTP layer turns it into `{ code, message, details }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetail[] = [],
    /** Overrides the generic message of the code, in both languages. */
    readonly localized?: Localized,
  ) {
    super(localized?.en ?? ERRORS[code].en);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }

  body(lang: Lang) {
    return {
      code: this.code,
      message: (this.localized ?? ERRORS[this.code])[lang],
      details: this.details.map((d) => ({
        ...d,
        message: typeof d.message === 'string' ? d.message : d.message[lang],
      })),
    };
  }
}

/** A validation failure on one field, with its own reason code (e.g. ID_CHECK_DIGIT). */
export function fieldError(field: string, code: string, message: Localized): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, code, message }]);
}
