/**
 * `POST /v1/assessments` on the worked legal cases C01–C10 of `shared/domain/cases.md`, and bad
 * input answered 400 with the field named.
 */
import { kindsVn2011, kindsVn2024 } from "@hotro/rules"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { send, testServer, type TestServer } from "./support.ts"

interface EntitlementBody {
  readonly kind: string
  readonly status: string
  readonly limits: ReadonlyArray<{ readonly value?: number; readonly unit?: string; readonly description: string }>
  readonly amount: { readonly vnd: number; readonly computation: string; readonly sources: ReadonlyArray<{ readonly instrument: string }> } | null
  readonly notes: ReadonlyArray<string>
}
interface AssessmentBody {
  readonly regime: { readonly id: string }
  readonly group: { readonly id: string } | null
  readonly entitlements: ReadonlyArray<EntitlementBody>
  readonly flags: ReadonlyArray<{ readonly code: string; readonly message: string }>
}

let server: TestServer
beforeAll(async () => {
  server = await testServer()
}, 60_000)
afterAll(() => server.store.close())

const assess = async (facts: unknown): Promise<AssessmentBody> => {
  const response = await send(server.app, "POST", "/v1/assessments", facts)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as AssessmentBody
}

const kindsOf = (assessment: AssessmentBody) => assessment.entitlements.map((entitlement) => entitlement.kind).sort()
const entitlement = (assessment: AssessmentBody, kind: string) => {
  const found = assessment.entitlements.find((candidate) => candidate.kind === kind)
  expect(found, `entitlement ${kind}`).toBeDefined()
  return found!
}

const womanC01 = { birthDate: "2001-04-12", sex: "female", citizenship: "VN" }
const poorWoman = { birthDate: "1998-01-20", sex: "female", citizenship: "VN", poorHousehold: true }

describe("POST /v1/assessments: worked cases", () => {
  it("C01 a Vietnamese woman certified 2025-09-12 after return from abroad: vn-2024, G1, all 10 kinds, essential needs up to 120 days, amounts not configured", async () => {
    const assessment = await assess({
      asOf: "2025-10-01",
      person: womanC01,
      traffickedIn: "abroad",
      status: { kind: "victim", certifiedOn: "2025-09-12" },
    })
    expect(assessment.regime.id).toBe("vn-2024")
    expect(assessment.group?.id).toBe("G1")
    expect(kindsOf(assessment)).toEqual([...kindsVn2024].sort())
    expect(entitlement(assessment, "essential_needs").limits.some((limit) => limit.value === 120)).toBe(true)
    expect(entitlement(assessment, "essential_needs").amount).toBeNull()
  })

  it("C02 the same woman certified 2025-06-20, assessed 2026-02-01: vn-2011 (L2024 Art. 63), the six vn-2011 kinds, legal aid free whatever her finances", async () => {
    const assessment = await assess({
      asOf: "2026-02-01",
      person: { ...womanC01, financialDifficulty: false },
      traffickedIn: "abroad",
      status: { kind: "victim", certifiedOn: "2025-06-20" },
    })
    expect(assessment.regime.id).toBe("vn-2011")
    expect(kindsOf(assessment)).toEqual([...kindsVn2011].sort())
    expect(entitlement(assessment, "legal_aid").status).toBe("entitled")
  })

  it("C03 her son, 10, accompanying her: vn-2024, G2, 8 kinds without vocational and initial hardship", async () => {
    const assessment = await assess({
      asOf: "2025-10-01",
      person: { birthDate: "2015-03-02", sex: "male", citizenship: "VN" },
      status: { kind: "accompanying_minor", accompanying: { kind: "victim", certifiedOn: "2025-09-12" } },
    })
    expect(assessment.regime.id).toBe("vn-2024")
    expect(assessment.group?.id).toBe("G2")
    expect(kindsOf(assessment)).toEqual(kindsVn2024.filter((kind) => kind !== "vocational" && kind !== "initial_hardship_and_loan").sort())
  })

  it("C04 a man being identified, still abroad: vn-2024, G3, four kinds", async () => {
    const assessment = await assess({
      asOf: "2025-10-01",
      person: { birthDate: "1995-06-01", sex: "male", citizenship: "VN" },
      status: { kind: "being_identified", since: "2025-10-01", location: "abroad" },
    })
    expect(assessment.regime.id).toBe("vn-2024")
    expect(assessment.group?.id).toBe("G3")
    expect(kindsOf(assessment)).toEqual(["essential_needs", "interpretation", "legal_support", "medical"])
  })

  it("C05 the same man back in Vietnam, still being identified: vn-2024, G4, C04's four plus legal aid, travel, psychological", async () => {
    const assessment = await assess({
      asOf: "2025-10-05",
      person: { birthDate: "1995-06-01", sex: "male", citizenship: "VN" },
      status: { kind: "being_identified", since: "2025-10-01", location: "vietnam" },
    })
    expect(assessment.group?.id).toBe("G4")
    expect(kindsOf(assessment)).toEqual(
      ["essential_needs", "interpretation", "legal_aid", "legal_support", "medical", "psychological", "travel"],
    )
  })

  it("C06 a Lao woman trafficked in Vietnam: vn-2024, G5, six kinds each conditional on need", async () => {
    const assessment = await assess({
      asOf: "2025-11-10",
      person: { birthDate: "1999-08-08", sex: "female", citizenship: "LA" },
      traffickedIn: "vietnam",
      status: { kind: "victim", certifiedOn: "2025-11-01" },
    })
    expect(assessment.regime.id).toBe("vn-2024")
    expect(assessment.group?.id).toBe("G5")
    expect(kindsOf(assessment)).toEqual(
      ["essential_needs", "interpretation", "legal_aid", "legal_support", "medical", "psychological"],
    )
    for (const given of assessment.entitlements) expect(given.status, given.kind).toBe("conditional")
  })

  it("C07 a stateless person with permanent residence in Vietnam: vn-2024, G1, all 10 kinds", async () => {
    const assessment = await assess({
      asOf: "2025-08-10",
      person: { citizenship: "stateless", permanentResidentInVietnam: true },
      status: { kind: "victim", certifiedOn: "2025-08-01" },
    })
    expect(assessment.group?.id).toBe("G1")
    expect(kindsOf(assessment)).toEqual([...kindsVn2024].sort())
  })

  it("C08 a woman awaiting verification in 2024: vn-2011, essential needs and travel only (D09 Art. 19)", async () => {
    const assessment = await assess({
      asOf: "2024-11-10",
      person: { birthDate: "2000-02-02", sex: "female", citizenship: "VN" },
      status: { kind: "being_identified", since: "2024-11-05", location: "vietnam" },
    })
    expect(assessment.regime.id).toBe("vn-2011")
    expect(kindsOf(assessment)).toEqual(["essential_needs_and_travel"])
  })

  it("C08b the same woman still not identified on 2025-08-01: vn-2024, G4, 7 kinds", async () => {
    const assessment = await assess({
      asOf: "2025-08-01",
      person: { birthDate: "2000-02-02", sex: "female", citizenship: "VN" },
      status: { kind: "being_identified", since: "2024-11-05", location: "vietnam" },
    })
    expect(assessment.regime.id).toBe("vn-2024")
    expect(assessment.group?.id).toBe("G4")
    expect(assessment.entitlements).toHaveLength(7)
  })

  it("C09 Hà Giang, poor household, returned home: initial hardship allowance 3,000,000 VND once, from Res. 15/2020/NQ-HĐND", async () => {
    const assessment = await assess({
      asOf: "2024-04-01",
      province: "ha-giang",
      person: poorWoman,
      status: { kind: "victim", certifiedOn: "2024-03-10" },
      returnedHomeOn: "2024-03-20",
      applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
    })
    expect(assessment.regime.id).toBe("vn-2011")
    const allowance = entitlement(assessment, "initial_hardship_and_loan")
    expect(allowance.status).toBe("entitled")
    expect(allowance.amount?.vnd).toBe(3_000_000)
    expect(allowance.amount?.sources.map((source) => source.instrument).join(" | ")).toMatch(/15\/2020\/NQ-HĐND/)
  })

  it("C10 as C09 but Khánh Hòa: 2,000,000 VND once, from Res. 05/2020/NQ-HĐND", async () => {
    const assessment = await assess({
      asOf: "2024-04-01",
      province: "khanh-hoa",
      person: poorWoman,
      status: { kind: "victim", certifiedOn: "2024-03-10" },
      returnedHomeOn: "2024-03-20",
      applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
    })
    const allowance = entitlement(assessment, "initial_hardship_and_loan")
    expect(allowance.amount?.vnd).toBe(2_000_000)
    expect(allowance.amount?.sources.map((source) => source.instrument).join(" | ")).toMatch(/05\/2020\/NQ-HĐND/)
  })
})

describe("POST /v1/assessments: the trace", () => {
  const c01 = { asOf: "2025-10-01", person: womanC01, traffickedIn: "abroad", status: { kind: "victim", certifiedOn: "2025-09-12" } }
  type Traced = { trace: ReadonlyArray<{ rule: string; sources: ReadonlyArray<{ instrument: string }> }> }

  it("C01 carries a trace by default, every step citing its provision", async () => {
    const { trace } = (await assess(c01)) as unknown as Traced
    expect(trace.length).toBeGreaterThan(0)
    for (const step of trace) expect(step.sources.length, step.rule).toBeGreaterThan(0)
  })

  it("C01 with ?trace=false leaves the trace out and decides the same", async () => {
    const response = await send(server.app, "POST", "/v1/assessments?trace=false", c01)
    const body = (await response.json()) as AssessmentBody & Traced
    expect(body.trace).toEqual([])
    expect(body.entitlements).toEqual((await assess(c01)).entitlements)
  })

  it("?trace=maybe is a 400 naming trace", async () => {
    const response = await send(server.app, "POST", "/v1/assessments?trace=maybe", c01)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { issues: ReadonlyArray<{ path: string }> }).issues[0]?.path).toBe("trace")
  })
})

describe("POST /v1/assessments: bad input is a 400 problem naming the field, and changes nothing", () => {
  const valid = { asOf: "2025-10-01", person: womanC01, status: { kind: "victim", certifiedOn: "2025-09-12" } }

  const problemOf = async (body: unknown) => {
    const before = (await server.store.listCases({ limit: 1, offset: 0 })).total
    const response = await send(server.app, "POST", "/v1/assessments", body)
    expect(response.status).toBe(400)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect((await server.store.listCases({ limit: 1, offset: 0 })).total).toBe(before)
    return (await response.json()) as { type: string; title: string; status: number; issues: ReadonlyArray<{ path: string; message: string }> }
  }

  it("malformed JSON names (body)", async () => {
    const problem = await problemOf('{"asOf": "2025-10-01",')
    expect(problem.status).toBe(400)
    expect(problem.issues.map((issue) => issue.path)).toEqual(["(body)"])
  })

  it("an unknown status.kind names status.kind and the allowed kinds", async () => {
    const problem = await problemOf({ ...valid, status: { kind: "survivor", certifiedOn: "2025-09-12" } })
    const issue = problem.issues.find((candidate) => candidate.path === "status.kind")
    expect(issue?.message).toMatch(/victim/)
  })

  it("2023-02-29 (not a real date) names asOf", async () => {
    const problem = await problemOf({ ...valid, asOf: "2023-02-29" })
    expect(problem.issues.map((issue) => issue.path)).toContain("asOf")
  })

  it("a date before any encoded provision is a 422 naming asOf", async () => {
    const before = (await server.store.listCases({ limit: 1, offset: 0 })).total
    const response = await send(server.app, "POST", "/v1/assessments", { ...valid, asOf: "2011-06-01", status: { kind: "victim", certifiedOn: "2011-05-01" } })
    expect(response.status).toBe(422)
    expect((await response.json() as { issues: ReadonlyArray<{ path: string }> }).issues[0]?.path).toBe("asOf")
    expect((await server.store.listCases({ limit: 1, offset: 0 })).total).toBe(before)
  })

  it("an unknown province names province", async () => {
    const problem = await problemOf({ ...valid, province: "atlantis" })
    expect(problem.issues.map((issue) => issue.path)).toContain("province")
  })
})
