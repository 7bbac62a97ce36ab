import type { BundleInputRaw } from '../../../shared/catalog.contract';
import type { RegionCode } from './bodies';
import { ALL_ITEMS } from './items';

/** The implementation code of the item with this exact name in this region; throws if there is none. */
function code(name: string, region: RegionCode = '330703'): string {
  const matches = ALL_ITEMS.filter((i) => i.name === name && i.regionCode === region);
  if (matches.length !== 1)
    throw new Error(`bundle member "${name}" in ${region}: ${matches.length} matches`);
  return matches[0]!.implCode;
}
const city = (name: string) => code(name, '3307');

const SOLE_TRADER = '个体工商户设立登记';
const COMPANY = '有限责任公司设立登记';
const SIGNBOARD = '户外招牌设置备案（店招店牌）';
const FIRE_COMMIT = '公众聚集场所投入使用、营业前消防安全检查（告知承诺）';
const SEWER = '城镇污水排入排水管网许可证核发';
const FOOD = '食品经营许可（新办）';
const WATER_TRANSFER = '用水过户（更名）';
const POWER_TRANSFER = '用电更名过户';
const GAS_TRANSFER = '管道燃气过户（更名）';

export const DEMO_BUNDLE_LIST: BundleInputRaw[] = [
  {
    code: 'YJS-QYKB',
    name: '企业开办一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '企业开办',
    description:
      '申请人通过企业开办全程网办平台一次填报，同步完成营业执照、公章刻制、税务信息确认和数电发票开通、单位社保和医保参保登记，首套公章免费刻制，营业执照和印章免费寄递。',
    leadDepartmentKey: 'market',
    memberImplCodes: [
      code(COMPANY),
      code('公章刻制备案'),
      code('新办纳税人“套餐式”服务（信息确认、实名采集、发票开通）'),
      code('单位社会保险参保登记'),
      code('单位职工基本医疗保险参保登记'),
    ],
    promisedDays: 0,
    keywords: ['开公司', '注册公司', '企业开办', '办营业执照', '新办企业', '创业'],
  },
  {
    code: 'YJS-QYZX',
    name: '企业注销一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '企业注销',
    description:
      '通过企业注销“一网服务”平台一次申请，税务清税、社保和医保注销与市场主体注销登记同步办理，符合条件的适用简易注销，信息共享，不再要求提交清税证明等纸质材料。',
    leadDepartmentKey: 'market',
    memberImplCodes: [
      code('公司注销登记（一般程序）'),
      code('企业简易注销登记'),
      code('清税证明开具（即办）'),
      code('清税证明开具（一般流程）'),
      code('单位社会保险注销登记'),
      code('单位职工基本医疗保险注销登记'),
    ],
    promisedDays: 5,
    keywords: ['注销公司', '关公司', '企业注销', '公司不开了', '清税', '简易注销'],
  },
  {
    code: 'YJS-KCG',
    name: '开餐馆一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办餐饮店',
    description:
      '开办餐馆、小吃店、饮品店的，一张表单同时申请营业执照、食品经营许可、户外招牌设置、公众聚集场所消防安全检查、污水排入排水管网许可和固定污染源排污登记，一次提交、并联审批、统一出件。',
    leadDepartmentKey: 'market',
    memberImplCodes: [
      code(SOLE_TRADER),
      code(FOOD),
      code(SIGNBOARD),
      code(FIRE_COMMIT),
      code(SEWER),
      code('固定污染源排污登记'),
    ],
    promisedDays: 3,
    keywords: ['餐馆', '饭店', '餐饮', '开饭店', '开餐馆', '开小吃店', '开面馆', '开奶茶店', '食品经营许可'],
  },
  {
    code: 'YJS-KYD',
    name: '开药店一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办药店',
    description:
      '开办药品零售企业的，一次申请营业执照、药品经营许可证、第二类医疗器械经营备案、预包装食品（保健食品）销售备案和户外招牌设置，现场核查一次完成。',
    leadDepartmentKey: 'market',
    memberImplCodes: [
      code(COMPANY),
      code('药品零售企业经营许可（新办）'),
      city('第二类医疗器械经营备案'),
      code('仅销售预包装食品备案'),
      code(SIGNBOARD),
    ],
    promisedDays: 10,
    keywords: ['药店', '药房', '开药店', '开药房', '大药房', '药品经营许可证'],
  },
  {
    code: 'YJS-KMS',
    name: '开民宿一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办民宿',
    description:
      '利用自有或租赁的农房、住宅开办民宿的，一次申请营业执照、特种行业许可证、公共场所卫生许可证、食品经营许可证和消防安全检查，并完成民宿开办备案，公安、卫健、市场监管、消防联合现场踏勘一次。',
    leadDepartmentKey: 'culture_tourism',
    memberImplCodes: [
      code(SOLE_TRADER),
      code('旅馆业特种行业许可证核发'),
      code('公共场所卫生许可（新办）'),
      code(FOOD),
      code(FIRE_COMMIT),
      code('民宿开办备案'),
    ],
    promisedDays: 5,
    keywords: ['民宿', '开民宿', '农家乐', '客栈', '乡村旅游', '特种行业许可证'],
  },
  {
    code: 'YJS-CS',
    name: '出生一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '出生',
    description:
      '新生儿出生后，父母通过“浙里办”一次申请出生医学证明、预防接种证、户口登记、城乡居民医保参保、社会保障卡申领和生育津贴，户口页和社保卡免费寄递到家。',
    leadDepartmentKey: 'health',
    memberImplCodes: [
      code('出生医学证明首次签发'),
      code('儿童预防接种证办理'),
      code('出生登记（新生儿落户）'),
      code('新生儿城乡居民医保参保登记'),
      code('社会保障卡申领'),
      code('生育津贴申领'),
    ],
    promisedDays: 5,
    keywords: ['生孩子', '新生儿', '宝宝出生', '报户口', '出生证', '宝宝落户', '生娃', '新生儿医保'],
  },
  {
    code: 'YJS-RX',
    name: '入学一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '入学',
    description:
      '适龄儿童小学入学报名时，户籍、不动产、居住证、社保参保和租赁备案信息由报名系统自动核验，家长无需到各部门开具证明；新居民子女同步办理居住证和积分核定。',
    leadDepartmentKey: 'education',
    memberImplCodes: [
      code('小学一年级新生入学报名'),
      code('不动产登记资料查询（权利人查询）'),
      code('浙江省居住证申领'),
      code('个人社会保险参保证明查询打印'),
      code('住房租赁合同登记备案'),
    ],
    promisedDays: 10,
    keywords: ['入学', '上小学', '孩子上学', '小学报名', '新居民子女入学', '积分入学', '学区'],
  },
  {
    code: 'YJS-JY',
    name: '就业一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '就业',
    description:
      '劳动者在金东区就业的，一次办理就业登记、人才或就业落户、医保关系转移接续和社会保障卡申领，就业创业证同步生成电子证照。',
    leadDepartmentKey: 'hrss',
    memberImplCodes: [
      code('就业登记'),
      code('就业创业证申领'),
      code('户口迁入（人才引进、就业落户）'),
      code('基本医疗保险关系转移接续（跨省）'),
      code('社会保障卡申领'),
    ],
    promisedDays: 10,
    keywords: ['就业', '找到工作', '入职', '毕业生就业', '人才落户', '社保转移', '医保转移'],
  },
  {
    code: 'YJS-HY',
    name: '婚育一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '结婚生育',
    description:
      '新人领取结婚证时，可同步申请户口簿婚姻状况变更、夫妻投靠户口迁移和生育登记，婚姻登记信息自动共享，无需再次提交结婚证。',
    leadDepartmentKey: 'civil_affairs',
    memberImplCodes: [
      code('内地居民结婚登记'),
      code('户口登记项目变更更正（婚姻状况、文化程度、姓名等）'),
      code('户口迁入（夫妻、父母、子女投靠）'),
      code('生育登记'),
    ],
    promisedDays: 5,
    keywords: ['结婚', '领证', '结婚证', '婚后迁户口', '生育登记', '准生证', '夫妻投靠'],
  },
  {
    code: 'YJS-TX',
    name: '退休一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '退休',
    description:
      '职工达到退休年龄时，一次申请基本养老金待遇核定、医保退休待遇核定和老年人优待证，随子女异地养老的可同步办理异地就医备案。',
    leadDepartmentKey: 'hrss',
    memberImplCodes: [
      code('职工基本养老保险退休待遇申领'),
      code('职工医保退休人员待遇核定'),
      code('老年人优待证办理'),
      code('基本医疗保险参保人员异地就医备案'),
    ],
    promisedDays: 5,
    keywords: ['退休', '办退休', '领养老金', '退休手续', '退休工资', '老年证'],
  },
  {
    code: 'YJS-SH',
    name: '身后一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '身后',
    description:
      '亲人离世后，家属一次申请死亡证明、户口注销、殡葬费用减免、养老保险丧葬补助金和抚恤金、医保个人账户继承和驾驶证注销，死亡信息部门共享，不再重复提交死亡证明。',
    leadDepartmentKey: 'civil_affairs',
    memberImplCodes: [
      code('居民死亡医学证明（推断）书签发'),
      code('死亡人员户口注销'),
      code('基本殡葬服务费用减免（惠民殡葬补贴）'),
      code('职工基本养老保险丧葬补助金、抚恤金申领'),
      code('城乡居民基本养老保险丧葬补助金申领及个人账户余额继承'),
      code('参保人员死亡后医保个人账户余额继承'),
      code('机动车驾驶证注销（死亡）'),
    ],
    promisedDays: 5,
    keywords: ['身后事', '人去世了', '老人过世', '死亡', '丧葬费', '抚恤金', '销户', '殡葬'],
  },
  {
    code: 'YJS-TYJR',
    name: '退役军人一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '退役',
    description:
      '退役士兵返乡后，一次办理户口登记、养老保险和医疗保险关系转移接续、就业登记和社会保障卡申领，相关部门凭退役军人事务部门的安置信息联动办理。',
    leadDepartmentKey: 'hrss',
    memberImplCodes: [
      code('户口迁入（退役士兵落户）'),
      code('军人退役基本养老保险关系转移接续'),
      code('军人退役医疗保险关系转移接续'),
      code('就业登记'),
      code('社会保障卡申领'),
    ],
    promisedDays: 5,
    keywords: ['退役', '退伍', '退役军人', '退伍落户', '军龄', '退伍社保'],
  },
  {
    code: 'YJS-ESF',
    name: '二手房交易一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '二手房交易',
    description:
      '买卖二手房的，网签备案、税费申报缴纳、不动产转移登记和水电气联动过户在不动产登记综合窗口一窗受理、一次办结，卖方有抵押的可同步注销抵押。',
    leadDepartmentKey: 'natural_resources',
    memberImplCodes: [
      code('存量房买卖合同网签备案'),
      code('存量房交易税费申报（契税、增值税、个人所得税等）'),
      code('国有建设用地使用权及房屋所有权转移登记（存量房买卖）'),
      code('抵押权注销登记'),
      city(WATER_TRANSFER),
      city(POWER_TRANSFER),
      city(GAS_TRANSFER),
    ],
    promisedDays: 1,
    keywords: ['二手房', '买二手房', '卖房', '过户', '房产过户', '二手房过户', '水电气过户'],
  },
  {
    code: 'YJS-XJZZ',
    name: '新建住宅交付一件事',
    regionCode: '330703',
    lifeCycle: 'personal',
    lifeEvent: '新房交付',
    description:
      '新建商品住宅“交房即交证”：购房人在交房时一次完成合同备案信息确认、维修资金交存、契税申报、不动产转移登记和水电气过户，收钥匙即领不动产权证书。',
    leadDepartmentKey: 'natural_resources',
    memberImplCodes: [
      code('新建商品房买卖合同网签备案'),
      code('住宅专项维修资金交存'),
      code('新建商品房契税申报'),
      code('国有建设用地使用权及房屋所有权转移登记（新建商品房）'),
      city(WATER_TRANSFER),
      city(POWER_TRANSFER),
      city(GAS_TRANSFER),
    ],
    promisedDays: 1,
    keywords: ['交房即交证', '新房交付', '收房', '新房办证', '新房房产证', '买新房'],
  },
  {
    code: 'YJS-XCD',
    name: '开办洗车店一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办洗车店',
    description:
      '开办洗车店、汽车美容店的，一次申请营业执照、污水排入排水管网许可、户外招牌设置、固定污染源排污登记和非居民用水报装，排水设施与用水报装现场一次踏勘。',
    leadDepartmentKey: 'market',
    memberImplCodes: [
      code(SOLE_TRADER),
      code(SEWER),
      code(SIGNBOARD),
      code('固定污染源排污登记'),
      city('非居民用户用水报装（新装）'),
    ],
    promisedDays: 5,
    keywords: ['洗车店', '开洗车店', '汽车美容', '洗车行', '开洗车行'],
  },
  {
    code: 'YJS-LFD',
    name: '开办理发店一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办理发店',
    description:
      '开办理发店、美容店的，一次申请营业执照、公共场所卫生许可证和户外招牌设置，卫生许可可选择告知承诺当场发证。',
    leadDepartmentKey: 'market',
    memberImplCodes: [code(SOLE_TRADER), code('公共场所卫生许可（新办）'), code(SIGNBOARD)],
    promisedDays: 3,
    keywords: ['理发店', '开理发店', '美发店', '美容院', '开美容店', '发廊'],
  },
  {
    code: 'YJS-BLD',
    name: '开办便利店一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办便利店',
    description: '开办便利店、小超市的，一次申请营业执照、仅销售预包装食品备案和户外招牌设置，当场办结。',
    leadDepartmentKey: 'market',
    memberImplCodes: [code(SOLE_TRADER), code('仅销售预包装食品备案'), code(SIGNBOARD)],
    promisedDays: 0,
    keywords: ['便利店', '开便利店', '小超市', '小卖部', '开超市', '食杂店'],
  },
  {
    code: 'YJS-KZS',
    name: '开办诊所一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办诊所',
    description:
      '开办诊所的，一次申请营业执照、诊所备案、污水排入排水管网许可和户外招牌设置，诊所备案当场发放备案凭证。',
    leadDepartmentKey: 'health',
    memberImplCodes: [code(SOLE_TRADER), code('诊所备案'), code(SEWER), code(SIGNBOARD)],
    promisedDays: 3,
    keywords: ['开诊所', '诊所', '口腔诊所', '中医诊所', '私人诊所'],
  },
  {
    code: 'YJS-KTV',
    name: '开办娱乐场所一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办娱乐场所',
    description:
      '开办KTV、歌舞厅、电玩城的，一次申请营业执照、娱乐经营许可、公众聚集场所消防安全检查和户外招牌设置，文旅、消防联合踏勘。',
    leadDepartmentKey: 'culture_tourism',
    memberImplCodes: [code(COMPANY), code('娱乐场所经营许可（新办）'), code(FIRE_COMMIT), code(SIGNBOARD)],
    promisedDays: 5,
    keywords: ['开KTV', 'KTV', '歌舞厅', '电玩城', '游戏厅', '娱乐场所'],
  },
];
