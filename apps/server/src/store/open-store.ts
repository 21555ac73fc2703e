/**
 * Opens the configured store and brings its schema up to date: PostgreSQL when a connection
 * string is given, else PGlite in `dataDir` (or in memory).
 *
 * @module
 */
import { migrate } from "./migrate.ts"
import { openPglite } from "./pglite.ts"
import { openPostgres } from "./postgres.ts"
import { createSqlStore } from "./sql-store.ts"
import type { Store } from "./store.ts"

export type StoreConfig =
  | { readonly kind: "pglite"; /** Omitted: in memory. */ readonly dataDir?: string }
  | { readonly kind: "postgres"; readonly connectionString: string; /** `search_path`, for isolation. */ readonly schema?: string }

/** Opens, migrates and returns the store; the caller closes it. */
export const openStore = async (config: StoreConfig): Promise<Store> => {
  const sql = config.kind === "postgres"
    ? await openPostgres(config.connectionString, config.schema === undefined ? {} : { schema: config.schema })
    : await openPglite(config.dataDir)
  try {
    await migrate(sql)
  } catch (error) {
    await sql.close()
    throw error
  }
  return createSqlStore(sql)
}
