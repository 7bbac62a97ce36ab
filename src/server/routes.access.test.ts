import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PARAM_VALUE = '00000000-0000-4000-8000-000000000000';

describe('every route declares who may call it', () => {
  it('has an access declaration on every registered route', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(20);
    const undeclared = t.app.routeTable.filter((r) => r.access === undefined);
    expect(undeclared).toEqual([]);
  });

  it('refuses to start when a route has no declaration', async () => {
    const { buildApp } = await import('./app');
    const app = await buildApp({ config: t.config, database: t.database, logger: false });
    app.get('/api/v1/undeclared', async () => 'oops');
    await expect(app.ready()).rejects.toThrow(/without an access declaration: GET \/api\/v1\/undeclared/);
  });

  it('answers 401 to an anonymous caller on every non-public API route', async () => {
    const guarded = t.app.routeTable.filter(
      (r) => r.access !== 'public' && r.url.startsWith('/api/') && r.method !== 'HEAD',
    );
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const url = route.url.replace(/:[A-Za-z]+/g, PARAM_VALUE);
      const res = await t
        .anon()
        .request(
          route.method as 'GET',
          url,
          route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} },
        );
      expect([route.method, url, res.status, res.body.code]).toEqual([
        route.method,
        url,
        401,
        'AUTH_REQUIRED',
      ]);
    }
  });

  it('answers 403 to a signed-in caller whose role a route does not list', async () => {
    const citizen = await t.as('citizen');
    const roleRoutes = t.app.routeTable.filter(
      (r) => Array.isArray(r.access) && !r.access.includes('citizen') && r.method !== 'HEAD',
    );
    expect(roleRoutes.length).toBeGreaterThan(5);
    for (const route of roleRoutes) {
      const url = route.url.replace(/:[A-Za-z]+/g, PARAM_VALUE);
      const res = await citizen.request(
        route.method as 'GET',
        url,
        route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} },
      );
      expect([route.method, url, res.status, res.body.code]).toEqual([
        route.method,
        url,
        403,
        'FORBIDDEN_ROLE',
      ]);
    }
  });
});
