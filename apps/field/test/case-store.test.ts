import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { editCase, recordSupport, registerCase } from "../src/case-store.ts"
import { FieldDatabase } from "../src/db.ts"
import { pushOutbox } from "../src/sync.ts"
import { aCase } from "./cases.ts"
import { createFakeApi } from "./fake-api.ts"

const id = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"
let db: FieldDatabase

beforeEach(async () => {
  db = new FieldDatabase(`case-store-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

describe("case store", () => {
  it("writes the case and its outbox entry in one transaction", async () => {
    await registerCase(db, aCase(id), 1)
    const row = await db.cases.get(id)
    expect(row).toMatchObject({ id, version: null, syncState: "pending" })
    expect(await db.outbox.toArray()).toEqual([
      { id: 1, op: "create", recordId: id, body: row?.record, attempts: 0, lastError: null },
    ])
  })

  it("writes neither when one of the two writes fails", async () => {
    await registerCase(db, aCase(id), 1)
    // Same id again: the case insert fails, so no second outbox entry may remain.
    await expect(registerCase(db, aCase(id), 2)).rejects.toThrow()
    expect(await db.cases.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
  })

  it("queues an update with the whole record when a support is recorded", async () => {
    await registerCase(db, aCase(id), 1)
    await recordSupport(db, id, { kind: "initial_hardship_and_loan", deliveredOn: "2024-04-15" as never, amountVnd: 3_000_000 }, 2)
    const [create, update] = await db.outbox.orderBy("id").toArray()
    expect(create?.op).toBe("create")
    expect(update).toMatchObject({ op: "update", recordId: id })
    expect(update?.body.supports).toEqual([{ kind: "initial_hardship_and_loan", deliveredOn: "2024-04-15", amountVnd: 3_000_000 }])
    expect((await db.cases.get(id))?.record.supports).toHaveLength(1)
  })

  it("queues an edit of the circumstances as an update, keeping the supports recorded meanwhile", async () => {
    await registerCase(db, aCase(id), 1)
    const seen = aCase(id)
    await recordSupport(db, id, { kind: "medical", deliveredOn: "2024-03-15" as never }, 2)
    // C09: the caseworker adds the return home and the application to the case as first seen.
    await editCase(db, { ...seen, returnedHomeOn: "2024-03-20" as never, applications: { initialHardshipAllowanceFiledOn: "2024-04-01" as never } }, 3)
    const update = (await db.outbox.orderBy("id").toArray()).at(-1)
    expect(update).toMatchObject({ op: "update", recordId: id })
    expect(update?.body).toMatchObject({ returnedHomeOn: "2024-03-20", applications: { initialHardshipAllowanceFiledOn: "2024-04-01" } })
    expect(update?.body.supports).toEqual([{ kind: "medical", deliveredOn: "2024-03-15" }])
    expect(await db.cases.get(id)).toMatchObject({ syncState: "pending", record: { returnedHomeOn: "2024-03-20" } })
  })

  it("sends an edit as PUT with the server version it was based on (baseVersion)", async () => {
    const api = createFakeApi()
    const options = { baseUrl: "", fetch: api.fetch, now: () => 0 }
    await registerCase(db, aCase(id), 1)
    await pushOutbox(db, options)
    await editCase(db, { ...aCase(id), returnedHomeOn: "2024-03-20" as never }, 2)
    const sent: Array<unknown> = []
    await pushOutbox(db, {
      ...options,
      fetch: (input, init) => {
        sent.push(JSON.parse(String(init?.body)))
        return api.fetch(input, init)
      },
    })
    expect(sent).toEqual([{ baseVersion: 1, record: expect.objectContaining({ returnedHomeOn: "2024-03-20" }) }])
    expect(api.records.get(id)?.version).toBe(2)
    expect(await db.cases.get(id)).toMatchObject({ version: 2, syncState: "synced" })
  })
})
