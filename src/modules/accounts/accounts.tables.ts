import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../shared/roles';
import { centers, departments, regions, windows } from '../org/org.tables';

/** Everyone who signs in: citizens, firms, staff. Staff carry their scope (region, department, center). */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: varchar('username', { length: 64 }).notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    displayName: text('display_name').notNull(),
    /** Citizens: resident ID number (GB 11643). */
    idNumber: varchar('id_number', { length: 18 }),
    /** Firms: unified social credit code (GB 32100). */
    creditCode: varchar('credit_code', { length: 18 }),
    phone: varchar('phone', { length: 20 }),
    regionCode: varchar('region_code', { length: 12 }).references(() => regions.code),
    departmentId: uuid('department_id').references(() => departments.id),
    centerId: uuid('center_id').references(() => centers.id),
    windowId: uuid('window_id').references(() => windows.id),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_username_uq').on(sql`lower(${t.username})`),
    uniqueIndex('accounts_id_number_uq').on(t.idNumber),
    uniqueIndex('accounts_credit_code_uq').on(t.creditCode),
    index('accounts_region_idx').on(t.regionCode),
    index('accounts_department_idx').on(t.departmentId),
    check(
      'accounts_reviewer_has_department',
      sql`${t.role} not in ('reviewer', 'dept_admin') or ${t.departmentId} is not null`,
    ),
    check('accounts_citizen_has_id', sql`${t.role} <> 'citizen' or ${t.idNumber} is not null`),
    check('accounts_enterprise_has_code', sql`${t.role} <> 'enterprise' or ${t.creditCode} is not null`),
  ],
);

/** Browser sessions; only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_uq').on(t.tokenHash),
    index('sessions_account_idx').on(t.accountId),
  ],
);

/** Bearer tokens for system integrations; each acts as the account it belongs to. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    /** First characters of the token, shown in lists so a token can be recognised. */
    prefix: varchar('prefix', { length: 16 }).notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_account_idx').on(t.accountId)],
);
