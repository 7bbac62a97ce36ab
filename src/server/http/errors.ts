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
  CASE_VERSION_CONFLICT: {
    status: 409,
    zh: '该办件已被他人处理，请刷新后重试',
    en: 'Someone else changed this case first; reload it and try again',
  },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '办件当前状态不允许此操作',
    en: 'The case’s current status does not allow this action',
  },
  CASE_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您无权对该办件执行此操作',
    en: 'You may not take this action on this case',
  },
  INTAKE_DEDICATED_WINDOW: {
    status: 403,
    zh: '专窗只受理本部门的事项，请到综合受理窗口办理',
    en: "A dedicated window takes in only its own department's items; use a general window",
  },
  CASE_TOLERATED_PENDING: {
    status: 409,
    zh: '尚有容缺受理的材料未补交，补交后方可作出准予决定',
    en: 'A material accepted as tolerated has not been handed in yet; approve once it is',
  },
  CASE_DOCUMENT_UNAVAILABLE: {
    status: 409,
    zh: '该办件尚无此文书（受理回执在受理后、决定书在作出决定后提供）',
    en: 'The case has no such document yet (a receipt once accepted, a decision once decided)',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    zh: '该幂等键已用于另一份不同的申请',
    en: 'This Idempotency-Key was already used for a different request',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  FILE_REQUIRED: { status: 400, zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  FILE_TOO_MANY: { status: 400, zh: '一次只能上传一个文件', en: 'Upload one file at a time' },
  MULTIPART_MALFORMED: {
    status: 400,
    zh: '上传内容格式有误，请重新上传',
    en: 'The upload is malformed; please try again',
  },
  FILE_TOO_LARGE: { status: 413, zh: '文件超过大小上限', en: 'The file is larger than the limit' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '只能上传 PDF、OFD、PNG 或 JPEG 文件',
    en: 'Only PDF, OFD, PNG and JPEG files are accepted',
  },
  FILE_TYPE_MISMATCH: {
    status: 415,
    zh: '文件内容与其类型或扩展名不符',
    en: "The file's content does not match its declared type or extension",
  },
  FILE_INTEGRITY_FAILED: {
    status: 500,
    zh: '文件校验失败（内容已被改动或丢失），请联系管理员',
    en: 'The stored file failed its integrity check (changed or missing); contact an administrator',
  },
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
