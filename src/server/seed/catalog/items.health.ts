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
  bankAccount,
  birthCert,
  businessLicense,
  commitment,
  cond,
  deceasedId,
  form,
  householdRegister,
  idCard,
  legalRepId,
  marriageCert,
  mat,
  photo,
  premises,
} from './materials';

const item = itemsOf('health');

const PUBLIC8 = law(
  '《公共场所卫生管理条例》',
  '第八条',
  '除公园、体育场馆、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。“卫生许可证”两年复核一次。',
);
const PUBLIC_RULES = law(
  '《公共场所卫生管理条例实施细则》（原卫生部令第80号）',
  '第二十二条',
  '国家对公共场所实行卫生许可证管理。公共场所经营者应当按照规定向县级以上地方人民政府卫生计生行政部门申请卫生许可证。未取得卫生许可证的，不得营业。',
);
const CLINIC = law(
  '《医疗机构管理条例》',
  '第十五条',
  '医疗机构执业，必须进行登记，领取《医疗机构执业许可证》；诊所按照国务院卫生行政部门的规定向所在地的县级人民政府卫生行政部门备案后，可以执业。',
);
const PHYSICIAN13 = law(
  '《中华人民共和国医师法》',
  '第十三条',
  '国家实行医师执业注册制度。取得医师资格的，可以向所在地县级以上地方人民政府卫生健康主管部门申请注册。医师执业注册管理的具体办法，由国务院卫生健康主管部门制定。受理申请的卫生健康主管部门应当自受理申请之日起二十个工作日内准予注册。',
);
const MCH23 = law(
  '《中华人民共和国母婴保健法》',
  '第二十三条',
  '医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明；有产妇和婴儿死亡以及新生儿出生缺陷情况的，应当向卫生行政部门报告。',
);

const PUBLIC_FAQ = [
  qa(
    '哪些场所要办公共场所卫生许可证？',
    '宾馆、旅店、民宿等住宿场所，理发店、美容店，游泳场所，沐浴场所等需要办理。饭馆、咖啡馆、酒吧、茶座和公园、体育场馆不需要办理。',
  ),
  qa('卫生许可证有效期多久？', '有效期4年，每2年复核一次。延续的，应当在有效期届满30日前提出申请。'),
  qa(
    '可以告知承诺当场发证吗？',
    '可以。申请人承诺场所符合卫生要求并提交相关材料的，当场发放卫生许可证，卫生健康部门在发证后开展现场核查。',
  ),
];

const publicNew = item({
  main: [1, '公共场所卫生许可'],
  variant: 1,
  name: '公共场所卫生许可（新办）',
  aliases: ['卫生许可证', '公共场所卫生许可证'],
  keywords: ['卫生许可证', '开理发店', '开美容院', '开民宿', '开宾馆', '游泳馆', '足浴店', '洗浴'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [PUBLIC8, PUBLIC_RULES],
  acceptanceConditions: [
    '已取得营业执照',
    '场所选址、设计、装修符合卫生要求，具有与经营规模相适应的消毒、通风、防病媒生物等设施',
    '从业人员取得有效健康合格证明',
  ],
  days: [20, 3],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '公共场所卫生许可证', licenseType: '公共场所卫生许可证' },
  faq: PUBLIC_FAQ,
  materials: [
    form('公共场所卫生许可申请表'),
    businessLicense(),
    legalRepId(),
    mat('layout', '公共场所地址方位示意图、平面图和卫生设施平面布局图', '申请人', 'D', { form: 'original' }),
    mat('hygiene_rules', '公共场所卫生管理制度', '申请人', 'D', { form: 'original' }),
    mat('staff_health', '从业人员健康合格证明', '医疗卫生机构', 'C', {
      licenseType: '健康证明',
      sharedKey: 'staff_health_cert',
    }),
    cond('aircon_report', '集中空调通风系统卫生检测或评价报告', '检测机构', 'C'),
    cond('water_report', '游泳池水质检测报告及救生、水质处理设施说明', '检测机构', 'C'),
    cond('commitment', '公共场所卫生许可告知承诺书', '申请人', 'D', { form: 'original' }),
    cond('sample_report', '室内空气质量、公共用品用具卫生检测报告', '检测机构', 'C'),
  ],
  questions: [
    question('venue', '场所类型', [
      ['lodging', '宾馆、旅店、民宿'],
      ['beauty', '理发店、美容店'],
      ['swimming', '游泳场所'],
      ['bath', '沐浴、足浴场所'],
    ]),
    question('aircon', '是否使用集中空调通风系统？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
    question('mode', '办理方式', [
      ['commit', '告知承诺，当场发证'],
      ['normal', '一般程序，现场审查后发证'],
    ]),
  ],
  rules: [
    rule('venue', 'swimming', ['water_report'], ['游泳场所应配备持证救生员，设置强制浸脚消毒池']),
    rule('venue', 'lodging', [], ['客房床上用品应一客一换，配备布草间和消毒间']),
    rule('aircon', 'yes', ['aircon_report']),
    rule('mode', 'commit', ['commitment']),
    rule('mode', 'normal', ['sample_report']),
  ],
  agent: true,
});

const publicChange = item({
  main: [1, '公共场所卫生许可'],
  variant: 2,
  name: '公共场所卫生许可（变更）',
  keywords: ['卫生许可证变更'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [PUBLIC8, PUBLIC_RULES],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '公共场所卫生许可证', licenseType: '公共场所卫生许可证' },
  faq: PUBLIC_FAQ,
  materials: [
    form('公共场所卫生许可变更申请表'),
    mat('hygiene_license', '原公共场所卫生许可证', '卫生健康部门', 'A', {
      form: 'original',
      licenseType: '公共场所卫生许可证',
    }),
  ],
});

const publicRenew = item({
  main: [1, '公共场所卫生许可'],
  variant: 3,
  name: '公共场所卫生许可（延续）',
  keywords: ['卫生许可证到期', '卫生许可证延续'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [PUBLIC8, PUBLIC_RULES],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '公共场所卫生许可证', licenseType: '公共场所卫生许可证' },
  materials: [form('公共场所卫生许可延续申请表'), commitment('卫生条件未发生变化的承诺书')],
});

const publicCancel = item({
  main: [1, '公共场所卫生许可'],
  variant: 4,
  name: '公共场所卫生许可（注销）',
  keywords: ['卫生许可证注销'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['企业注销'],
  legalBasis: [PUBLIC8],
  days: [20, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '公共场所卫生许可注销通知', licenseType: null },
  materials: [form('公共场所卫生许可注销申请表')],
});

const clinicFiling = item({
  main: [2, '医疗机构执业登记'],
  sub: [1, '诊所备案'],
  variant: 1,
  name: '诊所备案',
  aliases: ['开诊所', '个体诊所备案'],
  keywords: ['开诊所', '诊所', '中医诊所', '口腔诊所', '私人诊所'],
  type: '10',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [
    CLINIC,
    law(
      '《诊所备案管理暂行办法》（国卫医政发〔2022〕33号）',
      '',
      '诊所执业前应当向所在地县级人民政府卫生健康行政部门备案，取得诊所备案凭证后即可开展执业活动。',
    ),
  ],
  acceptanceConditions: [
    '诊所主要负责人应当取得医师执业证书，经注册后在医疗、保健机构中执业满五年',
    '符合《诊所基本标准》的场所、人员和设备配置',
  ],
  days: [0, 0],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '诊所备案凭证', licenseType: '诊所备案凭证' },
  faq: [
    qa(
      '诊所还要办医疗机构执业许可证吗？',
      '不需要。诊所实行备案管理，材料齐全的当场发放诊所备案凭证，卫生健康部门在30日内进行现场核查。',
    ),
    qa('诊所可以装X光机吗？', '可以，但开展放射诊疗前须另行取得放射诊疗许可，并办理辐射安全许可。'),
  ],
  materials: [
    form('诊所备案信息表'),
    businessLicense({
      requirement: 'always',
      note: '营利性诊所提供；非营利性诊所提供事业单位或民办非企业单位登记证书',
    }),
    premises({ name: '诊所房屋产权证明或使用证明' }),
    mat('doctor_cert', '诊所主要负责人及医务人员的执业证书', '卫生健康部门', 'B', {
      licenseType: '医师执业证书',
    }),
    mat('clinic_rules', '诊所规章制度、人员岗位职责', '申请人', 'D', { form: 'original' }),
    mat('layout', '诊所平面布局图', '申请人', 'D', { form: 'original' }),
    cond('tcm_record', '中医诊所备案信息表（中医药专长医师资格证明）', '中医药主管部门', 'B'),
    cond('radiation_license', '放射诊疗许可证', '卫生健康部门', 'A', { licenseType: '放射诊疗许可证' }),
  ],
  questions: [
    question('kind', '诊所类别', [
      ['general', '普通诊所、口腔诊所'],
      ['tcm', '中医诊所'],
    ]),
    question('radiology', '是否开展放射诊疗（如口腔全景机）？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
  ],
  rules: [rule('kind', 'tcm', ['tcm_record']), rule('radiology', 'yes', ['radiation_license'])],
  agent: true,
});

const hospitalRegistration = item({
  main: [2, '医疗机构执业登记'],
  sub: [2, '医疗机构执业登记'],
  variant: 1,
  name: '医疗机构执业登记（新办）',
  aliases: ['医疗机构执业许可证'],
  keywords: ['门诊部', '医院执业登记', '医疗机构'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    CLINIC,
    law(
      '《医疗机构管理条例实施细则》',
      '第三十一条',
      '登记机关在受理医疗机构执业登记申请后，应当按照条例第十六条规定的条件和条例第十九条规定的时限进行审查和实地考察、核实，并对有关执业人员进行消毒、隔离和无菌操作等基本知识和技能的现场抽查考核。',
    ),
  ],
  days: [45, 20],
  channel: WINDOW_ONCE(),
  result: { kind: 'license', name: '医疗机构执业许可证', licenseType: '医疗机构执业许可证' },
  materials: [
    form('医疗机构申请执业登记注册书'),
    mat('building_proof', '医疗机构用房产权证明或使用证明', '不动产登记机构/出租方', 'C', {
      sharedKey: 'lease_contract',
    }),
    mat('staff_list', '医疗机构规章制度和医务人员执业证书', '申请人', 'C'),
    mat('acceptance', '建筑设计平面图及消防、环保验收证明', '相关部门', 'B'),
  ],
  agent: true,
});

const physicianFirst = item({
  main: [3, '医师执业注册'],
  variant: 1,
  name: '医师执业注册（首次注册）',
  aliases: ['医师注册', '执业医师注册'],
  keywords: ['医师执业证书', '医生注册'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    PHYSICIAN13,
    law(
      '《医师执业注册管理办法》（国家卫生和计划生育委员会令第13号）',
      '',
      '拟在医疗、保健机构中执业的人员，应当向批准该机构执业的卫生计生行政部门申请注册。',
    ),
  ],
  days: [20, 3],
  channel: FULL_ONLINE(),
  crossRegion: 'none',
  result: { kind: 'license', name: '医师执业证书（电子证照）', licenseType: '医师执业证书' },
  faq: [
    qa(
      '医师执业证书是纸质的吗？',
      '全面实行医师电子化注册，注册成功后可在“浙里办”和国家医师电子证照系统查看电子证照。',
    ),
  ],
  materials: [
    form('医师执业注册申请审核表'),
    idCard(),
    mat('qualification', '医师资格证书', '卫生健康部门', 'B', { licenseType: '医师资格证书' }),
    mat('health_proof', '近6个月内的县级以上医疗机构出具的健康体检证明', '医疗机构', 'C'),
    mat('employment', '拟执业医疗机构的聘用证明', '医疗机构', 'C'),
  ],
});

const physicianChange = item({
  main: [3, '医师执业注册'],
  variant: 2,
  name: '医师执业注册（变更注册）',
  keywords: ['医师变更执业地点', '医生多点执业'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [PHYSICIAN13],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '医师执业证书（电子证照）', licenseType: '医师执业证书' },
  materials: [
    form('医师变更执业注册申请审核表'),
    mat('employment', '拟执业医疗机构的聘用证明', '医疗机构', 'C'),
  ],
});

const nurseFirst = item({
  main: [4, '护士执业注册'],
  variant: 1,
  name: '护士执业注册（首次注册）',
  aliases: ['护士注册'],
  keywords: ['护士执业证书', '护士证'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《护士条例》',
      '第八条',
      '申请护士执业注册的，应当向批准设立拟执业医疗机构或者为该医疗机构备案的卫生主管部门提出申请。收到申请的卫生主管部门应当自收到申请之日起20个工作日内作出决定，对具备本条例规定条件的，准予注册，并发给护士执业证书。',
    ),
  ],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '护士执业证书（电子证照）', licenseType: '护士执业证书' },
  materials: [
    form('护士执业注册申请审核表'),
    idCard(),
    mat('exam_cert', '护士执业资格考试成绩合格证明', '卫生健康部门', 'B'),
    mat('health_proof', '近6个月内的健康体检证明', '医疗机构', 'C'),
  ],
});

const birthCertFirst = item({
  main: [5, '出生医学证明'],
  variant: 1,
  name: '出生医学证明首次签发',
  aliases: ['办出生证', '出生证明'],
  keywords: ['生孩子', '出生证', '新生儿', '宝宝出生', '出生医学证明'],
  type: '20',
  serviceObjects: [1],
  themes: ['出生'],
  legalBasis: [MCH23],
  acceptanceConditions: ['在本辖区助产机构内出生的新生儿'],
  days: [1, 0],
  channel: ONLINE_POST(),
  crossRegion: 'none',
  places: ['新生儿出生的助产机构（医院出生证明办理处）', '浙江政务服务网、“浙里办”APP'],
  result: { kind: 'certificate', name: '出生医学证明', licenseType: '出生医学证明' },
  faq: [
    qa(
      '宝宝的名字没想好可以先办出生证吗？',
      '出生医学证明需填写新生儿姓名，一经签发不得随意更改，请确定姓名后再申领；可在出院后通过“浙里办”申领。',
    ),
    qa('父母一方是外地户口可以办吗？', '可以，出生医学证明由助产机构签发，与父母户籍无关。'),
  ],
  materials: [
    form('出生医学证明首次签发登记表'),
    idCard({ name: '新生儿父母居民身份证' }),
    cond('marriage_for_father', '结婚证（需登记父亲信息时）', '婚姻登记机关', 'B', {
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('paternity', '亲子鉴定证明（父母未登记结婚且需登记父亲信息时）', '司法鉴定机构', 'C'),
  ],
  questions: [
    question('parents', '新生儿父母婚姻状况', [
      ['married', '已登记结婚'],
      ['unmarried', '未登记结婚'],
    ]),
  ],
  rules: [rule('parents', 'married', ['marriage_for_father']), rule('parents', 'unmarried', ['paternity'])],
});

const birthCertReissue = item({
  main: [5, '出生医学证明'],
  variant: 2,
  name: '出生医学证明补发、换发',
  aliases: ['出生证丢了', '补办出生证'],
  keywords: ['出生证补办', '出生证换发', '出生证改名'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [MCH23],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '出生医学证明', licenseType: '出生医学证明' },
  materials: [
    form('出生医学证明补发（换发）申请表'),
    idCard({ name: '新生儿父母居民身份证' }),
    householdRegister({ name: '新生儿户口簿（已落户的）' }),
    cond('old_cert', '原出生医学证明（换发时交回）', '助产机构', 'A', {
      form: 'original',
      licenseType: '出生医学证明',
    }),
  ],
  questions: [
    question('reason', '申请原因', [
      ['lost', '遗失补发'],
      ['damaged', '破损或信息错误换发'],
    ]),
  ],
  rules: [
    rule('reason', 'damaged', ['old_cert']),
    rule('reason', 'lost', [], ['遗失的应在“浙里办”发布遗失声明']),
  ],
});

const birthRegistration = item({
  main: [6, '生育登记'],
  variant: 1,
  name: '生育登记',
  aliases: ['生育服务登记', '准生证'],
  keywords: ['准生证', '生孩子', '怀孕', '二胎', '三胎', '生育登记'],
  type: '20',
  serviceObjects: [1],
  themes: ['婚育', '出生'],
  legalBasis: [
    law(
      '《中华人民共和国人口与计划生育法》',
      '第十八条',
      '国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。',
    ),
    law(
      '《浙江省人口与计划生育条例》',
      '',
      '实行生育登记服务制度，夫妻生育子女的，可以在孕前或者孕期、子女出生后向户籍地或者居住地办理生育登记。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '生育登记服务单（电子）', licenseType: null },
  faq: [
    qa(
      '现在还需要准生证吗？',
      '不需要审批。生育子女实行生育登记服务，夫妻任一方可通过“浙里办”在线登记，不设前置条件。',
    ),
  ],
  materials: [
    form('生育登记信息表'),
    idCard({ name: '夫妻双方居民身份证' }),
    marriageCert({ requirement: 'always' }),
  ],
});

const vaccinationCert = item({
  main: [7, '预防接种证办理'],
  variant: 1,
  name: '儿童预防接种证办理',
  aliases: ['打疫苗本', '接种本'],
  keywords: ['疫苗', '预防接种证', '生孩子', '宝宝打疫苗'],
  type: '20',
  serviceObjects: [1],
  themes: ['出生'],
  legalBasis: [
    law(
      '《中华人民共和国疫苗管理法》',
      '第四十七条',
      '国家对儿童实行预防接种证制度。在儿童出生后一个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位或者出生医院为其办理预防接种证。',
    ),
  ],
  days: [0, 0],
  channel: WINDOW_ONCE(),
  places: ['新生儿出生医院或居住地社区卫生服务中心预防接种门诊'],
  result: { kind: 'certificate', name: '儿童预防接种证', licenseType: '预防接种证' },
  materials: [birthCert(), idCard({ name: '监护人居民身份证' })],
});

const deathCertIssue = item({
  main: [8, '居民死亡医学证明（推断）书签发'],
  variant: 1,
  name: '居民死亡医学证明（推断）书签发',
  aliases: ['死亡证明'],
  keywords: ['死亡证明', '人去世了', '老人过世', '身后事'],
  type: '20',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [
    law(
      '《国家卫生计生委 公安部 民政部关于进一步规范人口死亡医学证明和信息登记管理工作的通知》（国卫规划发〔2013〕57号）',
      '',
      '居民死亡医学证明（推断）书由负责救治或正常死亡调查的医疗卫生机构签发。',
    ),
  ],
  days: [1, 0],
  channel: WINDOW_ONCE(),
  places: ['负责救治的医疗机构或居住地社区卫生服务中心（乡镇卫生院）'],
  result: {
    kind: 'certificate',
    name: '居民死亡医学证明（推断）书',
    licenseType: '居民死亡医学证明（推断）书',
  },
  materials: [
    deceasedId(),
    mat('reporter_id', '申报人（家属）居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
    cond('police_proof', '公安机关出具的死亡调查证明（非正常死亡）', '公安机关', 'B'),
  ],
  questions: [
    question('place', '死亡地点及情形', [
      ['hospital', '在医疗机构内死亡'],
      ['home', '在家中正常死亡'],
      ['abnormal', '非正常死亡'],
    ]),
  ],
  rules: [
    rule('place', 'abnormal', ['police_proof']),
    rule('place', 'home', [], ['由社区卫生服务中心（乡镇卫生院）医生上门调查后签发']),
  ],
});

const waterHygiene = item({
  main: [9, '饮用水供水单位卫生许可'],
  variant: 1,
  name: '饮用水供水单位卫生许可（新办）',
  keywords: ['二次供水', '供水单位卫生许可', '饮用水'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《中华人民共和国传染病防治法》',
      '第二十九条',
      '饮用水供水单位从事生产或者供应活动，应当依法取得卫生许可证。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '卫生许可证（供水）', licenseType: '卫生许可证' },
  materials: [
    form('饮用水供水单位卫生许可申请表'),
    businessLicense(),
    mat('water_test', '水质检测报告', '检测机构', 'C'),
    mat('hygiene_rules', '供水卫生管理制度及从业人员健康证明', '申请人', 'D', { form: 'original' }),
  ],
});

const radiation = item({
  main: [10, '放射诊疗许可'],
  variant: 1,
  name: '放射诊疗许可（新办）',
  keywords: ['放射诊疗', 'X光机', 'CT', '口腔CT'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《放射诊疗管理规定》（原卫生部令第46号）',
      '第十一条',
      '医疗机构在开展放射诊疗工作前，应当提交相关资料，向相应的卫生行政部门提出放射诊疗许可申请。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '放射诊疗许可证', licenseType: '放射诊疗许可证' },
  materials: [
    form('放射诊疗许可申请表'),
    mat('evaluation', '放射诊疗建设项目职业病危害控制效果评价报告', '技术服务机构', 'C'),
    mat('equipment_test', '放射诊疗设备和防护检测报告', '检测机构', 'C'),
    mat('staff_training', '放射工作人员资质、培训和个人剂量监测资料', '申请人', 'C'),
  ],
});

const familyAid = item({
  main: [11, '计划生育家庭特别扶助'],
  variant: 1,
  name: '计划生育家庭特别扶助金申领',
  keywords: ['失独家庭', '特别扶助', '独生子女'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国人口与计划生育法》',
      '第三十一条',
      '获得《独生子女父母光荣证》的夫妻，独生子女发生意外伤残、死亡的，按照规定获得扶助。',
    ),
  ],
  days: [30, 20],
  channel: WINDOW_ONCE(),
  places: ['户籍所在地乡镇（街道）便民服务中心'],
  result: { kind: 'decision', name: '特别扶助金核定通知', licenseType: null },
  materials: [
    form('计划生育家庭特别扶助申请表'),
    idCard(),
    householdRegister(),
    bankAccount(),
    photo({ count: 2 }),
  ],
});

export const HEALTH_ITEMS: ItemInputRaw[] = [
  publicNew,
  publicChange,
  publicRenew,
  publicCancel,
  clinicFiling,
  hospitalRegistration,
  physicianFirst,
  physicianChange,
  nurseFirst,
  birthCertFirst,
  birthCertReissue,
  birthRegistration,
  vaccinationCert,
  deathCertIssue,
  waterHygiene,
  radiation,
  familyAid,
];
