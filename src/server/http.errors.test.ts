import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };

describe('error bodies', () => {
  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await t
      .anon()
      .request('POST', '/api/v1/auth/sign-in', { payload: '{"username": "clerk",', headers: json });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON', details: [] });
  });

  it('an empty JSON body → 400, not 500', async () => {
    const res = await t.anon().request('POST', '/api/v1/auth/sign-in', { payload: '', headers: json });
    expect(res.status).toBe(400);
  });

  it('wrong types and missing fields → 400 VALIDATION_FAILED naming each field', async () => {
    const res = await t.anon().post('/api/v1/auth/sign-in', { username: 42 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'username', code: 'invalid_type', in: 'body' }),
      expect.objectContaining({ field: 'password', code: 'required', in: 'body' }),
    ]);
  });

  it('a JSON array where an object belongs → 400', async () => {
    const res = await t.anon().request('POST', '/api/v1/auth/sign-in', { payload: '[1,2]', headers: json });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('unknown fields → 400 naming them', async () => {
    const res = await t
      .anon()
      .post('/api/v1/auth/sign-in', { username: 'a', password: 'b', role: 'platform_admin' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'role', code: 'unrecognized_keys' })]);
  });

  it('a body over the limit → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t.anon().post('/api/v1/auth/sign-in', { username: 'a', password: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a bad path parameter → 400 naming it', async () => {
    const res = await t.anon().get('/api/v1/departments/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'id', in: 'params' })]);
  });

  it('a bad query parameter → 400 naming it', async () => {
    const res = await t.anon().get('/api/v1/departments?pageSize=1000');
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'pageSize', code: 'too_big', in: 'querystring' }),
    ]);
  });

  it('a well-formed id that does not exist → 404 NOT_FOUND', async () => {
    const res = await t.anon().get('/api/v1/departments/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('an unknown API route → 404 JSON', async () => {
    const res = await t.anon().get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在', details: [] });
  });

  it('a JSON body with a __proto__ key → 400, never polluting', async () => {
    const res = await t.anon().request('POST', '/api/v1/auth/sign-in', {
      payload: '{"username":"a","password":"b","__proto__":{"x":1}}',
      headers: json,
    });
    expect(res.status).toBe(400);
  });
});

describe('request ids', () => {
  it('returns a request id on every response, and keeps a well-formed one the caller sent', async () => {
    const fresh = await t.anon().get('/healthz');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.anon().get('/api/v1/no-such-thing', { 'x-request-id': 'gateway-123' });
    expect(kept.headers['x-request-id']).toBe('gateway-123');
    const replaced = await t.anon().get('/healthz', { 'x-request-id': 'bad id with spaces' });
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });
});

describe('health and the API description', () => {
  it('healthz and readyz answer', async () => {
    expect((await t.anon().get('/healthz')).body).toEqual({ status: 'ok' });
    // toMatchObject: from 1 November the body may also carry a missing-calendar warning.
    expect((await t.anon().get('/readyz')).body).toMatchObject({ status: 'ok', database: t.database.kind });
  });

  it('serves OpenAPI 3.1 generated from the route schemas, and the docs page', async () => {
    const res = await t
      .anon()
      .get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
        '/openapi.json',
      );
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/sign-in', '/api/v1/accounts/{id}', '/api/v1/audit/verify']),
    );
    expect(JSON.stringify(res.body.paths['/api/v1/auth/register'])).toContain('idNumber');
    const docs = await t.anon().get('/docs', { accept: 'text/html' });
    expect([200, 302]).toContain(docs.status);
  });
});
