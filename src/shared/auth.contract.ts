import { z } from 'zod';
import { roleSchema } from './roles';

/** The signed-in account as the browser sees it (GET /api/v1/auth/me, POST /api/v1/auth/sign-in). */
export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  centerId: z.string().nullable(),
  centerName: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const signInBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const sessionResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** Header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';

/** Every error body the API returns. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(
    z.object({ field: z.string().optional(), code: z.string().optional(), message: z.string() }).loose(),
  ),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
