/**
 * `npm run bench:catalog [-- --db pglite|postgres|both] [--items 53168] [--seconds 20] [--clients 16]`
 *
 * Ya'an's platform holds 53,168 items. This generates a catalog of that size, imports it through the
 * real import path (every row checked, then inserted), serves it with the real server, and drives
 * the public search over HTTP from a separate process: a fixed set of queries with the result cache
 * on and off, then a long tail of about 400 different queries with it off.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ItemInputRaw } from '../src/shared/catalog.contract';
import { makeCreditCode, makeOrgCode } from '../src/shared/identity';
import { importCatalog } from '../src/modules/catalog/catalog.import';
import { buildApp } from '../src/server/app';
import { openPglite, openPostgres, type Database } from '../src/server/db/client';
import { loadConfig } from '../src/server/config';
import { migratePgliteClient, migratePostgres } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/seed/demo';
import { DEMO_SYNONYMS } from '../src/server/seed/synonyms';
import { adminQuery, databaseUrl, uniqueName } from '../tests/support/template';

export const QUERIES = [
  '开餐馆',
  '食品经营许可',
  '营业执照',
  '办身份证',
  '社保',
  '不动产登记',
  '生孩子',
  '道路运输',
  '排污许可',
  '公共场所卫生',
  '建筑工程施工许可',
  '医保',
  '退休',
  '户口迁移',
  '消防',
  '护照',
];

const TOPICS: Record<string, string[]> = {
  market: [
    '食品经营许可',
    '营业执照',
    '个体工商户登记',
    '特种设备使用登记',
    '计量器具检定',
    '药品经营许可',
    '医疗器械经营备案',
    '广告发布登记',
  ],
  health: [
    '公共场所卫生许可',
    '医疗机构执业登记',
    '出生医学证明',
    '母婴保健技术服务许可',
    '放射诊疗许可',
    '饮用水供水单位卫生许可',
  ],
  police: ['居民身份证', '户口迁移', '出生登记', '居住证', '普通护照', '机动车驾驶证', '犯罪记录查询'],
  hrss: [
    '社会保险登记',
    '失业保险金申领',
    '就业登记',
    '职业资格证书',
    '养老保险待遇申领',
    '劳务派遣经营许可',
  ],
  medical_insurance: ['医保参保登记', '医疗费用报销', '异地就医备案', '医保关系转移', '门诊慢特病认定'],
  housing: ['建筑工程施工许可', '商品房预售许可', '建设工程消防验收', '燃气经营许可', '物业服务备案'],
  natural_resources: ['不动产登记', '建设用地规划许可', '建设工程规划许可', '采矿许可', '测绘资质'],
  transport: ['道路运输经营许可', '道路运输证', '出租汽车驾驶员从业资格', '公路超限运输许可', '网约车运输证'],
  tax: ['税务登记', '发票领用', '增值税申报', '个人所得税汇算', '车船税缴纳'],
  civil_affairs: ['婚姻登记', '社会团体登记', '最低生活保障', '殡葬补助', '养老机构备案', '地名命名'],
  education: ['小学入学登记', '民办学校办学许可', '教师资格认定', '校外培训机构审批'],
  culture_tourism: ['娱乐场所经营许可', '旅行社设立许可', '网吧经营许可', '营业性演出许可', '民宿登记'],
  ecology: ['排污许可', '建设项目环评审批', '危险废物经营许可', '辐射安全许可'],
  emergency: ['危险化学品经营许可', '烟花爆竹经营许可', '安全生产许可', '非煤矿山安全许可'],
  urban_management: ['户外广告设置许可', '城市道路占用挖掘许可', '建筑垃圾处置核准', '临时占道经营许可'],
};
const VARIANTS = [
  '新办',
  '变更',
  '延续',
  '注销',
  '补证',
  '换证',
  '备案',
  '迁入',
  '迁出',
  '核准',
  '审批',
  '查询',
];
const REGIONS = ['330703', '330702', '3307'];

/**
 * A city's long tail: every topic word, its first and last two characters, and each word with each
 * variant (营业执照变更): about 400 different queries, so few repeat within the result cache's life.
 */
const LONG_TAIL = [
  ...new Set(
    Object.values(TOPICS).flatMap((words) =>
      words.flatMap((w) => [w, w.slice(0, 2), w.slice(-2), ...VARIANTS.slice(0, 4).map((v) => w + v)]),
    ),
  ),
];

function generate(count: number): ItemInputRaw[] {
  const keys = Object.keys(TOPICS);
  const bodies = new Map<string, string>();
  const bodyCode = (region: string, key: string) => {
    const k = `${region}|${key}`;
    let code = bodies.get(k);
    if (!code) {
      code = makeCreditCode(
        `11${region.padEnd(6, '0')}${makeOrgCode(String(10_000_000 + bodies.size * 7919).slice(-8))}`,
      );
      bodies.set(k, code);
    }
    return code;
  };
  const items: ItemInputRaw[] = [];
  for (let i = 0; i < count; i++) {
    const key = keys[i % keys.length] ?? 'market';
    const topics = TOPICS[key] ?? [];
    const topic = topics[Math.floor(i / keys.length) % topics.length] ?? '事项';
    const variant = VARIANTS[Math.floor(i / (keys.length * topics.length)) % VARIANTS.length] ?? '办理';
    const region = REGIONS[i % REGIONS.length] ?? '330703';
    const credit = bodyCode(region, key);
    const baseCode = String(i).padStart(12, '0');
    const statutory = [20, 15, 10, 30][i % 4] ?? 20;
    items.push({
      baseCode,
      implCode: `${credit}${baseCode}001`,
      name: `${topic}（${variant}）第${Math.floor(i / 1000) + 1}批`,
      aliases: [`办${topic}`],
      keywords: [topic.slice(0, 2), variant],
      type: i % 5 === 0 ? '20' : '01',
      level: region === '3307' ? 3 : 4,
      mainItem: { code: baseCode.slice(0, 8), name: topic },
      subItem: null,
      implementingBody: { name: `${key} body ${region}`, creditCode: credit, nature: 'statutory' },
      regionCode: region,
      departmentKey: key,
      serviceObjects: i % 2 ? [1] : [1, 2],
      themes: [topic.slice(0, 2)],
      legalBasis: [
        {
          law: '《中华人民共和国行政许可法》',
          article: '第四十二条',
          text: '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。',
        },
      ],
      acceptanceConditions: ['申请材料齐全、符合法定形式'],
      statutoryDays: statutory,
      promisedDays: Math.min(statutory, 5),
      caseType: 2,
      visits: i % 3 === 0 ? 0 : 1,
      onlineDepth: i % 3 === 0 ? 'IV' : 'III',
      handlingForms: [1, 2, 3],
      fee: { free: true },
      places: ['行政服务中心 综合受理窗口'],
      booking: true,
      onlinePayment: false,
      postalDelivery: true,
      crossRegion: 'none',
      result: { kind: 'license', name: `${topic}证`, licenseType: null },
      faq: [],
      materials: [
        {
          key: 'application',
          name: `${topic}申请表`,
          requirement: 'always',
          form: 'original',
          count: 1,
          issuer: '申请人',
          trustLevel: 'D',
        },
        {
          key: 'id_card',
          name: '居民身份证',
          requirement: 'always',
          form: 'electronic',
          count: 1,
          issuer: '公安机关',
          trustLevel: 'A',
          licenseType: '居民身份证',
          sharedKey: 'id_card',
        },
        {
          key: 'proxy',
          name: '授权委托书',
          requirement: 'conditional',
          form: 'original',
          count: 1,
          issuer: '申请人',
          trustLevel: 'D',
        },
      ],
      situations: {
        questions: [
          {
            key: 'who',
            text: '由谁办理',
            options: [
              { key: 'self', label: '本人' },
              { key: 'agent', label: '委托代理人' },
            ],
          },
        ],
        rules: [{ when: { question: 'who', option: 'agent' }, addMaterials: ['proxy'], addConditions: [] }],
      },
    });
  }
  return items;
}

type Open = { database: Database; name: string; drop: () => Promise<void> };

async function openFresh(kind: 'pglite' | 'postgres'): Promise<Open> {
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
    const database = await openPglite(path.join(dir, 'pglite'));
    await migratePgliteClient(database.client);
    return { database, name: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = uniqueName('tongban_bench');
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = databaseUrl(server, name);
  await migratePostgres(url);
  const database = openPostgres(url, { max: 10 });
  return { database, name, drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

type LoadStats = {
  count: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  perQuery: Record<string, number>;
};

/** The load runs in its own process so that it does not share the server's event loop. */
function drive(url: string, seconds: number, clients: number, queries: string[]): Promise<LoadStats> {
  const load = fork(
    path.join(import.meta.dirname, 'bench-load.mjs'),
    [url, String(seconds), String(clients), JSON.stringify(queries)],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  return new Promise<LoadStats>((resolve, reject) => {
    load.once('message', (m) => resolve(m as LoadStats));
    load.once('error', reject);
  });
}

async function run(
  kind: 'pglite' | 'postgres',
  items: ItemInputRaw[],
  seconds: number,
  clients: number,
  keep: boolean,
) {
  const { database, name, drop } = await openFresh(kind);
  try {
    await seedDemo(database.db);
    const started = performance.now();
    const result = await importCatalog(
      { db: database.db, actor: null, requestId: 'bench' },
      { items, bundles: [], synonyms: DEMO_SYNONYMS },
    );
    const importSeconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
    console.log(`\n${kind}: ${items.length} items`);
    console.log(
      `  import: ${importSeconds.toFixed(1)} s (${Math.round(items.length / importSeconds)} items/s), created ${result.created}`,
    );

    // As deployed (a repeated query is answered from the short result cache); with that cache off,
    // so that every request runs the whole search over the index; and with the cache off over the
    // long tail of different queries.
    const runs = [
      { cacheSeconds: '30', queries: QUERIES, label: 'cache 30 s' },
      { cacheSeconds: '0', queries: QUERIES, label: 'cache off' },
      { cacheSeconds: '0', queries: LONG_TAIL, label: `cache off, ${LONG_TAIL.length} different queries` },
    ];
    for (const { cacheSeconds, queries, label } of runs) {
      const config = loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        PORT: '0',
        SEED_DEMO: 'false',
        SEARCH_CACHE_SECONDS: cacheSeconds,
      });
      const app = await buildApp({ config, database, logger: false });
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      // The first search builds the in-process index; time it apart from the load.
      const warm = performance.now();
      await fetch(`${url}/api/v1/items?q=${encodeURIComponent(queries[0]!)}`);
      const warmMs = performance.now() - warm;
      const stats = await drive(url, seconds, clients, queries);
      await app.close();
      console.log(
        `  search over HTTP, ${label}, ${clients} clients, ${seconds} s: ${stats.count} requests, ${stats.errors} errors, ${stats.rps.toFixed(0)} req/s (first search ${warmMs.toFixed(0)} ms)`,
      );
      console.log(
        `    latency ms: p50 ${stats.p50.toFixed(1)}  p95 ${stats.p95.toFixed(1)}  p99 ${stats.p99.toFixed(1)}`,
      );
      if (queries === QUERIES)
        console.log(
          `    p95 by query: ${Object.entries(stats.perQuery)
            .map(([q, v]) => `${q} ${v.toFixed(1)}`)
            .join(', ')}`,
        );
    }
  } finally {
    await database.close();
    // --keep leaves the PostgreSQL database for EXPLAIN ANALYZE.
    if (keep && kind === 'postgres') console.log(`  kept the database ${name} for profiling`);
    else await drop();
  }
}

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    items: { type: 'string', default: '53168' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
  },
});
const items = generate(Number(values.items));
for (const kind of values.db === 'both'
  ? (['postgres', 'pglite'] as const)
  : [values.db as 'pglite' | 'postgres']) {
  await run(kind, items, Number(values.seconds), Number(values.clients), values.keep);
}
