import { count, eq, sql } from 'drizzle-orm';
import { makeCreditCode, makeIdNumber, makeOrgCode } from '../../shared/identity';
import type { Role } from '../../shared/roles';
import { accounts } from '../../modules/accounts/accounts.tables';
import { appendAudit } from '../../modules/audit/audit.service';
import { seedCalendar } from '../../modules/calendar/calendar.seed';
import { centers, departments, regions, windows } from '../../modules/org/org.tables';
import { hashPassword } from '../auth/password';
import { importCatalog, type ImportResult } from '../../modules/catalog/catalog.import';
import type { Db } from '../db/client';
import { DEMO_BUNDLES, DEMO_ITEMS } from './catalog';
import { DEMO_SYNONYMS } from './synonyms';
import regionRows from './regions.json' with { type: 'json' };

/** The demo city: 金华市 with its districts; the people and firms in it are fictional. */
export const DEMO_CITY = '3307';
export const DEMO_COUNTY = '330703'; // 金东区
export const OTHER_COUNTY = '330702'; // 婺城区
const DEMO_TOWNSHIP = '330703101';
const DEMO_VILLAGE = '330703101001';
export const DEMO_PASSWORD = 'Tongban@2026';

type Level = (typeof regions.$inferInsert)['level'];

const DEPARTMENTS: { key: string; name: string; short: string; cityOnly?: boolean }[] = [
  { key: 'market', name: '市场监督管理局', short: '市场监管' },
  { key: 'health', name: '卫生健康局', short: '卫健' },
  { key: 'police', name: '公安局', short: '公安' },
  { key: 'hrss', name: '人力资源和社会保障局', short: '人社' },
  { key: 'medical_insurance', name: '医疗保障局', short: '医保' },
  { key: 'housing', name: '住房和城乡建设局', short: '住建' },
  { key: 'natural_resources', name: '自然资源和规划局', short: '自然资源' },
  { key: 'transport', name: '交通运输局', short: '交通' },
  { key: 'tax', name: '税务局', short: '税务' },
  { key: 'civil_affairs', name: '民政局', short: '民政' },
  { key: 'education', name: '教育局', short: '教育' },
  { key: 'culture_tourism', name: '文化广电旅游体育局', short: '文旅' },
  { key: 'ecology', name: '生态环境局', short: '生态环境' },
  { key: 'emergency', name: '应急管理局', short: '应急管理' },
  { key: 'urban_management', name: '综合行政执法局', short: '城管' },
  { key: 'water', name: '水务集团', short: '供水', cityOnly: true },
  { key: 'power', name: '供电公司', short: '供电', cityOnly: true },
  { key: 'gas', name: '燃气有限公司', short: '燃气', cityOnly: true },
];

type DemoAccount = {
  username: string;
  role: Role;
  displayName: string;
  region: string | null;
  department?: { region: string; key: string };
  center?: string;
  windowNumber?: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
};

/** One account per role, plus a reviewer in a second county to show scope at work. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'citizen',
    role: 'citizen',
    displayName: '张晓梅',
    region: DEMO_COUNTY,
    idNumber: makeIdNumber('33070319850312022'),
    phone: '13857901234',
  },
  {
    username: 'enterprise',
    role: 'enterprise',
    displayName: '金华市示例餐饮有限公司',
    region: DEMO_COUNTY,
    creditCode: makeCreditCode(`91${DEMO_COUNTY}${makeOrgCode('MA2D0001')}`),
    phone: '13957902345',
  },
  {
    username: 'clerk',
    role: 'clerk',
    displayName: '李文静',
    region: DEMO_COUNTY,
    center: DEMO_COUNTY,
    windowNumber: 'A01',
  },
  {
    username: 'reviewer',
    role: 'reviewer',
    displayName: '王建国',
    region: DEMO_COUNTY,
    department: { region: DEMO_COUNTY, key: 'market' },
  },
  {
    username: 'reviewer_wucheng',
    role: 'reviewer',
    displayName: '陈丽华',
    region: OTHER_COUNTY,
    department: { region: OTHER_COUNTY, key: 'market' },
  },
  { username: 'agent', role: 'agent', displayName: '赵德福', region: DEMO_VILLAGE },
  {
    username: 'center_admin',
    role: 'center_admin',
    displayName: '周海燕',
    region: DEMO_COUNTY,
    center: DEMO_COUNTY,
  },
  {
    username: 'dept_admin',
    role: 'dept_admin',
    displayName: '吴志强',
    region: DEMO_COUNTY,
    department: { region: DEMO_COUNTY, key: 'market' },
  },
  { username: 'supervisor', role: 'supervisor', displayName: '孙明', region: DEMO_CITY },
  { username: 'admin', role: 'platform_admin', displayName: '平台管理员', region: null },
];

function regionName(code: string): string {
  const row = regionRows.find((r) => r.code === code);
  if (!row) throw new Error(`region ${code} missing from regions.json`);
  return row.name;
}

/** Idempotent: run it again and nothing changes. */
export async function seedDemo(db: Db): Promise<{ accountsCreated: number; catalog: ImportResult }> {
  const { accountsCreated } = await seedOrganisation(db);
  await seedCalendar(db);
  const catalog = await importCatalog(
    { db, actor: null, requestId: null },
    { items: DEMO_ITEMS, bundles: DEMO_BUNDLES, synonyms: DEMO_SYNONYMS },
  );
  if (!catalog.ok)
    throw new Error(
      `the demo catalog does not pass its own checks: ${JSON.stringify(catalog.problems.slice(0, 5))}`,
    );
  return { accountsCreated, catalog };
}

async function seedOrganisation(db: Db): Promise<{ accountsCreated: number }> {
  const [existing] = await db.select({ n: count() }).from(accounts);
  return db.transaction(async (tx) => {
    for (let i = 0; i < regionRows.length; i += 500) {
      const chunk = regionRows.slice(i, i + 500).map((r) => ({ ...r, level: r.level as Level }));
      await tx.insert(regions).values(chunk).onConflictDoNothing();
    }

    const centerSpecs = [
      {
        regionCode: DEMO_CITY,
        level: 'city' as const,
        name: '金华市行政服务中心',
        address: '金华市婺城区双溪西路 160 号',
        phone: '0579-12345',
      },
      {
        regionCode: DEMO_COUNTY,
        level: 'county' as const,
        name: '金东区行政服务中心',
        address: '金华市金东区光南路 666 号',
        phone: '0579-82100000',
      },
      {
        regionCode: OTHER_COUNTY,
        level: 'county' as const,
        name: '婺城区行政服务中心',
        address: '金华市婺城区宾虹西路 2666 号',
        phone: '0579-82200000',
      },
      {
        regionCode: DEMO_TOWNSHIP,
        level: 'township' as const,
        name: `${regionName(DEMO_TOWNSHIP)}便民服务中心`,
        address: `金东区${regionName(DEMO_TOWNSHIP)}`,
        phone: '0579-82300000',
      },
    ];
    await tx.insert(centers).values(centerSpecs).onConflictDoNothing();
    const centerRows = await tx.select().from(centers);
    const centerIn = (region: string) => {
      const c = centerRows.find((r) => r.regionCode === region);
      if (!c) throw new Error(`no center in ${region}`);
      return c;
    };

    const departmentValues = [DEMO_CITY, DEMO_COUNTY, OTHER_COUNTY].flatMap((region) =>
      DEPARTMENTS.filter((d) => region === DEMO_CITY || !d.cityOnly).map((d) => ({
        regionCode: region,
        key: d.key,
        name: `${regionName(region)}${d.name}`,
        shortName: d.short,
      })),
    );
    await tx.insert(departments).values(departmentValues).onConflictDoNothing();
    const departmentRows = await tx.select().from(departments);
    const departmentId = (region: string, key: string) => {
      const d = departmentRows.find((r) => r.regionCode === region && r.key === key);
      if (!d) throw new Error(`no department ${key} in ${region}`);
      return d.id;
    };

    // General windows accept any item (无差别全科受理); dedicated ones serve one department.
    const windowValues = [DEMO_CITY, DEMO_COUNTY, OTHER_COUNTY, DEMO_TOWNSHIP].flatMap((region) => {
      const center = centerIn(region);
      const generalCount = region === DEMO_TOWNSHIP ? 3 : 8;
      const general = Array.from({ length: generalCount }, (_, i) => ({
        centerId: center.id,
        regionCode: region,
        number: `A${String(i + 1).padStart(2, '0')}`,
        name: `综合受理窗口 ${i + 1}`,
        kind: 'general' as const,
        departmentId: null,
      }));
      const dedicated =
        region === DEMO_TOWNSHIP
          ? []
          : ['police', 'tax', 'housing', 'natural_resources'].map((key, i) => ({
              centerId: center.id,
              regionCode: region,
              number: `B${String(i + 1).padStart(2, '0')}`,
              name: `${DEPARTMENTS.find((d) => d.key === key)?.short ?? key}专窗`,
              kind: 'dedicated' as const,
              departmentId: departmentId(region, key),
            }));
      const pickup = {
        centerId: center.id,
        regionCode: region,
        number: 'C01',
        name: '统一出件窗口',
        kind: 'general' as const,
        departmentId: null,
      };
      return [...general, ...dedicated, pickup];
    });
    await tx.insert(windows).values(windowValues).onConflictDoNothing();

    let accountsCreated = 0;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      const center = a.center ? centerIn(a.center) : null;
      const windowRow =
        center && a.windowNumber
          ? (
              await tx
                .select()
                .from(windows)
                .where(sql`${windows.centerId} = ${center.id} and ${windows.number} = ${a.windowNumber}`)
            )[0]
          : undefined;
      const inserted = await tx
        .insert(accounts)
        .values({
          username: a.username,
          passwordHash,
          role: a.role,
          displayName: a.displayName,
          regionCode: a.region,
          departmentId: a.department ? departmentId(a.department.region, a.department.key) : null,
          centerId: center?.id ?? null,
          windowId: windowRow?.id ?? null,
          idNumber: a.idNumber ?? null,
          creditCode: a.creditCode ?? null,
          phone: a.phone ?? null,
        })
        .onConflictDoNothing()
        .returning({ id: accounts.id });
      accountsCreated += inserted.length;
    }
    if ((existing?.n ?? 0) === 0 || accountsCreated > 0) {
      const [admin] = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.username, 'admin'));
      await appendAudit(
        tx,
        { actor: null, requestId: null },
        {
          action: 'system.seed_demo',
          entityType: 'system',
          entityId: admin?.id ?? null,
          change: {
            regions: regionRows.length,
            centers: centerSpecs.length,
            departments: departmentValues.length,
            windows: windowValues.length,
            accountsCreated,
          },
        },
      );
    }
    return { accountsCreated };
  });
}
