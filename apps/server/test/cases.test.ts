/**
 * `/v1/cases`: idempotent create by client id, 409 on a different body, optimistic concurrency
 * on update, paging, batch import all-or-nothing, and bad input leaving the store unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { caseRecord, newId, readBody, send, testServer, type TestServer } from "./support.ts"

let server: TestServer
beforeAll(async () => {
  server = await testServer()
}, 60_000)
afterAll(() => server.store.close())

const total = async () => (await server.store.listCases({ limit: 1, offset: 0 })).total

describe("POST /v1/cases", () => {
  it("creates a record (201) at version 1", async () => {
    const record = caseRecord()
    const response = await send(server.app, "POST", "/v1/cases", record)
    expect(response.status).toBe(201)
    const body = await readBody(response)
    expect(body).toMatchObject({ id: record["id"], version: 1, origin: "field", record })
  })

  it("a retry with the same id and body answers 200 with the stored record, never a second record", async () => {
    const record = caseRecord()
    await send(server.app, "POST", "/v1/cases", record)
    const before = await total()
    // Key order differs: identical means the same JSON value.
    const reordered = Object.fromEntries(Object.entries(record).reverse())
    const retry = await send(server.app, "POST", "/v1/cases", reordered)
    expect(retry.status).toBe(200)
    expect(await readBody(retry)).toMatchObject({ id: record["id"], version: 1, record })
    expect(await total()).toBe(before)
  })

  it("the same id with a different body is a 409 with both versions, and the stored one is kept", async () => {
    const record = caseRecord()
    await send(server.app, "POST", "/v1/cases", record)
    const changed = { ...record, supports: [{ kind: "medical", deliveredOn: "2023-06-01" }] }
    const response = await send(server.app, "POST", "/v1/cases", changed)
    expect(response.status).toBe(409)
    const problem = await readBody(response)
    expect(problem.stored.record).toEqual(record)
    expect(problem.submitted).toEqual(changed)
    const stored = await send(server.app, "GET", `/v1/cases/${record["id"]}`)
    expect((await readBody(stored)).record).toEqual(record)
  })

  it("an invalid record is a 400 naming each field, and nothing is stored", async () => {
    const before = await total()
    const response = await send(server.app, "POST", "/v1/cases", caseRecord({ id: "not-a-uuid", status: { kind: "victim", certifiedOn: "2023-02-29" } }))
    expect(response.status).toBe(400)
    const paths = (await readBody(response)).issues.map((issue: { path: string }) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(["id", "status.certifiedOn"]))
    expect(await total()).toBe(before)
  })

  it("malformed JSON is a 400 naming (body), and nothing is stored", async () => {
    const before = await total()
    const response = await send(server.app, "POST", "/v1/cases", "{ nope")
    expect(response.status).toBe(400)
    expect((await readBody(response)).issues[0].path).toBe("(body)")
    expect(await total()).toBe(before)
  })
})

describe("PUT /v1/cases/:id", () => {
  it("updates from the stored version (version + 1); a stale base is a 409; a retried update is answered as stored", async () => {
    const record = caseRecord()
    await send(server.app, "POST", "/v1/cases", record)
    const delivered = { ...record, supports: [{ kind: "essential_needs", deliveredOn: "2023-05-03", amountVnd: 1_800_000 }] }

    const updated = await send(server.app, "PUT", `/v1/cases/${record["id"]}`, { baseVersion: 1, record: delivered })
    expect(updated.status).toBe(200)
    expect(await readBody(updated)).toMatchObject({ version: 2, record: delivered })

    const retried = await send(server.app, "PUT", `/v1/cases/${record["id"]}`, { baseVersion: 1, record: delivered })
    expect(retried.status).toBe(200)
    expect((await readBody(retried)).version).toBe(2)

    const other = { ...record, refusals: [{ kind: "psychological", refusedOn: "2023-05-04" }] }
    const stale = await send(server.app, "PUT", `/v1/cases/${record["id"]}`, { baseVersion: 1, record: other })
    expect(stale.status).toBe(409)
    const problem = await readBody(stale)
    expect(problem.issues[0].path).toBe("baseVersion")
    expect(problem.stored).toMatchObject({ version: 2, record: delivered })
    expect(problem.submitted).toEqual(other)
  })

  it("an id that differs from the URL names record.id; an unknown id is a 404", async () => {
    const record = caseRecord()
    const mismatch = await send(server.app, "PUT", `/v1/cases/${newId()}`, { baseVersion: 1, record })
    expect(mismatch.status).toBe(400)
    expect((await readBody(mismatch)).issues[0].path).toBe("record.id")
    const missing = await send(server.app, "PUT", `/v1/cases/${record["id"]}`, { baseVersion: 1, record })
    expect(missing.status).toBe(404)
  })
})

describe("GET /v1/cases", () => {
  it("GET /v1/cases/:id of an absent record is a 404 problem; a malformed id names id", async () => {
    const absent = await send(server.app, "GET", `/v1/cases/${newId()}`)
    expect(absent.status).toBe(404)
    expect(absent.headers.get("content-type")).toMatch(/problem\+json/)
    const malformed = await send(server.app, "GET", "/v1/cases/42")
    expect(malformed.status).toBe(400)
    expect((await readBody(malformed)).issues[0].path).toBe("id")
  })

  it("pages by origin with the total count", async () => {
    const records = Array.from({ length: 5 }, () => caseRecord({ origin: "api" }))
    for (const record of records) await send(server.app, "POST", "/v1/cases", record)
    const first = await readBody(await send(server.app, "GET", "/v1/cases?origin=api&limit=2"))
    expect(first).toMatchObject({ total: 5, limit: 2, offset: 0 })
    expect(first.items.map((item: { id: string }) => item.id)).toEqual(records.slice(0, 2).map((record) => record["id"]))
    const last = await readBody(await send(server.app, "GET", "/v1/cases?origin=api&limit=2&offset=4"))
    expect(last.items.map((item: { id: string }) => item.id)).toEqual([records[4]!["id"]])
    const bad = await send(server.app, "GET", "/v1/cases?limit=0&origin=mail")
    expect(bad.status).toBe(400)
    expect((await readBody(bad)).issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["limit", "origin"])
  })
})

describe("POST /v1/cases/batch", () => {
  it("imports many records in one transaction; a re-run counts them unchanged", async () => {
    const records = Array.from({ length: 3 }, () => caseRecord({ origin: "ctdc", status: undefined }))
      .map(({ status: _status, ...record }) => record)
    const first = await send(server.app, "POST", "/v1/cases/batch", { records })
    expect(await readBody(first)).toEqual({ received: 3, created: 3, unchanged: 0 })
    const again = await send(server.app, "POST", "/v1/cases/batch", { records })
    expect(await readBody(again)).toEqual({ received: 3, created: 0, unchanged: 3 })
  })

  it("a body over the limit is a 413 problem", async () => {
    const response = await send(server.app, "POST", "/v1/cases/batch", `{"records":[${" ".repeat(17 * 1024 * 1024)}]}`)
    expect(response.status).toBe(413)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  })

  it("is all or nothing: an invalid row or a conflicting row rejects the batch, naming the row", async () => {
    const before = await total()
    const invalid = await send(server.app, "POST", "/v1/cases/batch", {
      records: [caseRecord(), caseRecord({ person: { citizenship: "Viet Nam" } })],
    })
    expect(invalid.status).toBe(400)
    expect((await readBody(invalid)).issues[0].path).toBe("records.1.person.citizenship")
    expect(await total()).toBe(before)

    const stored = caseRecord()
    await send(server.app, "POST", "/v1/cases", stored)
    const conflicting = await send(server.app, "POST", "/v1/cases/batch", {
      records: [caseRecord(), { ...stored, reference: "changed" }],
    })
    expect(conflicting.status).toBe(409)
    expect((await readBody(conflicting)).issues).toEqual([
      { path: "records.1.id", message: `${stored["id"]} already exists with a different content` },
    ])
    expect(await total()).toBe(before + 1)
  })
})

describe("GET /v1/cases/:id/assessment", () => {
  // C09: a woman from a poor household in Hà Giang, home and applied for the allowance.
  const c09Record = () =>
    caseRecord({
      province: "ha-giang",
      person: { birthDate: "1998-01-20", sex: "female", citizenship: "VN", poorHousehold: true },
      status: { kind: "victim", certifiedOn: "2024-03-10" },
      returnedHomeOn: "2024-03-20",
      applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
    })

  it("C09 assesses the stored record on asOf exactly as POST /v1/assessments does its facts: 3,000,000 VND from Hà Giang's resolution", async () => {
    const record = c09Record()
    await send(server.app, "POST", "/v1/cases", record)
    const response = await send(server.app, "GET", `/v1/cases/${record["id"]}/assessment?asOf=2024-04-01`)
    expect(response.status).toBe(200)
    const body = await readBody(response)
    const { id: _id, origin: _origin, supports: _supports, refusals: _refusals, needs: _needs, ...facts } = record
    const direct = await readBody(await send(server.app, "POST", "/v1/assessments", { ...facts, asOf: "2024-04-01" }))
    expect(body).toEqual(direct)
    const allowance = body.entitlements.find((entitlement: { kind: string }) => entitlement.kind === "initial_hardship_and_loan")
    expect(allowance.amount.vnd).toBe(3_000_000)
    expect(body.trace.length).toBeGreaterThan(0)
  })

  it("a record without a status (a CTDC row) is a 400 naming status", async () => {
    const record = caseRecord({ origin: "ctdc", status: undefined })
    await send(server.app, "POST", "/v1/cases", record)
    const response = await send(server.app, "GET", `/v1/cases/${record["id"]}/assessment?asOf=2024-04-01`)
    expect(response.status).toBe(400)
    expect((await readBody(response)).issues.map((issue: { path: string }) => issue.path)).toEqual(["status"])
  })

  it("a missing or impossible asOf is a 400 naming asOf; a date before any provision a 422 naming asOf; an unknown id a 404; a date before the certification a 400 naming status.certifiedOn", async () => {
    const record = c09Record()
    await send(server.app, "POST", "/v1/cases", record)
    for (const query of ["", "?asOf=2024-02-30"]) {
      const response = await send(server.app, "GET", `/v1/cases/${record["id"]}/assessment${query}`)
      expect(response.status, query).toBe(400)
      expect((await readBody(response)).issues.map((issue: { path: string }) => issue.path)).toEqual(["asOf"])
    }
    const certifiedEarly = caseRecord({ person: { citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2011-05-01" } })
    await send(server.app, "POST", "/v1/cases", certifiedEarly)
    const early = await send(server.app, "GET", `/v1/cases/${certifiedEarly["id"]}/assessment?asOf=2011-06-01`)
    expect(early.status).toBe(422)
    expect((await readBody(early)).issues[0].path).toBe("asOf")
    expect((await send(server.app, "GET", `/v1/cases/${newId()}/assessment?asOf=2024-04-01`)).status).toBe(404)
    const beforeCertification = await send(server.app, "GET", `/v1/cases/${record["id"]}/assessment?asOf=2024-03-09`)
    expect(beforeCertification.status).toBe(400)
    expect((await readBody(beforeCertification)).issues[0].path).toBe("status.certifiedOn")
  })
})
