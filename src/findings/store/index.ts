import type { FindingsStore } from './types.js';
import { SqliteFindingsStore } from './sqlite/sqlite-store.js';

export type * from './types.js';
export { defaultStorePath, resolveStorePath } from './paths.js';
export { redactResourceProperties } from './redact-resource.js';
export { SqliteFindingsStore } from './sqlite/sqlite-store.js';

/**
 * Opens (creating if needed) the findings store at `path`: a SQLite file, or `:memory:`.
 * The PostgreSQL store will be chosen here for `postgres://` URLs once it exists.
 */
export async function openStore(path: string): Promise<FindingsStore> {
  return new SqliteFindingsStore(path);
}
