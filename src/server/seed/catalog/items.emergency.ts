import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, commitment, cond, form, legalRepId, mat, premises } from './materials';

const item = itemsOf('emergency');
const fire = { unit: 'fire' as const };

const FIRE15 = law(
  '《中华人民共和国消防法》',
  '第十五条',
  '公众聚集场所投入使用、营业前，建设单位或者使用单位应当向场所所在地的县级以上地方人民政府消防救援机构申请消防安全检查，作出场所符合消防技术标准和管理规定的承诺，提交规定的材料，并对其承诺和材料的真实性负责。消防救援机构对申请人提交的材料进行审查；申请材料齐全、符合法定形式的，应当予以许可。消防救援机构应当根据消防技术标准和管理规定，及时对作出承诺的公众聚集场所进行核查。申请人选择不采用告知承诺方式办理的，消防救援机构应当自受理申请之日起十个工作日内，根据消防技术标准和管理规定，对该场所进行检查。',
);
const FIRE_FAQ = [
  qa(
    '哪些场所属于公众聚集场所？',
    '宾馆、饭店、商场、集贸市场、客运车站候车室、民用机场航站楼、体育场馆、会堂以及公共娱乐场所等，面积较小的餐饮店、理发店等一般不属于，以当地消防救援机构认定为准。',
  ),
  qa(
    '告知承诺和一般程序有什么区别？',
    '告知承诺方式下，材料齐全即当场发证，消防救援机构在许可后进行核查；一般程序由消防救援机构在10个工作日内现场检查合格后发证。',
  ),
];

const hazChem = item({
  main: [1, '危险化学品经营许可'],
  variant: 1,
  name: '危险化学品经营许可证核发（不带储存设施）',
  aliases: ['危化品经营许可证'],
  keywords: ['危化品', '危险化学品', '油漆', '化工贸易'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《危险化学品安全管理条例》',
      '第三十五条',
      '从事危险化学品经营的企业，应当向所在地县级人民政府安全生产监督管理部门提出申请（有储存设施的，应当向所在地设区的市级人民政府安全生产监督管理部门提出申请）。收到申请的部门应当依法进行审查，自收到证明材料之日起30日内作出批准或者不予批准的决定。',
    ),
  ],
  days: [30, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '危险化学品经营许可证', licenseType: '危险化学品经营许可证' },
  materials: [
    form('危险化学品经营许可证申请表'),
    businessLicense(),
    premises({ name: '经营场所产权证明或租赁合同' }),
    mat('staff_cert', '主要负责人、安全管理人员安全生产知识和管理能力考核合格证明', '应急管理部门', 'B'),
    mat('rules', '安全生产规章制度和岗位操作规程', '申请人', 'D', { form: 'original' }),
    mat('emergency_plan', '生产安全事故应急预案', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const fireworks = item({
  main: [2, '烟花爆竹经营许可'],
  variant: 1,
  name: '烟花爆竹经营（零售）许可证核发',
  keywords: ['卖烟花', '烟花爆竹', '鞭炮', '春节'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《烟花爆竹安全管理条例》',
      '第十九条',
      '申请从事烟花爆竹零售的，由所在地县级人民政府安全生产监督管理部门审批。县级人民政府安全生产监督管理部门应当自受理申请之日起20日内对提交的有关材料和经营场所进行审查，对符合条件的，核发《烟花爆竹经营（零售）许可证》。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '烟花爆竹经营（零售）许可证', licenseType: '烟花爆竹经营（零售）许可证' },
  materials: [
    form('烟花爆竹经营（零售）许可证申请书'),
    businessLicense(),
    mat('store_plan', '零售场所平面图及周边安全距离说明', '申请人', 'D', { form: 'original' }),
    mat('training', '主要负责人经过安全知识教育的证明', '培训机构', 'C'),
    mat('supply', '与批发企业签订的供货协议', '批发企业', 'C'),
  ],
});

const accidentPlan = item({
  main: [3, '生产经营单位生产安全事故应急预案备案'],
  variant: 1,
  name: '生产经营单位生产安全事故应急预案备案',
  keywords: ['应急预案备案', '安全生产', '工厂'],
  type: '10',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《生产安全事故应急预案管理办法》（应急管理部令第2号）',
      '第二十六条',
      '易燃易爆物品、危险化学品等危险物品的生产、经营、储存、运输单位，矿山、金属冶炼、城市轨道交通运营、建筑施工单位，以及宾馆、商场、娱乐场所、旅游景区等人员密集场所经营单位，应当在应急预案公布之日起20个工作日内，按照分级属地原则，向县级以上人民政府应急管理部门和其他负有安全生产监督管理职责的部门进行备案。',
    ),
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '生产经营单位生产安全事故应急预案备案登记表', licenseType: null },
  materials: [
    form('生产经营单位生产安全事故应急预案备案申请表'),
    mat('plan', '应急预案评审意见及预案文本', '申请人', 'D', { form: 'original' }),
    mat('risk', '风险评估结果和应急资源调查清单', '申请人', 'C'),
  ],
});

const precursor = item({
  main: [4, '非药品类易制毒化学品经营备案'],
  variant: 1,
  name: '第三类非药品类易制毒化学品经营备案',
  keywords: ['易制毒', '硫酸', '盐酸', '丙酮'],
  type: '10',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《易制毒化学品管理条例》',
      '第十三条',
      '经营第三类易制毒化学品的，应当自经营之日起30日内，将经营的品种、数量、主要流向等情况，向所在地的县级人民政府安全生产监督管理部门备案。',
    ),
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: {
    kind: 'certificate',
    name: '非药品类易制毒化学品经营备案证明',
    licenseType: '非药品类易制毒化学品经营备案证明',
  },
  materials: [
    form('非药品类易制毒化学品经营备案申请表'),
    businessLicense(),
    mat('rules', '易制毒化学品管理制度和岗位安全责任制度', '申请人', 'D', { form: 'original' }),
  ],
});

const fireCheckCommit = item({
  ...fire,
  main: [5, '公众聚集场所投入使用、营业前消防安全检查'],
  variant: 1,
  name: '公众聚集场所投入使用、营业前消防安全检查（告知承诺）',
  aliases: ['消防安全检查', '消防许可'],
  keywords: ['消防检查', '消防许可', '开餐馆', '开饭店', '开民宿', '开KTV', '开超市', '营业前消防'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [FIRE15],
  acceptanceConditions: [
    '建设工程已依法通过消防验收或备案（不需要的除外）',
    '作出场所符合消防技术标准和管理规定的承诺',
  ],
  days: [10, 0],
  channel: ONLINE_ONCE(),
  result: {
    kind: 'license',
    name: '公众聚集场所投入使用、营业前消防安全检查合格证',
    licenseType: '公众聚集场所投入使用营业前消防安全检查合格证',
  },
  faq: FIRE_FAQ,
  materials: [
    form('公众聚集场所投入使用、营业前消防安全检查申请表'),
    commitment('公众聚集场所投入使用、营业前消防安全检查告知承诺书'),
    businessLicense(),
    legalRepId(),
    mat('fire_rules', '场所消防安全管理制度、灭火和应急疏散预案', '申请人', 'D', { form: 'original' }),
    mat('fire_facilities', '场所平面布置图、消防设施平面图及消防设施检测报告', '消防技术服务机构', 'C'),
    cond(
      'decoration_proof',
      '装修材料防火性能符合消防技术标准的证明文件、出厂合格证',
      '生产厂家/检验机构',
      'C',
    ),
    cond('acceptance_proof', '消防验收意见书或消防验收备案凭证', '住房和城乡建设部门', 'B'),
  ],
  questions: [
    question('decoration', '场所是否进行了室内装修？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
    question('acceptance', '场所建设工程是否依法需要消防验收或备案？', [
      ['no', '不需要'],
      ['yes', '需要（已取得验收意见或备案凭证）'],
    ]),
  ],
  rules: [rule('decoration', 'yes', ['decoration_proof']), rule('acceptance', 'yes', ['acceptance_proof'])],
  agent: true,
});

const fireCheckNormal = item({
  ...fire,
  main: [5, '公众聚集场所投入使用、营业前消防安全检查'],
  variant: 2,
  name: '公众聚集场所投入使用、营业前消防安全检查（一般程序）',
  keywords: ['消防检查', '消防许可', '开餐馆', '开民宿', '营业前消防'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [FIRE15],
  days: [10, 7],
  channel: ONLINE_ONCE(),
  result: {
    kind: 'license',
    name: '公众聚集场所投入使用、营业前消防安全检查合格证',
    licenseType: '公众聚集场所投入使用营业前消防安全检查合格证',
  },
  faq: FIRE_FAQ,
  materials: [
    form('公众聚集场所投入使用、营业前消防安全检查申请表'),
    businessLicense(),
    mat('fire_rules', '场所消防安全管理制度、灭火和应急疏散预案', '申请人', 'D', { form: 'original' }),
    mat('fire_facilities', '场所平面布置图及消防设施平面图', '申请人', 'C'),
  ],
  agent: true,
});

const safetyDesign = item({
  region: '3307',
  main: [6, '危险化学品建设项目安全条件审查和安全设施设计审查'],
  variant: 1,
  name: '危险化学品建设项目安全设施设计审查',
  keywords: ['安全设施设计', '化工项目', '三同时'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《中华人民共和国安全生产法》',
      '第三十三条',
      '用于生产、储存、装卸危险物品的建设项目的安全设施设计应当按照国家有关规定报经有关部门审查，审查部门及其负责审查的人员对审查结果负责。',
    ),
    law(
      '《危险化学品建设项目安全监督管理办法》',
      '',
      '安全生产监督管理部门应当自受理申请之日起20个工作日内作出同意或者不同意建设项目安全设施设计专篇的决定。',
    ),
  ],
  days: [20, 15],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '危险化学品建设项目安全设施设计审查意见书', licenseType: null },
  materials: [
    form('建设项目安全设施设计审查申请书'),
    mat('design', '建设项目安全设施设计专篇', '设计单位', 'C'),
    mat('expert', '安全设施设计专家评审意见', '专家组', 'C'),
  ],
});

const specialOperation = item({
  region: '3307',
  main: [7, '特种作业操作证'],
  variant: 1,
  name: '特种作业操作证申领（电工、焊接与热切割等）',
  aliases: ['电工证', '焊工证'],
  keywords: ['电工证', '焊工证', '特种作业', '高处作业证'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国安全生产法》',
      '第三十条',
      '生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业。',
    ),
    law(
      '《特种作业人员安全技术培训考核管理规定》',
      '',
      '特种作业人员考核合格后，考核发证机关应当在5个工作日内完成审核，符合条件的颁发特种作业操作证。',
    ),
  ],
  days: [5, 3],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'license', name: '特种作业操作证', licenseType: '特种作业操作证' },
  materials: [
    form('特种作业操作资格申请表'),
    mat('exam', '安全技术理论和实际操作考试合格成绩', '考试机构', 'B'),
    mat('health', '医疗机构出具的体检合格证明', '医疗机构', 'C'),
    mat('diploma', '初中及以上学历证明', '教育部门', 'C'),
  ],
});

export const EMERGENCY_ITEMS: ItemInputRaw[] = [
  hazChem,
  fireworks,
  accidentPlan,
  precursor,
  fireCheckCommit,
  fireCheckNormal,
  safetyDesign,
  specialOperation,
];
