// Database failures as sentences that name the file and say what to do.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * A database failure as one sentence that names the file and says what to do (SQLite's own
 * "file is not a database" names neither).
 */
export function storeError(path: string, error: unknown): Error {
  const file =
    path === ':memory:' ? 'the in-memory support-desk database' : `the support-desk database ${resolve(path)}`;
  const e = error as { code?: string; message?: string };
  const code = String(e?.code ?? '');
  const message = String(e?.message ?? error);
  let advice: string;
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message))
    advice = `${file} is not a SQLite database (damaged, or another kind of file). Move it aside so a fresh one is created, restore it from a backup, or point SUPPORT_DESK_DB at another file.`;
  else if (code.startsWith('SQLITE_READONLY') || /readonly database/i.test(message))
    advice = `${file} is read-only. Give this process write access to the file and its folder, or point SUPPORT_DESK_DB at a writable path.`;
  else if (code.startsWith('SQLITE_CORRUPT') || /malformed/i.test(message))
    advice = `${file} is corrupted. Restore it from a backup, or move it aside so a fresh one is created.`;
  else if (
    (code === 'EACCES' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN')) &&
    path !== ':memory:' &&
    !existsSync(path) &&
    existsSync(dirname(path)) &&
    !writable(dirname(path))
  )
    advice = `${file} cannot be created: its folder ${resolve(dirname(path))} is not writable. Give this process write access to it, or point SUPPORT_DESK_DB at a writable path.`;
  else if (code === 'EACCES' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN'))
    advice = `${file} cannot be opened or created (${message}). Check that its folder exists and this process may write there, or point SUPPORT_DESK_DB elsewhere.`;
  else advice = `${file} failed: ${message}. Check the file, or point SUPPORT_DESK_DB at another path.`;
  return new Error(advice, { cause: error });
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
