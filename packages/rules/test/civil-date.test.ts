import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  addDays,
  addMonthsClamped,
  CivilDate,
  civilDate,
  daysInclusive,
  decodeInput,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
} from "../src/index.ts"

describe("civil dates", () => {
  it.each([
    ["2024-02-29", true, "2024 is a leap year"],
    ["2023-02-29", false, "2023 is not a leap year (the issue's example of an impossible date)"],
    ["1900-02-29", false, "century years are leap only when divisible by 400"],
    ["2000-02-29", true, "2000 is divisible by 400"],
    ["2025-04-31", false, "April has 30 days"],
    ["2025-13-01", false, "there is no 13th month"],
    ["2025-7-1", false, "dates are written YYYY-MM-DD"],
  ])("%s is a real date: %s (%s)", (text, valid) => {
    expect(Result.isSuccess(decodeInput(CivilDate, text))).toBe(valid)
  })

  it("round-trips day numbers over years 0054–4160", () => {
    for (let dayNumber = -700_000; dayNumber <= 800_000; dayNumber += 997) {
      expect(toDayNumber(fromDayNumber(dayNumber))).toBe(dayNumber)
    }
    expect(toDayNumber(civilDate("1970-01-01"))).toBe(0)
  })

  it.each([
    ["2025-03-09", 7, "Sunday (C12b: last day of the window)"],
    ["2025-03-10", 1, "Monday (C12: 2025-03-10 is a Monday)"],
    ["2025-07-01", 2, "Tuesday: L2024 in force"],
  ])("%s is ISO weekday %i, a %s", (date, weekday) => {
    expect(isoWeekday(civilDate(date))).toBe(weekday)
  })

  it.each([
    ["2024-01-01", "2024-02-29", 60, "C15: D09 Art. 19's 60 days end on 2024-02-29"],
    ["2024-01-01", "2024-03-31", 91, "C15: three months are 91 days in 2024"],
    ["2025-08-01", "2025-12-15", 137, "C19: the stay counts 137 days, admission included"],
    ["2025-08-01", "2025-11-28", 120, "C19: 120 days end on 2025-11-28"],
  ])("%s to %s is %i days inclusive (%s)", (first, last, days) => {
    expect(daysInclusive(civilDate(first), civilDate(last))).toBe(days)
    expect(addDays(civilDate(first), days - 1)).toBe(last)
  })

  it.each([
    ["2024-03-10", 12, "2025-03-10", "C12: same-numbered day"],
    ["2024-01-31", 1, "2024-02-29", "no 31 February: the month's last day (leap year)"],
    ["2023-01-31", 1, "2023-02-28", "no 31 February: the month's last day"],
    ["2024-02-29", 12, "2025-02-28", "no 29 February in 2025"],
  ])("%s plus %i months is %s (%s)", (from, months, expected) => {
    expect(addMonthsClamped(civilDate(from), months)).toBe(expected)
  })

  it("civilDate refuses an impossible literal", () => {
    expect(() => civilDate("2023-02-29")).toThrow(/not a real calendar date/)
  })
})
