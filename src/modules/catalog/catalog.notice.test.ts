import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import type { BundleDetail } from './catalog.schemas';
import type { ItemInput } from '../../shared/catalog.contract';

const FOOD = '113307030026030161010100050001001'; // 食品经营许可（新办）, 金东区
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What a reader of the PDF sees (poppler's pdftotext), to check the Chinese really is in it. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

async function getPdf(url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  return {
    status: res.statusCode,
    type: res.headers['content-type'],
    disposition: res.headers['content-disposition'],
    body: res.rawPayload,
    json: () => res.json<{ code: string; details: { field: string; code: string }[] }>(),
  };
}

describe('the one-time notice of an item', () => {
  it('is a PDF listing exactly this applicant’s materials, in Chinese', async () => {
    const answers = encodeURIComponent(
      JSON.stringify({ category: 'cold', online: 'no', subject: 'restaurant', applicant: 'agent' }),
    );
    const res = await getPdf(`/api/v1/items/${FOOD}/notice.pdf?answers=${answers}`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.disposition).toContain('attachment');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.body).replace(/\s+/g, '');
    expect(text).toContain('一次性告知单');
    expect(text).toContain('食品经营许可（新办）');
    // 6 materials every applicant brings, + the cold-food room plan, + the agent's authorisation and ID.
    expect(text).toContain('申请材料（共9项）');
    expect(text).toContain('冷食类、生食类食品专间');
    expect(text).toContain('授权委托书');
    expect(text).not.toContain('网络经营说明');
    expect(text).not.toContain('学校（托幼机构）食堂');
    expect(text).toContain('含冷食类、生食类');
    expect(text).toContain('冷食类、生食类应设专间');
    expect(text).toContain('《中华人民共和国食品安全法》');
  });

  it('without answers lists the materials every applicant brings', async () => {
    const text = pdfText((await getPdf(`/api/v1/items/${FOOD}/notice.pdf`)).body).replace(/\s+/g, '');
    expect(text).toContain('申请材料（共6项）');
  });

  it('refuses answers that are not JSON, or name an unknown option', async () => {
    const notJson = await getPdf(`/api/v1/items/${FOOD}/notice.pdf?answers=cold`);
    expect(notJson.status).toBe(400);
    expect(notJson.json().details[0]).toMatchObject({ field: 'answers', in: 'querystring' });
    const unknown = await getPdf(
      `/api/v1/items/${FOOD}/notice.pdf?answers=${encodeURIComponent('{"category":"frozen"}')}`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json().details[0]).toMatchObject({ field: 'answers.category', code: 'ANSWER_UNKNOWN' });
    expect((await getPdf(`/api/v1/items/${'Z'.repeat(33)}/notice.pdf`)).status).toBe(404);
  });

  it('answers 503 with a clear code when the Chinese font is missing', async () => {
    const noFont = await createTestApp({ PDF_FONT_PATH: '/nonexistent/font.ttc' });
    try {
      const res = await noFont.app.inject({ method: 'GET', url: `/api/v1/items/${FOOD}/notice.pdf` });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        details: [{ code: 'PDF_FONT_MISSING' }],
      });
    } finally {
      await noFont.close();
    }
  });
});

describe('the checklist and notice of a bundle (开餐馆一件事)', () => {
  it('asks each question once and lists a material several members need once', async () => {
    const guide = (await t.anon().get<BundleDetail>('/api/v1/bundles/YJS-KCG')).body;
    const answers = Object.fromEntries(guide.questions.map((q) => [q.key, q.options[0]?.key ?? '']));
    const res = await t.anon().post<{
      materials: { key: string; name: string; sharedKey: string | null; neededBy: string[] }[];
      unanswered: string[];
    }>('/api/v1/bundles/YJS-KCG/checklist', { answers });
    expect(res.status).toBe(200);
    expect(res.body.unanswered).toEqual([]);
    const shared = res.body.materials.filter((m) => m.sharedKey !== null);
    const keys = shared.map((m) => m.sharedKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shared.some((m) => m.neededBy.length >= 2)).toBe(true);
    // Every member contributes, and the food licence is one of them.
    expect(new Set(res.body.materials.flatMap((m) => m.neededBy))).toContain(FOOD);
    // Each line names the key it has in its first member, which is where an application sends it.
    const members = new Map(
      await Promise.all(
        guide.members.map(
          async (m) =>
            [
              m.implCode,
              (await t.anon().get<{ item: ItemInput }>(`/api/v1/items/${m.implCode}`)).body.item,
            ] as const,
        ),
      ),
    );
    for (const m of res.body.materials) {
      const own = members.get(m.neededBy[0] ?? '')?.materials.find((x) => x.key === m.key);
      expect(own?.name, `${m.name} under ${m.neededBy[0]}`).toBe(m.name);
    }

    const pdf = await getPdf(
      `/api/v1/bundles/YJS-KCG/notice.pdf?answers=${encodeURIComponent(JSON.stringify(answers))}`,
    );
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body).replace(/\s+/g, '');
    expect(text).toContain('开餐馆一件事');
    expect(text).toContain(`申请材料（共${res.body.materials.length}项）`);
  });

  it('refuses an answer to a question the bundle does not ask', async () => {
    const res = await t.anon().post('/api/v1/bundles/YJS-KCG/checklist', { answers: { nonsense: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'answers.nonsense', code: 'ANSWER_UNKNOWN' });
  });
});
