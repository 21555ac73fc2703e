import { Dexie } from "dexie"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { editCase, recordSupport, registerCase } from "../src/case-store.ts"
import { discardRefusedWrite, keepDeviceVersion } from "../src/conflicts.ts"
import { FieldDatabase } from "../src/db.ts"
import { pushOutbox, type SyncOptions } from "../src/sync.ts"
import { aCase } from "./cases.ts"
import { createFakeApi, type FakeApi } from "./fake-api.ts"

const first = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"
const second = "1c7a8d2f-5b9c-4d2e-8f3a-4b5c6d7e8f90"
let db: FieldDatabase
let api: FakeApi
let options: SyncOptions

const invalid = (path: string, message: string) => ({
  type: "urn:hotro:problem:invalid-input",
  title: "Invalid input",
  status: 400,
  detail: `${path}: ${message}`,
  issues: [{ path, message }],
})

beforeEach(async () => {
  db = new FieldDatabase(`refused-${crypto.randomUUID()}`)
  await db.open()
  api = createFakeApi()
  options = { baseUrl: "", fetch: api.fetch, now: () => 42 }
})

afterEach(async () => {
  await db.delete()
})

describe("a write the server refuses with a 4xx other than 409", () => {
  it("leaves the outbox for the conflicts, with the fields the server named; later writes to the case wait, other cases go on", async () => {
    await registerCase(db, aCase(first), 1)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    await registerCase(db, aCase(second), 3)
    api.refuseNextWrite(400, invalid("person.birthDate", "must be a valid date"))

    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 1, stopped: null })
    expect(await db.conflicts.toArray()).toMatchObject([
      {
        recordId: first,
        op: "create",
        server: null,
        serverVersion: null,
        detectedAt: 42,
        refusal: { status: 400, detail: "person.birthDate: must be a valid date", issues: [{ path: "person.birthDate", message: "must be a valid date" }] },
      },
    ])
    expect(await db.cases.get(first)).toMatchObject({ syncState: "refused" })
    expect(await db.outbox.toArray()).toMatchObject([{ op: "update", recordId: first, attempts: 0, lastError: null }])
    expect(api.records.has(second)).toBe(true)
    // Nothing is retried while the refusal waits for a person.
    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 0, stopped: null })
  })

  it("names an update's fields as the record's, and keeps the server's copy beside it", async () => {
    await registerCase(db, aCase(first), 1)
    await pushOutbox(db, options)
    await editCase(db, { ...aCase(first), reference: "HG-2024-008" }, 2)
    api.refuseNextWrite(422, { status: 422, detail: "unprocessable", issues: [{ path: "record.reference", message: "too long" }] })

    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 1, stopped: null })
    const [refused] = await db.conflicts.toArray()
    expect(refused).toMatchObject({ op: "update", serverVersion: 1, refusal: { status: 422, issues: [{ path: "reference", message: "too long" }] } })
    expect(refused?.server).toMatchObject({ reference: "HG-2024-007" })
  })

  it("sends the edited case in place of the refused write and those behind it (a refused creation is created)", async () => {
    await registerCase(db, aCase(first), 1)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    api.refuseNextWrite(400, invalid("reference", "must not be a name"))
    await pushOutbox(db, options)

    await editCase(db, { ...aCase(first), reference: "HG-2024-010" }, 3)
    expect(await db.conflicts.count()).toBe(0)
    expect(await db.outbox.toArray()).toMatchObject([{ op: "create", recordId: first }])
    expect(await db.cases.get(first)).toMatchObject({ syncState: "pending" })

    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 0, stopped: null })
    expect(api.records.get(first)?.record).toMatchObject({ reference: "HG-2024-010", supports: [{ kind: "medical" }] })
    expect(await db.cases.get(first)).toMatchObject({ version: 1, syncState: "synced" })
  })

  it("is refused again, and shown again, when the new write does not fix it", async () => {
    await registerCase(db, aCase(first), 1)
    await pushOutbox(db, options)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    api.refuseNextWrite(400, invalid("record.supports.0.deliveredOn", "must be on or after certification"))
    await pushOutbox(db, options)
    await recordSupport(db, first, { kind: "legal_aid", deliveredOn: "2024-04-02" as never }, 3)
    expect(await db.outbox.toArray()).toMatchObject([{ op: "update", recordId: first }])
    api.refuseNextWrite(400, invalid("record.supports.0.deliveredOn", "must be on or after certification"))

    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 1, stopped: null })
    expect(await db.conflicts.toArray()).toMatchObject([{ refusal: { issues: [{ path: "supports.0.deliveredOn" }] } }])
  })

  it("is discarded only when a person says so: the case becomes the server's again", async () => {
    await registerCase(db, aCase(first), 1)
    await pushOutbox(db, options)
    await editCase(db, { ...aCase(first), reference: "HG-2024-008" }, 2)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 3)
    api.refuseNextWrite(400, invalid("record.reference", "must not be a name"))
    await pushOutbox(db, options)
    const [refused] = await db.conflicts.toArray()

    await discardRefusedWrite(db, refused?.id ?? -1)
    expect(await db.conflicts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.cases.get(first)).toMatchObject({ version: 1, syncState: "synced", record: { reference: "HG-2024-007", supports: [] } })
  })

  it("removes, when discarded, a case the server never took", async () => {
    await registerCase(db, aCase(first), 1)
    api.refuseNextWrite(400, invalid("person.citizenship", "must be a country code"))
    await pushOutbox(db, options)
    const [refused] = await db.conflicts.toArray()

    await discardRefusedWrite(db, refused?.id ?? -1)
    expect(await db.cases.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.conflicts.count()).toBe(0)
  })

  it("stays in the outbox when the server's copy cannot be read", async () => {
    await registerCase(db, aCase(first), 1)
    api.refuseNextWrite(400, invalid("reference", "must not be a name"))
    const offlineForReads: typeof fetch = (input, init) =>
      (init?.method ?? "GET") === "GET" ? Promise.reject(new TypeError("Failed to fetch")) : api.fetch(input, init)

    expect(await pushOutbox(db, { ...options, fetch: offlineForReads })).toEqual({ pushed: 0, conflicts: 0, stopped: "network" })
    expect(await db.outbox.toArray()).toMatchObject([{ op: "create", attempts: 1, lastError: "network: Failed to fetch" }])
    expect(await db.conflicts.count()).toBe(0)
    expect(await db.cases.get(first)).toMatchObject({ syncState: "pending" })
  })
})

describe("keeping the device's version of a conflict", () => {
  it("sends the device's copy, with the changes that waited behind the conflicting write", async () => {
    api.records.set(first, { version: 1, record: { ...aCase(first), reference: "someone else's" } })
    await registerCase(db, aCase(first), 1)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    await pushOutbox(db, options)
    const [conflict] = await db.conflicts.toArray()

    await keepDeviceVersion(db, conflict?.id ?? -1)
    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 0, stopped: null })
    expect(api.records.get(first)).toMatchObject({ version: 2, record: { reference: "HG-2024-007", supports: [{ kind: "medical" }] } })
    expect(await db.cases.get(first)).toMatchObject({ version: 2, syncState: "synced" })
  })
})

describe("the database's version 2", () => {
  it("marks the conflicts kept by version 1 as conflicts, not refusals", async () => {
    const name = `upgrade-${crypto.randomUUID()}`
    const before = new Dexie(name)
    before.version(1).stores({ cases: "id, syncState, savedAt", outbox: "++id, recordId", conflicts: "++id, recordId" })
    await before.table("conflicts").add({ recordId: first, op: "create", local: {}, server: null, serverVersion: null, detectedAt: 1 })
    before.close()

    const after = new FieldDatabase(name)
    expect(await after.conflicts.toArray()).toMatchObject([{ recordId: first, refusal: null }])
    await after.delete()
  })
})
