import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { parsedFoodLicence } from '../../../tests/fixtures/catalog';
import {
  actOk,
  at,
  detail,
  HOT_SELF,
  promisedItem,
  publish,
  signInAll,
  submitOnline,
  uploadedMaterials,
} from '../../../tests/fixtures/cases';
import { checkItem } from '../catalog/catalog.rules';
import { defaultProcess } from './cases.process';

const step = (key: string, limitDays: number) => ({ key, name: key, role: 'reviewer' as const, limitDays });

describe('process definitions in the catalog', () => {
  it('step keys are unique and the steps fit in the promised limit', () => {
    const problems = (process: ReturnType<typeof defaultProcess>) =>
      checkItem(parsedFoodLicence({ promisedDays: 5, process })).map((p) => [p.field, p.code]);
    expect(problems({ steps: [step('a', 3), step('b', 2)], specialProcedures: [] })).toEqual([]);
    expect(problems({ steps: [step('a', 3), step('a', 2)], specialProcedures: [] })).toEqual([
      ['process.steps.1.key', 'PROCESS_STEP_KEY_DUPLICATE'],
    ]);
    expect(problems({ steps: [step('a', 3), step('b', 3)], specialProcedures: [] })).toEqual([
      ['process.steps', 'PROCESS_STEPS_EXCEED_PROMISE'],
    ]);
  });

  it('the default: 审查 → 决定 sharing the promised limit; an instant item decides in one step', () => {
    expect(
      defaultProcess({ caseType: 2, promisedDays: 5 }).steps.map((s) => [s.key, s.name, s.limitDays]),
    ).toEqual([
      ['review', '审查', 3],
      ['decide', '决定', 2],
    ]);
    expect(defaultProcess({ caseType: 1, promisedDays: 0 }).steps.map((s) => [s.key, s.limitDays])).toEqual([
      ['decide', 0],
    ]);
  });
});

let t: TestApp;
let admin: Client;
let citizen: Client;
let reviewer: Client;

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, reviewer] = await signInAll(t, 'admin', 'citizen', 'reviewer');
});
afterAll(() => t.close());

describe('a case keeps the item version it was applied under', () => {
  it('an item edited and republished changes new cases only', async () => {
    const item = promisedItem('701');
    const implCode = await publish(admin, item);
    at(t, '2025-09-22');
    const before = await submitOnline(t, citizen, implCode);

    const list = await admin.get<{ items: { id: string; implCode: string }[] }>(
      '/api/v1/catalog/items?pageSize=100',
    );
    const itemId = list.body.items.find((i) => i.implCode === implCode)?.id ?? '';
    const v2 = {
      ...item,
      materials: [
        ...(item.materials ?? []),
        {
          key: 'health_cert',
          name: '从业人员健康证明',
          requirement: 'always',
          form: 'copy',
          count: 1,
          issuer: '卫生健康部门',
          trustLevel: 'B',
        },
      ],
      process: { steps: [step('check', 4), step('sign', 6)], specialProcedures: ['expert'] },
    };
    expect((await admin.request('PUT', `/api/v1/catalog/items/${itemId}/draft`, { body: v2 })).status).toBe(
      200,
    );
    expect((await admin.post(`/api/v1/catalog/items/${itemId}/publish`)).status).toBe(200);

    const old = await detail(reviewer, before.id);
    expect(old).toMatchObject({ itemVersion: 1 });
    expect(old.materials.map((m) => m.key)).toEqual(['application', 'business_license']);
    expect(old.steps.map((s) => s.key)).toEqual(['review', 'decide']);
    const accepted = await actOk(reviewer, before.id, { action: 'accept', version: before.version });
    expect(accepted.currentStep?.key).toBe('review');

    const incomplete = await citizen.post('/api/v1/cases', {
      implCode,
      answers: HOT_SELF,
      materials: await uploadedMaterials(t, citizen),
      submit: true,
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.details?.map((d) => d.key)).toEqual(['health_cert']);
    const draft = await citizen.post<CaseSummary>('/api/v1/cases', { implCode, answers: HOT_SELF });
    const fresh = await detail(citizen, draft.body.id);
    expect(fresh).toMatchObject({ itemVersion: 2 });
    expect(fresh.materials.map((m) => m.key)).toEqual(['application', 'business_license', 'health_cert']);
    expect(fresh.steps.map((s) => [s.key, s.limitDays])).toEqual([
      ['check', 4],
      ['sign', 6],
    ]);
    expect(fresh.specialProcedures).toEqual(['expert']);
  });

  it('the catalog refuses an inconsistent process at its field', async () => {
    const res = await admin.post('/api/v1/catalog/items', {
      ...promisedItem('702'),
      process: { steps: [step('check', 8), step('sign', 6)], specialProcedures: [] },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'process.steps', code: 'PROCESS_STEPS_EXCEED_PROMISE' }),
    ]);
  });
});
