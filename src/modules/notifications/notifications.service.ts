import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { accounts } from '../accounts/accounts.tables';
import { enqueueNew, registerJob } from '../jobs/jobs.service';
import type { SignedInCtx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { heldInsert } from '../../server/db/tail';
import { AppError } from '../../server/http/errors';
import type { Lang, Localized } from '../../server/http/lang';
import type { NotificationView } from './notifications.schemas';
import { notifications } from './notifications.tables';

export type NotificationInput = {
  accountId: string;
  regionCode: string | null;
  caseId: string | null;
  title: Localized;
  body: Localized;
};

/** A message leaving the platform (SMS, e-mail); real gateways implement this. */
export type OutgoingMessage = { accountId: string; phone: string | null; title: string; body: string };
export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

/** The default: no gateway configured, so the message goes to the log and nowhere else. */
export class LogNotifier implements Notifier {
  constructor(private readonly log: { info(obj: object, msg: string): void }) {}
  async send(message: OutgoingMessage): Promise<void> {
    this.log.info(
      { notification: { accountId: message.accountId, title: message.title } },
      'notification sent to log',
    );
  }
}

export const SEND_JOB = 'notifications.send';
let notifier: Notifier | null = null;

/**
 * Sets where messages leave the platform. The job that sends them is registered with the first
 * notifier; a later call (another app in the same process, a test) replaces the notifier.
 */
export function useNotifier(next: Notifier): void {
  const first = notifier === null;
  notifier = next;
  if (!first) return;
  registerJob(SEND_JOB, async (run, { tx }) => {
    const id = typeof run.payload.notificationId === 'string' ? run.payload.notificationId : '';
    const [row] = await tx
      .select({ n: notifications, phone: accounts.phone })
      .from(notifications)
      .innerJoin(accounts, eq(accounts.id, notifications.accountId))
      .where(eq(notifications.id, id));
    if (!row || !notifier) return;
    await notifier.send({
      accountId: row.n.accountId,
      phone: row.phone,
      title: row.n.titleZh,
      body: row.n.bodyZh,
    });
  });
}

const insertNotification = heldInsert(notifications, [
  'id',
  'accountId',
  'regionCode',
  'caseId',
  'titleZh',
  'titleEn',
  'bodyZh',
  'bodyEn',
]);

/**
 * Writes an in-app notification inside the caller's transaction, so it exists exactly when the
 * change does, and queues its SMS/e-mail copy, which a job sends after the commit. Both are held
 * writes: in a transaction with a tail they go out at its end.
 */
export async function notify(tx: Db, input: NotificationInput): Promise<string> {
  const id = randomUUID();
  await insertNotification(tx, {
    id,
    accountId: input.accountId,
    regionCode: input.regionCode,
    caseId: input.caseId,
    titleZh: input.title.zh,
    titleEn: input.title.en,
    bodyZh: input.body.zh,
    bodyEn: input.body.en,
  });
  await enqueueNew(tx, { kind: SEND_JOB, key: id, payload: { notificationId: id } });
  return id;
}

function view(row: typeof notifications.$inferSelect, lang: Lang): NotificationView {
  return {
    id: row.id,
    caseId: row.caseId,
    title: lang === 'en' ? row.titleEn : row.titleZh,
    body: lang === 'en' ? row.bodyEn : row.bodyZh,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export async function listNotifications(
  ctx: SignedInCtx,
  lang: Lang,
  query: { page: number; pageSize: number; unread?: 'true' | 'false' },
) {
  const mine = eq(notifications.accountId, ctx.actor.accountId);
  const unreadOnly = and(mine, isNull(notifications.readAt));
  const where: SQL | undefined = query.unread === 'true' ? unreadOnly : mine;
  const [rows, [total], [unread]] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(notifications).where(where),
    ctx.db.select({ n: count() }).from(notifications).where(unreadOnly),
  ]);
  return {
    items: rows.map((r) => view(r, lang)),
    total: total?.n ?? 0,
    unread: unread?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Marks one of the caller's own notifications read; anyone else's is not found. */
export async function markRead(ctx: SignedInCtx, lang: Lang, id: string): Promise<NotificationView> {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.config.now() })
    .where(
      and(
        eq(notifications.id, id),
        eq(notifications.accountId, ctx.actor.accountId),
        isNull(notifications.readAt),
      ),
    )
    .returning();
  if (row) return view(row, lang);
  const [already] = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.accountId, ctx.actor.accountId)));
  if (!already) throw new AppError('NOT_FOUND');
  return view(already, lang);
}
