import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, commitment, cond, form, legalRepId, mat, premises } from './materials';

const item = itemsOf('culture_tourism');

const ENT9 = law(
  '《娱乐场所管理条例》',
  '第九条',
  '娱乐场所申请从事娱乐场所经营活动，应当向所在地县级人民政府文化主管部门提出申请。文化主管部门应当自受理申请之日起20日内依据本条例的规定作出决定。',
);

const entertainmentNew = item({
  main: [1, '娱乐场所经营许可'],
  variant: 1,
  name: '娱乐场所经营许可（新办）',
  aliases: ['KTV许可证', '娱乐经营许可证'],
  keywords: ['开KTV', '歌舞厅', '游戏厅', '电玩城', '娱乐场所'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [ENT9],
  acceptanceConditions: [
    '娱乐场所不得设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，不得设在居民住宅区和学校、医院、机关周围',
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '娱乐经营许可证', licenseType: '娱乐经营许可证' },
  faq: [
    qa(
      '开KTV还要办哪些证？',
      '除娱乐经营许可证外，还需营业执照、消防安全检查合格（公众聚集场所投入使用营业前消防安全检查）；提供餐饮的需办理食品经营许可。',
    ),
  ],
  materials: [
    form('娱乐场所经营许可申请表'),
    businessLicense(),
    legalRepId({ name: '法定代表人、主要负责人、投资人身份证明及无犯罪记录承诺' }),
    premises({ name: '营业场所产权证明或租赁合同' }),
    mat('floor_plan', '营业场所平面图及包厢、包间数量、面积说明', '申请人', 'D', { form: 'original' }),
    cond('game_list', '游戏游艺设备清单及内容说明', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('kind', '娱乐场所类型', [
      ['song_dance', '歌舞娱乐场所（KTV、歌舞厅）'],
      ['game', '游艺娱乐场所（电玩城、游戏厅）'],
    ]),
  ],
  rules: [rule('kind', 'game', ['game_list'], ['游戏游艺设备须为文化部门内容核查通过的机型'])],
  agent: true,
});

const entertainmentChange = item({
  main: [1, '娱乐场所经营许可'],
  variant: 2,
  name: '娱乐场所经营许可（变更）',
  keywords: ['娱乐许可证变更', 'KTV变更'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [ENT9],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '娱乐经营许可证', licenseType: '娱乐经营许可证' },
  materials: [
    form('娱乐场所变更申请表'),
    mat('license', '原娱乐经营许可证', '文化和旅游部门', 'A', {
      form: 'original',
      licenseType: '娱乐经营许可证',
    }),
  ],
});

const internetCafe = item({
  main: [2, '互联网上网服务营业场所经营单位设立审批'],
  variant: 1,
  name: '互联网上网服务营业场所经营单位设立审批',
  aliases: ['网吧许可证'],
  keywords: ['开网吧', '网咖', '电竞馆'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《互联网上网服务营业场所管理条例》',
      '',
      '设立互联网上网服务营业场所经营单位，应当向县级以上地方人民政府文化行政部门提出申请；文化行政部门应当自收到申请之日起20个工作日内作出决定。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '网络文化经营许可证', licenseType: '网络文化经营许可证' },
  materials: [
    form('互联网上网服务营业场所经营单位设立申请表'),
    businessLicense(),
    premises(),
    mat('tech', '网络安全技术措施及计算机数量说明', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const performance = item({
  main: [3, '营业性演出审批'],
  variant: 1,
  name: '营业性演出审批',
  keywords: ['演出审批', '演唱会', '商业演出', '驻场演出'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《营业性演出管理条例》',
      '',
      '举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请，文化主管部门应当自受理申请之日起3日内作出决定。',
    ),
  ],
  days: [3, 2],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '营业性演出准予许可决定书', licenseType: null },
  materials: [
    form('营业性演出申请登记表'),
    mat('performers', '演出节目内容材料及演员名单', '申请人', 'D', { form: 'original' }),
    mat('venue', '演出场所合同或场所证明', '场所方', 'C'),
    mat('agency_license', '营业性演出许可证（演出经纪机构）', '文化和旅游部门', 'B', {
      licenseType: '营业性演出许可证',
    }),
  ],
});

const travelAgency = item({
  region: '3307',
  main: [4, '旅行社设立许可'],
  variant: 1,
  name: '旅行社业务经营许可（国内和入境旅游业务）',
  aliases: ['开旅行社'],
  keywords: ['旅行社', '开旅行社', '旅游公司'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《旅行社条例》',
      '第六条',
      '申请经营国内旅游业务和入境旅游业务的，应当向所在地省、自治区、直辖市旅游行政管理部门或者其委托的设区的市级旅游行政管理部门提出申请。受理申请的旅游行政管理部门应当自受理申请之日起20个工作日内作出许可或者不予许可的决定。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '旅行社业务经营许可证', licenseType: '旅行社业务经营许可证' },
  materials: [
    form('旅行社业务经营许可申请书'),
    businessLicense(),
    premises({ name: '经营场所证明' }),
    mat('facilities', '营业设施证明', '申请人', 'D', { form: 'original' }),
    mat('deposit', '旅游服务质量保证金存款协议或银行担保', '银行', 'C'),
  ],
  agent: true,
});

const agencyOutlet = item({
  region: '3307',
  main: [5, '旅行社分社、服务网点备案'],
  variant: 1,
  name: '旅行社服务网点备案',
  keywords: ['旅行社门店', '服务网点', '旅行社分社'],
  type: '10',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《旅行社条例》',
      '第十条',
      '旅行社设立分社、服务网点的，应当自设立登记之日起3个工作日内向所在地的旅游行政管理部门备案。',
    ),
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '旅行社服务网点备案登记证明', licenseType: null },
  materials: [
    form('旅行社服务网点备案登记表'),
    businessLicense({ name: '服务网点营业执照' }),
    mat('appointment', '服务网点负责人任命文件', '设立社', 'D', { form: 'original' }),
  ],
});

const swimming = item({
  main: [6, '高危险性体育项目经营许可'],
  variant: 1,
  name: '经营高危险性体育项目许可（游泳）',
  aliases: ['游泳馆许可证'],
  keywords: ['游泳馆', '开游泳馆', '游泳池', '攀岩', '潜水'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《全民健身条例》',
      '第三十二条',
      '经营高危险性体育项目，应当符合下列条件，并向县级以上地方人民政府体育主管部门提出申请：相关体育设施符合国家标准；具有达到规定数量的取得国家职业资格证书的社会体育指导人员和救助人员；具有相应的安全保障制度和措施。县级以上地方人民政府体育主管部门应当自收到申请之日起30日内进行实地核查，作出批准或者不予批准的决定。',
    ),
  ],
  days: [30, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '高危险性体育项目经营许可证', licenseType: '高危险性体育项目经营许可证' },
  materials: [
    form('经营高危险性体育项目申请书'),
    businessLicense(),
    mat('facility', '体育设施符合国家标准的说明性材料', '申请人', 'D', { form: 'original' }),
    mat('lifeguards', '社会体育指导人员、救助人员的职业资格证明', '人力社保部门/体育部门', 'B'),
    mat('safety', '安全保障制度和措施', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const homestay = item({
  main: [7, '民宿开办备案'],
  variant: 1,
  name: '民宿开办备案',
  aliases: ['民宿登记', '农家乐备案'],
  keywords: ['开民宿', '民宿', '农家乐', '乡村旅游', '客栈'],
  type: '10',
  serviceObjects: [1, 2, 6],
  themes: ['开民宿'],
  legalBasis: [
    law(
      '《浙江省人民政府办公厅关于确定民宿范围和条件的指导意见》（浙政办发〔2016〕150号）',
      '',
      '民宿是指利用城乡居民自有住宅、集体用房或其他配套用房，结合当地人文、自然景观、生态、环境资源及农林牧渔业生产活动，为旅游者休闲度假、体验当地风俗文化提供住宿、餐饮等服务的处所。民宿经营规模，单栋房屋客房数不超过15间，建筑层数不超过4层，且总建筑面积不超过800平方米。',
    ),
    law(
      '《旅游民宿基本要求与等级划分》（GB/T 41648—2022）',
      '',
      '规定了旅游民宿的基本要求、等级划分条件及评价原则。',
    ),
  ],
  acceptanceConditions: [
    '单栋房屋客房数不超过15间，建筑层数不超过4层，且总建筑面积不超过800平方米',
    '已取得营业执照和特种行业许可证',
  ],
  days: [5, 1],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '民宿备案登记回执', licenseType: null },
  faq: [
    qa(
      '在浙江开民宿要办哪些证？',
      '一般需要营业执照、特种行业许可证、公共场所卫生许可证，提供餐饮的还要办理食品经营许可证，并通过消防安全检查；通过“开民宿一件事”可一次申请。',
    ),
    qa(
      '自家农房可以开民宿吗？',
      '可以。利用农村自建房开办的，房屋须权属清晰，符合结构安全和消防要求，并征得所在村（社区）同意。',
    ),
  ],
  materials: [
    form('民宿开办备案登记表'),
    businessLicense(),
    mat('property_proof', '房屋权属证明或村（社区）出具的房屋使用证明', '不动产登记机构/村（居）委会', 'C', {
      sharedKey: 'lease_contract',
    }),
    mat('structure_safety', '房屋结构安全鉴定或安全承诺', '鉴定机构/申请人', 'C'),
    commitment('民宿经营安全承诺书'),
    cond('food_license', '食品经营许可证', '市场监督管理部门', 'B', {
      licenseType: '食品经营许可证',
      sharedKey: 'food_license',
    }),
    cond('lease', '房屋租赁合同（租赁农房经营的）', '出租方', 'C'),
  ],
  questions: [
    question('catering', '是否为住客提供餐饮服务？', [
      ['no', '仅住宿'],
      ['yes', '提供餐饮'],
    ]),
    question('house', '经营用房', [
      ['own', '自有住宅'],
      ['leased', '租赁他人房屋'],
    ]),
  ],
  rules: [
    rule('catering', 'yes', ['food_license']),
    rule('house', 'leased', ['lease'], ['租赁期限应覆盖备案经营期限']),
  ],
  agent: true,
});

const artFiling = item({
  main: [8, '艺术品经营单位备案'],
  variant: 1,
  name: '艺术品经营单位备案',
  keywords: ['画廊', '艺术品', '字画'],
  type: '10',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《艺术品经营管理办法》（文化部令第56号）',
      '第五条',
      '设立从事艺术品经营活动的经营单位，应当到其住所地县级以上人民政府工商行政管理部门申领营业执照，并在领取营业执照之日起15日内，到其住所地县级以上人民政府文化行政部门备案。',
    ),
  ],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '艺术品经营单位备案证明', licenseType: null },
  materials: [form('艺术品经营单位备案表'), businessLicense()],
});

const bookRetail = item({
  main: [9, '出版物零售业务经营许可'],
  variant: 1,
  name: '出版物零售业务经营许可',
  aliases: ['书店许可证'],
  keywords: ['开书店', '卖书', '文具店', '出版物'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《出版管理条例》',
      '',
      '单位和个体工商户从事出版物零售业务的，须经县级人民政府出版行政主管部门审核许可，取得出版物经营许可证。',
    ),
    law(
      '《出版物市场管理规定》',
      '',
      '出版行政主管部门应当自受理申请之日起20个工作日内作出批准或者不予批准的决定。',
    ),
  ],
  days: [20, 5],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '出版物经营许可证', licenseType: '出版物经营许可证' },
  materials: [form('出版物零售业务申请表'), businessLicense(), premises()],
});

export const CULTURE_TOURISM_ITEMS: ItemInputRaw[] = [
  entertainmentNew,
  entertainmentChange,
  internetCafe,
  performance,
  travelAgency,
  agencyOutlet,
  swimming,
  homestay,
  artFiling,
  bookRetail,
];
