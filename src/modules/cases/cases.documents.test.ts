import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  actOk,
  at,
  promisedItem,
  publish,
  signInAll,
  submitOnline,
  takeIn,
} from '../../../tests/fixtures/cases';

let t: TestApp;
let admin: Client;
let clerk: Client;
let reviewer: Client;
let citizen: Client;
let wucheng: Client;
let implCode: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, clerk, reviewer, citizen, wucheng] = await signInAll(
    t,
    'admin',
    'clerk',
    'reviewer',
    'citizen',
    'reviewer_wucheng',
  );
  implCode = await publish(admin, promisedItem('401'));
});
afterAll(() => t.close());

const isPdf = (body: unknown) => typeof body === 'string' && body.startsWith('%PDF-');
/** What a reader of the PDF sees (poppler's pdftotext), without the layout's spaces and breaks. */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, '');

describe('case documents: receipt and decision as PDF', () => {
  it('gives the receipt once accepted and the decision once decided, to the case’s parties only', async () => {
    at(t, '2025-09-24');
    let c = await submitOnline(t, citizen, implCode);
    const early = await citizen.get(`/api/v1/cases/${c.id}/receipt.pdf`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'CASE_DOCUMENT_UNAVAILABLE' });

    c = await actOk(reviewer, c.id, { action: 'accept', version: c.version });
    const receipt = await citizen.get(`/api/v1/cases/${c.id}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.headers['content-disposition']).toBe(`attachment; filename="receipt-${c.caseNo}.pdf"`);
    expect(isPdf(receipt.body)).toBe(true);
    // Accepted on Wed 2025-09-24; 10 promised working days skip National Day (10-01…08, 09-28 and
    // 10-11 are make-up workdays): 25, 26, 28, 29, 30 Sep, 9, 10, 11, 13, 14 Oct.
    const receiptText = pdfText(receipt.raw.rawPayload);
    for (const line of [
      '受理回执',
      `办件编号：${c.caseNo}`,
      '受理日期：2025-09-24',
      '承诺办结日期：2025-10-14',
    ])
      expect(receiptText).toContain(line);

    expect((await citizen.get(`/api/v1/cases/${c.id}/result.pdf`)).status).toBe(409);
    // Another county's reviewer does not see the case at all.
    expect((await wucheng.get(`/api/v1/cases/${c.id}/receipt.pdf`)).status).toBe(404);

    // The default process: 审查 then 决定.
    c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    c = await actOk(reviewer, c.id, { action: 'approve', version: c.version, opinion: '准予许可' });
    const result = await citizen.get(`/api/v1/cases/${c.id}/result.pdf`);
    expect(result.status).toBe(200);
    expect(result.headers['content-disposition']).toBe(`attachment; filename="result-${c.caseNo}.pdf"`);
    expect(isPdf(result.body)).toBe(true);
    // The item's version is the template: a 行政许可 under the food safety law issuing its licence.
    const decision = pdfText(result.raw.rawPayload);
    expect(decision).toContain('准予行政许可决定书');
    expect(decision).toContain(
      '依据《中华人民共和国食品安全法》第三十五条，决定准予办理，核发《食品经营许可证》。',
    );
    expect(decision).toContain('审查意见：准予许可');
    expect(decision).not.toContain('行政复议');
  });

  it('gives a denial with its reason and the applicant’s remedies', async () => {
    at(t, '2025-09-24');
    let c = await takeIn(clerk, implCode);
    c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    c = await actOk(reviewer, c.id, { action: 'deny', version: c.version, opinion: '经营场所不符合要求' });
    const text = pdfText((await reviewer.get(`/api/v1/cases/${c.id}/result.pdf`)).raw.rawPayload);
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('决定不予办理，理由如下：');
    expect(text).toContain('审查意见：经营场所不符合要求');
    expect(text).toContain('行政复议');
  });

  it('gives the clerk the receipt of a window intake at once', async () => {
    at(t, '2025-09-24');
    const c = await takeIn(clerk, implCode);
    const receipt = await clerk.get(`/api/v1/cases/${c.id}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    expect(isPdf(receipt.body)).toBe(true);
  });

  it('answers a malformed case id with 400, not 500', async () => {
    const res = await citizen.get('/api/v1/cases/not-a-uuid/result.pdf');
    expect(res.status).toBe(400);
  });
});
