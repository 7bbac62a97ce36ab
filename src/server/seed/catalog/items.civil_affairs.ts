import type { ItemInputRaw } from '../../../shared/catalog.contract';
import {
  FULL_ONLINE,
  ONLINE_ONCE,
  WINDOW_ONCE,
  WINDOW_TWICE,
  itemsOf,
  law,
  qa,
  question,
  rule,
} from './build';
import {
  bankAccount,
  cond,
  deathCert,
  deceasedId,
  form,
  householdRegister,
  idCard,
  legalRepId,
  mat,
  photo,
  premises,
} from './materials';

const item = itemsOf('civil_affairs');

const MARRIAGE = law(
  '《中华人民共和国民法典》',
  '第一千零四十九条',
  '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。',
);
const MARRIAGE_REG = law(
  '《婚姻登记条例》（2025年修订）',
  '',
  '内地居民办理婚姻登记，可以在一方当事人常住户口所在地或者经常居住地婚姻登记机关办理；申请时出具本人的居民身份证，并签署声明。',
);
const RELIEF = law(
  '《社会救助暂行办法》',
  '第十一条',
  '申请最低生活保障，由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出书面申请；乡镇人民政府、街道办事处对申请人的家庭收入状况、财产状况进行调查核实，提出初审意见；县级人民政府民政部门经审查，对符合条件的申请予以批准。',
);
const SOCIAL_ASSISTANCE_PLACE = [
  '户籍所在地乡镇（街道）便民服务中心社会救助窗口',
  '浙江政务服务网、“浙里办”APP',
];

const marriage = item({
  main: [1, '婚姻登记'],
  variant: 1,
  name: '内地居民结婚登记',
  aliases: ['领结婚证', '登记结婚', '扯证'],
  keywords: ['结婚', '领证', '结婚证', '结婚登记', '婚育'],
  type: '07',
  serviceObjects: [1],
  themes: ['婚育'],
  legalBasis: [MARRIAGE, MARRIAGE_REG],
  acceptanceConditions: [
    '男年满22周岁、女年满20周岁，双方完全自愿',
    '双方均无配偶，且没有直系血亲和三代以内旁系血亲关系',
  ],
  days: [0, 0],
  channel: WINDOW_ONCE(),
  crossRegion: 'national',
  places: ['金华市金东区婚姻登记处（金东区行政服务中心一楼）'],
  result: { kind: 'license', name: '结婚证', licenseType: '结婚证' },
  faq: [
    qa(
      '外地户口可以在金华领结婚证吗？',
      '可以。婚姻登记已实行全国通办，双方持居民身份证即可在任一方经常居住地的婚姻登记机关办理，不再需要户口簿。',
    ),
    qa('可以预约特殊日子吗？', '可以。通过“浙里办”婚姻登记预约，可选择520、七夕等特殊日期及颁证仪式。'),
    qa('一方来不了可以代办吗？', '不可以。结婚登记必须由男女双方亲自到场办理，不能委托他人代办。'),
  ],
  materials: [
    idCard({ name: '男女双方居民身份证' }),
    mat('declaration', '本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的签字声明', '申请人', 'D', {
      form: 'original',
      count: 2,
      note: '在婚姻登记员面前签署',
      proofItem: '婚姻状况证明',
    }),
    photo({ name: '双方近期半身免冠合影照片（2寸）', count: 3, note: '婚姻登记处可现场拍摄' }),
    cond('divorce_proof', '离婚证或生效的离婚判决书、调解书', '婚姻登记机关/人民法院', 'B', {
      licenseType: '离婚证',
    }),
  ],
  questions: [
    question('history', '双方婚史', [
      ['first', '均为初婚'],
      ['remarry', '一方或双方为再婚'],
    ]),
  ],
  rules: [rule('history', 'remarry', ['divorce_proof'])],
});

const divorce = item({
  main: [1, '婚姻登记'],
  variant: 2,
  name: '内地居民离婚登记',
  keywords: ['离婚', '协议离婚', '离婚冷静期', '离婚证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国民法典》',
      '第一千零七十六条',
      '夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。',
    ),
    law(
      '《中华人民共和国民法典》',
      '第一千零七十七条',
      '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。前款规定期限届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。',
    ),
  ],
  days: [30, 30],
  channel: WINDOW_TWICE(),
  places: ['金华市金东区婚姻登记处（金东区行政服务中心一楼）'],
  result: { kind: 'license', name: '离婚证', licenseType: '离婚证' },
  faq: [
    qa(
      '为什么要来两次？',
      '《民法典》规定了30日离婚冷静期：第一次到场提交申请，冷静期届满后30日内双方再次到场申请发给离婚证。',
    ),
  ],
  materials: [
    idCard({ name: '双方居民身份证' }),
    mat('marriage_certs', '双方结婚证', '婚姻登记机关', 'B', {
      form: 'original',
      count: 2,
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    mat('agreement', '双方共同签署的离婚协议书', '申请人', 'D', { form: 'original', count: 3 }),
    photo({ name: '本人近期半身免冠照片（2寸）', count: 2 }),
  ],
});

const reissue = item({
  main: [1, '婚姻登记'],
  variant: 3,
  name: '补领婚姻登记证',
  aliases: ['结婚证丢了', '补办结婚证'],
  keywords: ['补结婚证', '结婚证丢了', '补离婚证'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [MARRIAGE_REG],
  days: [0, 0],
  channel: WINDOW_ONCE(),
  crossRegion: 'province',
  places: ['金华市金东区婚姻登记处（金东区行政服务中心一楼）'],
  result: { kind: 'license', name: '结婚证（补发）', licenseType: '结婚证' },
  materials: [
    idCard(),
    photo({ name: '近期半身免冠照片（补领结婚证为双方合影）', count: 2 }),
    form('申请补领婚姻登记证声明书'),
  ],
});

const minimumLiving = item({
  main: [2, '最低生活保障'],
  variant: 1,
  name: '最低生活保障审核确认',
  aliases: ['低保', '申请低保'],
  keywords: ['低保', '困难家庭', '救助', '生活困难'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    RELIEF,
    law(
      '《最低生活保障审核确认办法》（民发〔2021〕57号）',
      '',
      '乡镇人民政府（街道办事处）应当自受理申请之日起，会同村（居）民委员会开展家庭经济状况调查，县级人民政府民政部门应当在规定时限内作出审核确认决定，原则上不超过30个工作日。',
    ),
  ],
  acceptanceConditions: ['共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定'],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  places: SOCIAL_ASSISTANCE_PLACE,
  result: { kind: 'decision', name: '最低生活保障审核确认决定', licenseType: null },
  faq: [
    qa(
      '外地户口能在金华申请低保吗？',
      '浙江已放开户籍地申请限制，持有居住证的可在经常居住地申请，由居住地乡镇（街道）受理。',
    ),
    qa(
      '低保审核要看哪些情况？',
      '通过浙江大救助信息系统核对家庭成员的收入、存款、车辆、房产、工商登记等信息，并入户调查、民主评议后公示7天。',
    ),
  ],
  materials: [
    form('最低生活保障申请书'),
    idCard({ name: '家庭成员居民身份证' }),
    householdRegister(),
    mat('authorization', '家庭经济状况核对授权书', '申请人及家庭成员', 'D', { form: 'original' }),
    cond('disability_cert', '残疾人证', '残疾人联合会', 'B', {
      licenseType: '残疾人证',
      sharedKey: 'disability_cert',
    }),
    cond('illness_proof', '重大疾病诊断证明及医疗费用票据', '医疗机构', 'C'),
  ],
  questions: [
    question('member_status', '家庭成员中是否有重残或重病人员？', [
      ['none', '没有'],
      ['disabled', '有重度残疾人'],
      ['ill', '有重大疾病患者'],
    ]),
  ],
  rules: [
    rule('member_status', 'disabled', ['disability_cert'], ['重度残疾人可单独申请低保（单人户）']),
    rule('member_status', 'ill', ['illness_proof']),
  ],
  agent: true,
});

const destitute = item({
  main: [3, '特困人员救助供养'],
  variant: 1,
  name: '特困人员救助供养审核确认',
  aliases: ['五保', '特困供养'],
  keywords: ['特困', '五保户', '孤寡老人'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《社会救助暂行办法》',
      '第十四条',
      '国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。',
    ),
  ],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  places: SOCIAL_ASSISTANCE_PLACE,
  result: { kind: 'decision', name: '特困人员救助供养审核确认决定', licenseType: null },
  materials: [
    form('特困人员救助供养申请书'),
    idCard(),
    householdRegister(),
    mat('authorization', '家庭经济状况核对授权书', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const temporaryRelief = item({
  main: [4, '临时救助'],
  variant: 1,
  name: '临时救助',
  keywords: ['临时救助', '突发困难', '急难救助', '火灾', '大病'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《社会救助暂行办法》',
      '第四十七条',
      '国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。',
    ),
  ],
  days: [15, 10],
  channel: ONLINE_ONCE(),
  places: SOCIAL_ASSISTANCE_PLACE,
  result: { kind: 'decision', name: '临时救助审批决定', licenseType: null },
  materials: [
    form('临时救助申请书'),
    idCard(),
    mat('hardship_proof', '遭遇困难的相关证明（医疗费用票据、事故证明等）', '相关机构', 'C'),
    cond('emergency_note', '急难情况说明（先行救助后补充材料）', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('urgency', '困难情形', [
      ['urgent', '情况紧急，需先行救助'],
      ['normal', '一般情形'],
    ]),
  ],
  rules: [rule('urgency', 'urgent', ['emergency_note'], ['乡镇（街道）可先行救助，事后补齐审批手续'])],
});

const disabilitySubsidy = item({
  main: [5, '困难残疾人生活补贴和重度残疾人护理补贴'],
  variant: 1,
  name: '困难残疾人生活补贴和重度残疾人护理补贴申领',
  aliases: ['残疾人两项补贴'],
  keywords: ['残疾人补贴', '护理补贴', '残疾'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
      '',
      '困难残疾人生活补贴主要补助残疾人因残疾产生的额外生活支出，对象为低保家庭中的残疾人；重度残疾人护理补贴主要补助残疾人因残疾产生的额外长期照护支出，对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人。',
    ),
  ],
  days: [20, 10],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'decision', name: '残疾人两项补贴审核结果', licenseType: null },
  materials: [
    form('残疾人两项补贴申请审批表'),
    mat('disability_cert', '第二代中华人民共和国残疾人证', '残疾人联合会', 'B', {
      licenseType: '残疾人证',
      sharedKey: 'disability_cert',
    }),
    bankAccount(),
  ],
  agent: true,
});

const longevity = item({
  main: [6, '高龄津贴'],
  variant: 1,
  name: '高龄津贴申领',
  aliases: ['长寿金', '高龄补贴'],
  keywords: ['高龄津贴', '老年人补贴', '80岁补贴', '退休'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国老年人权益保障法》',
      '第三十三条',
      '国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利。国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。',
    ),
  ],
  days: [20, 5],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '高龄津贴发放核定', licenseType: null },
  materials: [idCard(), bankAccount()],
  agent: true,
});

const seniorCard = item({
  main: [7, '老年人优待证办理'],
  variant: 1,
  name: '老年人优待证办理',
  aliases: ['老年证', '敬老卡'],
  keywords: ['老年证', '老年卡', '坐公交免费', '60岁', '退休'],
  type: '20',
  serviceObjects: [1],
  themes: ['退休'],
  legalBasis: [
    law(
      '《中华人民共和国老年人权益保障法》',
      '',
      '县级以上人民政府及其有关部门根据经济社会发展情况和老年人的特殊需要，制定优待老年人的办法，逐步提高优待水平。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'national',
  result: { kind: 'license', name: '老年人优待证（电子）', licenseType: '老年人优待证' },
  materials: [idCard(), photo()],
});

const socialGroup = item({
  main: [8, '社会团体登记'],
  variant: 1,
  name: '社会团体成立登记',
  aliases: ['成立协会', '商会登记'],
  keywords: ['协会', '商会', '社会团体', '社团'],
  type: '01',
  serviceObjects: [1, 2, 4, 6],
  legalBasis: [
    law(
      '《社会团体登记管理条例》',
      '第十二条',
      '登记管理机关应当自收到本条例第十一条所列全部有效文件之日起60日内，作出准予或者不予登记的决定。',
    ),
  ],
  days: [60, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '社会团体法人登记证书', licenseType: '社会团体法人登记证书' },
  materials: [
    form('社会团体法人登记申请表'),
    mat('sponsor_approval', '业务主管单位的批准文件（直接登记的除外）', '业务主管单位', 'B'),
    mat('articles', '章程草案', '申请人', 'D', { form: 'original' }),
    premises({ name: '住所使用权证明' }),
    mat('capital', '验资报告', '会计师事务所', 'C'),
    legalRepId({ name: '拟任负责人身份证明' }),
  ],
  agent: true,
});

const privateNonEnterprise = item({
  main: [9, '社会服务机构（民办非企业单位）登记'],
  variant: 1,
  name: '社会服务机构（民办非企业单位）成立登记',
  keywords: ['民非', '民办非企业', '社会服务机构', '养老院', '培训学校'],
  type: '01',
  serviceObjects: [1, 2, 4, 6],
  legalBasis: [
    law(
      '《民办非企业单位登记管理暂行条例》',
      '第十一条',
      '登记管理机关应当自收到成立登记申请的全部有效文件之日起60日内作出准予登记或者不予登记的决定。',
    ),
  ],
  days: [60, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '民办非企业单位登记证书', licenseType: '民办非企业单位登记证书' },
  materials: [
    form('民办非企业单位（法人）登记申请表'),
    mat('sponsor_approval', '业务主管单位的批准文件', '业务主管单位', 'B'),
    mat('articles', '章程草案', '申请人', 'D', { form: 'original' }),
    premises({ name: '场所使用权证明' }),
    mat('capital', '验资报告', '会计师事务所', 'C'),
  ],
  agent: true,
});

const adoption = item({
  main: [10, '收养登记'],
  variant: 1,
  name: '中国公民收养登记',
  keywords: ['收养', '领养孩子'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国民法典》',
      '第一千一百零五条',
      '收养应当向县级以上人民政府民政部门登记。收养关系自登记之日起成立。',
    ),
    law(
      '《中国公民收养子女登记办法》',
      '第七条',
      '收养登记机关收到收养登记申请书及有关材料后，应当自次日起30日内进行审查。',
    ),
  ],
  days: [30, 20],
  channel: WINDOW_TWICE(),
  result: { kind: 'license', name: '收养登记证', licenseType: '收养登记证' },
  materials: [
    form('收养登记申请书'),
    idCard({ name: '收养人居民身份证' }),
    householdRegister({ name: '收养人居民户口簿' }),
    mat('health', '收养人县级以上医疗机构出具的身体健康检查证明', '医疗机构', 'C'),
    mat('evaluation', '收养评估报告', '民政部门', 'A'),
  ],
});

const funeralBenefit = item({
  main: [11, '惠民殡葬'],
  variant: 1,
  name: '基本殡葬服务费用减免（惠民殡葬补贴）',
  aliases: ['殡葬补贴', '火化费减免'],
  keywords: ['殡葬', '火化', '丧事', '身后事', '人去世了', '殡葬补贴'],
  type: '05',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [
    law(
      '《殡葬管理条例》',
      '第二条',
      '殡葬管理的方针是：积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事。',
    ),
    law(
      '《民政部等九部门关于全面推行惠民殡葬政策的指导意见》（民发〔2012〕211号）',
      '',
      '以城乡困难群众为重点对象，逐步扩大到全体居民，免除遗体接运、存放、火化和骨灰寄存等基本殡葬服务费用。',
    ),
  ],
  days: [1, 0],
  channel: WINDOW_ONCE(),
  places: ['金华市殡仪馆业务窗口（直接结算）', '户籍所在地乡镇（街道）便民服务中心'],
  result: { kind: 'certificate', name: '基本殡葬服务费用减免结算单', licenseType: null },
  faq: [
    qa(
      '补贴要先垫付再报销吗？',
      '不用。本市户籍居民在殡仪馆办理火化时直接减免基本殡葬服务费用，无需垫付和另行申请。',
    ),
  ],
  materials: [
    deathCert(),
    deceasedId(),
    mat('handler_id', '经办家属居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
  ],
});

const careHomeFiling = item({
  main: [12, '养老机构备案'],
  variant: 1,
  name: '养老机构备案',
  keywords: ['养老院', '养老机构', '开养老院'],
  type: '10',
  serviceObjects: [2, 4, 6],
  legalBasis: [
    law(
      '《中华人民共和国老年人权益保障法》',
      '第四十三条',
      '设立公益性养老机构，应当依法办理相应的登记。设立经营性养老机构，应当在市场监督管理部门办理登记。养老机构登记后即可开展服务活动，并向县级以上人民政府民政部门备案。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '养老机构备案回执', licenseType: null },
  materials: [
    form('养老机构备案书'),
    mat('registration', '登记证书（营业执照或事业单位、社会服务机构登记证书）', '登记机关', 'B'),
    mat('commitment_doc', '养老机构备案承诺书', '申请人', 'D', { form: 'original' }),
    mat('fire_proof', '消防验收或备案、消防安全检查合格证明', '相关部门', 'B'),
  ],
});

const homeCare = item({
  main: [13, '居家养老服务补贴'],
  variant: 1,
  name: '居家养老服务补贴申领',
  keywords: ['居家养老', '上门服务', '养老补贴', '退休'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《浙江省社会养老服务促进条例》',
      '',
      '县级以上人民政府应当对经济困难的失能、失智、高龄等老年人给予居家养老服务补贴。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '居家养老服务补贴核定', licenseType: null },
  materials: [
    form('居家养老服务补贴申请表'),
    idCard(),
    mat('assessment', '老年人能力评估结果', '评估机构', 'B'),
  ],
  agent: true,
});

export const CIVIL_AFFAIRS_ITEMS: ItemInputRaw[] = [
  marriage,
  divorce,
  reissue,
  minimumLiving,
  destitute,
  temporaryRelief,
  disabilitySubsidy,
  longevity,
  seniorCard,
  socialGroup,
  privateNonEnterprise,
  adoption,
  funeralBenefit,
  careHomeFiling,
  homeCare,
];
