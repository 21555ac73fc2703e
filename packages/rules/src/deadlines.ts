/**
 * Deadlines to act (to file, forward, verify, decide) under Civil Code 2015 Art. 147–148:
 * counting starts the day after the event (Art. 147(1)); a period of days ends at the end of its
 * last day (Art. 148(1)); a period of months ends on the same-numbered day of the last month, or
 * on that month's last day when it has none (Art. 148(3)); a last day that is a weekend day or a
 * public holiday moves to the end of the next working day (Art. 148(5)). Working days skip
 * Saturdays, Sundays and the days off of the holiday calendar (see the holidays module).
 *
 * Not for caps on how long support lasts (60 days, 120 days): those count calendar days of
 * support, the admission day included, with no weekend extension.
 *
 * @module
 */
import { Result } from "effect"
import { addDays, addMonthsClamped, compare, isoWeekday, type CivilDate } from "./civil-date.ts"
import { ProvisionNotInForce } from "./errors.ts"
import { dayStatus, vietnamHolidayCalendar, type CalendarDay, type HolidayCalendar } from "./holidays.ts"
import type { Confidence, Source } from "./source.ts"

/** A period: calendar days, working days or months (each a whole number ≥ 1). */
export type Period =
  | { readonly days: number }
  | { readonly workingDays: number }
  | { readonly months: number }

/**
 * The end of a period with how it was found: the last day to act (`YYYY-MM-DD`, until the end of
 * that day), the days off it skipped or moved over, the computation in words and its sources.
 */
export interface PeriodEnd {
  /** The day of the event that starts the period (counting starts the next day). */
  readonly eventOn: CivilDate
  readonly period: Period
  /** The last day on which the act is in time (until the end of that day). */
  readonly lastDay: CivilDate
  /** The last day before any move over weekend days and holidays (equals `lastDay` for working days). */
  readonly nominalLastDay: CivilDate
  /** Holidays and days off the computation skipped or moved over. */
  readonly daysOffUsed: ReadonlyArray<CalendarDay>
  /** The computation in plain words: `2024-03-09 + 12 months = 2025-03-09 (Sunday) → 2025-03-10`. */
  readonly computation: string
  /** Civil Code 2015 Art. 147(1), the clause of Art. 148 that ends the period, and Art. 148(5) when the end moved. */
  readonly sources: ReadonlyArray<Source>
  /** The weakest status of the calendar entries used (`confirmed` when none were needed). */
  readonly status: Confidence
}

const civilCode = "Civil Code 91/2015/QH13"
const readAt = "thuvienphapluat.vn Q&A on Civil Code Art. 147–148"
/** Civil Code 2015 Art. 147(1): counting starts the day after the event. */
export const countingStartsNextDay: Source = { instrument: civilCode, article: "Art. 147", clause: "1", readAt, status: "confirmed" }
const daysEnd: Source = { instrument: civilCode, article: "Art. 148", clause: "1", readAt, status: "confirmed" }
const monthsEnd: Source = { instrument: civilCode, article: "Art. 148", clause: "3", readAt, status: "confirmed" }
const weekendMove: Source = { instrument: civilCode, article: "Art. 148", clause: "5", readAt, status: "confirmed" }

const statusRank: Readonly<Record<Confidence, number>> = { confirmed: 0, secondary: 1, unconfirmed: 2, unknown: 3 }
const weakest = (statuses: ReadonlyArray<Confidence>): Confidence =>
  statuses.reduce<Confidence>((worst, status) => (statusRank[status] > statusRank[worst] ? status : worst), "confirmed")

const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? "" : "s"}`

const describePeriod = (period: Period): string =>
  "days" in period
    ? plural(period.days, "day")
    : "workingDays" in period
      ? plural(period.workingDays, "working day")
      : plural(period.months, "month")

const periodLength = (period: Period): number => ("days" in period ? period.days : "workingDays" in period ? period.workingDays : period.months)

/**
 * The end of a period that starts with an event on `eventOn`, with the computation, the days
 * off used and the sources.
 *
 * @returns `ProvisionNotInForce` when a day the computation needs is outside the holiday
 *   calendar's coverage or undecided in it.
 * @throws RangeError for a period that is not a whole number ≥ 1 (a programming error).
 * @example
 * explainPeriodEnd(civilDate("2024-03-09"), { months: 12 })
 * // lastDay 2025-03-10: 2025-03-09 is a Sunday (C12b)
 */
export const explainPeriodEnd = (
  eventOn: CivilDate,
  period: Period,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<PeriodEnd, ProvisionNotInForce> => {
  const length = periodLength(period)
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`a period must be a whole number ≥ 1 (got ${describePeriod(period)})`)
  const daysOffUsed: Array<CalendarDay> = []
  const steps: Array<string> = []
  let day: CivilDate
  let nominalLastDay: CivilDate
  const sources: Array<Source> = [countingStartsNextDay]
  if ("workingDays" in period) {
    day = eventOn
    let counted = 0
    while (counted < period.workingDays) {
      day = addDays(day, 1)
      const status = dayStatus(day, calendar)
      if (Result.isFailure(status)) return Result.fail(status.failure)
      if (status.success.working) counted += 1
      else if (status.success.entry !== undefined) daysOffUsed.push(status.success.entry)
    }
    nominalLastDay = day
    steps.push(`${eventOn} + ${period.workingDays} working days, counted from the next day, skipping weekends and days off = ${day}`)
    sources.push(daysEnd)
  } else {
    nominalLastDay = "days" in period ? addDays(eventOn, period.days) : addMonthsClamped(eventOn, period.months)
    sources.push("days" in period ? daysEnd : monthsEnd)
    steps.push(`${eventOn} + ${describePeriod(period)} = ${nominalLastDay}`)
    day = nominalLastDay
    for (;;) {
      const status = dayStatus(day, calendar)
      if (Result.isFailure(status)) return Result.fail(status.failure)
      const { working, entry, reason } = status.success
      if (working) break
      // A listed day off is named and kept; a plain weekend day (or a Saturday worked in exchange) by its weekday.
      if (entry !== undefined && reason !== "weekend") {
        daysOffUsed.push(entry)
        steps.push(`${day} is ${entry.holiday.en} (${reason.replaceAll("_", " ")})`)
      } else {
        steps.push(`${day} is a ${weekdayNames[isoWeekday(day) - 1]}`)
      }
      day = addDays(day, 1)
    }
    if (compare(day, nominalLastDay) !== 0) {
      steps.push(`the period ends at the end of the next working day, ${day}`)
      sources.push(weekendMove)
    }
  }
  return Result.succeed({
    eventOn,
    period,
    lastDay: day,
    nominalLastDay,
    daysOffUsed,
    computation: steps.join("; "),
    sources,
    status: weakest(daysOffUsed.map((entry) => entry.status)),
  })
}

/**
 * The last day to act for a period that starts with an event on `eventOn` (counting starts the
 * next day, Civil Code 2015 Art. 147(1)); a period whose last day is a weekend or public holiday
 * ends at the end of the next working day (Art. 148(5)). {@link explainPeriodEnd} gives the
 * computation and sources too.
 *
 * @returns the last day (`YYYY-MM-DD`), or `ProvisionNotInForce` when a day the computation needs
 *   is outside the holiday calendar's coverage or undecided in it.
 * @throws RangeError for a period that is not a whole number ≥ 1 (a programming error).
 * @example
 * periodEnd(civilDate("2024-03-10"), { months: 12 }) // Result.succeed("2025-03-10") (C12)
 */
export const periodEnd = (
  eventOn: CivilDate,
  period: Period,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<CivilDate, ProvisionNotInForce> => Result.map(explainPeriodEnd(eventOn, period, calendar), (end) => end.lastDay)
