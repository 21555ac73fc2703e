/**
 * The PostgreSQL store, used when `DATABASE_URL` is set: a `pg` pool; each transaction holds one
 * pooled connection from `BEGIN` to `COMMIT`/`ROLLBACK`.
 *
 * @module
 */
import pg from "pg"
import type { SqlClient, SqlQueries } from "./sql-client.ts"

const queriesOf = (db: pg.Pool | pg.PoolClient): SqlQueries => ({
  query: async <Row>(text: string, params: ReadonlyArray<unknown> = []) =>
    (await db.query(text, [...params])).rows as ReadonlyArray<Row>,
  exec: async (script) => {
    await db.query(script)
  },
})

/**
 * Connects to PostgreSQL at `connectionString`. With `schema`, every connection uses that schema
 * (`search_path`), created if missing: tests isolate themselves this way.
 */
export const openPostgres = async (connectionString: string, options: { readonly schema?: string } = {}): Promise<SqlClient> => {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`schema name must be a plain lowercase identifier, got ${JSON.stringify(options.schema)}`)
  }
  const pool = new pg.Pool({
    connectionString,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  })
  if (options.schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
  return {
    kind: "postgres",
    ...queriesOf(pool),
    transaction: async (work) => {
      const client = await pool.connect()
      try {
        await client.query("BEGIN")
        const result = await work(queriesOf(client))
        await client.query("COMMIT")
        return result
      } catch (error) {
        await client.query("ROLLBACK")
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
