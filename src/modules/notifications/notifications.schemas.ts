import { z } from 'zod';
import { pageQuerySchema } from '../../shared/pagination';

export const notificationSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const idParamSchema = z.object({ id: z.uuid() });
