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
import { addDays, addMonthsClamped, civilDate, compare, isoWeekday, type CivilDate } from "./civil-date.ts"
import { ProvisionNotInForce } from "./errors.ts"
import { dayStatus, vietnamHolidayCalendar, type CalendarDay, type HolidayCalendar } from "./holidays.ts"
import type { RegimeId } from "./kinds.ts"
import type { Confidence, Source } from "./source.ts"

/** A period: calendar days, working days or months (each a whole number ≥ 1). */
export type Period =
  | { readonly days: number }
  | { readonly workingDays: number }
  | { readonly months: number }

/** The end of a period with how it was found. */
export interface PeriodEnd {
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

const describePeriod = (period: Period): string =>
  "days" in period ? `${period.days} days` : "workingDays" in period ? `${period.workingDays} working days` : `${period.months} months`

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
      if (status.success.working) break
      const what =
        status.success.entry !== undefined && status.success.reason !== "weekend"
          ? `${status.success.entry.holiday.en} (${status.success.reason.replaceAll("_", " ")})`
          : `a ${weekdayNames[isoWeekday(day) - 1]}`
      if (status.success.entry !== undefined && status.success.reason !== "weekend") daysOffUsed.push(status.success.entry)
      steps.push(`${day} is ${what}`)
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
 * ends at the end of the next working day (Art. 148(5)).
 *
 * @returns the last day, or `ProvisionNotInForce` outside the holiday calendar's coverage.
 * @example
 * periodEnd(civilDate("2024-03-10"), { months: 12 }) // Result.succeed("2025-03-10") (C12)
 */
export const periodEnd = (
  eventOn: CivilDate,
  period: Period,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<CivilDate, ProvisionNotInForce> => Result.map(explainPeriodEnd(eventOn, period, calendar), (end) => end.lastDay)

/** A deadline for a procedural step, with the regime and provision that set it. */
export interface StepDeadline extends PeriodEnd {
  readonly regime: RegimeId
  readonly step: string
}

const l2024InForce = civilDate("2025-07-01")

/**
 * The last day of the initial verification after a person is received (tiếp nhận): within 3
 * days — vn-2011: the district labour office arranges return home or shelter or asks the police
 * to verify (L2011 Art. 24–26, Joint Circular 01/2014); vn-2024: the social-affairs body with the
 * police (L2024 Art. 27–30). The regime is the one in force on `receivedOn`. Counted as calendar
 * days under Civil Code Art. 147–148.
 *
 * @example
 * verificationDeadline(civilDate("2025-08-29")) // 3 days → 2025-09-01 is a holiday … → 2025-09-03
 */
export const verificationDeadline = (
  receivedOn: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<StepDeadline, ProvisionNotInForce> => {
  const regime: RegimeId = compare(receivedOn, l2024InForce) >= 0 ? "vn-2024" : "vn-2011"
  const source: Source =
    regime === "vn-2024"
      ? { instrument: "Law 53/2024/QH15", article: "Art. 27–30", status: "secondary" }
      : { instrument: "Law 66/2011/QH12", article: "Art. 24–26", status: "secondary" }
  return Result.map(explainPeriodEnd(receivedOn, { days: 3 }, calendar), (end) => ({
    ...end,
    regime,
    step: "initial verification after reception (3 days)",
    sources: [source, ...end.sources],
  }))
}

/** The 12-month window to apply for vn-2011 support and whether an application was in time. */
export interface ApplicationWindow extends StepDeadline {
  readonly filedOn: CivilDate | undefined
  /** `true`/`false` when `filedOn` is given, else `undefined`. */
  readonly filedInTime: boolean | undefined
}

const d09Art23: Source = { instrument: "Decree 09/2013/ND-CP", article: "Art. 23", status: "confirmed" }

/**
 * The window to apply for vocational training, education support or the initial hardship
 * allowance under vn-2011: within 12 months of being certified as a victim (D09 Art. 23), with
 * Civil Code Art. 147–148. Applies to victims certified before 2025-07-01 (L2024 Art. 63); for
 * later certifications the vn-2024 window is not encoded.
 *
 * @returns `ProvisionNotInForce` for a certification on or after 2025-07-01, or outside the
 *   holiday calendar's coverage.
 * @example
 * applicationWindow(civilDate("2024-03-10"), civilDate("2025-03-11")) // lastDay 2025-03-10, filedInTime false (C12)
 */
export const applicationWindow = (
  certifiedOn: CivilDate,
  filedOn?: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<ApplicationWindow, ProvisionNotInForce> => {
  if (compare(certifiedOn, l2024InForce) >= 0) {
    return Result.fail(new ProvisionNotInForce({ provision: "12-month application window of Decree 09/2013/ND-CP Art. 23 (vn-2011)", on: certifiedOn }))
  }
  return Result.map(explainPeriodEnd(certifiedOn, { months: 12 }, calendar), (end) => ({
    ...end,
    regime: "vn-2011" as const,
    step: "application for vocational training, education support or the initial hardship allowance (12 months from certification)",
    sources: [d09Art23, ...end.sources],
    filedOn,
    filedInTime: filedOn === undefined ? undefined : compare(filedOn, end.lastDay) <= 0,
  }))
}

/**
 * The commune chair's deadline to forward a vn-2011 application: 3 working days from receiving
 * it (D09 Art. 23).
 *
 * @example
 * forwardingDeadline(civilDate("2025-04-29")) // 2025-05-06: 30 April, 1 May and the swapped 2 May are off
 */
export const forwardingDeadline = (
  receivedOn: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<StepDeadline, ProvisionNotInForce> =>
  Result.map(explainPeriodEnd(receivedOn, { workingDays: 3 }, calendar), (end) => ({
    ...end,
    regime: "vn-2011" as const,
    step: "commune chair forwards the application (3 working days)",
    sources: [d09Art23, ...end.sources],
  }))
