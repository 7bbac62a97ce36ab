import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { actOk, at, promisedItem, publish, signInAll, submitOnline } from '../../../tests/fixtures/cases';
import { runDueJobs } from '../jobs/jobs.service';
import { useNotifier, type OutgoingMessage } from './notifications.service';

let t: TestApp;
let admin: Client;
let citizen: Client;
let reviewer: Client;
let enterprise: Client;

type Inbox = {
  items: { id: string; caseId: string | null; title: string; body: string; readAt: string | null }[];
  total: number;
  unread: number;
};

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, reviewer, enterprise] = await signInAll(t, 'admin', 'citizen', 'reviewer', 'enterprise');
});
afterAll(() => t.close());

describe('in-app notifications', () => {
  it('the applicant hears of every status change, newest first, in their language; reads count down', async () => {
    const implCode = await publish(admin, promisedItem('801'));
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    at(t, '2025-09-23');
    await actOk(reviewer, c.id, { action: 'accept', version: c.version });

    const inbox = await citizen.get<Inbox>('/api/v1/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ total: 2, unread: 2 });
    expect(inbox.body.items.map((n) => n.title)).toEqual([
      '办件已受理：食品经营许可（测试801）',
      '办件已提交，待预审：食品经营许可（测试801）',
    ]);
    expect(inbox.body.items[0]?.body).toBe(
      `您的办件 ${c.caseNo ?? ''}（食品经营许可（测试801））当前状态：已受理。`,
    );
    const english = await citizen.get<Inbox>('/api/v1/notifications', { 'accept-language': 'en' });
    expect(english.body.items[0]?.title).toBe('Case accepted: 食品经营许可（测试801）');

    const first = inbox.body.items[0]?.id ?? '';
    expect((await enterprise.post(`/api/v1/notifications/${first}/read`)).status).toBe(404);
    const read = await citizen.post<{ readAt: string | null }>(`/api/v1/notifications/${first}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    // Reading twice keeps the first time.
    const again = await citizen.post<{ readAt: string | null }>(`/api/v1/notifications/${first}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);

    const after = await citizen.get<Inbox>('/api/v1/notifications?unread=true&pageSize=1');
    expect(after.body).toMatchObject({ total: 1, unread: 1 });
    expect(after.body.items.map((n) => n.title)).toEqual(['办件已提交，待预审：食品经营许可（测试801）']);
    expect((await enterprise.get<Inbox>('/api/v1/notifications')).body.total).toBe(0);
  });

  it('each notification also leaves through the Notifier adapter (SMS/e-mail), after the commit, by a job', async () => {
    const sent: OutgoingMessage[] = [];
    useNotifier({ send: async (m) => void sent.push(m) });
    await runDueJobs(t.database.db, { limit: 100 });
    expect(sent.map((m) => [m.phone, m.title])).toEqual([
      ['13857901234', '办件已提交，待预审：食品经营许可（测试801）'],
      ['13857901234', '办件已受理：食品经营许可（测试801）'],
    ]);
    sent.length = 0;
    await runDueJobs(t.database.db, { limit: 100 });
    expect(sent).toEqual([]);
  });

  it('needs a signed-in caller', async () => {
    expect((await t.anon().get('/api/v1/notifications')).status).toBe(401);
  });
});
