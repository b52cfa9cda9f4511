// How a process picks its record store: PostgreSQL when DATABASE_URL is set (several workers can
// share it), else a SQLite file (SWITCHBOARD_DB, default ./data/switchboard.db). The interface both
// stores implement lives in record_store_interface.ts, so the stores never import this factory.
import type { OpenStoreOptions, RecordStore } from './record_store_interface.js';

export type { OpenStoreOptions, RecordStore } from './record_store_interface.js';

export type RecordStoreSettings =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'postgres';
      url: string;
      /** A PostgreSQL schema to keep the tables in (created if missing); default the search path. */
      schema?: string;
    };

export const DEFAULT_SQLITE_PATH = './data/switchboard.db';

export function recordStoreSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RecordStoreSettings {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', path: env.SWITCHBOARD_DB?.trim() || DEFAULT_SQLITE_PATH };
}

/** Open (and, unless read only, create and migrate) the store the settings name. */
export async function openRecordStore(
  settings: RecordStoreSettings = recordStoreSettingsFromEnv(),
  options: OpenStoreOptions = {},
): Promise<RecordStore> {
  if (settings.kind === 'postgres') {
    const { PgRecordStore } = await import('./pg_record_store.js');
    return PgRecordStore.open(settings.url, {
      schema: settings.schema,
      readonly: options.readonly,
      poolSize: options.poolSize,
    });
  }
  const { SqliteRecordStore } = await import('./sqlite_record_store.js');
  return SqliteRecordStore.open(settings.path, options);
}
