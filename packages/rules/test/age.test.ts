import { describe, expect, it } from "vitest"
import { ageOn, civilDate, isUnder, type Birth } from "../src/index.ts"

const birth = (text: string): Birth => ({ birthDate: civilDate(text) })

describe("age in completed years", () => {
  it.each([
    ["C24: born 2007-09-15, the day before the 18th birthday", birth("2007-09-15"), "2025-09-14", 17, 17, false],
    ["C24: born 2007-09-15, on the 18th birthday: 18 is reached that day", birth("2007-09-15"), "2025-09-15", 18, 18, false],
    ["C24: born 2007-09-15, the day after the 18th birthday", birth("2007-09-15"), "2025-09-16", 18, 18, false],
    ["C22: born 2009-02-03, on the date of the acts 2025-09-01", birth("2009-02-03"), "2025-09-01", 16, 16, false],
    ["born 2008-02-29, on 2026-02-28 (no 29 February): not yet 18 [unconfirmed convention]", birth("2008-02-29"), "2026-02-28", 17, 17, true],
    ["born 2008-02-29, on 2026-03-01: 18 reached on 1 March", birth("2008-02-29"), "2026-03-01", 18, 18, false],
    ["born 2008-02-29, on 2028-02-29 (leap year): 20 on the day itself", birth("2008-02-29"), "2028-02-29", 20, 20, false],
    ["born 2008-02-29, on 2028-02-28 (leap year): still 19", birth("2008-02-29"), "2028-02-28", 19, 19, false],
    ["born on the day: 0", birth("2025-07-01"), "2025-07-01", 0, 0, false],
    ["born in 2007, day unknown, on 2025-06-01: 17 or 18", { birthYear: 2007 }, "2025-06-01", 17, 18, false],
    ["born in 2007, day unknown, on 2025-12-31: still 17 or 18 (a 31 December birthday is reached that day)", { birthYear: 2007 }, "2025-12-31", 17, 18, false],
    ["born in 2025, on 2025-03-01: 0", { birthYear: 2025 }, "2025-03-01", 0, 0, false],
  ] as const)("%s", (_name, person, on, min, max, convention) => {
    const age = ageOn(person, civilDate(on))
    expect(age?.min).toBe(min)
    expect(age?.max).toBe(max)
    expect(age?.leapDayConvention).toBe(convention)
  })

  it("says the 29 February convention is unconfirmed in its explanation", () => {
    expect(ageOn(birth("2008-02-29"), civilDate("2026-02-28"))?.explanation).toMatch(/1 March \[unconfirmed convention\]/)
  })

  it.each([
    [birth("2007-09-15"), "2025-09-14", true],
    [birth("2007-09-15"), "2025-09-15", false],
    [{ birthYear: 2007 }, "2025-06-01", "uncertain"],
    [{ birthYear: 2007 }, "2024-12-31", true],
    [{ birthYear: 2007 }, "2026-01-01", false],
  ] as const)("under 18: %o on %s → %s", (person, on, expected) => {
    const age = ageOn(person, civilDate(on))
    expect(age && isUnder(age, 18)).toBe(expected)
  })

  it("has no age without a birth, or for a birth after the date", () => {
    expect(ageOn({}, civilDate("2025-01-01"))).toBeUndefined()
    expect(ageOn(birth("2026-01-01"), civilDate("2025-01-01"))).toBeUndefined()
  })
})
