import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, commitment, cond, form, mat } from './materials';

const item = itemsOf('ecology');

const EIA22 = law(
  '《中华人民共和国环境影响评价法》',
  '第二十二条',
  '建设项目的环境影响报告书、报告表，由建设单位按照国务院的规定报有审批权的生态环境主管部门审批。审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。',
);
const PERMIT = law(
  '《排污许可管理条例》',
  '',
  '对实行排污许可简化管理的排污单位，审批部门应当自受理申请之日起20日内作出审批决定；对实行排污许可重点管理的排污单位，审批部门应当自受理申请之日起30日内作出审批决定。',
);

const eiaTable = item({
  main: [1, '建设项目环境影响评价审批'],
  sub: [1, '报告表'],
  variant: 1,
  name: '建设项目环境影响报告表审批',
  aliases: ['环评审批', '环评报告表'],
  keywords: ['环评', '环评审批', '建厂', '项目审批'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [EIA22],
  days: [30, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '建设项目环境影响报告表审批意见', licenseType: null },
  faq: [
    qa(
      '环评可以承诺审批吗？',
      '浙江对符合规划环评要求的“区域环评+环境标准”改革区域内项目，可实行环评告知承诺，承诺后当场作出审批决定。',
    ),
  ],
  materials: [
    form('建设项目环境影响评价审批申请书'),
    mat('eia_report', '建设项目环境影响报告表（全本及公开版）', '环评编制单位', 'C'),
    cond('commitment', '环评审批告知承诺书', '建设单位', 'D', { form: 'original' }),
  ],
  questions: [
    question('mode', '审批方式', [
      ['normal', '一般审批'],
      ['commit', '告知承诺审批（符合“区域环评+环境标准”改革要求）'],
    ]),
  ],
  rules: [rule('mode', 'commit', ['commitment'], ['审批后3个月内开展事中事后核查'])],
});

const eiaBook = item({
  region: '3307',
  main: [1, '建设项目环境影响评价审批'],
  sub: [2, '报告书'],
  variant: 1,
  name: '建设项目环境影响报告书审批',
  aliases: ['环评报告书'],
  keywords: ['环评', '环评报告书', '重大项目环评'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [EIA22],
  days: [60, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '建设项目环境影响报告书审批意见', licenseType: null },
  materials: [
    form('建设项目环境影响评价审批申请书'),
    mat('eia_report', '建设项目环境影响报告书（全本及公开版）', '环评编制单位', 'C'),
    mat('public_participation', '公众参与说明', '建设单位', 'D', { form: 'original' }),
  ],
});

const eiaRegistration = item({
  main: [2, '建设项目环境影响登记表备案'],
  variant: 1,
  name: '建设项目环境影响登记表备案',
  keywords: ['环评登记表', '环评备案', '小项目环评'],
  type: '10',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    law(
      '《中华人民共和国环境影响评价法》',
      '第十六条',
      '对环境影响很小、不需要进行环境影响评价的，应当填报环境影响登记表。',
    ),
    law(
      '《建设项目环境影响登记表备案管理办法》（环境保护部令第41号）',
      '',
      '建设单位应当在建设项目建成并投入生产运营前，登录网上备案系统填报环境影响登记表，备案完成后即可取得备案回执。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '建设项目环境影响登记表备案回执', licenseType: null },
  materials: [form('建设项目环境影响登记表')],
});

const permitNew = item({
  region: '3307',
  main: [3, '排污许可证核发'],
  variant: 1,
  name: '排污许可证核发（首次申请）',
  keywords: ['排污许可证', '排污证', '工厂排污'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    PERMIT,
    law(
      '《中华人民共和国环境保护法》',
      '第四十五条',
      '国家依照法律规定实行排污许可管理制度。实行排污许可管理的企业事业单位和其他生产经营者应当按照排污许可证的要求排放污染物；未取得排污许可证的，不得排放污染物。',
    ),
  ],
  days: [30, 10],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '排污许可证', licenseType: '排污许可证' },
  materials: [
    form('排污许可证申请表'),
    businessLicense(),
    mat('eia_approval', '环境影响评价审批文件或登记表备案材料', '生态环境部门', 'A'),
    mat('monitoring_plan', '自行监测方案', '申请人', 'D', { form: 'original' }),
    cond('key_docs', '污染防治设施可行技术说明及排放总量指标来源材料', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('class', '排污许可管理类别', [
      ['simple', '简化管理'],
      ['key', '重点管理'],
    ]),
  ],
  rules: [rule('class', 'key', ['key_docs'], ['重点管理的审批时限为30日'])],
});

const permitRenew = item({
  region: '3307',
  main: [3, '排污许可证核发'],
  variant: 2,
  name: '排污许可证延续',
  keywords: ['排污许可证到期', '排污证延续'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [PERMIT],
  days: [20, 10],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '排污许可证', licenseType: '排污许可证' },
  materials: [
    form('排污许可证延续申请表'),
    mat('execution_report', '排污许可证执行报告', '申请人', 'D', { form: 'original' }),
  ],
});

const pollutionRegistration = item({
  main: [4, '固定污染源排污登记'],
  variant: 1,
  name: '固定污染源排污登记',
  aliases: ['排污登记'],
  keywords: ['排污登记', '开餐馆', '开洗车店', '小作坊', '环保登记'],
  type: '10',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    law(
      '《排污许可管理条例》',
      '第二十四条',
      '污染物产生量、排放量和对环境的影响程度都很小的企业事业单位和其他生产经营者，应当填报排污登记表，不需要申请取得排污许可证。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '固定污染源排污登记回执', licenseType: null },
  faq: [
    qa(
      '餐馆、洗车店要办排污许可证吗？',
      '列入《固定污染源排污许可分类管理名录》登记管理的，只需在全国排污许可证管理信息平台填报排污登记表，当场取得登记回执；名录未作规定的小型餐饮、洗车店是否需要登记，以当地生态环境部门指导为准。',
    ),
  ],
  materials: [form('固定污染源排污登记表'), businessLicense()],
});

const radiation = item({
  region: '3307',
  main: [5, '辐射安全许可'],
  variant: 1,
  name: '辐射安全许可证核发（使用Ⅲ类射线装置）',
  keywords: ['辐射安全许可', 'X光机', '射线装置', '口腔CT'],
  type: '01',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《放射性同位素与射线装置安全和防护条例》',
      '',
      '生产、销售、使用放射性同位素和射线装置的单位，应当依照规定取得许可证。环境保护主管部门应当自受理申请之日起20个工作日内完成审查，符合条件的颁发许可证。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '辐射安全许可证', licenseType: '辐射安全许可证' },
  materials: [
    form('辐射安全许可证申请表'),
    mat('eia', '环境影响评价文件审批或登记表备案材料', '生态环境部门', 'A'),
    mat('staff', '辐射安全与防护培训考核合格证明', '考核机构', 'B'),
    mat('rules', '辐射安全管理规章制度和辐射事故应急措施', '申请人', 'D', { form: 'original' }),
  ],
});

const emergencyPlan = item({
  main: [6, '突发环境事件应急预案备案'],
  variant: 1,
  name: '企业事业单位突发环境事件应急预案备案',
  keywords: ['环境应急预案', '应急预案备案'],
  type: '10',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《企业事业单位突发环境事件应急预案备案管理办法（试行）》（环发〔2015〕4号）',
      '',
      '企业环境应急预案应当在环境应急预案签署发布之日起20个工作日内，向企业所在地县级环境保护主管部门备案。',
    ),
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '突发环境事件应急预案备案表', licenseType: null },
  materials: [
    form('突发环境事件应急预案备案表'),
    mat('plan', '环境应急预案及编制说明', '申请人', 'D', { form: 'original' }),
    mat('risk', '环境风险评估报告及应急资源调查报告', '申请人', 'C'),
  ],
});

const hazardousWaste = item({
  region: '3307',
  main: [7, '危险废物经营许可'],
  variant: 1,
  name: '危险废物经营许可证核发（收集）',
  keywords: ['危废', '危险废物', '废机油收集'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《中华人民共和国固体废物污染环境防治法》',
      '第八十条',
      '从事收集、贮存、利用、处置危险废物经营活动的单位，应当按照国家有关规定申请取得许可证。许可证的具体管理办法由国务院制定。',
    ),
    law(
      '《危险废物经营许可证管理办法》',
      '',
      '发证机关应当自受理申请之日起20个工作日内，对申请单位提交的证明材料进行审查，并对申请单位的经营设施进行现场核查。',
    ),
  ],
  days: [20, 15],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '危险废物经营许可证', licenseType: '危险废物经营许可证' },
  materials: [
    form('危险废物经营许可证申请书'),
    businessLicense(),
    mat('facility', '贮存设施、运输工具和包装工具证明材料', '申请人', 'C'),
    mat('staff', '专业技术人员的职称证书和劳动合同', '申请人', 'C'),
    commitment('危险废物经营安全承诺书'),
  ],
});

export const ECOLOGY_ITEMS: ItemInputRaw[] = [
  eiaTable,
  eiaBook,
  eiaRegistration,
  permitNew,
  permitRenew,
  pollutionRegistration,
  radiation,
  emergencyPlan,
  hazardousWaste,
];
