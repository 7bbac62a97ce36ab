import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, cond, form, idCard, mat, premises, propertyCert } from './materials';
import { BUSINESS25, FEE_REFORM, transferSituation, utilityPlaces } from './utility';

const item = itemsOf('gas');
const PLACES = utilityPlaces('金华市燃气有限公司客户服务中心');
const GAS = law(
  '《城镇燃气管理条例》',
  '',
  '燃气经营者应当向燃气用户持续、稳定、安全供应符合国家质量标准的燃气，指导燃气用户安全用气、节约用气，并对燃气设施定期进行安全检查。燃气用户不得擅自安装、改装、拆除户内燃气设施和燃气计量装置。',
);

const residential = item({
  region: '3307',
  main: [1, '管道燃气开户'],
  variant: 1,
  name: '居民用户管道燃气开户通气',
  aliases: ['开通燃气', '开天然气'],
  keywords: ['开燃气', '天然气开户', '通气', '新房交付', '装修完通气'],
  type: '20',
  serviceObjects: [1],
  themes: ['新建住宅交付'],
  legalBasis: [BUSINESS25, GAS],
  days: [5, 2],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '供用气合同及燃气用户号', licenseType: null },
  faq: [
    qa(
      '通气要在家等吗？',
      '需要。线上预约后，燃气公司安排工作人员上门安全检查并点火通气，请在预约时段内留人在家。',
    ),
    qa(
      '燃气灶和热水器有什么要求？',
      '须使用带熄火保护装置的燃气灶具，连接管应使用金属波纹管，不得使用橡胶软管。',
    ),
  ],
  materials: [idCard(), propertyCert({ name: '用气房屋不动产权证书（或购房合同）' })],
});

const business = item({
  region: '3307',
  main: [1, '管道燃气开户'],
  variant: 2,
  name: '非居民用户管道燃气报装',
  aliases: ['商业用气报装', '饭店通燃气'],
  keywords: ['开饭店', '开餐馆', '燃气报装', '商业用气', '获得用气', '餐饮燃气'],
  type: '20',
  serviceObjects: [1, 2, 3, 6],
  themes: ['准营准入'],
  legalBasis: [BUSINESS25, FEE_REFORM, GAS],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  places: PLACES,
  result: { kind: 'other', name: '供用气合同及燃气用户号', licenseType: null },
  faq: [
    qa(
      '餐馆用燃气有什么特别要求？',
      '餐饮场所使用燃气应当安装可燃气体泄漏报警装置和自动切断装置，并与燃气企业签订安全用气协议，定期接受入户安检。',
    ),
  ],
  materials: [
    form('非居民用户用气申请表'),
    businessLicense(),
    premises({ name: '用气场所产权证明或租赁合同' }),
    mat('equipment', '用气设备清单及用气量说明', '申请人', 'D', { form: 'original' }),
    cond('alarm', '可燃气体泄漏报警及自动切断装置安装说明', '申请人', 'D', { form: 'original' }),
    cond('design', '户内燃气工程设计图纸', '设计单位', 'C'),
  ],
  questions: [
    question('industry', '用气场所类型', [
      ['catering', '餐饮场所'],
      ['other', '工业、商业等其他场所'],
    ]),
    question('capacity', '用气规模', [
      ['small', '小型（单台灶具，计量表G6及以下）'],
      ['large', '大中型（需设计户内燃气工程）'],
    ]),
  ],
  rules: [
    rule('industry', 'catering', ['alarm'], ['餐饮场所用气须签订安全用气协议']),
    rule('capacity', 'large', ['design']),
  ],
});

const t = transferSituation();
const transfer = item({
  region: '3307',
  main: [2, '燃气过户'],
  variant: 1,
  name: '管道燃气过户（更名）',
  aliases: ['燃气表过户'],
  keywords: ['燃气过户', '过户', '二手房', '买房', '水电气过户', '新房交付'],
  type: '20',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易', '新建住宅交付'],
  legalBasis: [BUSINESS25, GAS],
  days: [3, 0],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '变更后的供用气合同', licenseType: null },
  materials: [idCard({ name: '新户主居民身份证（或营业执照）' }), ...t.materials],
  questions: t.questions,
  rules: t.rules,
});

const cancel = item({
  region: '3307',
  main: [3, '燃气销户'],
  variant: 1,
  name: '管道燃气销户（停用）',
  keywords: ['燃气销户', '停气', '不用燃气了'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [GAS],
  days: [5, 2],
  channel: FULL_ONLINE(),
  places: PLACES,
  result: { kind: 'other', name: '销户确认单', licenseType: null },
  materials: [
    idCard({ name: '户主身份证明（或营业执照）' }),
    mat('bill', '结清燃气费的缴费记录', '燃气公司', 'A', { note: '系统自动核对' }),
  ],
});

const modification = item({
  region: '3307',
  main: [4, '燃气设施改装、表具迁移'],
  variant: 1,
  name: '户内燃气设施改装、表具迁移',
  keywords: ['燃气表移位', '改燃气管', '厨房装修'],
  type: '20',
  serviceObjects: [1, 2, 6],
  legalBasis: [GAS],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  places: PLACES,
  result: { kind: 'other', name: '燃气设施改装竣工确认单', licenseType: null },
  faq: [
    qa(
      '装修时可以自己改燃气管吗？',
      '不可以。户内燃气设施改装、表具迁移必须由燃气企业或具备资质的单位施工，擅自改装存在重大安全隐患并将依法处罚。',
    ),
  ],
  materials: [
    form('燃气设施改装申请表'),
    idCard(),
    mat('site_photo', '厨房现场照片及改装位置说明', '申请人', 'D', { form: 'electronic' }),
  ],
});

export const GAS_ITEMS: ItemInputRaw[] = [residential, business, transfer, cancel, modification];
