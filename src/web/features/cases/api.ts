import { z } from 'zod';
import type { ActionBody, AssignBody, CaseQuery } from '../../../shared/cases.contract';
import {
  assignableSchema,
  caseDetailSchema,
  casePageSchema,
  caseSummarySchema,
} from '../../../shared/cases.contract';
import { storedFileSchema } from '../../../shared/files.contract';
import { apiRequest, apiUpload } from '../../app/api';

export { caseDetailSchema, casePageSchema, caseSummarySchema };

export const casePaths = {
  list: '/api/v1/cases',
  mine: '/api/v1/cases/mine',
  intake: '/api/v1/cases/intake',
  one: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`,
  submit: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/submit`,
  actions: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/actions`,
  assignee: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/assignee`,
  assignable: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/assignable`,
  file: (id: string, fileId: string) =>
    `/api/v1/cases/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`,
  receipt: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/receipt.pdf`,
  result: (id: string) => `/api/v1/cases/${encodeURIComponent(id)}/result.pdf`,
};

/** One key per submission attempt: a retry after a lost answer reuses it, so no second case. */
export function newIdempotencyKey(): string {
  return `web-${crypto.randomUUID()}`;
}

export function caseQueryString(
  query: Partial<Record<keyof CaseQuery, string | number | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function actOnCase(id: string, body: ActionBody) {
  return apiRequest('POST', casePaths.actions(id), caseSummarySchema, { body });
}

export function assignCase(id: string, body: AssignBody) {
  return apiRequest('POST', casePaths.assignee(id), caseSummarySchema, { body });
}

export function loadAssignable(id: string, signal: AbortSignal) {
  return apiRequest('GET', casePaths.assignable(id), assignableSchema, { signal });
}

export function loadCase(id: string, signal?: AbortSignal) {
  return apiRequest('GET', casePaths.one(id), caseDetailSchema, { signal });
}

export const uploadedSchema = storedFileSchema;
export type Uploaded = z.infer<typeof storedFileSchema>;

export function uploadFile(file: File): Promise<Uploaded> {
  return apiUpload('/api/v1/files', file, file.name, storedFileSchema);
}

/** The item checklist as the apply and intake pages need it: each material with its key. */
export const keyedChecklistSchema = z.object({
  materials: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      requirement: z.enum(['always', 'conditional']),
      essential: z.boolean().default(false),
    }),
  ),
});
export type KeyedChecklist = z.infer<typeof keyedChecklistSchema>;
