/**
 * A case's item version and process, resolved to departments. Published versions never change and
 * their ids are random UUIDs, so they are kept in memory once per process, whichever connection or
 * transaction reads them; the department a step's key names is looked up once per database.
 */
import {
  itemInputSchema,
  SPECIAL_PROCEDURES,
  type ItemInput,
  type ProcessDefinition,
  type SpecialProcedure,
} from '../../shared/catalog.contract';
import type { Db } from '../../server/db/client';
import { AppError } from '../../server/http/errors';
import { getVersion } from '../catalog/catalog.service';
import { findDepartmentByKey } from '../org/org.service';

export type ResolvedStep = { key: string; name: string; departmentId: string; limitDays: number };
export type ResolvedProcess = { steps: ResolvedStep[]; specialProcedures: SpecialProcedure[] };

const ALL_SPECIAL = Object.keys(SPECIAL_PROCEDURES) as SpecialProcedure[];

/**
 * Items without a process of their own: 审查 → 决定 in the item's department, the promised limit
 * split between them; an instant item (即办件) is examined and decided in one step on the spot.
 */
export function defaultProcess(item: Pick<ItemInput, 'caseType' | 'promisedDays'>): ProcessDefinition {
  if (item.caseType === 1) {
    return {
      steps: [{ key: 'decide', name: '审查决定', role: 'reviewer', limitDays: 0 }],
      specialProcedures: ALL_SPECIAL,
    };
  }
  const decide = Math.floor(item.promisedDays / 2);
  return {
    steps: [
      { key: 'review', name: '审查', role: 'reviewer', limitDays: item.promisedDays - decide },
      { key: 'decide', name: '决定', role: 'reviewer', limitDays: decide },
    ],
    specialProcedures: ALL_SPECIAL,
  };
}

const versionCache = new Map<string, ItemInput>();
const departmentCache = new WeakMap<Db, Map<string, string>>();
const CACHE_MAX = 5000;

function cacheOf<T>(store: WeakMap<Db, Map<string, T>>, db: Db): Map<string, T> {
  let cache = store.get(db);
  if (!cache) store.set(db, (cache = new Map<string, T>()));
  if (cache.size >= CACHE_MAX) cache.clear();
  return cache;
}

/** The item as it was in the version the case pinned (only published versions are pinned). */
export async function pinnedItem(db: Db, itemId: string, version: number): Promise<ItemInput> {
  const key = `${itemId}:${version}`;
  const hit = versionCache.get(key);
  if (hit) return hit;
  const item = itemInputSchema.parse((await getVersion(db, itemId, version)).data);
  if (versionCache.size >= CACHE_MAX) versionCache.clear();
  versionCache.set(key, item);
  return item;
}

async function departmentIdByKey(db: Db, regionCode: string, key: string): Promise<string> {
  const cache = cacheOf(departmentCache, db);
  const cacheKey = `${regionCode}:${key}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const department = await findDepartmentByKey(db, regionCode, key);
  if (!department) {
    throw new AppError('CONFLICT', [
      {
        field: 'process',
        code: 'PROCESS_DEPARTMENT_UNKNOWN',
        message: {
          zh: `办理流程中的部门“${key}”在该区划不存在`,
          en: `The process names a department "${key}" that does not exist in the region`,
        },
      },
    ]);
  }
  cache.set(cacheKey, department.id);
  return department.id;
}

/** Steps with their departments: a step without its own department acts in the case's department. */
export async function resolveProcess(
  db: Db,
  item: ItemInput,
  caseDepartmentId: string,
): Promise<ResolvedProcess> {
  const process = item.process ?? defaultProcess(item);
  const steps: ResolvedStep[] = [];
  for (const step of process.steps) {
    steps.push({
      key: step.key,
      name: step.name,
      limitDays: step.limitDays,
      departmentId: step.departmentKey
        ? await departmentIdByKey(db, item.regionCode, step.departmentKey)
        : caseDepartmentId,
    });
  }
  return { steps, specialProcedures: process.specialProcedures };
}

/** The department that owns the item, by its key in the item's region. */
export function itemDepartmentId(db: Db, item: ItemInput): Promise<string> {
  return departmentIdByKey(db, item.regionCode, item.departmentKey);
}
