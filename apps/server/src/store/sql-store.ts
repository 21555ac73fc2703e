/**
 * The {@link Store} over SQL, the same statements on PGlite and PostgreSQL. Records are stored as
 * JSONB in their encoded form; "identical" means equal as JSONB (key order does not matter).
 *
 * @module
 */
import { Result, Schema } from "effect"
import { CaseRecord, decodeInput, type RecordId } from "@hotro/rules"
import { BatchConflict, CaseConflict, CaseNotFound, RecordConflict, StaleVersion, StoredRecordInvalid } from "../errors.ts"
import type { SqlClient, SqlQueries } from "./sql-client.ts"
import { planRecordSchemas, type PlanRecordCollection, type PlanRecordTypes, type StoredCase, type Store } from "./store.ts"

interface CaseRow {
  readonly id: string
  readonly version: number
  readonly origin: string
  readonly record: unknown
  readonly created_at: Date | string
  readonly updated_at: Date | string
}

const caseColumns = "id, version, origin, record, created_at, updated_at"

const encodeCase = Schema.encodeSync(CaseRecord)

const decodeStored = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  table: string,
  key: string,
  json: unknown,
): S["Type"] => {
  const decoded = decodeInput(schema, json)
  if (Result.isFailure(decoded)) throw new StoredRecordInvalid({ table, key, detail: decoded.failure.message })
  return decoded.success
}

const toInstant = (value: Date | string): string => new Date(value).toISOString()

const toStoredCase = (row: CaseRow): StoredCase => {
  const record = decodeStored(CaseRecord, "case_records", row.id, row.record)
  return {
    id: record.id,
    version: row.version,
    origin: record.origin,
    createdAt: toInstant(row.created_at),
    updatedAt: toInstant(row.updated_at),
    record,
  }
}

/** Where each kind of plan record lives and what identifies it. */
const collections: {
  readonly [C in PlanRecordCollection]: {
    readonly table: string
    readonly key: (record: PlanRecordTypes[C]) => string
  }
} = {
  // A locality has no id of its own: a commune is flagged for a period.
  localities: { table: "localities", key: (locality) => `${locality.communeId}/${locality.from}/${locality.to}` },
  activities: { table: "communication_activities", key: (activity) => activity.id },
  officers: { table: "support_officers", key: (officer) => officer.id },
  trainings: { table: "trainings", key: (training) => training.id },
}

const selectCase = async (sql: SqlQueries, id: string, lock = false): Promise<CaseRow | undefined> =>
  (await sql.query<CaseRow>(`SELECT ${caseColumns} FROM case_records WHERE id = $1${lock ? " FOR UPDATE" : ""}`, [id]))[0]

const sameJson = async (sql: SqlQueries, left: unknown, right: unknown): Promise<boolean> =>
  (await sql.query<{ same: boolean }>("SELECT $1::jsonb = $2::jsonb AS same", [JSON.stringify(left), JSON.stringify(right)]))[0]
    ?.same === true

/** A {@link Store} on `sql`, whose schema must be migrated (see `migrate.ts`). */
export const createSqlStore = (sql: SqlClient): Store => {
  const listCollection = async <C extends PlanRecordCollection>(collection: C): Promise<ReadonlyArray<PlanRecordTypes[C]>> => {
    const { table } = collections[collection]
    const schema: Schema.Codec<PlanRecordTypes[C], unknown> = planRecordSchemas[collection]
    const rows = await sql.query<{ key: string; record: unknown }>(`SELECT key, record FROM ${table} ORDER BY seq`)
    return rows.map((row) => decodeStored(schema, table, row.key, row.record))
  }

  return {
    kind: sql.kind,

    createCase: (record) =>
      sql.transaction(async (tx) => {
        const submitted = encodeCase(record)
        const inserted = await tx.query<CaseRow>(
          `INSERT INTO case_records (id, version, origin, record) VALUES ($1, 1, $2, $3::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING ${caseColumns}`,
          [record.id, record.origin, JSON.stringify(submitted)],
        )
        if (inserted[0] !== undefined) return { created: true, stored: toStoredCase(inserted[0]) }
        const existing = await selectCase(tx, record.id)
        if (existing === undefined) throw new CaseNotFound({ id: record.id })
        const stored = toStoredCase(existing)
        if (!(await sameJson(tx, existing.record, submitted))) throw new CaseConflict({ stored, submitted })
        return { created: false, stored }
      }),

    updateCase: (record, baseVersion) =>
      sql.transaction(async (tx) => {
        const submitted = encodeCase(record)
        const existing = await selectCase(tx, record.id, true)
        if (existing === undefined) throw new CaseNotFound({ id: record.id })
        const stored = toStoredCase(existing)
        if (await sameJson(tx, existing.record, submitted)) return { updated: false, stored }
        if (existing.version !== baseVersion) throw new StaleVersion({ baseVersion, stored, submitted })
        const updated = await tx.query<CaseRow>(
          `UPDATE case_records SET version = version + 1, origin = $2, record = $3::jsonb, updated_at = now()
           WHERE id = $1 RETURNING ${caseColumns}`,
          [record.id, record.origin, JSON.stringify(submitted)],
        )
        return { updated: true, stored: toStoredCase(updated[0]!) }
      }),

    getCase: async (id: RecordId) => {
      const row = await selectCase(sql, id)
      return row === undefined ? undefined : toStoredCase(row)
    },

    listCases: async ({ origin, limit, offset }) => {
      const [rows, counted] = await Promise.all([
        sql.query<CaseRow>(
          `SELECT ${caseColumns} FROM case_records WHERE ($1::text IS NULL OR origin = $1::text)
           ORDER BY seq LIMIT $2 OFFSET $3`,
          [origin ?? null, limit, offset],
        ),
        sql.query<{ total: number }>(
          "SELECT count(*)::integer AS total FROM case_records WHERE ($1::text IS NULL OR origin = $1::text)",
          [origin ?? null],
        ),
      ])
      return { items: rows.map(toStoredCase), total: counted[0]?.total ?? 0 }
    },

    importCases: (records) =>
      sql.transaction(async (tx) => {
        const batch = JSON.stringify(records.map((record) => encodeCase(record)))
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO case_records (id, version, origin, record)
           SELECT (incoming.record->>'id')::uuid, 1, incoming.record->>'origin', incoming.record
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS incoming(record, position)
           ORDER BY incoming.position
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [batch],
        )
        // Compared after inserting, so that two different records under one id in the same
        // batch are caught as well.
        const conflicts = await tx.query<{ position: number | string; id: string }>(
          `SELECT incoming.position, stored.id
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS incoming(record, position)
           JOIN case_records stored ON stored.id = (incoming.record->>'id')::uuid
           WHERE stored.record <> incoming.record
           ORDER BY incoming.position`,
          [batch],
        )
        if (conflicts.length > 0) {
          throw new BatchConflict({ conflicts: conflicts.map((row) => ({ index: Number(row.position) - 1, id: row.id })) })
        }
        return { created: inserted.length, unchanged: records.length - inserted.length }
      }),

    putPlanRecord: (collection, record) =>
      sql.transaction(async (tx) => {
        const { table, key: keyOf } = collections[collection]
        const key = keyOf(record)
        const schema: Schema.Codec<PlanRecordTypes[typeof collection], unknown> = planRecordSchemas[collection]
        const submitted = Schema.encodeSync(schema)(record)
        const inserted = await tx.query(
          `INSERT INTO ${table} (key, record) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`,
          [key, JSON.stringify(submitted)],
        )
        if (inserted.length > 0) return { created: true, key }
        const existing = await tx.query<{ record: unknown; same: boolean }>(
          `SELECT record, record = $2::jsonb AS same FROM ${table} WHERE key = $1`,
          [key, JSON.stringify(submitted)],
        )
        if (existing[0]?.same !== true) throw new RecordConflict({ collection, key, stored: existing[0]?.record, submitted })
        return { created: false, key }
      }),

    planRecords: async (province) => {
      // Matches the partial index of migration 0003; a superset of what `planProgress` counts.
      const caseRows = await sql.query<{ id: string; record: unknown }>(
        `SELECT id, record FROM case_records
         WHERE record ? 'status' AND (record->>'province' = $1 OR record->>'province' IS NULL)
         ORDER BY seq`,
        [province],
      )
      return {
        cases: caseRows.map((row) => decodeStored(CaseRecord, "case_records", row.id, row.record)),
        localities: await listCollection("localities"),
        activities: await listCollection("activities"),
        officers: await listCollection("officers"),
        trainings: await listCollection("trainings"),
      }
    },

    close: () => sql.close(),
  }
}
