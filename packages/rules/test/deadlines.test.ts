import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  applicationWindow,
  civilDate,
  dayStatus,
  explainPeriodEnd,
  forwardingDeadline,
  holidayCalendarFromJson,
  isoWeekday,
  periodEnd,
  type Period,
  ProvisionNotInForce,
  verificationDeadline,
  vietnamHolidayCalendar,
} from "../src/index.ts"

const end = (eventOn: string, period: Period) => {
  const result = periodEnd(civilDate(eventOn), period)
  return Result.isSuccess(result) ? result.success : result.failure
}

describe("deadlines under Civil Code 2015 Art. 147–148", () => {
  it.each([
    ["C12: certified 2024-03-10, 12 months end on Monday 2025-03-10", "2024-03-10", { months: 12 }, "2025-03-10"],
    ["C12b: certified 2024-03-09, the last day 2025-03-09 is a Sunday: Monday 2025-03-10", "2024-03-09", { months: 12 }, "2025-03-10"],
    ["a month from 31 January ends on the last day of February (2024: leap year, Thursday 29th)", "2024-01-31", { months: 1 }, "2024-02-29"],
    ["a month from 31 January 2025 ends on Friday 28 February", "2025-01-31", { months: 1 }, "2025-02-28"],
    ["3 days from Friday 2025-08-29: Monday 1 and Tuesday 2 September are National Day: Wednesday 3", "2025-08-29", { days: 3 }, "2025-09-03"],
    ["3 days from Monday 2025-03-03: Thursday 2025-03-06", "2025-03-03", { days: 3 }, "2025-03-06"],
    ["3 days from Thursday 2025-03-06: Sunday, moved to Monday 2025-03-10", "2025-03-06", { days: 3 }, "2025-03-10"],
    ["10 days from 2025-01-20: 30 January is Tet, then 31 January and the weekend: Monday 3 February", "2025-01-20", { days: 10 }, "2025-02-03"],
    ["a month from 2025-03-07: 7 April is Hung Kings: 8 April", "2025-03-07", { months: 1 }, "2025-04-08"],
    ["3 working days from Tuesday 2025-04-29: 30 April, 1 May, the swapped 2 May and the weekend are off: Wednesday 7 May", "2025-04-29", { workingDays: 3 }, "2025-05-07"],
    ["3 working days from Friday 2025-03-07: Wednesday 12 March", "2025-03-07", { workingDays: 3 }, "2025-03-12"],
    ["1 working day from Friday 2026-02-13: Tet 16–20 February: Monday 23 February", "2026-02-13", { workingDays: 1 }, "2026-02-23"],
    ["9 working days from 2024-04-25 skip the swapped Monday 29 April and work-Saturday 4 May stays a weekend day: Monday 13 May", "2024-04-25", { workingDays: 9 }, "2024-05-13"],
    ["a day from Saturday 2026-04-25: Sunday 26 is Hung Kings, Monday 27 its compensatory day: Tuesday 28", "2026-04-25", { days: 1 }, "2026-04-28"],
  ] as const)("%s", (_name, eventOn, period, expected) => {
    expect(end(eventOn, period)).toBe(expected)
  })

  it.each([
    ["before the calendar's coverage", "2022-12-20", { days: 3 }],
    ["after the calendar's coverage", "2027-12-30", { days: 3 }],
    ["on an undecided day (second National Day holiday 2026)", "2026-08-31", { days: 1 }],
    ["on an undecided day (Tet 2027 not yet announced)", "2027-02-01", { days: 3 }],
    ["working days crossing an undecided day", "2026-08-31", { workingDays: 2 }],
  ] as const)("fails with ProvisionNotInForce %s, never guesses", (_name, eventOn, period) => {
    expect(end(eventOn, period)).toBeInstanceOf(ProvisionNotInForce)
  })

  it("explains the move over a weekend (C12b)", () => {
    const result = explainPeriodEnd(civilDate("2024-03-09"), { months: 12 })
    if (Result.isFailure(result)) throw result.failure
    expect(result.success.nominalLastDay).toBe("2025-03-09")
    expect(result.success.computation).toBe("2024-03-09 + 12 months = 2025-03-09; 2025-03-09 is a Sunday; the period ends at the end of the next working day, 2025-03-10")
    expect(result.success.sources.map((source) => `${source.article}(${source.clause})`)).toEqual(["Art. 147(1)", "Art. 148(3)", "Art. 148(5)"])
    expect(result.success.status).toBe("confirmed")
  })

  it("carries the status of the holiday entries it used", () => {
    const result = explainPeriodEnd(civilDate("2025-04-29"), { workingDays: 3 })
    if (Result.isFailure(result)) throw result.failure
    expect(result.success.daysOffUsed.map((day) => day.date)).toEqual(["2025-04-30", "2025-05-01", "2025-05-02"])
    expect(result.success.status).toBe("unconfirmed")
  })

  it("rejects a period that is not a whole number ≥ 1", () => {
    expect(() => periodEnd(civilDate("2025-03-03"), { days: 0 })).toThrow(RangeError)
  })
})

describe("procedural deadlines", () => {
  it.each([
    ["C12: certified 2024-03-10, filed 2025-03-10: in time", "2024-03-10", "2025-03-10", true],
    ["C12: certified 2024-03-10, filed 2025-03-11: late", "2024-03-10", "2025-03-11", false],
    ["C12b: certified 2024-03-09, filed Monday 2025-03-10: in time, the last day was a Sunday", "2024-03-09", "2025-03-10", true],
    ["C12b flipped: certified 2024-03-09, filed Tuesday 2025-03-11: late", "2024-03-09", "2025-03-11", false],
  ] as const)("%s (D09 Art. 23)", (_name, certifiedOn, filedOn, inTime) => {
    const window = applicationWindow(civilDate(certifiedOn), civilDate(filedOn))
    if (Result.isFailure(window)) throw window.failure
    expect(window.success.filedInTime).toBe(inTime)
    expect(window.success.sources[0]?.instrument).toBe("Decree 09/2013/ND-CP")
  })

  it("the 12-month window of D09 Art. 23 is not encoded for certifications from 2025-07-01 (the day before, the day of)", () => {
    expect(Result.isSuccess(applicationWindow(civilDate("2025-06-30")))).toBe(true)
    const after = applicationWindow(civilDate("2025-07-01"))
    expect(Result.isFailure(after) && after.failure).toBeInstanceOf(ProvisionNotInForce)
  })

  it.each([
    ["received Friday 2025-08-29 (vn-2024): 3 days, over National Day → Wednesday 2025-09-03", "2025-08-29", "vn-2024", "2025-09-03"],
    ["received Monday 2025-06-30 (vn-2011): Thursday 2025-07-03", "2025-06-30", "vn-2011", "2025-07-03"],
    ["received Tuesday 2025-07-01 (vn-2024): Friday 2025-07-04", "2025-07-01", "vn-2024", "2025-07-04"],
  ] as const)("verification within 3 days: %s", (_name, receivedOn, regime, lastDay) => {
    const deadline = verificationDeadline(civilDate(receivedOn))
    if (Result.isFailure(deadline)) throw deadline.failure
    expect(deadline.success.regime).toBe(regime)
    expect(deadline.success.lastDay).toBe(lastDay)
  })

  it("the commune forwards an application within 3 working days (D09 Art. 23)", () => {
    const deadline = forwardingDeadline(civilDate("2025-04-29"))
    expect(Result.isSuccess(deadline) && deadline.success.lastDay).toBe("2025-05-07")
  })
})

describe("the public-holiday calendar", () => {
  it.each([
    ["2024-02-10", "Tet 2024 (first day of the lunar year)"],
    ["2025-01-29", "Tet 2025"],
    ["2026-02-17", "Tet 2026"],
    ["2027-02-06", "Tet 2027"],
    ["2024-04-18", "Hung Kings 2024 (10/3 lunar)"],
    ["2025-04-07", "Hung Kings 2025"],
    ["2026-04-26", "Hung Kings 2026"],
    ["2027-04-16", "Hung Kings 2027"],
  ])("%s is a holiday: %s", (date, _name) => {
    const entry = vietnamHolidayCalendar.days.get(civilDate(date))
    expect(entry?.kind).toBe("public_holiday")
  })

  it.each(["2024", "2025", "2026", "2027"])("%s lists 1 January, 30 April, 1 May and 2 September", (year) => {
    for (const monthDay of ["01-01", "04-30", "05-01", "09-02"]) {
      expect(vietnamHolidayCalendar.days.get(civilDate(`${year}-${monthDay}`))?.kind).toBe("public_holiday")
    }
  })

  it("lists compensatory and swapped days off only on weekdays, and worked days only on Saturdays", () => {
    for (const day of vietnamHolidayCalendar.days.values()) {
      if (day.kind === "compensatory_day_off" || day.kind === "swapped_day_off") expect(isoWeekday(day.date)).toBeLessThan(6)
      if (day.kind === "swapped_working_day") expect(isoWeekday(day.date)).toBe(6)
    }
  })

  it("a worked Saturday stays a weekend day for deadlines [unconfirmed convention]", () => {
    const status = dayStatus(civilDate("2025-04-26"))
    expect(Result.isSuccess(status) && status.success.working).toBe(false)
  })

  it("rejects a calendar file whose entry names an unknown source", () => {
    const file = {
      calendar: "test",
      description: { vi: "", en: "" },
      coverage: { from: "2025-01-01", to: "2025-12-31" },
      conventions: [],
      holidays: { x: { vi: "x", en: "x" } },
      sources: {},
      days: [{ date: "2025-01-01", kind: "public_holiday", holiday: "x", source: "nowhere", status: "confirmed" }],
      undecided: [],
    }
    const result = holidayCalendarFromJson(file, "test.json")
    expect(Result.isFailure(result) && result.failure.key).toBe("days.0.source")
  })
})
