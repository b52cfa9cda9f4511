// How a process picks its record store: PostgreSQL when DATABASE_URL is set (several workers can
// share it), else a SQLite file (SWITCHBOARD_DB, default ./data/switchboard.db).
import type { OpenStoreOptions, RecordStore, RecordStoreSettings } from './record_store.js';

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
  // Loaded on demand: a SQLite-only process never loads the pg driver, and the reverse.
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
