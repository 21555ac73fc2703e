/**
 * The store contract, run on the embedded PGlite always and on PostgreSQL when
 * `TEST_DATABASE_URL` is set (each run in a schema of its own, dropped afterwards).
 */
import { decodeInput, CaseRecord, Locality, ProvinceId, type CaseRecord as CaseRecordType } from "@hotro/rules"
import { Result } from "effect"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BatchConflict, CaseConflict, RecordConflict, StaleVersion } from "../src/errors.ts"
import { migrate } from "../src/store/migrate.ts"
import { openStore, type StoreConfig } from "../src/store/open-store.ts"
import { openPostgres } from "../src/store/postgres.ts"
import type { Store } from "../src/store/store.ts"
import { caseRecord, newId } from "./records.ts"

const databaseUrl = process.env["TEST_DATABASE_URL"]
const schema = `hotro_test_${process.pid}_${Date.now()}`

const decodeCase = (json: unknown): CaseRecordType => Result.getOrThrow(decodeInput(CaseRecord, json))
const quangNam = Result.getOrThrow(decodeInput(ProvinceId, "quang-nam"))

const storeContract = (config: () => StoreConfig) => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(config())
  }, 60_000)
  afterAll(() => store?.close())

  it("creates, answers an identical retry as stored, and refuses a different body", async () => {
    const record = decodeCase(caseRecord())
    const created = await store.createCase(record)
    expect(created).toMatchObject({ created: true, stored: { id: record.id, version: 1, record } })
    expect(await store.createCase(record)).toMatchObject({ created: false, stored: { version: 1 } })
    await expect(store.createCase({ ...record, reference: "other" })).rejects.toBeInstanceOf(CaseConflict)
    expect((await store.getCase(record.id))?.record).toEqual(record)
  })

  it("updates only from the stored version", async () => {
    const record = decodeCase(caseRecord())
    await store.createCase(record)
    const changed = { ...record, reference: "R-1" }
    expect((await store.updateCase(changed, 1)).stored.version).toBe(2)
    await expect(store.updateCase({ ...record, reference: "R-2" }, 1)).rejects.toBeInstanceOf(StaleVersion)
    expect((await store.updateCase(changed, 1)).updated).toBe(false)
  })

  it("imports a batch all or nothing", async () => {
    const records = [decodeCase(caseRecord({ origin: "ctdc" })), decodeCase(caseRecord({ origin: "ctdc" }))]
    expect(await store.importCases(records)).toEqual({ created: 2, unchanged: 0 })
    const fresh = decodeCase(caseRecord({ origin: "ctdc" }))
    const error = await store.importCases([fresh, { ...records[1]!, reference: "x" }]).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BatchConflict)
    expect((error as BatchConflict).conflicts).toEqual([{ index: 1, id: records[1]!.id }])
    expect(await store.getCase(fresh.id)).toBeUndefined()
  })

  it("keeps two identical coarse records under different ids as two records", async () => {
    const { id: _id, ...body } = caseRecord({ origin: "ctdc" })
    const twins = [decodeCase({ id: newId(), ...body }), decodeCase({ id: newId(), ...body })]
    await store.importCases(twins)
    for (const twin of twins) expect(await store.getCase(twin.id)).toBeDefined()
  })

  it("stores plan records idempotently by key", async () => {
    const locality = Result.getOrThrow(
      decodeInput(Locality, { communeId: `commune-${newId()}`, province: "quang-nam", highRisk: true, from: "2023-01-01", to: "2023-12-31" }),
    )
    expect((await store.putPlanRecord("localities", locality)).created).toBe(true)
    expect((await store.putPlanRecord("localities", locality)).created).toBe(false)
    await expect(store.putPlanRecord("localities", { ...locality, highRisk: false })).rejects.toBeInstanceOf(RecordConflict)
    expect((await store.planRecords(quangNam)).localities).toContainEqual(locality)
  })

  it("reads for plan progress only the case records that can count: with a status, of the province or of none", async () => {
    const counted = [caseRecord({ province: "quang-nam" }), caseRecord({ province: undefined })]
    const left = [caseRecord({ province: "ha-giang" }), caseRecord({ origin: "ctdc", province: undefined, status: undefined })]
    const records = [...counted, ...left].map((record) => decodeCase(JSON.parse(JSON.stringify(record))))
    await store.importCases(records)
    const read = new Set((await store.planRecords(quangNam)).cases.map((record) => record.id))
    expect(counted.map((record) => read.has(record["id"] as string))).toEqual([true, true])
    expect(left.map((record) => read.has(record["id"] as string))).toEqual([false, false])
  })
}

describe("store on PGlite (in memory)", () => {
  storeContract(() => ({ kind: "pglite" }))

  it("applies the migrations once, records them, and re-validates records on read", async () => {
    const { openPglite } = await import("../src/store/pglite.ts")
    const sql = await openPglite()
    try {
      expect(await migrate(sql)).toEqual(["0001_case_records", "0002_plan_records", "0003_case_records_counting"])
      expect(await migrate(sql)).toEqual([])
      const rows = await sql.query<{ name: string }>("SELECT name FROM hotro_migrations ORDER BY name")
      expect(rows.map((row) => row.name)).toEqual(["0001_case_records", "0002_plan_records", "0003_case_records_counting"])
      const { createSqlStore } = await import("../src/store/sql-store.ts")
      const store = createSqlStore(sql)
      const record = decodeCase(caseRecord())
      await store.createCase(record)
      await sql.query("UPDATE case_records SET record = jsonb_set(record, '{origin}', '\"fax\"') WHERE id = $1", [record.id])
      await expect(store.getCase(record.id)).rejects.toMatchObject({ _tag: "StoredRecordInvalid" })
    } finally {
      await sql.close()
    }
  }, 60_000)
})

if (!databaseUrl) console.warn("store on PostgreSQL: skipped, TEST_DATABASE_URL not set (e.g. postgres://postgres@127.0.0.1:5432/test)")

describe.skipIf(!databaseUrl)(`store on PostgreSQL${databaseUrl ? "" : " (skipped: TEST_DATABASE_URL not set)"}`, () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.end()
  })
  storeContract(() => ({ kind: "postgres", connectionString: databaseUrl!, schema }))

  it("runs every transaction on one connection and rolls back on failure", async () => {
    const sql = await openPostgres(databaseUrl!, { schema })
    try {
      await expect(
        sql.transaction(async (tx) => {
          await tx.query("CREATE TABLE rollback_probe (id int)")
          throw new Error("abort")
        }),
      ).rejects.toThrow("abort")
      expect(await sql.query("SELECT to_regclass('rollback_probe') AS probe")).toEqual([{ probe: null }])
    } finally {
      await sql.close()
    }
  })
})
