import type { ItemInputRaw } from '../../../shared/catalog.contract';
import {
  FULL_ONLINE,
  ONLINE_ONCE,
  ONLINE_POST,
  WINDOW_ONCE,
  itemsOf,
  law,
  qa,
  question,
  rule,
} from './build';
import {
  birthCert,
  businessLicense,
  cond,
  deathCert,
  deceasedId,
  dischargeCert,
  form,
  householdRegister,
  idCard,
  legalRepId,
  mat,
  photo,
  premises,
  propertyCert,
} from './materials';

const item = itemsOf('police');

const ID8 = law(
  '《中华人民共和国居民身份证法》',
  '第八条',
  '居民身份证由居民常住户口所在地的县级人民政府公安机关签发。',
);
const ID10 = law(
  '《中华人民共和国居民身份证法》',
  '第十条',
  '申请领取居民身份证，应当填写《居民身份证申领登记表》，交验居民户口簿。',
);
const ID11 = law(
  '《中华人民共和国居民身份证法》',
  '第十一条',
  '国家决定换发新一代居民身份证、居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当换领新证；居民身份证登记项目出现错误的，公安机关应当及时更正，换发新证；领取新证时，必须交回原证。居民身份证丢失的，应当申请补领。',
);
const ID_FEE =
  '《国家发展改革委 财政部关于第二代居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';
const HUKOU7 = law(
  '《中华人民共和国户口登记条例》',
  '第七条',
  '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。',
);
const HUKOU8 = law(
  '《中华人民共和国户口登记条例》',
  '第八条',
  '公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口。',
);
const HUKOU10 = law(
  '《中华人民共和国户口登记条例》',
  '第十条',
  '公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。',
);
const HUKOU13 = law(
  '《中华人民共和国户口登记条例》',
  '第十三条',
  '公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。',
);
const HUKOU17 = law(
  '《中华人民共和国户口登记条例》',
  '第十七条',
  '户口登记的内容需要变更或者更正的时候，由户主或者本人向户口登记机关申报；户口登记机关审查属实后予以变更或者更正。',
);
const REFORM = law(
  '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）',
  '',
  '全面放开建制镇和小城市落户限制，有序放开中等城市落户限制，以合法稳定就业和合法稳定住所（含租赁）等为户口迁移的基本条件。',
);
const CROSS = law(
  '《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》（国办发〔2020〕35号）',
  '',
  '推动户口迁移等高频政务服务事项“跨省通办”，申请人可在迁入地一次办结户口迁移手续。',
);

const ID_FAQ = [
  qa(
    '身份证可以在金华以外的地方办吗？',
    '可以。居民身份证换领、补领可在全国任一公安机关受理点异地办理，首次申领仍需在户籍地办理。',
  ),
  qa(
    '办好后可以邮寄吗？',
    '可以。申请时选择邮政寄递的，制证完成后免费寄送到指定地址；也可以到原受理点领取。',
  ),
  qa(
    '等新证期间要用身份证怎么办？',
    '可以当场申领临时居民身份证，或在“浙里办”使用电子身份证（居民身份证电子证照）。',
  ),
];

const idFirst = item({
  main: [1, '居民身份证核发'],
  variant: 1,
  name: '居民身份证首次申领',
  aliases: ['办身份证', '第一次办身份证', '小孩办身份证'],
  keywords: ['办身份证', '身份证', '首次申领', '孩子办身份证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [ID8, ID10],
  acceptanceConditions: ['具有本辖区常住户口的中国公民；未满十六周岁的可以申请领取'],
  days: [60, 10],
  channel: WINDOW_ONCE(),
  fee: { free: false, amountYuan: 20, basis: `${ID_FEE}：居民身份证首次申领每证20元` },
  onlinePayment: true,
  postalDelivery: true,
  result: { kind: 'license', name: '居民身份证', licenseType: '居民身份证' },
  faq: ID_FAQ,
  materials: [
    form('居民身份证申领登记表', { note: '窗口现场采集照片、指纹后打印，申请人签字确认' }),
    householdRegister(),
    cond('guardian_id', '监护人居民身份证及监护关系证明', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
    }),
  ],
  questions: [
    question('age', '申领人年龄', [
      ['under16', '未满16周岁'],
      ['adult', '16周岁以上'],
    ]),
  ],
  rules: [rule('age', 'under16', ['guardian_id'], ['未满16周岁的，由监护人陪同申领'])],
});

const idRenew = item({
  main: [1, '居民身份证核发'],
  variant: 2,
  name: '居民身份证换领',
  aliases: ['换身份证', '身份证到期', '身份证过期了'],
  keywords: ['换身份证', '身份证到期', '身份证换证', '身份证改名', '办身份证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [ID8, ID11],
  days: [60, 10],
  channel: WINDOW_ONCE(),
  fee: {
    free: false,
    amountYuan: 20,
    basis: `${ID_FEE}：有效期满换领、姓名变更换领每证20元，损坏换领每证40元`,
  },
  onlinePayment: true,
  postalDelivery: true,
  crossRegion: 'province',
  result: { kind: 'license', name: '居民身份证', licenseType: '居民身份证' },
  faq: ID_FAQ,
  materials: [
    form('居民身份证申领登记表', { note: '窗口现场采集照片、指纹后打印，申请人签字确认' }),
    idCard({ name: '原居民身份证', note: '领取新证时交回原证' }),
    cond('name_change_proof', '姓名变更后的居民户口簿', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民户口簿',
    }),
  ],
  questions: [
    question('reason', '换领原因', [
      ['expired', '有效期满（或即将到期，到期前3个月内）'],
      ['damaged', '证件损坏'],
      ['name_changed', '姓名等登记项目变更'],
    ]),
  ],
  rules: [
    rule('reason', 'name_changed', ['name_change_proof']),
    rule('reason', 'damaged', [], ['损坏换领收费每证40元']),
  ],
});

const idReissue = item({
  main: [1, '居民身份证核发'],
  variant: 3,
  name: '居民身份证补领',
  aliases: ['身份证丢了', '补办身份证', '身份证掉了'],
  keywords: ['补身份证', '身份证丢了', '身份证遗失', '办身份证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [ID8, ID11],
  days: [60, 10],
  channel: WINDOW_ONCE(),
  fee: { free: false, amountYuan: 40, basis: `${ID_FEE}：丢失补领每证40元` },
  onlinePayment: true,
  postalDelivery: true,
  crossRegion: 'province',
  result: { kind: 'license', name: '居民身份证', licenseType: '居民身份证' },
  faq: ID_FAQ,
  materials: [
    form('居民身份证申领登记表', { note: '窗口现场采集照片、指纹后打印，申请人签字确认' }),
    householdRegister({ requirement: 'always', note: '异地补领的，凭本人现场人像比对核验身份，无需户口簿' }),
  ],
});

const idTemporary = item({
  main: [1, '居民身份证核发'],
  variant: 4,
  name: '临时居民身份证申领',
  aliases: ['临时身份证'],
  keywords: ['临时身份证', '急用身份证', '坐高铁没身份证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国临时居民身份证管理办法》',
      '第二条',
      '居住在中华人民共和国境内的中国公民，在申请领取、换领、补领居民身份证期间，急需使用居民身份证的，可以申请领取临时居民身份证。',
    ),
  ],
  days: [3, 0],
  channel: WINDOW_ONCE(),
  fee: { free: false, amountYuan: 10, basis: `${ID_FEE}：临时居民身份证每证10元` },
  onlinePayment: true,
  result: { kind: 'license', name: '临时居民身份证', licenseType: '临时居民身份证' },
  materials: [
    householdRegister({ note: '本人现场人像比对核验' }),
    photo({ name: '近期一寸免冠照片', count: 1 }),
  ],
});

const birthHukou = item({
  main: [2, '户口登记'],
  sub: [1, '出生登记'],
  variant: 1,
  name: '出生登记（新生儿落户）',
  aliases: ['报户口', '宝宝落户', '新生儿上户口'],
  keywords: ['生孩子', '报户口', '落户', '新生儿落户', '上户口', '出生登记'],
  type: '07',
  serviceObjects: [1],
  themes: ['出生'],
  legalBasis: [HUKOU7],
  acceptanceConditions: ['新生儿出生后一个月内申报；超过一个月的按规定补办'],
  days: [3, 0],
  channel: ONLINE_POST(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '居民户口簿（新生儿户口页）', licenseType: '居民户口簿' },
  faq: [
    qa('宝宝户口可以随父亲也可以随母亲吗？', '可以。新生儿可以随父或者随母申报常住户口，由父母协商确定。'),
    qa(
      '可以网上办吗？',
      '可以。通过“浙里办”新生儿“出生一件事”在线申请，出生医学证明、父母户籍和婚姻信息由系统核验，户口页免费邮寄到家。',
    ),
    qa('父母不在金华怎么办？', '父母一方户籍在本辖区的即可办理；跨省的可通过“跨省通办”在户籍地以外申请。'),
  ],
  materials: [
    form('出生登记申报表'),
    birthCert(),
    householdRegister({ name: '落户方父（母）居民户口簿' }),
    idCard({ name: '父母双方居民身份证' }),
    cond('marriage', '父母结婚证', '婚姻登记机关', 'B', {
      form: 'original',
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('unmarried_statement', '非婚生育说明及亲子鉴定证明', '申请人/司法鉴定机构', 'C'),
    cond('overseas_proof', '境外出生证明及中国驻外使领馆认证材料、回国旅行证或护照', '境外主管机关', 'C'),
  ],
  questions: [
    question('marriage', '父母婚姻状况', [
      ['married', '已登记结婚'],
      ['unmarried', '未登记结婚（非婚生育）'],
    ]),
    question('born', '出生地', [
      ['domestic', '在国内出生'],
      ['overseas', '在国（境）外出生'],
    ]),
  ],
  rules: [
    rule('marriage', 'married', ['marriage']),
    rule('marriage', 'unmarried', ['unmarried_statement']),
    rule('born', 'overseas', ['overseas_proof'], ['出生时父母一方已在国外定居并取得外国国籍的，不予办理']),
  ],
  agent: true,
});

const deathHukou = item({
  main: [2, '户口登记'],
  sub: [2, '死亡注销户口'],
  variant: 1,
  name: '死亡人员户口注销',
  aliases: ['销户', '注销户口'],
  keywords: ['人去世了', '注销户口', '死亡销户', '身后事'],
  type: '07',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [HUKOU8],
  days: [1, 0],
  channel: ONLINE_POST(),
  result: { kind: 'certificate', name: '户口注销证明', licenseType: null },
  faq: [qa('死者身份证要交回吗？', '注销户口时应交回死者居民身份证；已遗失的在申报表中说明即可。')],
  materials: [
    form('死亡人员户口注销申报表'),
    deathCert(),
    householdRegister({ name: '死者所在户居民户口簿' }),
    deceasedId(),
  ],
});

const MOVE_FAQ = [
  qa(
    '户口迁移还要先回原籍开迁移证吗？',
    '不用。省内迁移和跨省迁移都已实行“一站式”办理，只需向迁入地派出所申请，迁出手续由公安机关内部流转。',
  ),
  qa('迁户口多久办好？', '材料齐全的，迁入地审核通过后原则上5个工作日内办结，跨省迁移不超过10个工作日。'),
];

const moveSpouse = item({
  main: [2, '户口登记'],
  sub: [3, '户口迁入'],
  variant: 1,
  name: '户口迁入（夫妻、父母、子女投靠）',
  aliases: ['投靠落户', '夫妻投靠', '老人投靠子女'],
  keywords: ['落户', '户口迁移', '迁户口', '投靠', '婚后迁户口'],
  type: '07',
  serviceObjects: [1],
  themes: ['婚育'],
  legalBasis: [HUKOU13, REFORM, CROSS],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '居民户口簿（迁入户口页）', licenseType: '居民户口簿' },
  faq: MOVE_FAQ,
  materials: [
    form('户口迁移申请表'),
    idCard(),
    householdRegister({ name: '被投靠人居民户口簿' }),
    propertyCert({ requirement: 'always', note: '被投靠人住房的不动产权证书，可通过共享核验' }),
    cond('marriage', '结婚证', '婚姻登记机关', 'B', {
      form: 'original',
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('kinship', '亲属关系证明（出生医学证明或户口簿记载的亲属关系）', '公安机关/助产机构', 'B'),
  ],
  questions: [
    question('relation', '投靠关系', [
      ['spouse', '夫妻投靠'],
      ['parent', '父母投靠子女'],
      ['child', '子女投靠父母'],
    ]),
  ],
  rules: [
    rule('relation', 'spouse', ['marriage']),
    rule('relation', 'parent', ['kinship']),
    rule('relation', 'child', ['kinship']),
  ],
  agent: true,
});

const moveTalent = item({
  main: [2, '户口登记'],
  sub: [3, '户口迁入'],
  variant: 2,
  name: '户口迁入（人才引进、就业落户）',
  aliases: ['人才落户', '大学生落户', '就业落户'],
  keywords: ['落户', '人才落户', '毕业生落户', '迁户口', '就业'],
  type: '07',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [HUKOU13, REFORM, CROSS],
  acceptanceConditions: [
    '具有中专（含技工院校）以上学历或专业技术职称、职业资格，或在本市合法稳定就业并参加社会保险',
  ],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '居民户口簿（迁入户口页）', licenseType: '居民户口簿' },
  faq: MOVE_FAQ,
  materials: [
    form('户口迁移申请表'),
    idCard(),
    mat('diploma', '学历（学位）证书或职称、职业资格证书', '教育部门/人力社保部门', 'B', {
      licenseType: '学历证书',
    }),
    cond('labor_contract', '劳动合同及社会保险参保证明', '用人单位/社保经办机构', 'B'),
    cond('collective_consent', '人才集体户或单位集体户同意接收证明', '户主单位', 'C'),
  ],
  questions: [
    question('basis', '落户依据', [
      ['education', '学历、职称人才落户'],
      ['employment', '合法稳定就业落户'],
    ]),
    question('address', '落户地址', [
      ['own', '本人或直系亲属房产'],
      ['collective', '人才集体户或单位集体户'],
    ]),
  ],
  rules: [
    rule('basis', 'employment', ['labor_contract']),
    rule('address', 'collective', ['collective_consent']),
  ],
  agent: true,
});

const moveHouse = item({
  main: [2, '户口登记'],
  sub: [3, '户口迁入'],
  variant: 3,
  name: '户口迁入（合法稳定住所落户）',
  aliases: ['买房落户', '购房落户'],
  keywords: ['买房落户', '落户', '迁户口', '房产落户'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [HUKOU13, REFORM],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '居民户口簿', licenseType: '居民户口簿' },
  faq: MOVE_FAQ,
  materials: [
    form('户口迁移申请表'),
    idCard(),
    propertyCert({ note: '房屋已取得不动产权证书，通过共享核验' }),
  ],
  agent: true,
});

const moveVeteran = item({
  main: [2, '户口登记'],
  sub: [3, '户口迁入'],
  variant: 4,
  name: '户口迁入（退役士兵落户）',
  aliases: ['退伍落户', '退役军人落户'],
  keywords: ['退伍', '退役', '落户', '退役军人'],
  type: '07',
  serviceObjects: [1],
  themes: ['退役军人'],
  legalBasis: [
    HUKOU13,
    law(
      '《退役士兵安置条例》',
      '第十五条',
      '自主就业的退役士兵应当在规定时间内，持退出现役证件和介绍信到安置地县级人民政府退役士兵安置工作主管部门报到，并凭介绍信到公安机关办理户口登记。',
    ),
  ],
  days: [5, 1],
  channel: WINDOW_ONCE(),
  result: { kind: 'certificate', name: '居民户口簿', licenseType: '居民户口簿' },
  materials: [
    form('户口迁移申请表'),
    dischargeCert(),
    mat('referral', '退役军人事务部门开具的落户介绍信', '退役军人事务部门', 'B', { form: 'original' }),
  ],
});

const moveOut = item({
  main: [2, '户口登记'],
  sub: [4, '户口迁出'],
  variant: 1,
  name: '户口迁出（省外迁入地未实行一站式的迁移证开具）',
  aliases: ['开迁移证', '户口迁出'],
  keywords: ['迁户口', '户口迁走', '迁移证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [HUKOU10],
  days: [5, 1],
  channel: WINDOW_ONCE(),
  result: { kind: 'certificate', name: '户口迁移证', licenseType: '户口迁移证' },
  materials: [
    form('户口迁出申请表'),
    idCard(),
    householdRegister(),
    mat('move_permit', '迁入地公安机关签发的准予迁入证明', '迁入地公安机关', 'B', { form: 'original' }),
  ],
  agent: true,
});

const hukouChange = item({
  main: [2, '户口登记'],
  sub: [5, '户口登记项目变更更正'],
  variant: 1,
  name: '户口登记项目变更更正（婚姻状况、文化程度、姓名等）',
  aliases: ['户口本婚姻状况变更', '户口本改名'],
  keywords: ['户口本改已婚', '结婚后改户口本', '改名字', '户口本信息变更'],
  type: '07',
  serviceObjects: [1],
  themes: ['婚育'],
  legalBasis: [HUKOU17],
  days: [20, 1],
  channel: ONLINE_POST(),
  result: { kind: 'certificate', name: '居民户口簿（变更后户口页）', licenseType: '居民户口簿' },
  materials: [
    form('户口登记项目变更更正申请表'),
    householdRegister(),
    cond('marriage', '结婚证或离婚证', '婚姻登记机关', 'B', {
      form: 'original',
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('diploma', '学历（学位）证书', '教育部门', 'B', { licenseType: '学历证书' }),
    cond('name_reason', '变更姓名的理由说明及相关证明', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('field', '变更哪一项？', [
      ['marriage', '婚姻状况'],
      ['education', '文化程度'],
      ['name', '姓名'],
    ]),
  ],
  rules: [
    rule('field', 'marriage', ['marriage']),
    rule('field', 'education', ['diploma']),
    rule('field', 'name', ['name_reason'], ['成年人变更姓名应有正当理由，由户籍地派出所审核后报分局审批']),
  ],
});

const residence = item({
  main: [3, '居住证核发'],
  variant: 1,
  name: '浙江省居住证申领',
  aliases: ['办居住证', '居住证'],
  keywords: ['居住证', '外地人', '新居民', '孩子上学', '入学'],
  type: '07',
  serviceObjects: [1],
  themes: ['入学', '就业'],
  legalBasis: [
    law(
      '《居住证暂行条例》',
      '第九条',
      '申领居住证，应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民身份证、本人相片以及居住地住址、就业、就读等证明材料。',
    ),
    law(
      '《居住证暂行条例》',
      '第十条',
      '公安机关应当自受理之日起15日内制作发放居住证；在偏远地区、交通不便的地区或者因特殊情况，不能按期制作发放居住证的，设区的市级以上地方人民政府应当在实施办法中对制作发放时限作出延长规定，但延长后最长不得超过30日。',
    ),
  ],
  acceptanceConditions: [
    '离开常住户口所在地，到本县居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一',
  ],
  days: [15, 5],
  channel: ONLINE_POST(),
  crossRegion: 'none',
  result: { kind: 'license', name: '浙江省居住证', licenseType: '居住证' },
  faq: [
    qa(
      '居住证有什么用？',
      '凭居住证可在居住地享受义务教育、基本公共就业服务、基本公共卫生服务等，并作为新居民子女积分入学的依据。',
    ),
    qa(
      '租房住没有房东配合怎么办？',
      '已在“浙里办”办理居住登记的，系统自动核验；无法提供租赁合同的，可由社区出具居住证明（已纳入无证明改革，由部门核查）。',
    ),
  ],
  materials: [
    idCard(),
    photo({ note: '可使用居民身份证制证照片' }),
    cond('job_proof', '劳动合同或营业执照（就业证明）', '用人单位/市场监督管理部门', 'C'),
    cond('residence_proof', '居住证明（房屋租赁合同或房屋产权证明）', '出租方/不动产登记机构', 'C', {
      proofItem: '居住证明',
      sharedKey: 'lease_contract',
    }),
    cond('study_proof', '在校就读证明', '就读学校', 'C'),
  ],
  questions: [
    question('basis', '申领依据', [
      ['job', '合法稳定就业'],
      ['home', '合法稳定住所'],
      ['study', '连续就读'],
    ]),
  ],
  rules: [
    rule('basis', 'job', ['job_proof']),
    rule('basis', 'home', ['residence_proof']),
    rule('basis', 'study', ['study_proof']),
  ],
});

const noCrime = item({
  main: [4, '无犯罪记录证明出具'],
  variant: 1,
  name: '无犯罪记录证明开具',
  aliases: ['开无犯罪证明', '无犯罪证明'],
  keywords: ['无犯罪记录', '政审', '开证明', '网约车', '出国'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《公安机关办理无犯罪记录证明工作的意见》（公通字〔2021〕19号）',
      '',
      '公安机关应当自受理申请之日起3个工作日内出具证明；情况复杂的，不超过10个工作日。',
    ),
  ],
  days: [10, 3],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '无犯罪记录证明（电子）', licenseType: '无犯罪记录证明' },
  faq: [
    qa('可以网上开吗？', '可以。通过“浙里办”在线申请，审核通过后生成带电子签章的证明，用证单位可扫码核验。'),
    qa(
      '外地户籍在金华工作能开吗？',
      '可以。户籍地或居住地公安机关均可受理，居住地受理的由户籍地核查后出具。',
    ),
  ],
  materials: [idCard(), mat('purpose', '用途说明（用证单位及用途）', '申请人', 'D', { form: 'original' })],
  agent: true,
});

const hotelLicense = item({
  main: [5, '旅馆业特种行业许可'],
  variant: 1,
  name: '旅馆业特种行业许可证核发',
  aliases: ['特行许可', '特种行业许可证', '民宿特行证'],
  keywords: ['开民宿', '开宾馆', '开酒店', '旅馆', '特种行业'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入', '开民宿'],
  legalBasis: [
    law(
      '《旅馆业治安管理办法》',
      '第四条',
      '申请开办旅馆，应当具备相应的治安条件，取得市场监督管理部门核发的营业执照，向当地公安机关申领特种行业许可证后，方准开业。',
    ),
    law(
      '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）',
      '第27项',
      '旅馆业特种行业许可证核发，实施机关为县级以上地方人民政府公安机关。',
    ),
  ],
  acceptanceConditions: [
    '房屋建筑、消防设备、出入口和通道等符合消防安全要求',
    '安装旅馆业治安管理信息系统，配备登记住宿旅客身份证件的设备',
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '特种行业许可证', licenseType: '特种行业许可证' },
  faq: [
    qa(
      '民宿也要办特种行业许可证吗？',
      '要。民宿属于旅馆业，应当取得特种行业许可证；浙江对符合《浙江省民宿（农家乐）治安消防管理暂行规定》的民宿简化审批条件。',
    ),
    qa('要现场检查吗？', '需要。公安机关受理后派员现场核查治安、消防条件及旅客信息登记系统安装情况。'),
  ],
  materials: [
    form('特种行业许可证申请登记表'),
    businessLicense(),
    legalRepId(),
    premises({ name: '经营场所产权证明或租赁合同' }),
    mat('floor_plan', '经营场所平面图及客房布局图', '申请人', 'D', { form: 'original' }),
    mat('security_rules', '治安保卫制度及治安保卫人员名单', '申请人', 'D', { form: 'original' }),
    cond('homestay_consent', '民宿所在村（社区）意见', '村（居）民委员会', 'C'),
  ],
  questions: [
    question('type', '旅馆类型', [
      ['hotel', '宾馆、酒店、旅店'],
      ['homestay', '民宿（利用农村自建房或城镇住宅）'],
    ]),
  ],
  rules: [
    rule(
      'type',
      'homestay',
      ['homestay_consent'],
      ['民宿单栋建筑客房数量不超过14个标准间、建筑层数不超过4层'],
    ),
  ],
  agent: true,
});

const sealFiling = item({
  main: [6, '公章刻制备案'],
  variant: 1,
  name: '公章刻制备案',
  aliases: ['刻章', '刻公章', '企业印章'],
  keywords: ['刻章', '公章', '企业开办', '发票章', '财务章'],
  type: '10',
  serviceObjects: [2, 3, 4, 6],
  themes: ['企业开办'],
  legalBasis: [
    law(
      '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）',
      '',
      '取消公章刻制审批，改为公安机关备案管理，由刻章企业在公安机关备案系统中在线备案。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '印章备案信息（印章刻制备案回执）', licenseType: null },
  faq: [
    qa(
      '刻章要自己去刻章店吗？',
      '企业开办时可在“企业开办全程网办”平台选择刻章企业，首套印章由政府免费刻制并随营业执照一并寄送。',
    ),
  ],
  materials: [businessLicense(), legalRepId()],
});

const passport = item({
  main: [7, '普通护照签发'],
  variant: 1,
  name: '普通护照签发',
  aliases: ['办护照', '护照'],
  keywords: ['办护照', '出国', '护照到期', '出境'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国护照法》',
      '第五条',
      '公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，由本人向户籍所在地的县级以上地方人民政府公安机关出入境管理机构申请普通护照。',
    ),
    law(
      '《中华人民共和国护照法》',
      '第六条',
      '公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照；对不符合规定不予签发的，应当书面说明理由。',
    ),
  ],
  days: [15, 7],
  channel: WINDOW_ONCE(),
  fee: {
    free: false,
    amountYuan: 120,
    basis: '国家发展改革委、财政部关于降低出入境证照收费标准的规定：普通护照每本120元',
  },
  onlinePayment: true,
  postalDelivery: true,
  crossRegion: 'province',
  places: ['金华市公安局金东分局出入境接待大厅（金东区行政服务中心三楼）'],
  result: { kind: 'license', name: '中华人民共和国普通护照', licenseType: '普通护照' },
  faq: [
    qa(
      '可以在金华办外地户口的护照吗？',
      '可以。普通护照已实行全国通办，内地居民可在全国任一出入境接待大厅申请。',
    ),
  ],
  materials: [
    form('中国公民出入境证件申请表', { note: '可在“移民局12367”APP预填' }),
    idCard(),
    photo({ name: '出入境证件数字相片', note: '大厅可现场免费照相' }),
  ],
});

const hkPermit = item({
  main: [8, '往来港澳通行证及签注签发'],
  variant: 1,
  name: '往来港澳通行证及签注签发',
  aliases: ['港澳通行证', '港澳签注'],
  keywords: ['去香港', '去澳门', '港澳通行证', '签注'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》',
      '第三条',
      '内地公民因私事前往香港、澳门，凭我国公安机关签发的前往港澳通行证或者往来港澳通行证出入境。',
    ),
  ],
  days: [15, 7],
  channel: WINDOW_ONCE(),
  fee: {
    free: false,
    amountYuan: 60,
    basis: '国家发展改革委、财政部关于降低出入境证照收费标准的规定：往来港澳通行证每证60元，签注另收每次15元',
  },
  onlinePayment: true,
  postalDelivery: true,
  crossRegion: 'province',
  result: { kind: 'license', name: '往来港澳通行证', licenseType: '往来港澳通行证' },
  materials: [form('中国公民出入境证件申请表'), idCard(), photo({ name: '出入境证件数字相片' })],
});

const driverRenew = item({
  main: [9, '机动车驾驶证业务'],
  variant: 1,
  name: '机动车驾驶证期满换证',
  aliases: ['驾照到期换证', '换驾照'],
  keywords: ['驾照到期', '换驾照', '驾驶证换证'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《机动车驾驶证申领和使用规定》（公安部令第162号）',
      '第七十条',
      '机动车驾驶人应当于机动车驾驶证有效期满前九十日内，向机动车驾驶证核发地或者核发地以外的车辆管理所申请换证。',
    ),
  ],
  days: [1, 0],
  channel: ONLINE_POST(),
  fee: { free: false, amountYuan: 10, basis: '机动车驾驶证工本费每证10元' },
  onlinePayment: true,
  crossRegion: 'province',
  places: ['金华市公安局交通警察支队金东大队车管服务站', '“交管12123”APP'],
  result: { kind: 'license', name: '机动车驾驶证', licenseType: '机动车驾驶证' },
  materials: [
    idCard(),
    mat('physical', '机动车驾驶人身体条件证明', '医疗机构', 'C', { note: '已与医疗机构联网的可电子调取' }),
    photo({ name: '一寸白底证件照' }),
  ],
});

const driverCancel = item({
  main: [9, '机动车驾驶证业务'],
  variant: 2,
  name: '机动车驾驶证注销（死亡）',
  keywords: ['驾驶证注销', '身后事', '人去世了'],
  type: '07',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [
    law(
      '《机动车驾驶证申领和使用规定》（公安部令第162号）',
      '第八十五条',
      '机动车驾驶人死亡的，车辆管理所应当注销其机动车驾驶证。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '机动车驾驶证注销证明', licenseType: null },
  materials: [
    deathCert(),
    mat('applicant_id', '申请人（近亲属）居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
  ],
});

const vehicleTransfer = item({
  main: [10, '机动车登记'],
  variant: 1,
  name: '机动车转移登记（二手车过户）',
  aliases: ['车辆过户', '二手车过户'],
  keywords: ['过户', '卖车', '买二手车', '车辆过户'],
  type: '07',
  serviceObjects: [1, 2],
  legalBasis: [
    law(
      '《机动车登记规定》（公安部令第164号）',
      '第二十五条',
      '已注册登记的机动车所有权发生转让的，现机动车所有人应当自机动车交付之日起三十日内向登记地车辆管理所申请转移登记。',
    ),
  ],
  days: [1, 0],
  channel: WINDOW_ONCE(),
  crossRegion: 'province',
  fee: { free: false, amountYuan: 10, basis: '机动车行驶证工本费每证10元（号牌不变的不收取号牌费）' },
  places: ['金华市公安局交通警察支队车辆管理所金东分所', '二手车交易市场车管服务站'],
  result: { kind: 'license', name: '机动车行驶证', licenseType: '机动车行驶证' },
  materials: [
    form('机动车注册、转移、注销登记/转入申请表'),
    idCard({ name: '现机动车所有人身份证明' }),
    mat('vehicle_cert', '机动车登记证书', '车辆管理所', 'A', {
      form: 'original',
      licenseType: '机动车登记证书',
    }),
    mat('invoice', '二手车销售统一发票', '二手车交易市场', 'B', { form: 'original' }),
  ],
  agent: true,
});

const largeEvent = item({
  main: [11, '大型群众性活动安全许可'],
  variant: 1,
  name: '大型群众性活动安全许可',
  keywords: ['演唱会', '大型活动', '展销会', '活动审批'],
  type: '01',
  serviceObjects: [2, 3, 4, 6],
  legalBasis: [
    law(
      '《大型群众性活动安全管理条例》',
      '第十一条',
      '公安机关对大型群众性活动实行安全许可制度。预计参加人数在1000人以上5000人以下的，由活动所在地县级人民政府公安机关实施安全许可。',
    ),
    law(
      '《大型群众性活动安全管理条例》',
      '第十三条',
      '公安机关收到申请材料应当依法做出受理或者不予受理的决定。对受理的申请，应当自受理之日起7日内进行审查，对活动场所进行查验，对符合安全条件的，做出许可的决定。',
    ),
  ],
  acceptanceConditions: ['活动举办前20日提出申请'],
  days: [7, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '大型群众性活动安全许可决定书', licenseType: null },
  materials: [
    form('大型群众性活动安全许可申请表'),
    businessLicense({ name: '承办者合法成立的证明' }),
    mat('safety_plan', '大型群众性活动安全工作方案', '申请人', 'D', { form: 'original' }),
    mat('venue_agreement', '场所管理者同意提供活动场所的证明', '场所管理者', 'C'),
  ],
  agent: true,
});

export const POLICE_ITEMS: ItemInputRaw[] = [
  idFirst,
  idRenew,
  idReissue,
  idTemporary,
  birthHukou,
  deathHukou,
  moveSpouse,
  moveTalent,
  moveHouse,
  moveVeteran,
  moveOut,
  hukouChange,
  residence,
  noCrime,
  hotelLicense,
  sealFiling,
  passport,
  hkPermit,
  driverRenew,
  driverCancel,
  vehicleTransfer,
  largeEvent,
];
