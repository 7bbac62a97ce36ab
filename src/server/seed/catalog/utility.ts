import type { QuestionRaw, RuleRaw } from './build';
import { law, question, rule } from './build';
import type { MaterialRaw } from './build';
import { cond, newHomeContract } from './materials';

/** Shared pieces of the water, power and gas items (公用企业, city level). */
export const BUSINESS25 = law(
  '《优化营商环境条例》',
  '第二十五条',
  '供水、供电、供气、供热等公用企事业单位应当向社会公开服务标准、资费标准等信息，为市场主体提供安全、便捷、稳定和价格合理的服务，不得强迫市场主体接受不合理的服务条件，不得以任何名义收取不合理费用。各地区应当优化报装流程，在国家规定的报装办理时限内确定并公开具体办理时间。',
);
export const FEE_REFORM = law(
  '《国务院办公厅转发国家发展改革委等部门关于清理规范城镇供水供电供气供暖行业收费促进行业高质量发展意见的通知》（国办函〔2020〕129号）',
  '',
  '用户建筑区划红线外发生的接入工程建设费用由供水供电供气企业承担，不得向用户收取；取消水表、电表、燃气表等计量装置及其安装费用。',
);

export const utilityPlaces = (hall: string) => [
  '金华市行政服务中心（婺城区双溪西路160号）水电气网联合报装窗口',
  hall,
  '浙江政务服务网、“浙里办”APP',
];

/** 过户 (change of account holder): what the new holder brings depends on why the holder changed. */
export function transferSituation(): {
  questions: QuestionRaw[];
  rules: RuleRaw[];
  materials: MaterialRaw[];
} {
  return {
    questions: [
      question('reason', '过户原因', [
        ['resale', '二手房买卖'],
        ['new_home', '新建商品房交付（开发商过户给业主）'],
        ['inherit', '继承'],
        ['rent', '租户变更户名'],
      ]),
    ],
    rules: [
      rule('reason', 'resale', ['new_property'], ['与不动产转移登记联动办理的，无需另行申请']),
      rule('reason', 'new_home', ['purchase_contract']),
      rule('reason', 'inherit', ['new_property']),
      rule('reason', 'rent', ['lease', 'owner_consent']),
    ],
    materials: [
      cond('new_property', '新产权人不动产权证书（或不动产登记受理凭证）', '不动产登记机构', 'B', {
        licenseType: '不动产权证书',
        sharedKey: 'property_cert',
      }),
      newHomeContract({ key: 'purchase_contract', requirement: 'conditional' }),
      cond('lease', '房屋租赁合同', '出租方', 'C', { sharedKey: 'lease_contract' }),
      cond('owner_consent', '产权人同意过户的书面意见', '产权人', 'D', {
        form: 'original',
        sharedKey: 'utility_owner_consent',
      }),
    ],
  };
}
