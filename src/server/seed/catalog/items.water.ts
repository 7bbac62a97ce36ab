import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, cond, form, idCard, mat, premises, propertyCert } from './materials';
import { BUSINESS25, FEE_REFORM, transferSituation, utilityPlaces } from './utility';

const item = itemsOf('water');
const PLACES = utilityPlaces('金华市水务集团客户服务中心营业厅（金东营业所）');
const SUPPLY = law(
  '《城市供水条例》',
  '第二十二条',
  '城市自来水供水企业和自建设施对外供水的企业应当保持不间断供水。由于工程施工、设备维修等原因确需停止供水的，应当经城市供水行政主管部门批准并提前24小时通知用水单位和个人。',
);

const residential = item({
  region: '3307',
  main: [1, '用水报装'],
  variant: 1,
  name: '居民用户用水报装（新装）',
  aliases: ['装水表', '接自来水'],
  keywords: ['装水表', '新装自来水', '自建房通水', '用水报装'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [BUSINESS25, FEE_REFORM, SUPPLY],
  days: [10, 3],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '供用水合同及用水户号', licenseType: null },
  faq: [
    qa(
      '装水表要交费吗？',
      '用户建筑区划红线外的接入工程费用和水表费用由供水企业承担，不向用户收取；红线内户内管道由用户自行委托施工。',
    ),
  ],
  materials: [
    form('用水报装申请表'),
    idCard(),
    propertyCert({ name: '用水房屋产权证明（或村委会出具的房屋证明）' }),
  ],
});

const business = item({
  region: '3307',
  main: [1, '用水报装'],
  variant: 2,
  name: '非居民用户用水报装（新装）',
  aliases: ['企业用水报装', '商铺装水表'],
  keywords: ['用水报装', '开餐馆', '开洗车店', '商铺用水', '工厂用水', '获得用水'],
  type: '20',
  serviceObjects: [2, 3, 6],
  themes: ['准营准入'],
  legalBasis: [BUSINESS25, FEE_REFORM, SUPPLY],
  days: [15, 5],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '供用水合同及用水户号', licenseType: null },
  faq: [
    qa(
      '有外线工程要自己去办挖路审批吗？',
      '不用。水务集团在报装时一并申请，由行政服务中心对挖掘城市道路、占用绿地等审批实行并联办理。',
    ),
    qa(
      '洗车店用水按什么价格收费？',
      '洗车、洗浴等属于特种行业用水，执行特种用水价格，报装时须如实申报用水性质。',
    ),
  ],
  materials: [
    form('用水报装申请表'),
    businessLicense(),
    premises({ name: '用水场所产权证明或租赁合同' }),
    cond('site_plan', '用水点位置示意图及用水量说明', '申请人', 'D', { form: 'original' }),
    cond('special_use', '特种行业用水情况说明（洗车、洗浴等）', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('external', '是否需要新建接入外线管道？', [
      ['no', '否，已有供水管网接口'],
      ['yes', '是，需要新建外线'],
    ]),
    question('usage', '用水性质', [
      ['general', '一般非居民用水（餐饮、商业、工业）'],
      ['special', '特种行业用水（洗车、洗浴等）'],
    ]),
  ],
  rules: [
    rule(
      'external',
      'yes',
      ['site_plan'],
      ['外线工程涉及的挖掘城市道路、占用绿地等审批并联办理，不计入用户办理时间'],
    ),
    rule('usage', 'special', ['special_use']),
  ],
});

const t = transferSituation();
const transfer = item({
  region: '3307',
  main: [2, '用水过户'],
  variant: 1,
  name: '用水过户（更名）',
  aliases: ['水表过户', '自来水过户'],
  keywords: ['水过户', '过户', '二手房', '买房', '水电气过户', '新房交付'],
  type: '20',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易', '新建住宅交付'],
  legalBasis: [BUSINESS25],
  days: [3, 0],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '变更后的供用水合同', licenseType: null },
  faq: [
    qa(
      '二手房过户后水电气要分别去办吗？',
      '不用。办理不动产转移登记时勾选“水电气网联动过户”，登记完成后信息自动推送水务、供电、燃气企业办理过户。',
    ),
  ],
  materials: [idCard({ name: '新户主居民身份证（或营业执照）' }), ...t.materials],
  questions: t.questions,
  rules: t.rules,
});

const cancel = item({
  region: '3307',
  main: [3, '用水销户'],
  variant: 1,
  name: '用水销户（拆表）',
  keywords: ['销户', '拆水表', '不用水了', '房屋拆迁'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [BUSINESS25],
  days: [5, 1],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '销户确认单', licenseType: null },
  materials: [
    idCard({ name: '户主居民身份证（或营业执照）' }),
    mat('bill', '结清水费的缴费记录', '水务集团', 'A', { note: '系统自动核对' }),
  ],
});

const meterMove = item({
  region: '3307',
  main: [4, '水表移位、改装'],
  variant: 1,
  name: '水表移位、改装',
  keywords: ['水表移位', '改水表', '装修改水管'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    BUSINESS25,
    law(
      '《城市供水条例》',
      '',
      '禁止擅自将自建设施供水管网系统与城市公共供水管网系统连接；因工程建设确需改装、拆除或者迁移城市公共供水设施的，建设单位应当报经县级以上人民政府城市规划行政主管部门和城市供水行政主管部门批准。',
    ),
  ],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  places: PLACES,
  result: { kind: 'other', name: '水表移位（改装）竣工确认单', licenseType: null },
  materials: [
    form('水表移位（改装）申请表'),
    idCard(),
    mat('site_photo', '现场照片及改装位置说明', '申请人', 'D', { form: 'electronic' }),
  ],
});

export const WATER_ITEMS: ItemInputRaw[] = [residential, business, transfer, cancel, meterMove];
