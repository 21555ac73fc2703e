import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { recordSupport, registerCase } from "../src/case-store.ts"
import { keepDeviceVersion } from "../src/conflicts.ts"
import { FieldDatabase } from "../src/db.ts"
import { pushOutbox, type SyncOptions } from "../src/sync.ts"
import { aCase } from "./cases.ts"
import { createFakeApi, type FakeApi } from "./fake-api.ts"

const first = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"
const second = "1c7a8d2f-5b9c-4d2e-8f3a-4b5c6d7e8f90"
let db: FieldDatabase
let api: FakeApi
let options: SyncOptions

beforeEach(async () => {
  db = new FieldDatabase(`sync-${crypto.randomUUID()}`)
  await db.open()
  api = createFakeApi()
  options = { baseUrl: "", fetch: api.fetch, now: () => 42 }
})

afterEach(async () => {
  await db.delete()
})

describe("pushOutbox", () => {
  it("drains the outbox on success and records the server's version", async () => {
    await registerCase(db, aCase(first), 1)
    await registerCase(db, aCase(second), 2)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 3)

    expect(await pushOutbox(db, options)).toEqual({ pushed: 3, conflicts: 0, stopped: null })
    expect(await db.outbox.count()).toBe(0)
    expect(await db.cases.get(first)).toMatchObject({ version: 2, syncState: "synced" })
    expect(await db.cases.get(second)).toMatchObject({ version: 1, syncState: "synced" })
    expect(api.requests).toEqual(["POST /v1/cases", "POST /v1/cases", `PUT /v1/cases/${first}`])
  })

  it("keeps the write after a network error and stops until the next run", async () => {
    await registerCase(db, aCase(first), 1)
    api.refuseNext()
    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 0, stopped: "network" })
    expect(await db.outbox.toArray()).toMatchObject([{ attempts: 1, lastError: "network: Failed to fetch" }])
    expect(await db.cases.get(first)).toMatchObject({ syncState: "pending", version: null })
  })

  it("never creates a second record when a retry follows a lost response", async () => {
    await registerCase(db, aCase(first), 1)
    api.loseNextResponse()
    expect((await pushOutbox(db, options)).stopped).toBe("network")
    expect(api.records.size).toBe(1)

    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 0, stopped: null })
    expect(api.records.size).toBe(1)
    expect(api.records.get(first)?.version).toBe(1)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.cases.get(first)).toMatchObject({ version: 1, syncState: "synced" })
  })

  it("retries a lost update without a conflict", async () => {
    await registerCase(db, aCase(first), 1)
    await pushOutbox(db, options)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    api.loseNextResponse()
    await pushOutbox(db, options)
    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 0, stopped: null })
    expect(api.records.get(first)?.version).toBe(2)
    expect(await db.conflicts.count()).toBe(0)
  })

  it("keeps a 409 as a conflict with both versions, shown until a person decides", async () => {
    const other = { ...aCase(first), reference: "someone else's" }
    api.records.set(first, { version: 1, record: other })
    await registerCase(db, aCase(first), 1)
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    await registerCase(db, aCase(second), 3)

    expect(await pushOutbox(db, options)).toEqual({ pushed: 1, conflicts: 1, stopped: null })
    const [conflict] = await db.conflicts.toArray()
    expect(conflict).toMatchObject({ recordId: first, op: "create", server: other, serverVersion: 1, detectedAt: 42 })
    expect(conflict?.local.reference).toBe("HG-2024-007")
    expect(await db.cases.get(first)).toMatchObject({ syncState: "conflict" })
    // The later write to the case in conflict waits; the other case went through.
    expect(await db.outbox.toArray()).toMatchObject([{ op: "update", recordId: first, attempts: 0 }])
    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 0, stopped: null })
    expect(api.records.get(first)?.record).toEqual(other)

    await keepDeviceVersion(db, conflict?.id ?? -1)
    expect(await pushOutbox(db, options)).toMatchObject({ conflicts: 0, stopped: null })
    expect(api.records.get(first)?.version).toBeGreaterThan(1)
    expect(api.records.get(first)?.record).toMatchObject({ reference: "HG-2024-007" })
  })

  it("answers a stale update with a conflict", async () => {
    await registerCase(db, aCase(first), 1)
    await pushOutbox(db, options)
    api.records.set(first, { version: 2, record: { ...aCase(first), reference: "edited elsewhere" } })
    await recordSupport(db, first, { kind: "medical", deliveredOn: "2024-04-01" as never }, 2)
    expect(await pushOutbox(db, options)).toEqual({ pushed: 0, conflicts: 1, stopped: null })
    expect(await db.conflicts.toArray()).toMatchObject([{ op: "update", serverVersion: 2 }])
  })
})
