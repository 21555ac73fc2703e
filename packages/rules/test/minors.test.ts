/**
 * L2024's "under 18" is data (`parameters/national/minors.json`): the shipped value, its sources,
 * and the texts of groups and screening written from it.
 */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { assess, civilDate, nationalParameters, screen, valueOn } from "../src/index.ts"
import { onlyValueFrom } from "../src/minors.ts"

// The value in force when Law 53/2024/QH15 took effect.
const ageOf = (id: string) => valueOn(nationalParameters.get(id)!, civilDate("2025-07-01"))!.value

describe("persons under 18 (Law 53/2024/QH15)", () => {
  it.each([
    ["l2024-means-not-required-under-age", "Art. 2", "1"],
    ["l2024-accompanying-under-age", "Art. 37", "2"],
  ] as const)("%s: 18 years from 2025-07-01, open-ended, confirmed in L2024 %s(%s)", (id, article, clause) => {
    const parameter = nationalParameters.get(id)!
    expect(parameter.unit).toBe("years")
    expect(parameter.values).toHaveLength(1)
    const value = parameter.values[0]!
    expect([value.from, value.to, value.value, value.status]).toEqual(["2025-07-01", null, 18, "confirmed"])
    expect(value.source).toMatchObject({ instrument: "Law 53/2024/QH15", article, clause })
  })

  it("C03: the G2 reason names the age of Art. 37(2) from the file", () => {
    const decision = assess({
      asOf: civilDate("2025-10-01"),
      person: { birthDate: civilDate("2015-05-01"), citizenship: "VN" },
      status: { kind: "accompanying_minor", accompanying: { kind: "victim", certifiedOn: civilDate("2025-09-12") } },
    })
    expect(Result.isSuccess(decision) && decision.success.group?.reason).toBe(`person under ${ageOf("l2024-accompanying-under-age")} accompanying a G1 victim (Art. 37(2))`)
  })

  it("C03 flipped: the referral of an accompanying adult names the age from the file", () => {
    const decision = assess({
      asOf: civilDate("2025-10-01"),
      person: { birthDate: civilDate("2007-10-01"), citizenship: "VN" },
      status: { kind: "accompanying_minor", accompanying: { kind: "victim", certifiedOn: civilDate("2025-09-12") } },
    })
    const flags = Result.isSuccess(decision) ? decision.success.flags.map((flag) => flag.message) : []
    expect(flags.some((message) => message.includes(`must be under ${ageOf("l2024-accompanying-under-age")}`))).toBe(true)
  })

  it("C24 day of 18: the screening summary and trace name the age of Art. 2(1) from the file", () => {
    const age = ageOf("l2024-means-not-required-under-age")
    const screening = screen({
      actsOn: civilDate("2025-09-15"),
      person: { birthDate: civilDate("2007-09-15") },
      acts: ["recruit"],
      purposes: ["forced_labour"],
      means: { noneUsed: true },
    })
    expect(screening.summary).toContain(`the person was ${age} or over`)
    expect(screening.trace.some((step) => step.detail === `${age} or over on the date of the acts: means are required`)).toBe(true)
  })

  it("a dated change to an age is refused at load, not ignored: the rules read one value for all of vn-2024", () => {
    const parameter = nationalParameters.get("l2024-accompanying-under-age")!
    const [value] = parameter.values
    const changed = { ...parameter, values: [{ ...value!, to: civilDate("2030-12-31") }, { ...value!, from: civilDate("2031-01-01"), value: 16 }] }
    expect(() => onlyValueFrom(changed, civilDate("2025-07-01"))).toThrow("must have one open-ended value")
    expect(onlyValueFrom(parameter, civilDate("2025-07-01"))).toBe(value!.value)
  })
})
