// A minimal HTTP client for bench:cases: one signed-in session (cookie and CSRF token), like one browser.
// node:http with a keep-alive agent, not fetch: the load generator shares the server's two cores, and
// fetch spends several times the CPU per request that http.request does.
import http from 'node:http';
import { CSRF_HEADER } from '../src/shared/auth.contract';
import { multipartBody, pdfBytes } from '../tests/support/files';

const agent = new http.Agent({ keepAlive: true });

export type Reply = { status: number; body: Record<string, unknown> };

export class Session {
  private cookie = '';
  private csrf = '';

  constructor(private readonly url: string) {}

  async signIn(username: string, password: string): Promise<void> {
    const res = await this.post('/api/v1/auth/sign-in', { username, password });
    if (res.status !== 200)
      throw new Error(`sign-in as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = String(res.body.csrfToken);
  }

  private send(path: string, init: { body: string | Buffer; type: string }): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.url}${path}`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': init.type,
            'content-length': Buffer.byteLength(init.body),
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(this.csrf ? { [CSRF_HEADER]: this.csrf } : {}),
          },
        },
        (res) => {
          const session = res.headers['set-cookie']?.find((c) => c.startsWith('tb_session='));
          if (session) this.cookie = session.split(';')[0] ?? '';
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
            });
          });
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  }

  post(path: string, body: unknown): Promise<Reply> {
    return this.send(path, { body: JSON.stringify(body), type: 'application/json' });
  }

  /** Uploads a small real PDF; returns its file id. */
  async uploadPdf(filename: string): Promise<string> {
    const { body, contentType } = multipartBody([
      { name: 'file', data: pdfBytes(), filename, type: 'application/pdf' },
    ]);
    const res = await this.send('/api/v1/files', { body, type: contentType });
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
    return String(res.body.id);
  }
}

export const ANSWERS = { category: 'hot', applicant: 'self' };

/** The actions of one case, in order, each by its actor: the bench's unit of work. */
export const STEPS = ['submit', 'accept', 'complete_step', 'approve', 'deliver'] as const;
export type Step = (typeof STEPS)[number];

/**
 * Drives one case from online submission to delivery; `timed` wraps each request. The citizen
 * reuses its uploaded files: a file may back materials of several cases of its uploader.
 */
export async function oneCase(
  s: { citizen: Session; reviewer: Session; clerk: Session },
  implCode: string,
  fileIds: { application: string; licence: string },
  timed: (step: Step, call: () => Promise<Reply>) => Promise<Reply>,
): Promise<void> {
  const ok = (step: Step, res: Reply, want: number) => {
    if (res.status !== want) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number };
  };
  let c = ok(
    'submit',
    await timed('submit', () =>
      s.citizen.post('/api/v1/cases', {
        implCode,
        answers: ANSWERS,
        materials: [
          { key: 'application', status: 'received', fileIds: [fileIds.application] },
          { key: 'business_license', status: 'received', fileIds: [fileIds.licence] },
        ],
        submit: true,
      }),
    ),
    201,
  );
  const act = async (step: Exclude<Step, 'submit'>, who: Session, extra: Record<string, unknown> = {}) => {
    const res = await timed(step, () =>
      who.post(`/api/v1/cases/${c.id}/actions`, { action: step, version: c.version, ...extra }),
    );
    c = ok(step, res, 200);
  };
  await act('accept', s.reviewer);
  await act('complete_step', s.reviewer);
  await act('approve', s.reviewer, { opinion: '准予许可' });
  await act('deliver', s.clerk, { method: 'window' });
}
