/**
 * Schema migrations: numbered SQL files in `./migrations/`, applied in order at start, each in
 * its own transaction and recorded in `hotro_migrations`. PGlite and PostgreSQL run the same files.
 *
 * @module
 */
import caseRecords from "./migrations/0001_case_records.sql"
import planRecords from "./migrations/0002_plan_records.sql"
import caseRecordsCounting from "./migrations/0003_case_records_counting.sql"
import type { SqlClient } from "./sql-client.ts"

/** Every migration, by file name; append new files here, never edit an applied one. */
export const migrations: ReadonlyArray<{ readonly name: string; readonly script: string }> = [
  { name: "0001_case_records", script: caseRecords },
  { name: "0002_plan_records", script: planRecords },
  { name: "0003_case_records_counting", script: caseRecordsCounting },
]

// Serialises concurrent starts against one PostgreSQL database (any fixed number will do).
const migrationLock = 7_467_826

/** Applies the migrations not yet recorded; returns the names applied now. */
export const migrate = async (sql: SqlClient): Promise<ReadonlyArray<string>> => {
  await sql.exec(`CREATE TABLE IF NOT EXISTS hotro_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const applied: Array<string> = []
  for (const migration of migrations) {
    const ran = await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [migrationLock])
      const done = await tx.query("SELECT 1 FROM hotro_migrations WHERE name = $1", [migration.name])
      if (done.length > 0) return false
      await tx.exec(migration.script)
      await tx.query("INSERT INTO hotro_migrations (name) VALUES ($1)", [migration.name])
      return true
    })
    if (ran) applied.push(migration.name)
  }
  return applied
}
