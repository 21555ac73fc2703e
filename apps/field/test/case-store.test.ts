import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { recordSupport, registerCase } from "../src/case-store.ts"
import { FieldDatabase } from "../src/db.ts"
import { aCase } from "./cases.ts"

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
})
