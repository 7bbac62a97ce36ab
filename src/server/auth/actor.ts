import type { FileStore } from '../../modules/files/files.store';
import type { Role } from '../../shared/roles';
import type { Config } from '../config';
import type { Db } from '../db/client';

/** Who is acting, and over what: the scope every read and write is checked against. */
export type Actor = {
  accountId: string;
  role: Role;
  /** null: the whole platform (platform_admin). A region code covers every code it prefixes. */
  regionCode: string | null;
  /** Set for department-bound roles (reviewer, dept_admin). */
  departmentId: string | null;
  centerId: string | null;
  via: 'session' | 'token';
  sessionId: string | null;
};

/** What every service operation receives. */
export type Ctx = {
  db: Db;
  config: Config;
  /** Where uploaded files' bytes live. */
  files: FileStore;
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
};

export type SignedInCtx = Ctx & { actor: Actor };

/** What an operation needs when it writes but reads no configuration (imports, seeds). */
export type WriteCtx = Pick<Ctx, 'db' | 'actor' | 'requestId'>;
