import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SignedInCtx } from '../../server/auth/actor';
import {
  idParamSchema,
  notificationPageSchema,
  notificationSchema,
  notificationsQuerySchema,
} from './notifications.schemas';
import * as notifications from './notifications.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first, with the unread count',
        querystring: notificationsQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (req) => notifications.listNotifications(signedIn(req.ctx), req.lang, req.query),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications read',
        params: idParamSchema,
        response: { 200: notificationSchema },
      },
    },
    async (req) => notifications.markRead(signedIn(req.ctx), req.lang, req.params.id),
  );
};

export default routes;
