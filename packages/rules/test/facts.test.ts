/** Facts whose dates contradict each other are refused by field, before any rule runs. */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeInput, Facts, Locality } from "../src/index.ts"

const victim = { asOf: "2025-10-01", person: { citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-09-12" } }

const pathsOf = (result: Result.Result<unknown, { readonly issues: ReadonlyArray<{ readonly path: string }> }>): ReadonlyArray<string> =>
  Result.isFailure(result) ? result.failure.issues.map((issue) => issue.path) : []

describe("consistent dates in facts", () => {
  it.each([
    ["certified after the date of assessment", { ...victim, status: { kind: "victim", certifiedOn: "2025-10-02" } }, "status.certifiedOn"],
    ["received after the date of assessment", { ...victim, status: { kind: "being_identified", since: "2025-10-02", location: "vietnam" } }, "status.since"],
    [
      "the accompanied person certified after the date of assessment",
      { ...victim, status: { kind: "accompanying_minor", accompanying: { kind: "victim", certifiedOn: "2026-01-01" } } },
      "status.accompanying.certifiedOn",
    ],
    ["born after the date of assessment", { ...victim, person: { birthDate: "2030-01-01" } }, "person.birthDate"],
    [
      "an allowance application filed before certification (D09 Art. 23: it includes the certificate)",
      { ...victim, applications: { initialHardshipAllowanceFiledOn: "2025-09-11" } },
      "applications.initialHardshipAllowanceFiledOn",
    ],
    ["a stay that ends before it starts", { ...victim, stay: { admittedOn: "2025-09-20", leftOn: "2025-09-19" } }, "stay.leftOn"],
  ])("%s is refused, naming %s", (_, input, path) => {
    expect(pathsOf(decodeInput(Facts, input))).toEqual([path])
  })

  it.each([
    ["certified on the date of assessment", { ...victim, status: { kind: "victim", certifiedOn: "2025-10-01" } }],
    ["an application filed on the day of certification", { ...victim, applications: { initialHardshipAllowanceFiledOn: "2025-09-12" } }],
    ["a one-day stay", { ...victim, stay: { admittedOn: "2025-09-20", leftOn: "2025-09-20" } }],
  ])("%s is accepted", (_, input) => {
    expect(Result.isSuccess(decodeInput(Facts, input))).toBe(true)
  })

  it("a locality's period must not end before it starts", () => {
    const locality = { communeId: "20336", province: "quang-nam", highRisk: true, from: "2023-12-31", to: "2023-01-01" }
    expect(pathsOf(decodeInput(Locality, locality))).toEqual(["to"])
  })
})
