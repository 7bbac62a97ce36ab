import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import {
  businessLicense,
  commitment,
  cond,
  form,
  idCard,
  legalRepId,
  mat,
  newHomeContract,
  propertyCert,
  resaleContract,
} from './materials';

const item = itemsOf('housing');

const FIRE_RULES = law(
  '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，第58号令修正）',
  '',
  '消防设计审查验收主管部门应当自受理消防设计审查申请之日起十五个工作日内出具书面审查意见；应当自受理消防验收申请之日起十五日内出具消防验收意见。',
);
const NETSIGN = law(
  '《住房和城乡建设部关于进一步规范和加强房屋网签备案工作的指导意见》（建房〔2018〕128号）',
  '',
  '房屋网签备案是房屋交易合同网上签约备案的简称，新建商品房和存量房买卖、租赁、抵押等房屋交易合同均应实行网签备案。',
);

const buildingPermit = item({
  main: [1, '建筑工程施工许可证核发'],
  variant: 1,
  name: '建筑工程施工许可证核发',
  aliases: ['施工许可证', '开工许可'],
  keywords: ['施工许可', '工程开工', '建筑施工许可证'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国建筑法》',
      '第七条',
      '建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证。',
    ),
    law(
      '《中华人民共和国建筑法》',
      '第八条',
      '建设行政主管部门应当自收到申请之日起七日内，对符合条件的申请颁发施工许可证。',
    ),
    law(
      '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）',
      '第二条',
      '工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证。',
    ),
  ],
  acceptanceConditions: [
    '已办理用地批准手续，依法应当办理建设工程规划许可证的已取得',
    '已确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料',
  ],
  days: [7, 3],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '建筑工程施工许可证', licenseType: '建筑工程施工许可证' },
  faq: [
    qa(
      '施工图审查合格书还要交吗？',
      '浙江已推行施工图联审和数字化审图，审查结果在线共享，无需另行提交纸质合格书。',
    ),
  ],
  materials: [
    form('建筑工程施工许可证申请表'),
    mat('land_proof', '用地批准手续（不动产权证书或用地批准文件）', '自然资源部门', 'B'),
    mat('planning_permit', '建设工程规划许可证', '自然资源和规划部门', 'B', {
      licenseType: '建设工程规划许可证',
    }),
    mat('contract', '施工合同及中标通知书（依法必须招标的）', '建设单位', 'C'),
    commitment('建设资金已经落实承诺书'),
    cond('safety_measures', '危险性较大的分部分项工程清单及安全管理措施', '施工单位', 'D', {
      form: 'original',
    }),
  ],
  questions: [
    question('hazard', '是否含危险性较大的分部分项工程（深基坑、高支模、起重吊装等）？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
  ],
  rules: [rule('hazard', 'yes', ['safety_measures'], ['超过一定规模的应组织专家论证专项施工方案'])],
  agent: true,
});

const presale = item({
  main: [2, '商品房预售许可'],
  variant: 1,
  name: '商品房预售许可',
  keywords: ['预售证', '期房', '楼盘预售'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《中华人民共和国城市房地产管理法》',
      '第四十五条',
      '商品房预售，应当符合下列条件：已交付全部土地使用权出让金，取得土地使用权证书；持有建设工程规划许可证；按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。',
    ),
    law(
      '《城市商品房预售管理办法》',
      '第七条',
      '房地产管理部门应当自受理之日起10日内，依法作出准予预售或不予预售的决定。',
    ),
  ],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '商品房预售许可证', licenseType: '商品房预售许可证' },
  materials: [
    form('商品房预售许可申请表'),
    businessLicense(),
    mat('land_cert', '土地使用权证书（不动产权证书）', '不动产登记机构', 'B'),
    mat('planning_permit', '建设工程规划许可证和施工许可证', '相关部门', 'B'),
    mat('investment_proof', '工程施工进度及投入资金达到25%以上的证明', '建设单位/监理单位', 'C'),
    mat('presale_plan', '商品房预售方案', '建设单位', 'D', { form: 'original' }),
  ],
  agent: true,
});

const newHomeNetSign = item({
  main: [3, '房屋交易合同网签备案'],
  variant: 1,
  name: '新建商品房买卖合同网签备案',
  aliases: ['新房备案', '购房合同备案'],
  keywords: ['买新房', '网签', '购房合同备案', '新房交付'],
  type: '10',
  serviceObjects: [1, 2],
  themes: ['新建住宅交付'],
  legalBasis: [
    NETSIGN,
    law(
      '《城市商品房预售管理办法》',
      '第十条',
      '商品房预售，开发企业应当与承购人签订商品房预售合同。开发企业应当自签约之日起30日内，向房地产管理部门和市、县人民政府土地管理部门办理商品房预售合同登记备案手续。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  places: ['开发企业售楼处（网签终端）', '浙江政务服务网、“浙里办”APP'],
  result: { kind: 'certificate', name: '商品房买卖合同备案证明', licenseType: null },
  materials: [
    newHomeContract({ name: '商品房买卖合同（网签生成）', trustLevel: 'D' }),
    idCard({ name: '购房人居民身份证' }),
  ],
});

const resaleNetSign = item({
  main: [3, '房屋交易合同网签备案'],
  variant: 2,
  name: '存量房买卖合同网签备案',
  aliases: ['二手房网签', '二手房备案'],
  keywords: ['二手房', '买二手房', '卖房', '过户', '网签'],
  type: '10',
  serviceObjects: [1, 2],
  themes: ['二手房交易'],
  legalBasis: [NETSIGN],
  acceptanceConditions: ['房屋已取得不动产权证书，无查封、无异议登记；已抵押的须经抵押权人同意'],
  days: [1, 0],
  channel: ONLINE_ONCE(),
  crossRegion: 'none',
  result: { kind: 'certificate', name: '存量房买卖合同网签备案证明', licenseType: null },
  faq: [
    qa(
      '二手房交易要跑几个窗口？',
      '金东区实行二手房交易“一件事”，网签、缴税、不动产转移登记和水电气过户在不动产登记综合窗口一窗受理，最快当天领证。',
    ),
    qa(
      '中介可以代办网签吗？',
      '可以。备案的房地产经纪机构可在网签系统中代为录入，买卖双方通过“浙里办”确认签名。',
    ),
  ],
  materials: [
    resaleContract({ name: '存量房买卖合同（网签生成）', trustLevel: 'D' }),
    idCard({ name: '买卖双方居民身份证' }),
    propertyCert(),
    cond('mortgagee_consent', '抵押权人同意转让的书面意见', '抵押权人（银行）', 'C'),
    cond('broker_contract', '房地产经纪服务合同', '经纪机构', 'C'),
  ],
  questions: [
    question('mortgaged', '出售的房屋是否有未注销的抵押？', [
      ['no', '无抵押'],
      ['yes', '有抵押'],
    ]),
    question('channel', '是否通过房产中介交易？', [
      ['self', '买卖双方自行成交'],
      ['broker', '通过房地产经纪机构'],
    ]),
  ],
  rules: [rule('mortgaged', 'yes', ['mortgagee_consent']), rule('channel', 'broker', ['broker_contract'])],
  agent: true,
});

const completionFiling = item({
  main: [4, '房屋建筑和市政基础设施工程竣工验收备案'],
  variant: 1,
  name: '房屋建筑和市政基础设施工程竣工验收备案',
  aliases: ['竣工备案'],
  keywords: ['竣工验收', '竣工备案', '交房', '新房交付'],
  type: '10',
  serviceObjects: [2, 3, 5, 6],
  themes: ['新建住宅交付'],
  legalBasis: [
    law(
      '《建设工程质量管理条例》',
      '第四十九条',
      '建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。',
    ),
  ],
  days: [5, 1],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '竣工验收备案证明书', licenseType: null },
  materials: [
    form('房屋建筑和市政基础设施工程竣工验收备案表'),
    mat('acceptance_report', '工程竣工验收报告', '建设单位', 'D', { form: 'original' }),
    mat('planning_check', '规划核实确认书、消防验收意见书或备案凭证', '相关部门', 'B'),
    mat('warranty', '施工单位签署的工程质量保修书、住宅质量保证书和住宅使用说明书', '施工单位/建设单位', 'C'),
  ],
});

const fireDesign = item({
  main: [5, '特殊建设工程消防设计审查'],
  variant: 1,
  name: '特殊建设工程消防设计审查',
  keywords: ['消防设计审查', '消防审图', '装修消防'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国消防法》',
      '第十一条',
      '国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查，住房和城乡建设主管部门依法对审查的结果负责。',
    ),
    FIRE_RULES,
  ],
  days: [15, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '特殊建设工程消防设计审查意见书', licenseType: null },
  materials: [
    form('特殊建设工程消防设计审查申请表'),
    mat('fire_design', '消防设计文件', '设计单位', 'C'),
    cond('expert_review', '特殊消防设计技术资料及专家评审意见', '设计单位/专家组', 'C'),
  ],
  questions: [
    question(
      'special',
      '是否采用国家工程建设消防技术标准没有规定的新技术、新工艺、新材料（特殊消防设计）？',
      [
        ['no', '否'],
        ['yes', '是'],
      ],
    ),
  ],
  rules: [
    rule('special', 'yes', ['expert_review'], ['特殊消防设计须经省级住房和城乡建设主管部门组织专家评审']),
  ],
});

const fireAcceptance = item({
  main: [6, '特殊建设工程消防验收'],
  variant: 1,
  name: '特殊建设工程消防验收',
  keywords: ['消防验收', '竣工消防'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国消防法》',
      '第十三条',
      '国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。依法应当进行消防验收的建设工程，未经消防验收或者消防验收不合格的，禁止投入使用。',
    ),
    FIRE_RULES,
  ],
  days: [15, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '特殊建设工程消防验收意见书', licenseType: null },
  materials: [
    form('特殊建设工程消防验收申请表'),
    mat('completion_report', '工程竣工验收报告', '建设单位', 'D', { form: 'original' }),
    mat('fire_test', '消防设施检测报告', '消防技术服务机构', 'C'),
  ],
});

const fireFiling = item({
  main: [7, '其他建设工程消防验收备案'],
  variant: 1,
  name: '其他建设工程消防验收备案',
  keywords: ['消防备案', '装修消防备案', '开店装修消防'],
  type: '10',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国消防法》',
      '第十三条',
      '前款规定以外的其他建设工程，建设单位在验收后应当报住房和城乡建设主管部门备案，住房和城乡建设主管部门应当进行抽查。',
    ),
    FIRE_RULES,
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '建设工程消防验收备案凭证', licenseType: null },
  materials: [
    form('建设工程消防验收备案表'),
    mat('acceptance_report', '工程竣工验收报告（消防查验合格）', '建设单位', 'D', { form: 'original' }),
  ],
});

const leaseFiling = item({
  main: [8, '房屋租赁登记备案'],
  variant: 1,
  name: '住房租赁合同登记备案',
  aliases: ['租房备案', '租赁备案'],
  keywords: ['租房备案', '租房合同', '居住证', '入学', '租房'],
  type: '10',
  serviceObjects: [1, 2],
  themes: ['入学'],
  legalBasis: [
    law(
      '《商品房屋租赁管理办法》（住房和城乡建设部令第6号）',
      '第十四条',
      '房屋租赁合同订立后三十日内，房屋租赁当事人应当到租赁房屋所在地直辖市、市、县人民政府建设（房地产）主管部门办理房屋租赁登记备案。',
    ),
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '房屋租赁登记备案证明', licenseType: null },
  materials: [
    mat('lease', '房屋租赁合同', '出租人、承租人', 'D', { form: 'original', sharedKey: 'lease_contract' }),
    idCard({ name: '出租人、承租人身份证明' }),
    propertyCert({ name: '出租房屋的不动产权证书' }),
  ],
});

const publicRental = item({
  main: [9, '公共租赁住房保障'],
  variant: 1,
  name: '公共租赁住房保障申请',
  aliases: ['公租房', '廉租房', '住房保障'],
  keywords: ['公租房', '租房补贴', '住房困难', '廉租房'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《公共租赁住房管理办法》（住房和城乡建设部令第11号）',
      '第七条',
      '申请公共租赁住房，应当符合以下条件：在本地无住房或者住房面积低于规定标准；收入、财产低于规定标准；申请人为外来务工人员的，在本地稳定就业达到规定年限。',
    ),
  ],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '公共租赁住房保障资格审核结果', licenseType: null },
  materials: [
    form('公共租赁住房保障申请表'),
    idCard({ name: '家庭成员居民身份证' }),
    mat('income', '家庭收入、财产情况申报及授权核查书', '申请人', 'D', { form: 'original' }),
    cond('marriage', '结婚证或离婚证', '婚姻登记机关', 'B', {
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('job', '劳动合同及社会保险缴纳证明', '用人单位/社保经办机构', 'B'),
  ],
  questions: [
    question('family', '申请家庭情况', [
      ['married', '已婚家庭'],
      ['single', '单身'],
    ]),
    question('origin', '户籍情况', [
      ['local', '本市户籍'],
      ['migrant', '外来务工人员、新就业大学生'],
    ]),
  ],
  rules: [rule('family', 'married', ['marriage']), rule('origin', 'migrant', ['job'])],
});

const gasLicense = item({
  main: [10, '燃气经营许可'],
  variant: 1,
  name: '燃气经营许可证核发',
  keywords: ['燃气经营', '液化气站', '瓶装燃气'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《城镇燃气管理条例》',
      '第十五条',
      '国家对燃气经营实行许可证制度。从事燃气经营活动的企业，应当具备下列条件：符合燃气发展规划要求；有符合国家标准的燃气气源和燃气设施；有固定的经营场所、完善的安全管理制度和健全的经营方案；企业的主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '燃气经营许可证', licenseType: '燃气经营许可证' },
  materials: [
    form('燃气经营许可申请书'),
    businessLicense(),
    legalRepId(),
    mat('facility', '燃气设施竣工验收及安全评价报告', '建设单位/评价机构', 'C'),
    mat('staff_cert', '主要负责人、安全管理人员及运行维护抢修人员培训考核合格证明', '考核机构', 'B'),
  ],
  agent: true,
});

const craneRegistration = item({
  main: [11, '建筑起重机械使用登记'],
  variant: 1,
  name: '建筑起重机械使用登记',
  keywords: ['塔吊', '施工升降机', '起重机械登记'],
  type: '10',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《建设工程安全生产管理条例》',
      '第三十五条',
      '施工单位应当自施工起重机械和整体提升脚手架、模板等自升式架设设施验收合格之日起30日内，向建设行政主管部门或者其他有关部门登记。',
    ),
  ],
  days: [7, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '建筑起重机械使用登记证明', licenseType: null },
  materials: [
    form('建筑起重机械使用登记表'),
    mat('inspection', '建筑起重机械检验检测报告和安装验收资料', '检验检测机构', 'C'),
    mat('operators', '特种作业人员名单及操作资格证书', '施工单位', 'C'),
  ],
});

const maintenanceFund = item({
  main: [12, '住宅专项维修资金交存'],
  variant: 1,
  name: '住宅专项维修资金交存',
  aliases: ['维修基金'],
  keywords: ['维修基金', '交房', '收房', '新房交付', '买新房'],
  type: '20',
  serviceObjects: [1, 2],
  themes: ['新建住宅交付'],
  legalBasis: [
    law(
      '《住宅专项维修资金管理办法》（建设部、财政部令第165号）',
      '第七条',
      '商品住宅的业主、非住宅的业主按照所拥有物业的建筑面积交存住宅专项维修资金，每平方米建筑面积交存首期住宅专项维修资金的数额为当地住宅建筑安装工程每平方米造价的5%至8%。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '住宅专项维修资金交存凭证', licenseType: null },
  faq: [
    qa(
      '维修资金要交多少？',
      '按所购房屋建筑面积和本市公布的交存标准计算，在办理网签后、交房前通过“浙里办”或银行柜台交存，交存凭证自动共享给不动产登记。',
    ),
  ],
  materials: [
    newHomeContract({
      key: 'contract_record',
      name: '商品房买卖合同备案信息',
      trustLevel: 'A',
      note: '系统自动调取',
    }),
    idCard({ name: '业主居民身份证' }),
  ],
});

export const HOUSING_ITEMS: ItemInputRaw[] = [
  buildingPermit,
  presale,
  newHomeNetSign,
  resaleNetSign,
  completionFiling,
  fireDesign,
  fireAcceptance,
  fireFiling,
  leaseFiling,
  publicRental,
  gasLicense,
  craneRegistration,
  maintenanceFund,
];
