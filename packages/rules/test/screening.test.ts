import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeInput, screen, ScreeningFacts, type ScreeningFactsEncoded } from "../src/index.ts"
import { c22, screeningCases, woman20 } from "./cases/screening.table.ts"

const decode = (facts: ScreeningFactsEncoded): ScreeningFacts => {
  const decoded = decodeInput(ScreeningFacts, facts)
  if (Result.isFailure(decoded)) throw new Error(decoded.failure.message)
  return decoded.success
}

describe("screening for indicators of trafficking (L2024 Art. 2(1); D62 Art. 5)", () => {
  it.each(screeningCases)("$name", ({ facts, answer, missingElement }) => {
    const result = screen(decode(facts))
    expect(result.answer).toBe(answer)
    expect(result.missingElement).toBe(missingElement)
  })

  it("C22: applies vn-2024 and cites L2024 Art. 2(1) in its trace", () => {
    const result = screen(decode(c22))
    expect(result.regime.id).toBe("vn-2024")
    expect(result.age).toMatchObject({ min: 16, max: 16 })
    expect(result.trace.some((step) => step.detail.includes("means are not required") && step.sources.some((s) => s.article === "Art. 2"))).toBe(true)
    expect(result.checkLegalExceptions).toBe(false)
  })

  it("C23: names other means as what is needed", () => {
    const result = screen(decode({ ...c22, person: woman20, means: { force: false, threat: false, deception: false } }))
    expect(result.needed).toEqual(["means: whether other means were used (the person was 18 or over)"])
  })

  it("C25: asks for age or means", () => {
    expect(screen(decode({ ...c22, person: {} })).needed[0]).toMatch(/^age or means/)
  })

  it("when the only purpose is money: indicators met — check legal exceptions", () => {
    const result = screen(decode({ ...c22, purposes: ["money_or_benefit"] }))
    expect(result.answer).toBe("indicators_met")
    expect(result.checkLegalExceptions).toBe(true)
    expect(result.summary).toMatch(/check legal exceptions/)
    expect(result.flags.map((flag) => flag.code)).toContain("check_legal_exceptions")
  })

  it("the regime changes on 2025-07-01: the day before D62, the day of L2024", () => {
    expect(screen(decode({ ...c22, actsOn: "2025-06-30" })).regime.id).toBe("vn-2011")
    expect(screen(decode({ ...c22, actsOn: "2025-07-01" })).regime.id).toBe("vn-2024")
    expect(screen(decode({ ...c22, actsOn: "2025-06-30", regimeOn: "2025-07-01" })).regime.id).toBe("vn-2024")
  })

  it("never certifies: every answer carries the flag", () => {
    expect(screen(decode(c22)).flags.map((flag) => flag.code)).toContain("screening_does_not_certify")
  })

  it("flags the 29 February convention when the answer depends on it", () => {
    const result = screen(decode({ ...c22, actsOn: "2026-02-28", person: { birthDate: "2008-02-29" }, means: { noneUsed: true } }))
    expect(result.answer).toBe("indicators_met")
    expect(result.flags.map((flag) => flag.code)).toContain("leap_day_birthday_convention")
  })

  it("reports a birth after the date of the acts as something to check, not an age", () => {
    const result = screen(decode({ ...c22, person: { birthDate: "2026-01-01" }, means: { noneUsed: true } }))
    expect(result.answer).toBe("insufficient_information")
    expect(result.age).toBeNull()
  })

  it("rejects unknown acts with the field path", () => {
    const decoded = decodeInput(ScreeningFacts, { ...c22, acts: ["kidnap"] })
    expect(Result.isFailure(decoded) && decoded.failure.issues[0]?.path).toBe("acts.0")
  })
})
