import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { assess, type CaseRecord, civilDate, decodeInput, CaseRecord as CaseRecordSchema, factsOfCase } from "../src/index.ts"

const record = (overrides: Record<string, unknown>, without?: keyof CaseRecord): CaseRecord => {
  const input: Record<string, unknown> = {
    id: "0b6f3f4e-6f43-4d6a-9a57-1f1f2a9d9c01",
    origin: "field",
    province: "ha-giang",
    person: { citizenship: "VN", poorHousehold: true },
    status: { kind: "victim", certifiedOn: "2024-03-10" },
    returnedHomeOn: "2024-03-20",
    applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
    supports: [],
    refusals: [],
    ...overrides,
  }
  if (without !== undefined) delete input[without]
  const decoded = decodeInput(CaseRecordSchema, input)
  if (Result.isFailure(decoded)) throw new Error(decoded.failure.message)
  return decoded.success
}

describe("facts of a case record", () => {
  it("C09 from a field record: the Hà Giang initial hardship allowance is 3,000,000 VND (Res. 15/2020/NQ-HĐND; D09 Art. 23)", () => {
    const facts = factsOfCase(record({}), civilDate("2024-04-01"))
    if (Result.isFailure(facts)) throw facts.failure
    const assessment = assess(facts.success)
    if (Result.isFailure(assessment)) throw assessment.failure
    const allowance = assessment.success.entitlements.find((entitlement) => entitlement.kind === "initial_hardship_and_loan")
    expect(allowance?.amount?.vnd).toBe(3_000_000)
  })

  it("a record assessed on a date before its certification is refused, naming status.certifiedOn", () => {
    const facts = factsOfCase(record({}), civilDate("2024-03-09"))
    expect(Result.isFailure(facts) && facts.failure.issues.map((issue) => issue.path)).toEqual(["status.certifiedOn"])
  })

  it("a record without an identification status (a CTDC row) cannot be assessed, and says why", () => {
    const facts = factsOfCase(record({}, "status"), civilDate("2024-04-01"))
    expect(Result.isFailure(facts) && facts.failure.issues[0]?.path).toBe("status")
  })
})
