import { getTableColumns, is, Param, sql, Table, type Column, type Query, type SQL } from 'drizzle-orm';
import type { PgTable, SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { Db } from './client';

type Buildable = {
  toSQL(): Omit<Query, 'typings'>;
  execute(placeholderValues?: Record<string, unknown>): Promise<unknown>;
};

/** What a statement answers: rows shaped like a table or a selection, or nothing worth reading. */
type Shape = Table | Record<string, Column | SQL | SQL.Aliased | Table> | null;

function orderedFields(selection: Record<string, unknown>, prefix: string[] = []): SelectedFieldsOrdered {
  return Object.entries(selection).flatMap(([key, field]) =>
    is(field, Table)
      ? orderedFields(getTableColumns(field), [...prefix, key])
      : [{ path: [...prefix, key], field: field as SelectedFieldsOrdered[number]['field'] }],
  );
}

/**
 * A statement that Drizzle builds once, with `sql.placeholder()` where its values go, and that then
 * runs on any Db, the root or a transaction, with only its values bound. Building a query walks
 * every column and condition, and for the short statements of a case action that cost the server
 * more CPU than the database spent running them. `shape` names the result columns in the order the
 * query selects them: the table for `select()` or `returning()`, the selection object otherwise,
 * null when the result is not read. Not for left joins of whole tables (Drizzle's folding of an
 * all-null joined row into null is not applied).
 */
export function prepared<B extends Buildable, V extends object = Record<string, unknown>>(
  build: (db: Db) => B,
  shape: Shape,
): (db: Db, values: V) => Promise<Awaited<ReturnType<B['execute']>>> {
  let built: { query: Query; fields: SelectedFieldsOrdered | undefined } | null = null;
  return (db, values) => {
    if (!built) {
      const fields =
        shape === null ? undefined : orderedFields(is(shape, Table) ? getTableColumns(shape) : shape);
      built = { query: build(db).toSQL(), fields };
    }
    const statement = db._.session.prepareQuery(
      built.query,
      built.fields,
      undefined,
      built.fields !== undefined,
    );
    return statement.execute(values as Record<string, unknown>) as Promise<Awaited<ReturnType<B['execute']>>>;
  };
}

/**
 * `{ key: placeholder }` for the named columns of an insert. The value is encoded by its column as
 * Drizzle would, except that null stays SQL NULL (Drizzle hands a placeholder's null to the encoder,
 * which turns it into JSON null, or fails for a timestamp).
 */
export function placeholders<T extends PgTable, K extends keyof T['$inferInsert'] & string>(
  table: T,
  keys: readonly K[],
): Record<K, SQL> {
  const columns: Record<string, Column> = getTableColumns(table);
  return Object.fromEntries(
    keys.map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`${key} is not a column`);
      const encoder = { mapToDriverValue: (v: unknown) => (v === null ? null : column.mapToDriverValue(v)) };
      return [key, sql`${new Param(sql.placeholder(key), encoder)}`];
    }),
  ) as Record<K, SQL>;
}
