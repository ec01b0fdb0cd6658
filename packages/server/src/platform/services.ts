import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { Auth } from './auth/auth.js';
import type { Database } from './db/schema.js';
import type { DatabaseKind } from './db/open.js';
import type { FileStorage } from './files/storage.js';

/** What route handlers and use cases are given: one database, one auth, one configuration. */
export interface Services {
  db: Kysely<Database>;
  kind: DatabaseKind;
  auth: Auth;
  config: Config;
  version: string;
  /** Attachment bytes, content-addressed; reach them only through an `attachment` row in scope. */
  files: FileStorage;
}
