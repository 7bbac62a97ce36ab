import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function sm3(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every level, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The fields of a row that the chain covers (everything but the hash itself). */
export type ChainedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  requestId: string | null;
  digest: string;
  detail: Record<string, unknown>;
  prevHash: string;
};

/**
 * The canonical JSON of a row's chained fields without `seq` and its closing brace: `seq` sorts last,
 * so the whole is this + `,"seq":N}`. The database's audit_append() completes it once it has taken
 * the next seq under the chain's lock (migration 0008).
 */
export function chainBody(row: Omit<ChainedFields, 'seq' | 'prevHash'>): string {
  const fields = {
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    regionCode: row.regionCode,
    requestId: row.requestId,
    digest: row.digest,
    detail: row.detail,
  } satisfies Record<Exclude<keyof ChainedFields, 'prevHash' | 'seq'>, unknown>;
  return canonicalJson(fields).slice(0, -1);
}

/** Picks the chained fields by name: a row read back also carries its hash, which must not count. */
export function rowHash(row: ChainedFields): string {
  return sm3(`${row.prevHash}\n${chainBody(row)},"seq":${row.seq}}`);
}

export type ChainBreak = { seq: number; reason: 'hash_mismatch' | 'link_broken' };

/** Checks rows in seq order, given the hash of the row before the first one. */
export function findBreak(
  rows: readonly (ChainedFields & { hash: string })[],
  prevHash: string,
): { break: ChainBreak | null; lastHash: string } {
  let expectedPrev = prevHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev)
      return { break: { seq: row.seq, reason: 'link_broken' }, lastHash: expectedPrev };
    if (rowHash(row) !== row.hash)
      return { break: { seq: row.seq, reason: 'hash_mismatch' }, lastHash: expectedPrev };
    expectedPrev = row.hash;
  }
  return { break: null, lastHash: expectedPrev };
}
