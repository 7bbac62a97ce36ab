import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/db';
import { buildApp } from './app';
import { loadConfig } from './config';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('logs', () => {
  it('carry the request id on every line and never a whole ID or phone number', async () => {
    const lines: string[] = [];
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }),
      database,
      logStream: { write: (l) => lines.push(l) },
    });
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/departments?q=33070319900307123X&phone=13857901234',
      headers: { 'x-request-id': 'trace-42' },
    });
    await app.close();
    expect(res.statusCode).toBe(200);
    const mine = lines
      .map((l) => JSON.parse(l) as { reqId?: string; req?: { url: string } })
      .filter((l) => l.reqId === 'trace-42');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const text = lines.join('\n');
    expect(text).not.toContain('33070319900307123X');
    expect(text).not.toContain('13857901234');
    expect(mine.find((l) => l.req)?.req?.url).toBe(
      '/api/v1/departments?q=3307**********123X&phone=138****1234',
    );
  });
});

describe('readiness', () => {
  it('answers 503 on /readyz when the database does not answer, while /healthz stays up', async () => {
    const own = await createTestDatabase();
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database: own, logger: false });
    await own.close();
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: [{ code: 'DATABASE_UNREACHABLE' }],
    });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });
});
