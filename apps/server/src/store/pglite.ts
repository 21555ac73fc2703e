/**
 * The embedded store: PGlite (PostgreSQL compiled to WebAssembly) in a data directory, or in
 * memory when no directory is given (tests).
 *
 * @module
 */
import { PGlite, type Transaction } from "@electric-sql/pglite"
import type { SqlClient, SqlQueries } from "./sql-client.ts"

const queriesOf = (db: PGlite | Transaction): SqlQueries => ({
  query: async <Row>(text: string, params: ReadonlyArray<unknown> = []) =>
    (await db.query<Row>(text, [...params])).rows,
  exec: async (script) => {
    await db.exec(script)
  },
})

/** Opens PGlite at `dataDir` (created if missing), or in memory when `dataDir` is undefined. */
export const openPglite = async (dataDir?: string): Promise<SqlClient> => {
  const db = await PGlite.create(dataDir)
  return {
    kind: "pglite",
    ...queriesOf(db),
    transaction: (work) => db.transaction((tx) => work(queriesOf(tx))),
    close: () => db.close(),
  }
}
