import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeInput, screen, ScreeningFacts, type ScreeningFactsEncoded } from "../src/index.ts"

const decode = (facts: ScreeningFactsEncoded): ScreeningFacts => {
  const decoded = decodeInput(ScreeningFacts, facts)
  if (Result.isFailure(decoded)) throw new Error(decoded.failure.message)
  return decoded.success
}

// C22: a recruiter took her abroad and handed her to a man for marriage, for money paid to the recruiter.
const c22: ScreeningFactsEncoded = {
  actsOn: "2025-09-01",
  person: { birthDate: "2009-02-03" },
  acts: ["recruit", "transport", "transfer"],
  purposes: ["money_or_benefit", "forced_marriage"],
  means: {},
}
const woman20 = { birthDate: "2005-06-01" }

describe("screening for indicators of trafficking (L2024 Art. 2(1); D62 Art. 5)", () => {
  it.each([
    ["C22: a girl of 16 on the date of the acts, no means recorded: indicators met, means not required for under-18s", c22, "indicators_met", null],
    ["C23: same facts, a woman of 20, force/threat/deception not recorded and other means not assessed: insufficient information (means)", { ...c22, person: woman20 }, "insufficient_information", null],
    ["C23b: same, a woman of 20, the facts record that no means of any kind were used: indicators not met, missing element means", { ...c22, person: woman20, means: { noneUsed: true } }, "indicators_not_met", "means"],
    ["C23b flipped: a woman of 20 deceived: indicators met", { ...c22, person: woman20, means: { deception: true } }, "indicators_met", null],
    ["C23b variant: a woman of 20, each of the four means assessed as not used: indicators not met", { ...c22, person: woman20, means: { force: false, threat: false, deception: false, otherMeans: false } }, "indicators_not_met", "means"],
    ["C24: born 2007-09-15, acts on 2025-09-14 (age 17), no means used: indicators met", { ...c22, actsOn: "2025-09-14", person: { birthDate: "2007-09-15" }, means: { noneUsed: true } }, "indicators_met", null],
    ["C24: born 2007-09-15, acts on 2025-09-15 (age 18), no means used: indicators not met, means required", { ...c22, actsOn: "2025-09-15", person: { birthDate: "2007-09-15" }, means: { noneUsed: true } }, "indicators_not_met", "means"],
    ["C25: acts and purpose recorded, means unknown, age unknown: insufficient information (age or means)", { ...c22, person: {} }, "insufficient_information", null],
    ["vn-2011: born in 2007 only, acts on 2025-06-01: D62 Art. 5 needs no means, so age does not matter: indicators met", { ...c22, actsOn: "2025-06-01", person: { birthYear: 2007 } }, "indicators_met", null],
    ["born in 2007 only, acts on 2025-08-01, no means used: 17 or 18, insufficient information (age)", { ...c22, actsOn: "2025-08-01", person: { birthYear: 2007 }, means: { noneUsed: true } }, "insufficient_information", null],
    ["no act recorded: insufficient information (act)", { ...c22, acts: [] }, "insufficient_information", null],
    ["vn-2011: an adult recruited for forced labour, no means recorded: D62 Art. 5 names no means, indicators met", { ...c22, actsOn: "2024-05-01", person: woman20, purposes: ["forced_labour"] }, "indicators_met", null],
    ["vn-2011: traded for money with no other purpose recorded: ground (i)", { ...c22, actsOn: "2024-05-01", acts: ["trade"], purposes: [] }, "indicators_met", null],
  ] as const)("%s", (_name, facts, answer, missing) => {
    const result = screen(decode(facts as ScreeningFactsEncoded))
    expect(result.answer).toBe(answer)
    expect(result.missingElement).toBe(missing)
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
