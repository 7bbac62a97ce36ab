import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER, type ErrorBody, type SessionResponse } from '../../src/shared/auth.contract';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import { DEMO_PASSWORD } from '../../src/server/seed/demo';
import { createTestDatabase, type TestDatabase } from './db';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Res<T> = {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
};

/** An HTTP caller with its own cookie jar and CSRF token, like one browser. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  user: SessionResponse['user'] | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = Partial<ErrorBody> & Record<string, unknown>>(
    method: Method,
    url: string,
    options: { body?: unknown; payload?: string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = `tb_session=${this.cookie}`;
    if (this.csrf && options.csrf !== false && method !== 'GET') headers[CSRF_HEADER] = this.csrf;
    const raw = await this.app.inject({
      method,
      url,
      headers,
      ...(options.payload !== undefined
        ? { payload: options.payload }
        : options.body !== undefined
          ? { payload: options.body as object }
          : {}),
    });
    const setCookie = raw.cookies.find((c) => c.name === 'tb_session');
    if (setCookie) this.cookie = setCookie.value || null;
    const body =
      raw.body && raw.headers['content-type']?.toString().includes('json')
        ? (JSON.parse(raw.body) as T)
        : (raw.body as T);
    return { status: raw.statusCode, body, headers: raw.headers, raw };
  }

  get<T = Partial<ErrorBody> & Record<string, unknown>>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, headers ? { headers } : {});
  }
  post<T = Partial<ErrorBody> & Record<string, unknown>>(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) {
    return this.request<T>('POST', url, { body, ...(headers ? { headers } : {}) });
  }

  async signIn(
    username: string,
    password = DEMO_PASSWORD,
  ): Promise<Res<SessionResponse & Partial<ErrorBody>>> {
    const res = await this.post<SessionResponse & Partial<ErrorBody>>('/api/v1/auth/sign-in', {
      username,
      password,
    });
    if (res.status === 200) {
      this.csrf = res.body.csrfToken;
      this.user = res.body.user;
    }
    return res;
  }
}

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  anon(): Client;
  /** A client signed in as a demo account. */
  as(username: string): Promise<Client>;
  close(): Promise<void>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // Each test app stores uploads in a directory of its own, removed by close().
  const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-files-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    FILES_DIR: filesDir,
    ...env,
  });
  const database = await createTestDatabase();
  const app = await buildApp({ config, database, logger: Boolean(process.env.TEST_LOG_LEVEL) });
  await app.ready();
  return {
    app,
    database,
    config,
    anon: () => new Client(app),
    as: async (username) => {
      const client = new Client(app);
      const res = await client.signIn(username);
      if (res.status !== 200)
        throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return client;
    },
    close: async () => {
      await app.close();
      await database.close();
      await fs.rm(filesDir, { recursive: true, force: true });
    },
  };
}
