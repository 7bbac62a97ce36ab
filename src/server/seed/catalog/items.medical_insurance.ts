import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, WINDOW_ONCE, itemsOf, law, qa, question, rule } from './build';
import {
  bankAccount,
  birthCert,
  businessLicense,
  cond,
  deathCert,
  dischargeCert,
  form,
  householdRegister,
  idCard,
  legalRepId,
  mat,
  premises,
} from './materials';

const item = itemsOf('medical_insurance');
const service = { unit: 'medical_service' as const };

const SI23 = law(
  '《中华人民共和国社会保险法》',
  '第二十三条',
  '职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。无雇工的个体工商户、未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员可以参加职工基本医疗保险，由个人按照国家规定缴纳基本医疗保险费。',
);
const SI25 = law(
  '《中华人民共和国社会保险法》',
  '第二十五条',
  '国家建立和完善城乡居民基本医疗保险制度。城乡居民基本医疗保险实行个人缴费和政府补贴相结合。',
);
const SI32 = law(
  '《中华人民共和国社会保险法》',
  '第三十二条',
  '个人跨统筹地区就业的，其基本医疗保险关系随本人转移，缴费年限累计计算。',
);
const SI54 = law(
  '《中华人民共和国社会保险法》',
  '第五十四条',
  '用人单位已经缴纳生育保险费的，其职工享受生育保险待遇；职工未就业配偶按照国家规定享受生育医疗费用待遇。生育保险待遇包括生育医疗费用和生育津贴。',
);
const TRANSFER = law(
  '《国家医疗保障局办公室 财政部办公厅关于印发〈基本医疗保障关系转移接续暂行办法〉的通知》（医保办发〔2021〕43号）',
  '',
  '参保人员跨统筹地区流动就业的，可通过国家医保服务平台或向转入地经办机构申请转移接续，经办机构在规定时限内办结。',
);
const CROSS_CARE = law(
  '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
  '',
  '跨省异地长期居住人员和临时外出就医人员可通过国家医保服务平台APP、国家异地就医备案小程序或参保地经办机构窗口办理异地就医备案。',
);

const unitRegistration = item({
  ...service,
  main: [1, '基本医疗保险参保登记'],
  sub: [1, '单位参保登记'],
  variant: 1,
  name: '单位职工基本医疗保险参保登记',
  aliases: ['单位医保开户'],
  keywords: ['医保开户', '企业开办', '单位参保', '医保登记'],
  type: '07',
  serviceObjects: [2, 3, 4, 6],
  themes: ['企业开办'],
  legalBasis: [
    SI23,
    law(
      '《中华人民共和国社会保险法》',
      '第五十七条',
      '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。',
    ),
  ],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '单位医保参保登记信息', licenseType: null },
  materials: [
    businessLicense(),
    legalRepId(),
    mat('bank', '单位银行结算账户信息', '开户银行', 'C', { sharedKey: 'company_bank_account' }),
  ],
});

const unitCancel = item({
  ...service,
  main: [1, '基本医疗保险参保登记'],
  sub: [2, '单位参保注销'],
  variant: 1,
  name: '单位职工基本医疗保险注销登记',
  keywords: ['医保注销', '企业注销'],
  type: '07',
  serviceObjects: [2, 3, 4, 6],
  themes: ['企业注销'],
  legalBasis: [SI23],
  acceptanceConditions: ['已结清应缴医疗保险费，职工已办理减员'],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '单位医保注销登记回执', licenseType: null },
  materials: [form('单位医疗保险注销登记表')],
});

const residentRegistration = item({
  ...service,
  main: [1, '基本医疗保险参保登记'],
  sub: [3, '城乡居民医保参保登记'],
  variant: 1,
  name: '城乡居民基本医疗保险参保登记',
  aliases: ['居民医保', '农村医保', '交医保'],
  keywords: ['居民医保', '交医保', '新农合', '学生医保', '医保'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [SI25],
  acceptanceConditions: ['未参加职工基本医疗保险的本市户籍人员或持本市居住证的非户籍人员'],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '参保登记信息', licenseType: null },
  faq: [
    qa(
      '居民医保什么时候交费？',
      '每年集中参保缴费期为9月至12月，缴费后次年1月1日起享受待遇；新生儿、退役军人等特殊群体可随时参保。',
    ),
    qa(
      '外地户口可以参加金华居民医保吗？',
      '持有本市居住证的非本市户籍人员及其未成年子女，可以在居住地参加城乡居民医保。',
    ),
  ],
  materials: [
    idCard(),
    householdRegister({
      requirement: 'conditional',
      key: 'household_register',
      note: '未成年人无身份证的提供',
    }),
    residenceProof(),
  ],
  questions: [
    question('status', '申请人情况', [
      ['minor', '未成年人（无居民身份证）'],
      ['non_local', '非本市户籍居住证持有人'],
      ['local', '本市户籍成年人'],
    ]),
  ],
  rules: [rule('status', 'minor', ['household_register']), rule('status', 'non_local', ['residence_permit'])],
});

function residenceProof() {
  return cond('residence_permit', '浙江省居住证（本市）', '公安机关', 'B', {
    form: 'original',
    licenseType: '居住证',
    sharedKey: 'residence_permit',
  });
}

const newbornRegistration = item({
  ...service,
  main: [1, '基本医疗保险参保登记'],
  sub: [4, '新生儿参保登记'],
  variant: 1,
  name: '新生儿城乡居民医保参保登记',
  aliases: ['宝宝医保', '新生儿医保'],
  keywords: ['生孩子', '新生儿医保', '宝宝医保', '出生'],
  type: '07',
  serviceObjects: [1],
  themes: ['出生'],
  legalBasis: [
    SI25,
    law(
      '《国家医保局 财政部 国家税务总局关于做好2024年城乡居民基本医疗保障工作的通知》（医保发〔2024〕19号）',
      '',
      '新生儿在出生后90天内参保缴费的，自出生之日起享受城乡居民医保待遇。',
    ),
  ],
  acceptanceConditions: ['出生后90日内参保缴费的，自出生之日起享受待遇'],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '新生儿参保登记信息', licenseType: null },
  faq: [qa('宝宝还没落户能参保吗？', '可以。凭出生医学证明即可先行参保，落户后系统自动更新身份信息。')],
  materials: [
    birthCert(),
    mat('guardian_id', '监护人居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
  ],
});

const flexibleRegistration = item({
  ...service,
  main: [1, '基本医疗保险参保登记'],
  sub: [5, '灵活就业人员参保登记'],
  variant: 1,
  name: '灵活就业人员职工基本医疗保险参保登记',
  keywords: ['个人交医保', '灵活就业', '就业', '自由职业医保'],
  type: '07',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [SI23],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '参保登记信息', licenseType: null },
  materials: [idCard(), bankAccount({ name: '本人银行扣款账户信息' })],
});

const TRANSFER_FAQ = [
  qa(
    '医保转移会断保吗？',
    '转出地在参保人中止参保的次月起为其办理转出，转入地及时接续，接续后待遇不中断；办理期间如需就医，可先行垫付，接续后按规定报销。',
  ),
  qa(
    '在哪里申请？',
    '向新参保地（转入地）申请即可，可以通过国家医保服务平台APP或“浙里办”在线申请，无需往返两地。',
  ),
];

const transfer = item({
  ...service,
  main: [2, '基本医疗保险关系转移接续'],
  variant: 1,
  name: '基本医疗保险关系转移接续（跨省）',
  aliases: ['医保转移', '医保转入'],
  keywords: ['医保转移', '社保转移', '换城市工作', '医保接续'],
  type: '20',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [SI32, TRANSFER],
  days: [15, 10],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '基本医疗保险关系转移接续回执', licenseType: null },
  faq: TRANSFER_FAQ,
  materials: [idCard(), form('基本医疗保障关系转移接续申请表', { note: '在线申请的系统自动生成' })],
});

const veteranTransfer = item({
  ...service,
  main: [2, '基本医疗保险关系转移接续'],
  variant: 2,
  name: '军人退役医疗保险关系转移接续',
  keywords: ['退役军人', '退伍', '医保接续'],
  type: '20',
  serviceObjects: [1],
  themes: ['退役军人'],
  legalBasis: [
    law(
      '《中华人民共和国军人保险法》',
      '第二十一条',
      '参加军人退役医疗保险的军官、文职干部和士官退出现役后，由军队后勤（联勤）机关财务部门将军人退役医疗保险关系和相应资金转入地方社会保险经办机构。',
    ),
    TRANSFER,
  ],
  days: [15, 5],
  channel: WINDOW_ONCE(),
  result: { kind: 'certificate', name: '医疗保险关系转入回执', licenseType: null },
  materials: [
    idCard(),
    dischargeCert(),
    mat('military_medical', '军人退役医疗保险参保缴费凭证', '部队后勤财务部门', 'B', { form: 'original' }),
  ],
});

const crossCare = item({
  ...service,
  main: [3, '异地就医备案'],
  variant: 1,
  name: '基本医疗保险参保人员异地就医备案',
  aliases: ['异地就医', '医保备案'],
  keywords: ['异地就医', '外地看病', '去上海看病', '异地医保', '随子女养老'],
  type: '20',
  serviceObjects: [1],
  themes: ['退休'],
  legalBasis: [CROSS_CARE],
  days: [1, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  places: ['国家医保服务平台APP、“浙里办”APP', '金东区医疗保障服务中心窗口'],
  result: { kind: 'certificate', name: '异地就医备案信息', licenseType: null },
  faq: [
    qa(
      '备案后在外地看病能直接结算吗？',
      '能。备案后在就医地开通跨省联网的定点医药机构就医，持医保码或社保卡直接结算，无需垫付。',
    ),
    qa(
      '临时出差生病了没备案怎么办？',
      '可以在出院结算前补办备案并直接结算；也可以先垫付，回参保地按规定手工报销。',
    ),
  ],
  materials: [
    form('异地就医备案表', { note: '线上备案的无需提交' }),
    idCard(),
    cond('long_stay_proof', '异地居住证明或个人承诺书', '申请人', 'D', {
      form: 'original',
      proofItem: '居住证明',
    }),
    cond('referral', '参保地定点医疗机构出具的转诊转院证明', '定点医疗机构', 'C'),
  ],
  questions: [
    question('type', '备案类型', [
      ['resettle', '异地长期居住（退休异地安置、异地长期居住、常驻异地工作）'],
      ['referral', '转诊转院'],
      ['temporary', '异地急诊抢救、其他临时外出就医'],
    ]),
  ],
  rules: [
    rule('type', 'resettle', ['long_stay_proof'], ['长期居住备案原则上6个月内不得变更']),
    rule('type', 'referral', ['referral']),
  ],
});

const chronicDisease = item({
  ...service,
  main: [4, '门诊慢特病待遇认定'],
  variant: 1,
  name: '门诊慢性病、特殊病待遇认定',
  aliases: ['慢病卡', '特病认定'],
  keywords: ['慢性病', '特殊病', '高血压', '糖尿病', '尿毒症', '透析'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《国家医疗保障局 财政部关于建立医疗保障待遇清单制度的意见》（医保发〔2021〕5号）',
      '',
      '对门诊慢特病实行待遇认定管理，认定后在门诊就医的政策范围内费用按规定报销。',
    ),
  ],
  days: [10, 5],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '门诊慢特病待遇认定结果', licenseType: null },
  materials: [
    idCard(),
    mat('diagnosis', '二级以上定点医疗机构出具的诊断证明及病历、检查报告', '定点医疗机构', 'C', {
      note: '定点医疗机构已在线申报的，无需提交',
    }),
  ],
});

const maternityAllowance = item({
  ...service,
  main: [5, '生育保险待遇'],
  variant: 1,
  name: '生育津贴申领',
  aliases: ['产假工资', '生育保险报销'],
  keywords: ['生育津贴', '产假', '生孩子', '生育险'],
  type: '05',
  serviceObjects: [1, 2],
  themes: ['出生', '婚育'],
  legalBasis: [
    SI54,
    law(
      '《中华人民共和国社会保险法》',
      '第五十六条',
      '职工有下列情形之一的，可以按照国家规定享受生育津贴：（一）女职工生育享受产假；（二）享受计划生育手术休假；（三）法律、法规规定的其他情形。生育津贴按照职工所在用人单位上年度职工月平均工资计发。',
    ),
  ],
  days: [20, 5],
  channel: FULL_ONLINE(),
  crossRegion: 'none',
  result: { kind: 'decision', name: '生育津贴核定结果', licenseType: null },
  faq: [
    qa(
      '生育津贴发给个人还是单位？',
      '浙江实行生育津贴直接发放到个人社会保障卡或银行账户；单位已垫付产假工资的，可以由单位申领。',
    ),
  ],
  materials: [
    idCard(),
    birthCert({ name: '婴儿出生医学证明' }),
    bankAccount(),
    cond('surgery', '计划生育手术证明', '医疗机构', 'C'),
  ],
  questions: [
    question('reason', '申领情形', [
      ['birth', '生育（含流产）'],
      ['surgery', '计划生育手术'],
    ]),
  ],
  rules: [rule('reason', 'surgery', ['surgery'])],
});

const maternityMedical = item({
  ...service,
  main: [5, '生育保险待遇'],
  variant: 2,
  name: '生育医疗费用零星报销',
  keywords: ['生孩子报销', '产检报销', '生育医疗费'],
  type: '05',
  serviceObjects: [1],
  themes: ['出生'],
  legalBasis: [SI54],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '生育医疗费用报销结果', licenseType: null },
  materials: [
    idCard(),
    mat('invoices', '医疗费用发票及费用明细清单', '医疗机构', 'C', { form: 'original' }),
    bankAccount(),
  ],
});

const reimbursement = item({
  ...service,
  main: [6, '医疗费用零星报销'],
  variant: 1,
  name: '医疗费用零星（手工）报销',
  keywords: ['医保报销', '手工报销', '垫付报销', '异地看病报销'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《医疗保障基金使用监督管理条例》',
      '第十七条',
      '参保人员应当持本人医疗保障凭证就医、购药，并主动出示接受查验。',
    ),
  ],
  days: [30, 15],
  channel: ONLINE_ONCE(),
  crossRegion: 'province',
  result: { kind: 'decision', name: '医疗费用报销结算单', licenseType: null },
  materials: [
    form('医疗费用零星报销申请表'),
    idCard(),
    mat('invoices', '医疗费用发票、费用明细清单及出院小结', '医疗机构', 'C', { form: 'original' }),
    bankAccount(),
  ],
  agent: true,
});

const familyPool = item({
  ...service,
  main: [7, '职工医保个人账户家庭共济'],
  variant: 1,
  name: '职工医保个人账户家庭共济绑定',
  keywords: ['家庭共济', '医保给家人用', '个人账户共济'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）',
      '',
      '个人账户可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '家庭共济绑定关系', licenseType: null },
  materials: [
    idCard(),
    mat('relative_id', '共济家庭成员身份信息', '公安机关', 'B', { note: '系统核验亲属关系' }),
  ],
});

const accountInheritance = item({
  ...service,
  main: [8, '医保个人账户余额继承'],
  variant: 1,
  name: '参保人员死亡后医保个人账户余额继承',
  keywords: ['医保账户继承', '身后事', '人去世了', '医保退钱'],
  type: '05',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第十四条',
      '个人账户不得提前支取，记账利率不得低于银行定期存款利率，免征利息税。个人死亡的，个人账户余额可以继承。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '个人账户余额支付结果', licenseType: null },
  materials: [
    deathCert(),
    mat('heir_id', '继承人居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
    mat('kinship', '继承人与死者的亲属关系证明', '公安机关', 'B'),
    bankAccount({ name: '继承人银行账户信息' }),
  ],
});

const retireeMedical = item({
  ...service,
  main: [9, '退休人员医保待遇核定'],
  variant: 1,
  name: '职工医保退休人员待遇核定',
  aliases: ['退休医保', '医保缴费年限核定'],
  keywords: ['退休', '退休医保', '医保年限', '医保补缴'],
  type: '07',
  serviceObjects: [1],
  themes: ['退休'],
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第二十七条',
      '参加职工基本医疗保险的个人，达到法定退休年龄时累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费，按照国家规定享受基本医疗保险待遇；未达到国家规定年限的，可以缴费至国家规定年限。',
    ),
  ],
  days: [10, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '退休人员医保待遇核定结果', licenseType: null },
  faq: [
    qa(
      '医保缴费年限不够怎么办？',
      '可以按规定一次性补缴或继续按月缴费至规定年限，补足后享受退休人员医保待遇。',
    ),
  ],
  materials: [
    idCard(),
    mat('retire_decision', '基本养老金核定表（退休审批结果）', '社会保险经办机构', 'B', {
      note: '部门间共享，无需提交',
    }),
  ],
});

const pharmacyDesignation = item({
  ...service,
  main: [10, '医药机构医保定点申请'],
  variant: 1,
  name: '零售药店医疗保障定点申请',
  aliases: ['药店医保定点', '医保刷卡'],
  keywords: ['开药店', '医保定点', '药店刷医保'],
  type: '20',
  serviceObjects: [2, 6],
  themes: ['开药店'],
  legalBasis: [
    law(
      '《零售药店医疗保障定点管理暂行办法》（国家医疗保障局令第3号）',
      '',
      '取得药品经营许可证，并同时符合规定条件的零售药店，可以向统筹地区经办机构提出医保定点申请；经办机构组织评估，评估时间不超过3个月。',
    ),
  ],
  acceptanceConditions: [
    '取得药品经营许可证且正式营业满3个月',
    '至少有1名取得执业药师资格证书的药学技术人员',
  ],
  days: [60, 30],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '医保定点服务协议', licenseType: null },
  materials: [
    form('定点零售药店申请表'),
    businessLicense(),
    mat('drug_license', '药品经营许可证', '药品监督管理部门', 'B', { licenseType: '药品经营许可证' }),
    mat('pharmacist', '执业药师资格证书及劳动合同', '申请人', 'C', { licenseType: '执业药师注册证' }),
    mat('it_system', '医保信息系统建设及进销存管理系统说明', '申请人', 'D', { form: 'original' }),
    premises({ name: '营业场所使用证明' }),
  ],
});

const clinicDesignation = item({
  ...service,
  main: [10, '医药机构医保定点申请'],
  variant: 2,
  name: '医疗机构医疗保障定点申请',
  keywords: ['诊所医保定点', '开诊所', '医保定点'],
  type: '20',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《医疗机构医疗保障定点管理暂行办法》（国家医疗保障局令第2号）',
      '',
      '正式运营至少3个月的医疗机构可以向统筹地区经办机构提出医保定点申请；经办机构组织评估，评估时间不超过3个月。',
    ),
  ],
  days: [60, 30],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '医保定点服务协议', licenseType: null },
  materials: [
    form('定点医疗机构申请表'),
    mat('clinic_cert', '医疗机构执业许可证或诊所备案凭证', '卫生健康部门', 'B', {
      licenseType: '诊所备案凭证',
    }),
    mat('staff', '医务人员执业证书及劳动合同', '申请人', 'C'),
    mat('it_system', '医保信息系统建设说明', '申请人', 'D', { form: 'original' }),
  ],
});

export const MEDICAL_INSURANCE_ITEMS: ItemInputRaw[] = [
  unitRegistration,
  unitCancel,
  residentRegistration,
  newbornRegistration,
  flexibleRegistration,
  transfer,
  veteranTransfer,
  crossCare,
  chronicDisease,
  maternityAllowance,
  maternityMedical,
  reimbursement,
  familyPool,
  accountInheritance,
  retireeMedical,
  pharmacyDesignation,
  clinicDesignation,
];
