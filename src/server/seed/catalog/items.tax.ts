import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, WINDOW_ONCE, itemsOf, law, qa, question, rule } from './build';
import {
  businessLicense,
  commitment,
  cond,
  form,
  idCard,
  legalRepId,
  mat,
  newHomeContract,
  premises,
  propertyCert,
  resaleContract,
} from './materials';

const item = itemsOf('tax');

const TAX15 = law(
  '《中华人民共和国税收征收管理法》',
  '第十五条',
  '企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位，自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。税务机关应当于收到申报的当日办理登记并发给税务登记证件。',
);
const TAX16 = law(
  '《中华人民共和国税收征收管理法》',
  '第十六条',
  '从事生产、经营的纳税人，税务登记内容发生变化的，自工商行政管理机关办理变更登记之日起三十日内或者在向工商行政管理机关申请办理注销登记之前，持有关证件向税务机关申报办理变更或者注销税务登记。',
);
const INVOICE = law(
  '《中华人民共和国发票管理办法》',
  '',
  '需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。',
);
const DEED10 = law(
  '《中华人民共和国契税法》',
  '第十条',
  '纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。',
);
const DEED_POLICY = law(
  '《财政部 税务总局 住房城乡建设部关于促进房地产市场平稳健康发展有关税收政策的公告》（2024年第16号）',
  '',
  '对个人购买家庭唯一住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按1.5%的税率征收契税。对个人购买家庭第二套住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按2%的税率征收契税。',
);

const newTaxpayer = item({
  main: [1, '新办纳税人涉税事项'],
  variant: 1,
  name: '新办纳税人“套餐式”服务（信息确认、实名采集、发票开通）',
  aliases: ['税务报到', '税务登记', '新办企业税务'],
  keywords: ['税务报到', '税务登记', '企业开办', '开发票', '领发票', '数电发票'],
  type: '10',
  serviceObjects: [1, 2, 6],
  themes: ['企业开办'],
  legalBasis: [TAX15, INVOICE],
  days: [1, 0],
  channel: FULL_ONLINE(),
  places: ['国家税务总局金华市金东区税务局办税服务厅（金东区行政服务中心二楼）', '电子税务局、“浙里办”APP'],
  result: { kind: 'certificate', name: '税务信息确认结果及数电发票开票额度', licenseType: null },
  faq: [
    qa(
      '新开的公司还要去税务局报到吗？',
      '不用。领取营业执照后，市场监管部门登记信息自动推送税务部门，通过企业开办“一件事”或电子税务局确认信息即可，不再单独办理税务登记证。',
    ),
    qa(
      '第一次开发票怎么办？',
      '新办纳税人确认信息时同步开通数字化电子发票（数电发票），系统按初始额度赋额，无需领用税控设备。',
    ),
  ],
  materials: [
    businessLicense(),
    legalRepId(),
    mat('finance_person', '财务负责人、办税人员身份信息', '申请人', 'D', {
      form: 'electronic',
      note: '在线实名认证',
    }),
  ],
});

const invoiceQuota = item({
  main: [2, '发票领用与开票额度调整'],
  variant: 1,
  name: '数电发票开具金额总额度调整',
  aliases: ['发票增量', '提额'],
  keywords: ['发票额度', '发票不够用', '提额', '开发票'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [INVOICE],
  days: [5, 1],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '开票额度调整结果', licenseType: null },
  materials: [
    form('纳税人开具金额总额度调整申请表'),
    mat('business_proof', '经营情况说明及合同等佐证材料', '申请人', 'C'),
  ],
});

const generalTaxpayer = item({
  main: [3, '增值税一般纳税人登记'],
  variant: 1,
  name: '增值税一般纳税人登记',
  keywords: ['一般纳税人', '专票', '增值税专用发票'],
  type: '07',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《增值税一般纳税人登记管理办法》（国家税务总局令第43号）',
      '',
      '年应税销售额超过规定标准的纳税人，应当向主管税务机关办理一般纳税人登记；未超过标准的纳税人，会计核算健全，能够提供准确税务资料的，可以办理一般纳税人登记。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '增值税一般纳税人登记表（确认回执）', licenseType: null },
  materials: [form('增值税一般纳税人登记表')],
});

const agencyInvoice = item({
  main: [4, '代开增值税发票'],
  variant: 1,
  name: '代开增值税发票（自然人及临时经营）',
  aliases: ['代开发票', '税务局开发票'],
  keywords: ['代开发票', '个人开发票', '房租发票', '劳务发票'],
  type: '20',
  serviceObjects: [1, 6],
  legalBasis: [
    law(
      '《中华人民共和国发票管理办法》',
      '',
      '临时到本省、自治区、直辖市以外从事经营活动的单位和个人，以及依法不需要办理税务登记的单位和个人，需要临时使用发票的，可以凭购销商品、提供或者接受服务以及从事其他经营活动的书面证明、经办人身份证件，直接向经营地税务机关申请代开发票。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  onlinePayment: true,
  result: { kind: 'certificate', name: '增值税发票（电子）', licenseType: null },
  materials: [
    idCard(),
    mat('deal_proof', '购销商品、提供或接受服务的书面证明（合同或协议）', '交易双方', 'C'),
    cond('lease', '房屋租赁合同', '出租人、承租人', 'C', { sharedKey: 'lease_contract' }),
    cond('property', '出租房屋的不动产权证书', '不动产登记机构', 'B', {
      licenseType: '不动产权证书',
      sharedKey: 'property_cert',
    }),
  ],
  questions: [
    question('kind', '代开业务类型', [
      ['service', '销售货物、提供劳务或服务'],
      ['rent', '出租不动产'],
    ]),
  ],
  rules: [rule('kind', 'rent', ['lease', 'property'])],
});

const clearanceQuick = item({
  main: [5, '税务注销'],
  variant: 1,
  name: '清税证明开具（即办）',
  aliases: ['税务注销', '清税'],
  keywords: ['清税证明', '税务注销', '企业注销', '注销公司'],
  type: '07',
  serviceObjects: [1, 2, 6],
  themes: ['企业注销'],
  legalBasis: [
    TAX16,
    law(
      '《国家税务总局关于进一步优化办理企业税务注销程序的通知》（税总发〔2018〕149号）',
      '',
      '未办理过涉税事宜的纳税人，以及办理过涉税事宜但未领用发票、无欠税（滞纳金）及罚款的纳税人，主动到税务机关办理清税的，税务机关可根据纳税人提供的营业执照即时出具清税文书。',
    ),
  ],
  acceptanceConditions: ['未办理过涉税事宜，或未领用发票、无欠税（滞纳金）及罚款'],
  days: [20, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '清税证明', licenseType: '清税证明' },
  faq: [
    qa(
      '清税证明要交给市场监管局吗？',
      '不用。清税信息通过部门共享推送给市场监管部门，申请注销登记时无需提交纸质清税证明。',
    ),
  ],
  materials: [form('清税申报表（即办）'), businessLicense()],
});

const clearanceNormal = item({
  main: [5, '税务注销'],
  variant: 2,
  name: '清税证明开具（一般流程）',
  keywords: ['清税证明', '税务注销', '企业注销', '注销公司'],
  type: '07',
  serviceObjects: [1, 2, 6],
  themes: ['企业注销'],
  legalBasis: [TAX16],
  acceptanceConditions: ['已结清应纳税款、滞纳金、罚款，缴销发票'],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '清税证明', licenseType: '清税证明' },
  materials: [
    form('清税申报表（一般流程）'),
    businessLicense(),
    mat('resolution', '注销决议或上级主管部门批复文件', '申请人', 'D', { form: 'original' }),
    cond('commitment', '容缺办理承诺书', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('gap', '是否有未办结事项（如资料不齐）申请承诺制容缺办理？', [
      ['no', '否'],
      ['yes', '是，承诺限期办结'],
    ]),
  ],
  rules: [rule('gap', 'yes', ['commitment'], ['法定代表人、财务负责人须在承诺期限内补齐资料'])],
});

const resaleTax = item({
  main: [6, '存量房交易税费申报'],
  variant: 1,
  name: '存量房交易税费申报（契税、增值税、个人所得税等）',
  aliases: ['二手房交税', '二手房税费'],
  keywords: ['二手房', '过户交税', '契税', '个税', '满五唯一', '卖房交税'],
  type: '04',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易'],
  legalBasis: [
    DEED10,
    DEED_POLICY,
    law('《中华人民共和国个人所得税法》', '第二条', '财产转让所得应当缴纳个人所得税。'),
    law(
      '《财政部 国家税务总局关于个人所得税若干政策问题的通知》（财税字〔1994〕020号）',
      '',
      '对个人转让自用达五年以上、并且是唯一的家庭生活用房取得的所得，暂免征收个人所得税。',
    ),
  ],
  acceptanceConditions: ['已完成存量房买卖合同网签备案'],
  days: [1, 0],
  channel: ONLINE_ONCE(),
  onlinePayment: true,
  places: ['金东区不动产登记综合窗口（税务专窗）', '浙江政务服务网、“浙里办”APP'],
  result: { kind: 'certificate', name: '契税及相关税费完税凭证', licenseType: null },
  faq: [
    qa(
      '二手房交易要交哪些税？',
      '买方缴纳契税；卖方视情况缴纳增值税及附加（住房满2年的免征）、个人所得税（家庭唯一住房且满5年的免征）和印花税（个人销售住房暂免）。',
    ),
    qa(
      '契税怎么算？',
      '家庭唯一住房面积140平方米及以下按1%，以上按1.5%；第二套住房140平方米及以下按1%，以上按2%。',
    ),
  ],
  materials: [
    idCard({ name: '买卖双方居民身份证' }),
    resaleContract(),
    propertyCert({ name: '出卖人不动产权证书' }),
    cond('home_statement', '家庭成员信息及住房情况承诺书', '买受人', 'D', { form: 'original' }),
    cond('only_home', '出卖人家庭唯一生活用房承诺书', '出卖人', 'D', { form: 'original' }),
    cond('purchase_proof', '原购房合同、发票等房屋原值凭证', '出卖人', 'C'),
  ],
  questions: [
    question('buyer_home', '买受人家庭此次购买的是第几套住房？', [
      ['first', '家庭唯一住房'],
      ['second', '家庭第二套住房'],
      ['other', '第三套及以上或非住房'],
    ]),
    question('seller_exempt', '出卖人是否申请“满五唯一”免征个人所得税？', [
      ['yes', '是，购房满5年且为家庭唯一住房'],
      ['no', '否，据实计征（需核实房屋原值）'],
    ]),
  ],
  rules: [
    rule('buyer_home', 'first', ['home_statement']),
    rule('buyer_home', 'second', ['home_statement']),
    rule('seller_exempt', 'yes', ['only_home']),
    rule('seller_exempt', 'no', ['purchase_proof']),
  ],
  agent: true,
});

const newHomeDeedTax = item({
  main: [7, '契税申报'],
  variant: 1,
  name: '新建商品房契税申报',
  aliases: ['新房契税', '交契税'],
  keywords: ['契税', '买新房', '新房交税', '交房', '新房交付'],
  type: '04',
  serviceObjects: [1, 2, 6],
  themes: ['新建住宅交付'],
  legalBasis: [DEED10, DEED_POLICY],
  days: [1, 0],
  channel: FULL_ONLINE(),
  onlinePayment: true,
  result: { kind: 'certificate', name: '契税完税凭证', licenseType: null },
  faq: [
    qa(
      '新房契税什么时候交？',
      '应在办理不动产权属登记前申报缴纳；金东区新建商品房“交房即交证”项目可在交房前通过“浙里办”在线申报缴纳。',
    ),
  ],
  materials: [
    idCard({ name: '购房人居民身份证' }),
    newHomeContract(),
    mat('invoice', '销售不动产发票', '开发企业', 'B', { note: '数电发票自动归集' }),
    cond('home_statement', '家庭成员信息及住房情况承诺书', '购房人', 'D', { form: 'original' }),
  ],
  questions: [
    question('home', '此次购买的是家庭第几套住房？', [
      ['first', '家庭唯一住房'],
      ['second', '家庭第二套住房'],
      ['other', '第三套及以上'],
    ]),
  ],
  rules: [rule('home', 'first', ['home_statement']), rule('home', 'second', ['home_statement'])],
});

const iitAnnual = item({
  main: [8, '个人所得税综合所得汇算清缴'],
  variant: 1,
  name: '个人所得税综合所得年度汇算',
  aliases: ['个税汇算', '个税退税'],
  keywords: ['个税退税', '个税汇算', '退税', '专项附加扣除'],
  type: '04',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国个人所得税法》',
      '第十一条',
      '居民个人取得综合所得，按年计算个人所得税；有扣缴义务人的，由扣缴义务人按月或者按次预扣预缴税款；需要办理汇算清缴的，应当在取得所得的次年三月一日至六月三十日内办理汇算清缴。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'national',
  places: ['“个人所得税”APP', '办税服务厅'],
  result: { kind: 'certificate', name: '年度汇算申报回执（退税结果）', licenseType: null },
  materials: [idCard()],
});

const residentContribution = item({
  main: [9, '城乡居民社会保险费缴纳'],
  variant: 1,
  name: '城乡居民基本养老保险费、基本医疗保险费缴纳',
  aliases: ['交医保', '交农保'],
  keywords: ['交医保', '居民医保缴费', '农保缴费', '社保缴费'],
  type: '04',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第五十九条',
      '县级以上人民政府加强社会保险费的征收工作。社会保险费实行统一征收，实施步骤和具体办法由国务院规定。',
    ),
    law(
      '中共中央办公厅、国务院办公厅《国税地税征管体制改革方案》',
      '',
      '从2019年1月1日起，将基本养老保险费、基本医疗保险费等各项社会保险费交由税务部门统一征收。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  onlinePayment: true,
  result: { kind: 'certificate', name: '社会保险费缴费凭证', licenseType: null },
  materials: [idCard()],
});

const crossRegionReport = item({
  main: [10, '跨区域涉税事项报告'],
  variant: 1,
  name: '跨区域涉税事项报告',
  aliases: ['外经证'],
  keywords: ['外经证', '外地施工', '跨区域经营'],
  type: '10',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》（税总发〔2017〕103号）',
      '',
      '纳税人跨省（自治区、直辖市和计划单列市）临时从事生产经营活动的，不再开具《外出经营活动税收管理证明》，改向机构所在地的国税机关填报《跨区域涉税事项报告表》。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '跨区域涉税事项报告表', licenseType: null },
  materials: [form('跨区域涉税事项报告表'), mat('contract', '跨区域经营合同', '申请人', 'C')],
});

const taxCertificate = item({
  main: [11, '开具税收完税证明'],
  variant: 1,
  name: '税收完税（纳税）证明开具',
  aliases: ['纳税证明', '完税证明', '个税证明'],
  keywords: ['纳税证明', '完税证明', '个税证明', '买房', '落户', '入学'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《税收完税证明管理办法》（国家税务总局令）',
      '',
      '纳税人缴纳税款后，可以向税务机关申请开具税收完税证明。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'national',
  result: { kind: 'certificate', name: '税收完税证明（带电子签章）', licenseType: null },
  materials: [idCard()],
});

const propertyTax = item({
  main: [12, '房产税、城镇土地使用税申报'],
  variant: 1,
  name: '房产税、城镇土地使用税申报',
  keywords: ['房产税', '土地使用税', '厂房出租'],
  type: '04',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law('《中华人民共和国房产税暂行条例》', '第二条', '房产税由产权所有人缴纳。'),
    law(
      '《中华人民共和国城镇土地使用税暂行条例》',
      '第二条',
      '在城市、县城、建制镇、工矿区范围内使用土地的单位和个人，为城镇土地使用税的纳税人。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  onlinePayment: true,
  result: { kind: 'certificate', name: '申报回执及完税凭证', licenseType: null },
  materials: [form('财产和行为税纳税申报表'), propertyCert()],
});

const fixedQuota = item({
  main: [13, '个体工商户定期定额核定'],
  variant: 1,
  name: '个体工商户定期定额核定',
  aliases: ['定额', '核定征收'],
  keywords: ['个体户交税', '定额', '个体户'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《个体工商户税收定期定额征收管理办法》（国家税务总局令第16号）',
      '',
      '税务机关对经主管税务机关认定和县以上税务机关批准的生产、经营规模小，达不到《个体工商户建账管理暂行办法》规定设置账簿标准的个体工商户，核定其在一定经营地点、一定经营时期、一定经营范围内的应纳税经营额及所得额，并以此为计税依据，确定其应纳税额。',
    ),
  ],
  days: [20, 5],
  channel: WINDOW_ONCE(),
  result: { kind: 'decision', name: '核定定额通知书', licenseType: null },
  materials: [
    form('个体工商户定期定额自行申报表'),
    businessLicense(),
    premises({ name: '经营场所租赁合同', note: '用于核定经营规模' }),
  ],
});

const infoChange = item({
  main: [14, '税务登记信息变更'],
  variant: 1,
  name: '税务登记信息变更',
  keywords: ['税务变更', '财务负责人变更', '办税员变更'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [TAX16],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '变更税务登记表', licenseType: null },
  materials: [form('变更税务登记表'), commitment('涉税信息真实性承诺', { key: 'truth_commitment' })],
});

export const TAX_ITEMS: ItemInputRaw[] = [
  newTaxpayer,
  invoiceQuota,
  generalTaxpayer,
  agencyInvoice,
  clearanceQuick,
  clearanceNormal,
  resaleTax,
  newHomeDeedTax,
  iitAnnual,
  residentContribution,
  crossRegionReport,
  taxCertificate,
  propertyTax,
  fixedQuota,
  infoChange,
];
