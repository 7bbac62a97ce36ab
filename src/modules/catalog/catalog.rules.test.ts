import { describe, expect, it } from 'vitest';
import { MARKET_BODY_CODE, parsedFoodLicence } from '../../../tests/fixtures/catalog';
import { buildChecklist, checkItem } from './catalog.rules';

const codes = (overrides: Parameters<typeof parsedFoodLicence>[0]) =>
  checkItem(parsedFoodLicence(overrides)).map((p) => [p.field, p.code]);

describe('catalog consistency rules', () => {
  it('accepts a consistent item', () => {
    expect(checkItem(parsedFoodLicence())).toEqual([]);
  });

  it('promised ≤ statutory', () => {
    expect(codes({ statutoryDays: 20, promisedDays: 21 })).toEqual([
      ['promisedDays', 'PROMISED_EXCEEDS_STATUTORY'],
    ]);
    expect(codes({ statutoryDays: 20, promisedDays: 20 })).toEqual([]);
  });

  it('即办件 ⇒ promised 0', () => {
    expect(codes({ caseType: 1, promisedDays: 1 })).toEqual([['promisedDays', 'INSTANT_NEEDS_ZERO_PROMISE']]);
    expect(codes({ caseType: 1, promisedDays: 0 })).toEqual([]);
  });

  it('online depth Ⅳ ⇒ 0 visits', () => {
    expect(codes({ onlineDepth: 'IV', visits: 1 })).toEqual([['visits', 'FULL_ONLINE_NEEDS_ZERO_VISITS']]);
    expect(codes({ onlineDepth: 'III', visits: 1 })).toEqual([]);
  });

  it('a 0-visit item must accept online or postal submission', () => {
    expect(codes({ onlineDepth: 'III', visits: 0, handlingForms: [1] })).toEqual([
      ['handlingForms', 'ZERO_VISITS_NEEDS_REMOTE_FORM'],
    ]);
    expect(codes({ onlineDepth: 'III', visits: 0, handlingForms: [1, 4] })).toEqual([]);
  });

  it('the implementation code is the body’s credit code + the basic code + a 3-digit serial', () => {
    expect(codes({ implCode: `${MARKET_BODY_CODE}010105001001001` })).toEqual([
      ['implCode', 'IMPL_CODE_STRUCTURE'],
    ]);
    expect(codes({ implCode: `${MARKET_BODY_CODE}01010500100000A` })).toEqual([
      ['implCode', 'IMPL_CODE_STRUCTURE'],
    ]);
  });

  it('the implementing body’s credit code must pass its check character', () => {
    const bad = `${MARKET_BODY_CODE.slice(0, 17)}${MARKET_BODY_CODE.endsWith('0') ? '1' : '0'}`;
    const problems = codes({
      implementingBody: { name: 'x', creditCode: bad, nature: 'statutory' },
      implCode: `${bad}010105001000001`,
    });
    expect(problems).toEqual([['implementingBody.creditCode', 'BODY_CREDIT_CODE']]);
  });

  it('situation rules must refer to questions, options and conditional materials that exist', () => {
    const item = parsedFoodLicence();
    item.situations.rules.push(
      { when: { question: 'size', option: 'big' }, addMaterials: [], addConditions: [] },
      { when: { question: 'category', option: 'frozen' }, addMaterials: [], addConditions: [] },
      {
        when: { question: 'category', option: 'hot' },
        addMaterials: ['fire_plan', 'application'],
        addConditions: [],
      },
    );
    expect(checkItem(item).map((p) => [p.field, p.code])).toEqual([
      ['situations.rules.2.when.question', 'RULE_UNKNOWN_QUESTION'],
      ['situations.rules.3.when.option', 'RULE_UNKNOWN_OPTION'],
      ['situations.rules.4.addMaterials.0', 'RULE_UNKNOWN_MATERIAL'],
      ['situations.rules.4.addMaterials.1', 'RULE_MATERIAL_NOT_CONDITIONAL'],
    ]);
  });

  it('a conditional material no rule adds is an error, and so are duplicate keys', () => {
    const item = parsedFoodLicence();
    item.situations.rules = item.situations.rules.filter((r) => r.when.question !== 'category');
    const first = item.materials[0];
    if (first) item.materials.push({ ...first });
    expect(checkItem(item).map((p) => [p.field, p.code])).toEqual([
      ['materials.5.key', 'MATERIAL_KEY_DUPLICATE'],
      ['materials.2.requirement', 'CONDITIONAL_MATERIAL_UNREACHABLE'],
    ]);
  });

  it('gives every problem in Chinese and English', () => {
    const [problem] = checkItem(parsedFoodLicence({ promisedDays: 30 }));
    expect(problem?.message).toEqual({
      zh: '承诺时限（30）不能超过法定时限（20）',
      en: 'The promised limit (30) exceeds the statutory limit (20)',
    });
  });
});

describe('situation answers → the exact checklist', () => {
  const names = (c: ReturnType<typeof buildChecklist>) =>
    'invalid' in c ? c : c.materials.map((m) => m.key);

  it('hot food, applying in person: only the always-required materials', () => {
    const result = buildChecklist(parsedFoodLicence(), { category: 'hot', applicant: 'self' });
    expect(names(result)).toEqual(['application', 'business_license']);
    expect(result).toMatchObject({
      conditions: ['有与经营的食品品种、数量相适应的经营场所'],
      unanswered: [],
    });
  });

  it('cold food through an agent: the plan, the power of attorney and the agent’s ID, in catalog order, plus the cold-room condition', () => {
    const result = buildChecklist(parsedFoodLicence(), { category: 'cold', applicant: 'agent' });
    expect(names(result)).toEqual([
      'application',
      'business_license',
      'cold_room_plan',
      'power_of_attorney',
      'agent_id',
    ]);
    expect(result).toMatchObject({
      conditions: ['有与经营的食品品种、数量相适应的经营场所', '设有冷食类食品加工专间'],
    });
  });

  it('reports the questions not yet answered', () => {
    const result = buildChecklist(parsedFoodLicence(), { category: 'cold' });
    expect(names(result)).toEqual(['application', 'business_license', 'cold_room_plan']);
    expect(result).toMatchObject({ unanswered: ['applicant'] });
  });

  it('refuses an unknown question or option', () => {
    expect(buildChecklist(parsedFoodLicence(), { size: 'big', category: 'frozen' })).toEqual({
      invalid: [
        { field: 'answers.size', message: { zh: '没有这个问题', en: 'No such question' } },
        { field: 'answers.category', message: { zh: '没有这个选项', en: 'No such option' } },
      ],
    });
  });
});
