import type { ItemInputRaw, ItemType } from '../../../shared/catalog.contract';
import type { DepartmentKey, RegionCode, UnitKey } from './bodies';
import { DEPARTMENT_NUMBERS, findBody, makeImplCode } from './bodies';
import { agentAuth, agentId } from './materials';

export type MaterialRaw = ItemInputRaw['materials'][number];
type SituationsRaw = NonNullable<ItemInputRaw['situations']>;
export type QuestionRaw = SituationsRaw['questions'][number];
export type RuleRaw = SituationsRaw['rules'][number];
export type Channel = Pick<ItemInputRaw, 'onlineDepth' | 'visits' | 'handlingForms'>;

/** 全程网办: apply, get the result and never come (Ⅳ). */
export const FULL_ONLINE = (): Channel => ({ onlineDepth: 'IV', visits: 0, handlingForms: [1, 2, 3] });
/** 网上申请、邮寄送达: 0 visits but the original is checked on delivery (Ⅲ). */
export const ONLINE_POST = (): Channel => ({ onlineDepth: 'III', visits: 0, handlingForms: [1, 2, 3, 4] });
/** 网上预审、窗口核验一次 (Ⅲ). */
export const ONLINE_ONCE = (): Channel => ({ onlineDepth: 'III', visits: 1, handlingForms: [1, 2, 3] });
/** 网上可预约/下载表格、窗口办理一次 (Ⅱ). */
export const WINDOW_ONCE = (): Channel => ({ onlineDepth: 'II', visits: 1, handlingForms: [1, 2] });
/** 现场办理，须到场两次（如申请与领证、现场核查） (Ⅰ). */
export const WINDOW_TWICE = (): Channel => ({ onlineDepth: 'I', visits: 2, handlingForms: [1] });

export const law = (name: string, article: string, text: string) => ({ law: name, article, text });
export const qa = (q: string, a: string) => ({ q, a });
export const question = (key: string, text: string, options: [string, string][]): QuestionRaw => ({
  key,
  text,
  options: options.map(([k, label]) => ({ key: k, label })),
});
export const rule = (
  q: string,
  option: string,
  addMaterials: string[] = [],
  addConditions: string[] = [],
): RuleRaw => ({ when: { question: q, option }, addMaterials, addConditions });

export const CENTER_PLACES: Record<RegionCode, string> = {
  '3307': '金华市行政服务中心（婺城区双溪西路160号）综合受理窗口',
  '330702': '金华市婺城区行政服务中心（宾虹西路2666号）综合受理窗口',
  '330703': '金华市金东区行政服务中心（光南路666号）综合受理窗口',
};
export const ONLINE_PLACE = '浙江政务服务网、“浙里办”APP';

/** What a department file writes for one handling item; the rest is derived so codes stay consistent. */
export type ItemSpec = Omit<
  ItemInputRaw,
  | 'baseCode'
  | 'implCode'
  | 'implementingBody'
  | 'regionCode'
  | 'departmentKey'
  | 'level'
  | 'mainItem'
  | 'subItem'
  | 'statutoryDays'
  | 'promisedDays'
  | 'caseType'
  | 'visits'
  | 'onlineDepth'
  | 'handlingForms'
  | 'booking'
  | 'onlinePayment'
  | 'postalDelivery'
  | 'situations'
  | 'type'
  | 'fee'
  | 'crossRegion'
  | 'places'
> &
  Partial<
    Pick<
      ItemInputRaw,
      'level' | 'caseType' | 'booking' | 'onlinePayment' | 'postalDelivery' | 'fee' | 'crossRegion' | 'places'
    >
  > & {
    type: ItemType;
    /** 主项: number within the department and name. */
    main: [number, string];
    /** 子项, when the main item is split. */
    sub?: [number, string];
    /** 业务办理项序号 within the (sub)item: 1 新办, 2 变更 … */
    variant?: number;
    /** [法定时限, 承诺时限] in working days. */
    days: [number, number];
    channel: Channel;
    region?: RegionCode;
    unit?: UnitKey;
    questions?: QuestionRaw[];
    rules?: RuleRaw[];
    /** Adds the usual 委托代办 question, rule and the two conditional materials. */
    agent?: boolean;
  };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Returns a builder for one department's items, filling codes, body, level and defaults. */
export function itemsOf(departmentKey: DepartmentKey) {
  return (spec: ItemSpec): ItemInputRaw => {
    const {
      main,
      sub,
      variant = 1,
      days,
      channel,
      region = '330703',
      unit,
      questions = [],
      rules = [],
      agent = false,
      ...rest
    } = spec;
    const body = findBody(region, departmentKey, unit ?? null);
    const mainCode = `${spec.type}${DEPARTMENT_NUMBERS[departmentKey]}${pad(main[0], 4)}`;
    const baseCode = `${mainCode}${pad(sub?.[0] ?? 0, 2)}${pad(variant, 2)}`;
    const materials = [...spec.materials];
    const allQuestions = [...questions];
    const allRules = [...rules];
    if (agent) {
      materials.push(agentAuth(), agentId());
      allQuestions.push(
        question('applicant', '由谁到场或在网上提交申请？', [
          ['self', '申请人本人（或法定代表人）办理'],
          ['agent', '委托他人代为办理'],
        ]),
      );
      allRules.push(rule('applicant', 'agent', ['agent_auth', 'agent_id']));
    }
    const [statutoryDays, promisedDays] = days;
    const fee = spec.fee ?? { free: true };
    const online = channel.onlineDepth === 'III' || channel.onlineDepth === 'IV';
    return {
      ...rest,
      baseCode,
      implCode: makeImplCode(body.creditCode, baseCode, variant),
      implementingBody: body,
      regionCode: region,
      departmentKey,
      level: spec.level ?? (region.length === 4 ? 3 : 4),
      mainItem: { code: mainCode, name: main[1] },
      subItem: sub ? { code: `${mainCode}${pad(sub[0], 2)}`, name: sub[1] } : null,
      statutoryDays,
      promisedDays,
      caseType: spec.caseType ?? (promisedDays === 0 ? 1 : 2),
      ...channel,
      handlingForms: [...channel.handlingForms],
      fee,
      places: spec.places ?? (online ? [CENTER_PLACES[region], ONLINE_PLACE] : [CENTER_PLACES[region]]),
      booking: spec.booking ?? true,
      onlinePayment: spec.onlinePayment ?? !fee.free,
      postalDelivery: spec.postalDelivery ?? channel.handlingForms.includes(4),
      crossRegion: spec.crossRegion ?? 'none',
      materials,
      situations: { questions: allQuestions, rules: allRules },
    };
  };
}

/** A copy of an item implemented by the same department of another region (same basic code). */
export function inRegion(item: ItemInputRaw, region: RegionCode): ItemInputRaw {
  const body = findBody(region, item.departmentKey);
  const serial = Number(item.implCode.slice(30));
  return {
    ...item,
    implementingBody: body,
    implCode: makeImplCode(body.creditCode, item.baseCode, serial),
    regionCode: region,
    level: region.length === 4 ? 3 : 4,
    places: (item.places ?? []).map((p) => (p === CENTER_PLACES['330703'] ? CENTER_PLACES[region] : p)),
  };
}
