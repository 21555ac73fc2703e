/**
 * The little the store needs from a SQL database, so that one store implementation runs on the
 * embedded PGlite and on PostgreSQL alike (see `pglite.ts` and `postgres.ts`).
 *
 * @module
 */

/** Queries run inside a transaction (or outside one, on the client itself). */
export interface SqlQueries {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  readonly query: <Row>(text: string, params?: ReadonlyArray<unknown>) => Promise<ReadonlyArray<Row>>
  /** Runs a script of several statements without parameters (migrations). */
  readonly exec: (script: string) => Promise<void>
}

/** A database connection (or pool) that can run a transaction and be closed. */
export interface SqlClient extends SqlQueries {
  /** `"pglite"` or `"postgres"`, reported by `/health`. */
  readonly kind: "pglite" | "postgres"
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  readonly transaction: <A>(work: (tx: SqlQueries) => Promise<A>) => Promise<A>
  readonly close: () => Promise<void>
}
