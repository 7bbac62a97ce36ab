import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SignedInCtx } from '../../server/auth/actor';
import {
  addWorkingDaysQuerySchema,
  addWorkingDaysResponseSchema,
  calendarStatusSchema,
  calendarYearParamSchema,
  calendarYearSchema,
  putCalendarYearSchema,
  workingDaysBetweenQuerySchema,
  workingDaysBetweenResponseSchema,
} from './calendar.schemas';
import * as calendar from './calendar.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/calendar/add-working-days',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'The day on which `days` working days have passed after `from` (from itself not counted)',
        querystring: addWorkingDaysQuerySchema,
        response: { 200: addWorkingDaysResponseSchema },
      },
    },
    async (req) => calendar.addWorkingDays(req.ctx, req.query),
  );
  app.get(
    '/api/v1/calendar/working-days-between',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'Working days in (from, to]; negative when to is before from',
        querystring: workingDaysBetweenQuerySchema,
        response: { 200: workingDaysBetweenResponseSchema },
      },
    },
    async (req) => calendar.workingDaysBetween(req.ctx, req.query),
  );
  app.get(
    '/api/v1/calendar/status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'Known years, and the years whose holiday arrangement is still missing',
        response: { 200: calendarStatusSchema },
      },
    },
    async (req) => calendar.calendarStatus(req.ctx),
  );
  app.get(
    '/api/v1/calendar/years/:year',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: "A year's statutory holidays and make-up workdays, and whether the year is known",
        params: calendarYearParamSchema,
        response: { 200: calendarYearSchema },
      },
    },
    async (req) => calendar.getCalendarYear(req.ctx, req.params.year),
  );
  app.put(
    '/api/v1/calendar/years/:year',
    {
      config: { access: ['platform_admin'] },
      schema: {
        tags: ['calendar'],
        summary: "Replace a year's holidays and make-up workdays (State Council arrangement)",
        params: calendarYearParamSchema,
        body: putCalendarYearSchema,
        response: { 200: calendarYearSchema },
      },
    },
    async (req) => calendar.replaceCalendarYear(signedIn(req.ctx), req.params.year, req.body),
  );
};

export default routes;
