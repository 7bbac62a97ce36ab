import type { ItemInput, Material } from '../../shared/catalog.contract';
import { validateCreditCode } from '../../shared/identity';
import type { Localized } from '../../server/http/lang';

/** A broken catalog rule, at the field an editor shows it on. */
export type Problem = { field: string; code: ProblemCode; message: Localized };

export type ProblemCode =
  | 'PROMISED_EXCEEDS_STATUTORY'
  | 'INSTANT_NEEDS_ZERO_PROMISE'
  | 'FULL_ONLINE_NEEDS_ZERO_VISITS'
  | 'ZERO_VISITS_NEEDS_REMOTE_FORM'
  | 'IMPL_CODE_STRUCTURE'
  | 'BODY_CREDIT_CODE'
  | 'MATERIAL_KEY_DUPLICATE'
  | 'QUESTION_KEY_DUPLICATE'
  | 'RULE_UNKNOWN_QUESTION'
  | 'RULE_UNKNOWN_OPTION'
  | 'RULE_UNKNOWN_MATERIAL'
  | 'RULE_MATERIAL_NOT_CONDITIONAL'
  | 'CONDITIONAL_MATERIAL_UNREACHABLE'
  | 'PROCESS_STEP_KEY_DUPLICATE'
  | 'PROCESS_STEPS_EXCEED_PROMISE';

const REMOTE_FORMS = new Set([2, 3, 4]);

/** Every consistency rule of the catalog; an empty list means the item may be saved. */
export function checkItem(item: ItemInput): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: ProblemCode, zh: string, en: string) =>
    problems.push({ field, code, message: { zh, en } });

  if (item.promisedDays > item.statutoryDays) {
    add(
      'promisedDays',
      'PROMISED_EXCEEDS_STATUTORY',
      `承诺时限（${item.promisedDays}）不能超过法定时限（${item.statutoryDays}）`,
      `The promised limit (${item.promisedDays}) exceeds the statutory limit (${item.statutoryDays})`,
    );
  }
  if (item.caseType === 1 && item.promisedDays !== 0) {
    add(
      'promisedDays',
      'INSTANT_NEEDS_ZERO_PROMISE',
      '即办件的承诺时限必须为 0 个工作日',
      'An instant item has a promised limit of 0 working days',
    );
  }
  if (item.onlineDepth === 'IV' && item.visits !== 0) {
    add(
      'visits',
      'FULL_ONLINE_NEEDS_ZERO_VISITS',
      '全程网办（Ⅳ级）事项的到现场次数必须为 0',
      'A fully online (level IV) item needs 0 visits',
    );
  }
  if (item.visits === 0 && !item.handlingForms.some((f) => REMOTE_FORMS.has(f))) {
    add(
      'handlingForms',
      'ZERO_VISITS_NEEDS_REMOTE_FORM',
      '零跑腿事项必须支持网上或快递办理',
      'A 0-visit item must accept online or postal submission',
    );
  }
  const bodyCode = validateCreditCode(item.implementingBody.creditCode);
  if (!bodyCode.ok) {
    add(
      'implementingBody.creditCode',
      'BODY_CREDIT_CODE',
      '实施机构统一社会信用代码不正确',
      "The implementing body's credit code is invalid",
    );
  }
  if (
    !item.implCode.startsWith(item.implementingBody.creditCode + item.baseCode) ||
    !/\d{3}$/.test(item.implCode)
  ) {
    add(
      'implCode',
      'IMPL_CODE_STRUCTURE',
      '实施编码应为：实施机构统一社会信用代码 + 基本编码 + 3 位业务办理项序号',
      'The implementation code must be the body’s credit code + the basic code + a 3-digit serial',
    );
  }

  const materials = new Map<string, Material>();
  item.materials.forEach((m, i) => {
    if (materials.has(m.key))
      add(
        `materials.${i}.key`,
        'MATERIAL_KEY_DUPLICATE',
        `材料标识“${m.key}”重复`,
        `Material key "${m.key}" is used twice`,
      );
    materials.set(m.key, m);
  });
  const questions = new Map<string, Set<string>>();
  item.situations.questions.forEach((q, i) => {
    if (questions.has(q.key))
      add(
        `situations.questions.${i}.key`,
        'QUESTION_KEY_DUPLICATE',
        `问题标识“${q.key}”重复`,
        `Question key "${q.key}" is used twice`,
      );
    questions.set(q.key, new Set(q.options.map((o) => o.key)));
  });
  const reachable = new Set<string>();
  item.situations.rules.forEach((rule, i) => {
    const options = questions.get(rule.when.question);
    if (!options) {
      add(
        `situations.rules.${i}.when.question`,
        'RULE_UNKNOWN_QUESTION',
        `规则引用了不存在的问题“${rule.when.question}”`,
        `The rule refers to an unknown question "${rule.when.question}"`,
      );
    } else if (!options.has(rule.when.option)) {
      add(
        `situations.rules.${i}.when.option`,
        'RULE_UNKNOWN_OPTION',
        `问题“${rule.when.question}”没有选项“${rule.when.option}”`,
        `Question "${rule.when.question}" has no option "${rule.when.option}"`,
      );
    }
    rule.addMaterials.forEach((key, j) => {
      const material = materials.get(key);
      if (!material) {
        add(
          `situations.rules.${i}.addMaterials.${j}`,
          'RULE_UNKNOWN_MATERIAL',
          `规则引用了不存在的材料“${key}”`,
          `The rule refers to an unknown material "${key}"`,
        );
      } else if (material.requirement !== 'conditional') {
        add(
          `situations.rules.${i}.addMaterials.${j}`,
          'RULE_MATERIAL_NOT_CONDITIONAL',
          `材料“${material.name}”是必交材料，规则无需添加`,
          `Material "${material.name}" is always required; a rule cannot add it`,
        );
      } else {
        reachable.add(key);
      }
    });
  });
  item.materials.forEach((m, i) => {
    if (m.requirement === 'conditional' && !reachable.has(m.key)) {
      add(
        `materials.${i}.requirement`,
        'CONDITIONAL_MATERIAL_UNREACHABLE',
        `条件材料“${m.name}”没有任何情形规则会添加它`,
        `No situation rule adds the conditional material "${m.name}"`,
      );
    }
  });
  if (item.process) {
    const stepKeys = new Set<string>();
    item.process.steps.forEach((step, i) => {
      if (stepKeys.has(step.key))
        add(
          `process.steps.${i}.key`,
          'PROCESS_STEP_KEY_DUPLICATE',
          `环节标识“${step.key}”重复`,
          `Step key "${step.key}" is used twice`,
        );
      stepKeys.add(step.key);
    });
    const total = item.process.steps.reduce((n, step) => n + step.limitDays, 0);
    if (total > item.promisedDays) {
      add(
        'process.steps',
        'PROCESS_STEPS_EXCEED_PROMISE',
        `各环节时限之和（${total}）不能超过承诺时限（${item.promisedDays}）`,
        `The steps' limits add up to ${total}, more than the promised limit (${item.promisedDays})`,
      );
    }
  }
  return problems;
}

export type Answers = Record<string, string>;

export type Checklist = {
  materials: Material[];
  conditions: string[];
  /** Questions the applicant has not answered yet: the list is complete only when this is empty. */
  unanswered: string[];
};

/** The exact materials and conditions for one applicant's answers (最小颗粒度). */
export function buildChecklist(
  item: Pick<ItemInput, 'materials' | 'situations' | 'acceptanceConditions'>,
  answers: Answers,
): Checklist | { invalid: { field: string; message: Localized }[] } {
  const invalid: { field: string; message: Localized }[] = [];
  const questions = new Map(item.situations.questions.map((q) => [q.key, q]));
  for (const [question, option] of Object.entries(answers)) {
    const q = questions.get(question);
    if (!q)
      invalid.push({ field: `answers.${question}`, message: { zh: '没有这个问题', en: 'No such question' } });
    else if (!q.options.some((o) => o.key === option))
      invalid.push({ field: `answers.${question}`, message: { zh: '没有这个选项', en: 'No such option' } });
  }
  if (invalid.length) return { invalid };

  const added = new Set<string>();
  const conditions = [...item.acceptanceConditions];
  for (const rule of item.situations.rules) {
    if (answers[rule.when.question] !== rule.when.option) continue;
    rule.addMaterials.forEach((k) => added.add(k));
    for (const c of rule.addConditions) if (!conditions.includes(c)) conditions.push(c);
  }
  return {
    materials: item.materials.filter((m) => m.requirement === 'always' || added.has(m.key)),
    conditions,
    unanswered: item.situations.questions.filter((q) => !(q.key in answers)).map((q) => q.key),
  };
}
