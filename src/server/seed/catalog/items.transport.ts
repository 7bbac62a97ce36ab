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
  photo,
  premises,
} from './materials';

const item = itemsOf('transport');

const ROAD24 = law(
  '《中华人民共和国道路运输条例》',
  '第二十四条',
  '申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请：从事危险货物运输经营以外的货运经营的，向县级人民政府交通运输主管部门提出申请；从事危险货物运输经营的，向设区的市级人民政府交通运输主管部门提出申请。收到申请的交通运输主管部门，应当自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定。',
);
const RIDE_HAILING = law(
  '《网络预约出租汽车经营服务管理暂行办法》',
  '',
  '从事网约车经营的平台、车辆和驾驶员应当分别取得相应许可，由服务所在地设区的市级出租汽车行政主管部门实施。',
);

const freight = item({
  main: [1, '道路货物运输经营许可'],
  variant: 1,
  name: '道路普通货物运输经营许可（新办）',
  aliases: ['货运许可证', '道路运输经营许可证'],
  keywords: ['货运', '跑运输', '物流公司', '道路运输经营许可证', '开货车'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    ROAD24,
    law(
      '《道路货物运输及站场管理规定》（交通运输部令）',
      '',
      '使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需按照本规定申请取得道路运输经营许可证及车辆营运证。',
    ),
  ],
  acceptanceConditions: [
    '有与其经营业务相适应并经检测合格的车辆（总质量4.5吨以上）',
    '有符合规定条件的驾驶人员，有健全的安全生产管理制度',
  ],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '道路运输经营许可证', licenseType: '道路运输经营许可证' },
  faq: [
    qa(
      '4.5吨以下的货车要办吗？',
      '不需要。总质量4500千克及以下的普通货运车辆从事普通货运经营，无需办理道路运输经营许可证和车辆营运证。',
    ),
    qa(
      '可以告知承诺办理吗？',
      '可以。浙江对普通货运经营许可实行告知承诺制，申请人承诺符合条件的当场作出许可决定。',
    ),
  ],
  materials: [
    form('道路货物运输经营申请表'),
    businessLicense(),
    legalRepId(),
    commitment('道路普通货运经营许可告知承诺书'),
    cond('vehicle_plan', '拟投入车辆承诺书（车辆数量、类型、技术等级）', '申请人', 'D', { form: 'original' }),
    cond('vehicle_docs', '已购置车辆的机动车行驶证和车辆技术等级评定结论', '公安机关/检测机构', 'B', {
      licenseType: '机动车行驶证',
    }),
  ],
  questions: [
    question('vehicles', '车辆是否已购置？', [
      ['planned', '尚未购置，先承诺'],
      ['owned', '已购置'],
    ]),
  ],
  rules: [rule('vehicles', 'planned', ['vehicle_plan']), rule('vehicles', 'owned', ['vehicle_docs'])],
  agent: true,
});

const vehicleCert = item({
  main: [2, '道路运输证配发'],
  variant: 1,
  name: '道路运输车辆营运证配发',
  aliases: ['营运证', '道路运输证'],
  keywords: ['营运证', '货车营运证', '道路运输证'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国道路运输条例》',
      '第二十六条',
      '道路运输管理机构对符合条件的，核发道路运输证，车辆应当随车携带。',
    ),
  ],
  days: [20, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '道路运输证', licenseType: '道路运输证' },
  materials: [
    mat('vehicle_license', '机动车行驶证', '公安机关交通管理部门', 'B', { licenseType: '机动车行驶证' }),
    mat('tech_grade', '车辆技术等级评定结论', '机动车检测机构', 'B'),
  ],
});

const passenger = item({
  region: '3307',
  main: [3, '道路旅客运输经营许可'],
  variant: 1,
  name: '道路旅客运输经营许可（县际、市际班车及包车客运）',
  keywords: ['客运', '包车', '班车', '旅游大巴'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《中华人民共和国道路运输条例》',
      '第十条',
      '申请从事客运经营的，从事省际、市际、县际（除毗邻县行政区域间外）客运经营的，向所在地设区的市级人民政府交通运输主管部门提出申请。交通运输主管部门应当自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '道路运输经营许可证', licenseType: '道路运输经营许可证' },
  materials: [
    form('道路旅客运输经营申请表'),
    businessLicense(),
    mat('vehicle_plan', '拟投入车辆承诺书及车辆技术等级证明', '申请人', 'D', { form: 'original' }),
    mat('drivers', '已聘用或拟聘用驾驶员的驾驶证和从业资格证', '相关部门', 'B'),
    mat('safety_rules', '安全生产管理制度文本', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const dangerousGoods = item({
  region: '3307',
  main: [4, '危险货物道路运输经营许可'],
  variant: 1,
  name: '危险货物道路运输经营许可',
  keywords: ['危化品运输', '危险品运输', '危货运输'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    ROAD24,
    law(
      '《道路危险货物运输管理规定》（交通运输部令）',
      '',
      '申请从事道路危险货物运输经营的，应当向所在地设区的市级交通运输主管部门提出申请。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '道路运输经营许可证（危险货物运输）', licenseType: '道路运输经营许可证' },
  materials: [
    form('道路危险货物运输经营申请表'),
    businessLicense(),
    mat('parking', '停车场地的土地使用证明或租赁合同及平面图', '申请人', 'C', {
      sharedKey: 'lease_contract',
    }),
    mat('staff', '驾驶人员、装卸管理人员、押运人员的从业资格证', '交通运输部门', 'B'),
    mat('emergency_plan', '安全生产管理制度和事故应急救援预案', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const qualification = item({
  region: '3307',
  main: [5, '道路运输从业人员从业资格证核发'],
  variant: 1,
  name: '经营性道路货物运输驾驶员从业资格证核发',
  aliases: ['货运从业资格证'],
  keywords: ['从业资格证', '货车司机资格证', '开货车'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《道路运输从业人员管理规定》（交通运输部令）',
      '',
      '经营性道路货物运输驾驶员应当经考试合格，取得相应的从业资格证件，方可从事相应的道路运输活动。',
    ),
  ],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '道路运输从业人员从业资格证', licenseType: '道路运输从业资格证' },
  materials: [
    form('经营性道路客货运输驾驶员从业资格考试申请表'),
    idCard(),
    mat('driving_license', '机动车驾驶证', '公安机关交通管理部门', 'B', { licenseType: '机动车驾驶证' }),
    photo(),
  ],
});

const rideDriver = item({
  region: '3307',
  main: [6, '网络预约出租汽车驾驶员证核发'],
  variant: 1,
  name: '网络预约出租汽车驾驶员证核发',
  aliases: ['网约车驾驶员证', '网约车人证'],
  keywords: ['网约车', '开滴滴', '跑网约车', '人证', '网约车司机'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    RIDE_HAILING,
    law(
      '《出租汽车驾驶员从业资格管理规定》（交通运输部令）',
      '',
      '网约车驾驶员应当取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历，无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录，无暴力犯罪记录。',
    ),
  ],
  acceptanceConditions: [
    '取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历',
    '通过全国公共科目和金华市区域科目考试',
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '网络预约出租汽车驾驶员证', licenseType: '网络预约出租汽车驾驶员证' },
  faq: [
    qa(
      '无犯罪记录证明要自己去开吗？',
      '不用。交通运输部门通过公安部门在线核查驾驶员的犯罪、吸毒和驾驶记录，申请人无需提交证明。',
    ),
    qa('考试在哪里报名？', '通过“浙里办”或网约车平台报名，考试合格后即可申请发证。'),
  ],
  materials: [
    form('网络预约出租汽车驾驶员从业资格申请表'),
    idCard(),
    mat('driving_license', '机动车驾驶证', '公安机关交通管理部门', 'B', { licenseType: '机动车驾驶证' }),
    mat('no_crime', '无犯罪记录证明（部门核查）', '公安机关', 'B', {
      proofItem: '无犯罪记录证明',
      sharedKey: 'no_crime_record',
      note: '由交通运输部门向公安部门在线核查，无需申请人提交',
    }),
    photo(),
  ],
});

const rideVehicle = item({
  region: '3307',
  main: [7, '网络预约出租汽车运输证核发'],
  variant: 1,
  name: '网络预约出租汽车运输证核发',
  aliases: ['网约车车证', '网约车运输证'],
  keywords: ['网约车', '车证', '网约车运输证', '跑网约车'],
  type: '01',
  serviceObjects: [1, 2],
  legalBasis: [RIDE_HAILING],
  acceptanceConditions: [
    '7座及以下乘用车，车辆行驶里程未达到60万千米且使用年限未达到8年，轴距、排量等符合本市网约车车辆标准',
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '网络预约出租汽车运输证', licenseType: '网络预约出租汽车运输证' },
  materials: [
    form('网络预约出租汽车运输证申请表'),
    mat('vehicle_license', '机动车行驶证', '公安机关交通管理部门', 'B', { licenseType: '机动车行驶证' }),
    mat('platform_agreement', '与已取得许可的网约车平台签订的合作协议', '网约车平台', 'C'),
    mat('insurance', '营运客运类保险保单', '保险公司', 'C'),
  ],
});

const ridePlatform = item({
  region: '3307',
  main: [8, '网络预约出租汽车经营许可'],
  variant: 1,
  name: '网络预约出租汽车平台经营许可',
  keywords: ['网约车平台', '网约车公司'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [RIDE_HAILING],
  days: [20, 15],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '网络预约出租汽车经营许可证', licenseType: '网络预约出租汽车经营许可证' },
  materials: [
    form('网络预约出租汽车经营申请表'),
    businessLicense(),
    mat('platform_cert', '线上服务能力认定结果', '省级交通运输主管部门', 'B'),
    premises({ name: '服务机构经营场所使用证明' }),
    mat('rules', '安全生产管理制度及服务质量保障制度', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const repairFiling = item({
  main: [9, '机动车维修经营备案'],
  variant: 1,
  name: '机动车维修经营备案',
  aliases: ['汽修厂备案', '修车铺备案'],
  keywords: ['汽修', '修车', '汽车维修', '洗车美容', '开汽修店'],
  type: '10',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国道路运输条例》',
      '',
      '从事机动车维修经营业务的，应当在依法向市场监督管理部门办理有关登记手续后，向所在地县级人民政府交通运输主管部门进行备案。',
    ),
    law(
      '《机动车维修管理规定》（交通运输部令）',
      '',
      '从事机动车维修经营业务的，应当在依法向市场监督管理机构办理有关登记手续后，向所在地县级交通运输主管部门进行备案。',
    ),
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '机动车维修经营备案回执', licenseType: null },
  faq: [
    qa('只做洗车要备案吗？', '只从事汽车清洗、美容装潢而不涉及机动车维修的，不需要办理机动车维修经营备案。'),
  ],
  materials: [
    form('机动车维修经营备案表'),
    businessLicense(),
    premises({ name: '维修经营场地的使用证明' }),
    mat('equipment', '维修设备设施清单及技术人员资格证明', '申请人', 'C'),
  ],
});

const drivingSchool = item({
  main: [10, '机动车驾驶员培训经营备案'],
  variant: 1,
  name: '机动车驾驶员培训经营备案',
  keywords: ['驾校', '驾驶培训'],
  type: '10',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《机动车驾驶员培训管理规定》（交通运输部令）',
      '',
      '从事机动车驾驶员培训业务的，应当依法向市场监督管理部门办理有关登记手续后，向所在地县级交通运输主管部门进行备案。',
    ),
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '机动车驾驶员培训经营备案回执', licenseType: null },
  materials: [
    form('机动车驾驶员培训备案表'),
    businessLicense(),
    mat('ground', '教练场地使用证明及平面图', '申请人', 'C'),
    mat('coaches', '教练员名单及资格证明、教学车辆清单', '申请人', 'C'),
  ],
});

const oversize = item({
  region: '3307',
  main: [11, '公路超限运输许可'],
  variant: 1,
  name: '公路超限运输许可（市内跨县）',
  aliases: ['大件运输许可', '超限许可'],
  keywords: ['大件运输', '超限', '超宽', '超长', '超重'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国公路法》',
      '第五十条',
      '超过公路、公路桥梁、公路隧道或者汽车渡船的限载、限高、限宽、限长标准的车辆，不得在有限定标准的公路、公路桥梁上或者公路隧道内行驶；确需行驶的，必须经县级以上地方人民政府交通主管部门批准，并按要求采取有效的防护措施。',
    ),
    law(
      '《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）',
      '',
      '公路管理机构应当依法在规定期限内作出行政许可决定：车货总高度、总宽度、总长度未超过规定标准的，在2个工作日内；其他超限运输，在5个或者15个工作日内。',
    ),
  ],
  days: [15, 2],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'license', name: '超限运输车辆通行证', licenseType: '超限运输车辆通行证' },
  materials: [
    form('公路超限运输申请表'),
    mat('vehicle_license', '车辆行驶证和道路运输证', '公安机关/交通运输部门', 'B', {
      licenseType: '机动车行驶证',
    }),
    mat('cargo', '货物的名称、外廓尺寸和质量说明', '申请人', 'D', { form: 'original' }),
    cond('route_plan', '护送方案及桥梁、隧道通行安全评估报告', '评估机构', 'C'),
  ],
  questions: [
    question('class', '超限程度', [
      ['light', '车货总高、总宽、总长未超标，仅总质量超限'],
      ['heavy', '车货总质量超过100吨或外廓尺寸超标'],
    ]),
  ],
  rules: [
    rule(
      'class',
      'heavy',
      ['route_plan'],
      ['需经公路管理机构现场勘测，采取加固、改造措施的费用由承运人承担'],
    ),
  ],
});

const roadWork = item({
  main: [12, '涉路施工许可'],
  variant: 1,
  name: '涉路施工许可（县道、乡道）',
  keywords: ['占用公路', '挖掘公路', '跨越公路', '管线穿越公路'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    law(
      '《公路安全保护条例》',
      '第二十七条',
      '进行下列涉路施工活动，建设单位应当向公路管理机构提出申请：因修建铁路、机场、供电、水利、通信等建设工程需要占用、挖掘公路、公路用地或者使公路改线；跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施；在公路用地范围内架设、埋设管道、电缆等设施；……',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '涉路施工许可决定书', licenseType: null },
  materials: [
    form('涉路施工许可申请书'),
    mat('design', '符合有关技术标准、规范要求的设计和施工方案', '设计单位', 'C'),
    mat('safety_plan', '保障公路、公路附属设施质量和安全的技术评价报告', '评价机构', 'C'),
    mat('traffic_plan', '处置施工险情和意外事故的应急方案', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

export const TRANSPORT_ITEMS: ItemInputRaw[] = [
  freight,
  vehicleCert,
  passenger,
  dangerousGoods,
  qualification,
  rideDriver,
  rideVehicle,
  ridePlatform,
  repairFiling,
  drivingSchool,
  oversize,
  roadWork,
];
