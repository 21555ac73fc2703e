/**
 * Plan progress is computed from the stored records: adding a case, then recording the support
 * delivered for its need, moves `victims_supported` of plan 1522/KH-UBND (Quảng Nam, 2023).
 */
import { CaseRecord, decodeInput, findPlan, planProgress } from "@hotro/rules"
import { Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { caseRecord, readBody, send, testServer, type TestServer } from "./support.ts"

let server: TestServer
beforeAll(async () => {
  server = await testServer()
}, 60_000)
afterAll(() => server.store.close())

interface TargetBody {
  readonly indicator: string
  readonly numerator: number | null
  readonly denominator: number | null
  readonly status: string
  readonly numeratorDisplay: string
  readonly display: { readonly en: string }
}

const victimsSupported = async (view = "case_working"): Promise<TargetBody> => {
  const response = await send(server.app, "GET", `/v1/plans/qn-1522-2023/progress?view=${view}`)
  expect(response.status).toBe(200)
  const body = await readBody(response)
  return body.targets.find((target: TargetBody) => target.indicator === "victims_supported")
}

describe("GET /v1/plans", () => {
  it("lists the plans of the rules, with 1522/KH-UBND of Quảng Nam available from the start", async () => {
    const body = await readBody(await send(server.app, "GET", "/v1/plans"))
    const plan = body.items.find((candidate: { id: string }) => candidate.id === "qn-1522-2023")
    expect(plan).toMatchObject({ area: { province: "quang-nam" }, period: { from: "2023-01-01", to: "2023-12-31" } })
  })

  it("an unknown plan is a 404 problem; an unknown view names view", async () => {
    expect((await send(server.app, "GET", "/v1/plans/nope/progress")).status).toBe(404)
    const bad = await send(server.app, "GET", "/v1/plans/qn-1522-2023/progress?view=everyone")
    expect(bad.status).toBe(400)
    expect((await readBody(bad)).issues[0].path).toBe("view")
  })
})

describe("GET /v1/plans/:id/progress", () => {
  it("with no identified victim the target has no value (not_applicable)", async () => {
    const target = await victimsSupported()
    expect(target).toMatchObject({ numerator: 0, denominator: 0, status: "not_applicable" })
  })

  it("moves when a case is added, and again when its needed support is delivered", async () => {
    const record = caseRecord({
      province: "quang-nam",
      communeId: "20335",
      status: { kind: "victim", certifiedOn: "2023-05-02" },
      needs: { essentialNeeds: true },
    })
    await send(server.app, "POST", "/v1/cases", record)
    expect(await victimsSupported()).toMatchObject({ numerator: 0, denominator: 1, status: "not_met" })

    const delivered = { ...record, supports: [{ kind: "essential_needs", deliveredOn: "2023-05-03" }] }
    const updated = await send(server.app, "PUT", `/v1/cases/${record["id"]}`, { baseVersion: 1, record: delivered })
    expect(updated.status).toBe(200)
    expect(await victimsSupported()).toMatchObject({ numerator: 1, denominator: 1, status: "met" })

    // The public view suppresses counts under the threshold (C31b).
    expect((await victimsSupported("public")).numeratorDisplay).toBe("<5")
  })

  it("counts localities and trained staff fed through their endpoints", async () => {
    const locality = { communeId: "20335", province: "quang-nam", highRisk: true, from: "2023-01-01", to: "2023-12-31" }
    expect((await send(server.app, "POST", "/v1/localities", locality)).status).toBe(201)
    expect((await send(server.app, "POST", "/v1/localities", locality)).status).toBe(200)
    expect((await send(server.app, "POST", "/v1/localities", { ...locality, highRisk: false })).status).toBe(409)
    const activity = { id: crypto.randomUUID(), communeId: "20335", heldOn: "2023-06-01" }
    expect((await send(server.app, "POST", "/v1/activities", activity)).status).toBe(201)
    const officer = { id: crypto.randomUUID(), province: "quang-nam", onRosterFrom: "2022-01-01" }
    expect((await send(server.app, "POST", "/v1/officers", officer)).status).toBe(201)
    const training = { id: crypto.randomUUID(), officerId: officer.id, completedOn: "2023-04-10" }
    expect((await send(server.app, "POST", "/v1/trainings", training)).status).toBe(201)
    const bad = await send(server.app, "POST", "/v1/trainings", { ...training, completedOn: "2023-04-31" })
    expect(bad.status).toBe(400)
    expect((await readBody(bad)).issues[0].path).toBe("completedOn")

    const body = await readBody(await send(server.app, "GET", "/v1/plans/qn-1522-2023/progress"))
    const byIndicator = Object.fromEntries(body.targets.map((target: TargetBody) => [target.indicator, target]))
    expect(byIndicator["localities_communicating"]).toMatchObject({ numerator: 1, denominator: 1, status: "met" })
    expect(byIndicator["staff_trained"]).toMatchObject({ numerator: 1, denominator: 1, status: "met" })
  })
})

describe("GET /v1/plans/:id/progress reads only the records that can count", () => {
  it("answers what planProgress answers on every stored record, with other provinces, no province and CTDC rows present", async () => {
    const records = [
      caseRecord({ province: "quang-nam", communeId: "20336", status: { kind: "victim", certifiedOn: "2023-03-01" }, needs: { medicalCare: false, essentialNeeds: false }, refusals: [{ kind: "medical", refusedOn: "2023-03-02" }] }),
      caseRecord({ province: undefined, communeId: "20337", status: { kind: "being_identified", since: "2023-07-01", location: "vietnam" } }),
      caseRecord({ province: undefined, status: { kind: "victim", certifiedOn: "2023-08-01" } }),
      caseRecord({ province: "ha-giang", status: { kind: "victim", certifiedOn: "2023-08-01" } }),
      caseRecord({ origin: "ctdc", province: undefined, status: undefined, registrationYear: 2019 }),
    ]
    const batch = await send(server.app, "POST", "/v1/cases/batch", { records })
    expect(batch.status).toBe(200)

    const plan = findPlan("qn-1522-2023")!
    const stored = await server.store.listCases({ limit: 1_000, offset: 0 })
    const everything = {
      ...(await server.store.planRecords(plan.area.province)),
      cases: stored.items.map((item) => Result.getOrThrow(decodeInput(CaseRecord, JSON.parse(JSON.stringify(item.record))))),
    }
    for (const query of ["", "?denominator=received", "?view=public"]) {
      const body = await readBody(await send(server.app, "GET", `/v1/plans/qn-1522-2023/progress${query}`))
      const options = query === "" ? {} : query.includes("received") ? { victimsDenominator: "received" as const } : { view: "public" as const }
      expect(body, query).toEqual(JSON.parse(JSON.stringify(planProgress(plan, everything, options))))
    }
  })
})
