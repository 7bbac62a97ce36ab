import { fillPlaceholders, is, SQL, type Query } from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './client';
import { placeholders } from './prepared';

/** A statement with its values bound, waiting for the end of its transaction. */
type Held = { text: string; params: unknown[]; modifies: boolean };

const tails = new WeakMap<Db, Held[]>();
const dialect = new PgDialect();

/**
 * A transaction whose held writes (see `held`) go out together just before its COMMIT, as few
 * statements as their order allows: each write a data-modifying WITH clause of one statement. A case
 * action's records (its action row, its outbox event, its notifications and their jobs, its audit
 * row) leave in one round trip instead of five, and the server's CPU per round trip (the driver, the
 * socket, the event loop) was most of an action's cost.
 */
export async function transactionWithTail<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  const result = await db.transaction(async (tx) => {
    const tail: Held[] = [];
    tails.set(tx, tail);
    const value = await fn(tx);
    tails.delete(tx);
    const batches = batchesOf(tail);
    const final = batches.pop();
    for (const batch of batches) await send(tx, batch);
    if (final) {
      const queued = queueAheadOfCommit(tx, final);
      if (queued) last = queued;
      else await send(tx, final);
    }
    return value;
  });
  await last;
  return result;
}

/**
 * The last statement of a transaction on node-postgres, queued on its connection before the
 * callback returns, so that the driver sends Drizzle's COMMIT the moment this one is answered (its
 * queue is first in, first out) instead of a turn of the event loop later: the audit chain's lock,
 * taken by this statement, is held that much less. If the statement fails, the COMMIT finds the
 * transaction aborted and PostgreSQL rolls it back; the caller then gets this statement's error.
 * Null on PGlite, which runs in the process and has no such wait: there it is simply awaited.
 */
function queueAheadOfCommit(tx: Db, batch: readonly Held[]): Promise<unknown> | null {
  const client = (tx._.session as unknown as { client: unknown }).client;
  if (!(client instanceof pg.Client)) return null;
  const { text, params } = compose(batch);
  const queued = client.query({ text, values: params });
  queued.catch(() => undefined);
  return queued;
}

/**
 * A statement built once with `sql.placeholder()` values whose result nobody reads: inside a
 * `transactionWithTail` it waits for the transaction's end, elsewhere it runs at once. Only for rows
 * that nothing later in the transaction reads back, and that do not refer to each other.
 */
export function held<V extends object>(
  source: SQL | ((db: Db) => { toSQL(): Omit<Query, 'typings'> }),
): (db: Db, values: V) => Promise<void> {
  let built: { query: Omit<Query, 'typings'>; modifies: boolean } | null = null;
  return async (db, values) => {
    if (!built) {
      const query = is(source, SQL) ? dialect.sqlToQuery(source) : source(db).toSQL();
      built = { query, modifies: /^\s*(insert|update|delete)\b/i.test(query.sql) };
    }
    const statement = {
      text: built.query.sql,
      params: fillPlaceholders(built.query.params, values as Record<string, unknown>),
      modifies: built.modifies,
    };
    const tail = tails.get(db);
    if (tail) tail.push(statement);
    else await send(db, [statement]);
  };
}

/** A held insert of the named columns (the others take their defaults). */
export function heldInsert<T extends PgTable, K extends keyof T['$inferInsert'] & string>(
  table: T,
  keys: readonly K[],
): (db: Db, values: Required<Pick<T['$inferInsert'], K>>) => Promise<void> {
  return held((db) => db.insert(table).values(placeholders(table, keys) as T['$inferInsert']));
}

/**
 * Consecutive held statements grouped so that one statement can carry each group. PostgreSQL does
 * not order the WITH clauses of one statement among themselves, so a group holds a statement text
 * at most once (two action rows of one case keep their order), and at most one query, which is the
 * statement itself (a WITH query nobody reads never runs).
 */
function batchesOf(tail: readonly Held[]): Held[][] {
  const batches: Held[][] = [];
  let current: Held[] = [];
  for (const statement of tail) {
    const clash = current.some((h) => h.text === statement.text || (!h.modifies && !statement.modifies));
    if (clash) {
      batches.push(current);
      current = [];
    }
    current.push(statement);
  }
  if (current.length) batches.push(current);
  return batches;
}

const composed = new Map<string, string>();
const MAX_COMPOSED = 500;

/** One statement of a group: the writes as WITH clauses of its query, or of its last write. */
function compose(batch: readonly Held[]): { text: string; params: unknown[] } {
  const main = batch.find((h) => !h.modifies) ?? batch[batch.length - 1];
  const ordered = main ? [...batch.filter((h) => h !== main), main] : [];
  const key = ordered.map((h) => h.text).join('\u0000');
  let text = composed.get(key);
  if (text === undefined) {
    let offset = 0;
    const parts = ordered.map((h) => {
      const shift = offset;
      offset += h.params.length;
      return shift === 0 ? h.text : h.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + shift}`);
    });
    const last = parts.pop() ?? '';
    text = parts.length ? `with ${parts.map((p, i) => `w${i} as (${p})`).join(', ')} ${last}` : last;
    if (composed.size < MAX_COMPOSED) composed.set(key, text);
  }
  return { text, params: ordered.flatMap((h) => h.params) };
}

async function send(db: Db, batch: readonly Held[]): Promise<void> {
  const { text, params } = compose(batch);
  await db._.session.prepareQuery({ sql: text, params }, undefined, undefined, false).execute();
}
