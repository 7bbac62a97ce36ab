import type { ZodType } from 'zod';
import { CSRF_HEADER, errorBodySchema } from '../../shared/auth.contract';
import type { ErrorBody } from '../../shared/auth.contract';
import { DEFAULT_LANG, translate } from './i18n';
import type { Lang } from './i18n';

/**
 * Every failed request. `message` is always fit to show: the server localizes its own, and the
 * client-made codes (NETWORK_ERROR, HTTP_ERROR, BAD_RESPONSE) are localized here.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorBody['details'];

  constructor(status: number, code: string, message: string, details: ErrorBody['details'] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

// Tolerate a missing `details` so that an error's code is never lost over a detail.
const errorBody = errorBodySchema.partial({ details: true });

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// One browser tab has one session and one UI language, so module state is enough.
let csrfToken: string | null = null;
let lang: Lang = DEFAULT_LANG;
let onAuthRequired: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLang(value: Lang): void {
  lang = value;
}

/** Called when any request finds the session gone (expired, signed out elsewhere). */
export function setAuthRequiredHandler(handler: (() => void) | null): void {
  onAuthRequired = handler;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
}

/** A request whose 2xx body is validated by `schema`. */
export function apiRequest<T>(
  method: Method,
  path: string,
  schema: ZodType<T>,
  options?: RequestOptions,
): Promise<T>;
/** A request with no response body worth reading (e.g. 204). */
export function apiRequest(
  method: Method,
  path: string,
  schema: null,
  options?: RequestOptions,
): Promise<void>;
export async function apiRequest<T>(
  method: Method,
  path: string,
  schema: ZodType<T> | null,
  options: RequestOptions = {},
): Promise<T | void> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': lang,
    ...options.headers,
  };
  // Fastify rejects an empty body labelled as JSON, so only label real bodies.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', translate(lang, 'error.network'));
  }

  return answer(response, schema);
}

/** The answer of a request: its error as an ApiError, or its body checked by `schema`. */
async function answer<T>(response: Response, schema: ZodType<T> | null): Promise<T | void> {
  const data = await readJson(response);

  if (!response.ok) {
    const parsed = errorBody.safeParse(data);
    if (!parsed.success) {
      throw new ApiError(
        response.status,
        'HTTP_ERROR',
        translate(lang, 'error.http', { status: response.status }),
      );
    }
    const { code, message, details } = parsed.data;
    if (response.status === 401 && code === 'AUTH_REQUIRED') onAuthRequired?.();
    throw new ApiError(response.status, code, message, details ?? []);
  }

  if (schema === null) return;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(response.status, 'BAD_RESPONSE', translate(lang, 'error.badResponse'));
  }
  return parsed.data;
}

/** Uploads one file as multipart/form-data; the answer is validated by `schema`. */
export async function apiUpload<T>(
  path: string,
  file: Blob,
  filename: string,
  schema: ZodType<T>,
): Promise<T> {
  const form = new FormData();
  form.append('file', file, filename);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang };
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', translate(lang, 'error.network'));
  }
  return (await answer(response, schema)) as T;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  if (!response.headers.get('content-type')?.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
