import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, cond, form, idCard, mat, premises, propertyCert } from './materials';
import { BUSINESS25, FEE_REFORM, transferSituation, utilityPlaces } from './utility';

const item = itemsOf('power');
const PLACES = [...utilityPlaces('国网金华供电公司金东供电营业厅'), '“网上国网”APP'];
const SUPPLY = law(
  '《电力供应与使用条例》',
  '',
  '用户申请新装或者增加用电时，应当向供电企业提供用电工程项目批准的文件及有关的用电资料。供电企业应当按照国家规定的程序和时限办理。',
);
const RULES = law(
  '《供电营业规则》（国家发展改革委令2024年第14号）',
  '',
  '供电企业应当在营业场所公告办理各项业务的程序、制度和收费标准，提供线上办电渠道，推行“一证办电”。',
);

const residential = item({
  region: '3307',
  main: [1, '低压用电新装'],
  variant: 1,
  name: '低压居民用电新装',
  aliases: ['装电表', '通电'],
  keywords: ['装电表', '新装电', '自建房通电', '用电报装'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [BUSINESS25, SUPPLY, RULES],
  days: [5, 3],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '供用电合同及用电户号', licenseType: null },
  faq: [qa('办电要交哪些费用？', '低压居民用户“零费用”接电，表计及红线外接入工程费用由供电企业承担。')],
  materials: [idCard(), propertyCert({ name: '用电地址房屋产权证明' })],
});

const smallBusiness = item({
  region: '3307',
  main: [1, '低压用电新装'],
  variant: 2,
  name: '低压非居民用电新装（160千瓦及以下）',
  aliases: ['商铺装电', '小微企业用电'],
  keywords: ['商铺用电', '开店用电', '用电报装', '获得电力', '开餐馆', '开洗车店'],
  type: '20',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [BUSINESS25, FEE_REFORM, SUPPLY, RULES],
  days: [15, 5],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '供用电合同及用电户号', licenseType: null },
  faq: [
    qa(
      '什么是“三零”服务？',
      '160千瓦及以下小微企业低压接入实行“零上门、零审批、零投资”，线上申请，供电企业上门装表接电。',
    ),
  ],
  materials: [
    businessLicense(),
    premises({ name: '用电地址产权证明或租赁合同' }),
    cond('load_list', '主要用电设备清单及容量', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('load', '用电容量', [
      ['small', '100千瓦及以下'],
      ['medium', '100至160千瓦'],
    ]),
  ],
  rules: [rule('load', 'medium', ['load_list'])],
});

const highVoltage = item({
  region: '3307',
  main: [2, '高压用电新装'],
  variant: 1,
  name: '高压用电新装（10千伏）',
  keywords: ['高压用电', '专变', '工厂用电', '获得电力'],
  type: '20',
  serviceObjects: [2, 3, 6],
  legalBasis: [BUSINESS25, FEE_REFORM, SUPPLY, RULES],
  days: [40, 22],
  channel: ONLINE_ONCE(),
  places: PLACES,
  result: { kind: 'other', name: '供电方案答复单及供用电合同', licenseType: null },
  materials: [
    form('高压用电申请表'),
    businessLicense(),
    premises({ name: '用电地址产权证明' }),
    mat('project_approval', '项目批准（核准、备案）文件', '发展改革部门', 'B'),
    mat('load_list', '用电设备清单及负荷性质说明', '申请人', 'D', { form: 'original' }),
  ],
});

const capacity = item({
  region: '3307',
  main: [3, '用电增容'],
  variant: 1,
  name: '用电增容',
  keywords: ['增容', '电不够用', '扩容'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [SUPPLY, RULES],
  days: [15, 5],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '变更后的供用电合同', licenseType: null },
  materials: [
    idCard({ name: '户主身份证明（或营业执照）' }),
    mat('load_list', '新增用电设备清单', '申请人', 'D', { form: 'original' }),
  ],
});

const t = transferSituation();
const transfer = item({
  region: '3307',
  main: [4, '更名过户'],
  variant: 1,
  name: '用电更名过户',
  aliases: ['电表过户'],
  keywords: ['电过户', '过户', '二手房', '买房', '水电气过户', '新房交付'],
  type: '20',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易', '新建住宅交付'],
  legalBasis: [RULES],
  days: [3, 0],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '变更后的供用电合同', licenseType: null },
  materials: [idCard({ name: '新户主居民身份证（或营业执照）' }), ...t.materials],
  questions: t.questions,
  rules: t.rules,
});

const cancel = item({
  region: '3307',
  main: [5, '销户'],
  variant: 1,
  name: '用电销户',
  keywords: ['销户', '拆电表', '不用电了'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [RULES],
  days: [5, 1],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '销户确认单', licenseType: null },
  materials: [idCard({ name: '户主身份证明（或营业执照）' })],
});

const charger = item({
  region: '3307',
  main: [6, '电动汽车充电桩用电报装'],
  variant: 1,
  name: '居民电动汽车充电桩用电报装',
  aliases: ['装充电桩'],
  keywords: ['充电桩', '新能源车', '电动车充电', '装充电桩'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [
    SUPPLY,
    RULES,
    law(
      '《国家发展改革委 国家能源局关于加快推进充电基础设施建设更好支持新能源汽车下乡和乡村振兴的实施意见》',
      '',
      '供电企业为居民充电设施报装提供“一站式”服务，简化报装手续。',
    ),
  ],
  days: [10, 5],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '充电桩供用电合同', licenseType: null },
  faq: [
    qa(
      '物业不同意装充电桩怎么办？',
      '物业服务企业应当配合业主安装充电设施；无正当理由拒绝的，可向所在街道或住建部门反映。',
    ),
  ],
  materials: [
    idCard(),
    mat('property_mgmt', '物业服务企业出具的同意安装证明（或无物业的社区证明）', '物业服务企业', 'C'),
    cond('parking_own', '车位产权证明', '不动产登记机构', 'B', { licenseType: '不动产权证书' }),
    cond('parking_lease', '车位租赁合同（租期1年以上）', '出租方', 'C'),
  ],
  questions: [
    question('parking', '车位权属', [
      ['own', '自有产权车位'],
      ['lease', '长期租赁车位'],
    ]),
  ],
  rules: [rule('parking', 'own', ['parking_own']), rule('parking', 'lease', ['parking_lease'])],
});

export const POWER_ITEMS: ItemInputRaw[] = [
  residential,
  smallBusiness,
  highVoltage,
  capacity,
  transfer,
  cancel,
  charger,
];
