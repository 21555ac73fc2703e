/**
 * Deadlines of procedural steps, each read from its parameter on the day it starts and counted
 * under Civil Code 2015 Art. 147–148 (see the deadlines module): the initial verification after a
 * person is received, the window to apply for vn-2011 support (Decree 09/2013/ND-CP Art. 23),
 * and the commune chair's time to forward the application. The regime a step belongs to is read
 * from `parameters/national/regimes.json`; no number or date is written here.
 *
 * @module
 */
import { Result } from "effect"
import { type CivilDate, compare, toDayNumber } from "./civil-date.ts"
import { explainPeriodEnd, type Period, type PeriodEnd } from "./deadlines.ts"
import { ProvisionNotInForce } from "./errors.ts"
import { type HolidayCalendar, vietnamHolidayCalendar } from "./holidays.ts"
import type { RegimeId } from "./kinds.ts"
import { nationalParameter } from "./national-parameters.ts"
import { type ParameterValue, sourceOf, valueOn } from "./parameter.ts"
import { regimeInForceOn } from "./regime.ts"

/**
 * A deadline for a procedural step: the {@link PeriodEnd} (last day, computation, days off used),
 * the regime the step belongs to, and the step in words. `sources` starts with the parameter
 * value that set the period (e.g. D09 Art. 23), then the Civil Code's counting rules.
 */
export interface StepDeadline extends PeriodEnd {
  /** The regime the step belongs to: for the initial verification, the one in force on the day of reception; `vn-2011` for the D09 Art. 23 steps. */
  readonly regime: RegimeId
  /** The step and its period: `initial verification after reception (3 days)`. */
  readonly step: string
}

/** The window to apply for vn-2011 support and whether an application was in time. */
export interface ApplicationWindow extends StepDeadline {
  readonly filedOn: CivilDate | undefined
  /** `true`/`false` when `filedOn` is given, else `undefined`. */
  readonly filedInTime: boolean | undefined
}

/** The parameter giving D09 Art. 23's window, in months from certification. */
export const applicationWindowParameter = "d09-application-window-months"

// Period ends are pure in (event date, period) for the shipped calendar: kept, bounded, so bulk
// assessments compute each certification date's window once. Keyed by day number (hashing a
// fresh date string on every lookup cost more than the arithmetic); the last answer is kept
// apart, since one assessment asks twice (education and the allowance).
const cachedEnds = new Map<number, Map<number, Result.Result<PeriodEnd, ProvisionNotInForce>>>()
const cacheLimit = 10_000
let lastDate: CivilDate | undefined
let lastMonths = 0
let lastEnd: Result.Result<PeriodEnd, ProvisionNotInForce> | undefined

/**
 * The end of D09 Art. 23's window of `months` (the value of {@link applicationWindowParameter})
 * from a certification on `certifiedOn`; the assessment and {@link applicationWindow} share it.
 */
export const applicationWindowEnd = (
  certifiedOn: CivilDate,
  months: number,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<PeriodEnd, ProvisionNotInForce> => {
  if (calendar !== vietnamHolidayCalendar) return explainPeriodEnd(certifiedOn, { months }, calendar)
  if (lastEnd !== undefined && lastDate === certifiedOn && lastMonths === months) return lastEnd
  let ends = cachedEnds.get(months)
  if (ends === undefined) {
    ends = new Map()
    cachedEnds.set(months, ends)
  }
  const day = toDayNumber(certifiedOn)
  let end = ends.get(day)
  if (end === undefined) {
    if (ends.size >= cacheLimit) ends.clear()
    end = explainPeriodEnd(certifiedOn, { months }, calendar)
    ends.set(day, end)
  }
  lastDate = certifiedOn
  lastMonths = months
  lastEnd = end
  return end
}

// The parameter's value on `on`, or why the step is not encoded for that day.
const valueFor = (id: string, on: CivilDate, provision: string): Result.Result<ParameterValue & { readonly value: number }, ProvisionNotInForce> => {
  const value = valueOn(nationalParameter(id), on)
  return value === undefined || value.value === null
    ? Result.fail(new ProvisionNotInForce({ provision: `${provision} (parameter ${id})`, on }))
    : Result.succeed(value as ParameterValue & { readonly value: number })
}

const regimeOf = (on: CivilDate, provision: string): Result.Result<RegimeId, ProvisionNotInForce> => {
  const period = regimeInForceOn(on)
  return period === undefined ? Result.fail(new ProvisionNotInForce({ provision, on })) : Result.succeed(period.id)
}

const stepDeadline = (
  eventOn: CivilDate,
  period: Period,
  calendar: HolidayCalendar,
  step: { readonly regime: RegimeId; readonly name: string; readonly value: ParameterValue },
): Result.Result<StepDeadline, ProvisionNotInForce> =>
  Result.map(explainPeriodEnd(eventOn, period, calendar), (end) => ({ ...end, regime: step.regime, step: step.name, sources: [sourceOf(step.value), ...end.sources] }))

/**
 * The last day of the initial verification after a person is received (tiếp nhận): vn-2011: the
 * district labour office arranges return home or shelter or asks the police to verify (L2011
 * Art. 24–26, Joint Circular 01/2014); vn-2024: the social-affairs body with the police (L2024
 * Art. 27–30). The regime and the number of days (`initial-verification-days`) are those in force
 * on `receivedOn`, counted as calendar days under Civil Code Art. 147–148.
 *
 * @returns `ProvisionNotInForce` before the first encoded regime or outside the holiday calendar's coverage.
 * @example
 * verificationDeadline(civilDate("2025-08-29")) // 3 days → 2025-09-01 is a holiday … → 2025-09-03
 */
export const verificationDeadline = (
  receivedOn: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<StepDeadline, ProvisionNotInForce> =>
  Result.flatMap(regimeOf(receivedOn, "initial verification after reception"), (regime) =>
    Result.flatMap(valueFor("initial-verification-days", receivedOn, "initial verification after reception"), (days) =>
      stepDeadline(receivedOn, { days: days.value }, calendar, { regime, name: `initial verification after reception (${days.value} days)`, value: days }),
    ),
  )

/**
 * The window to apply for vocational training, education support or the initial hardship
 * allowance under vn-2011: `d09-application-window-months` (12) months from certification as a
 * victim (D09 Art. 23), with Civil Code Art. 147–148. Only for victims certified while vn-2011
 * was in force (L2024 Art. 63); for later certifications the vn-2024 window is not encoded.
 *
 * @returns `ProvisionNotInForce` for a certification outside vn-2011 or before Decree 09/2013/ND-CP,
 *   or outside the holiday calendar's coverage.
 * @example
 * applicationWindow(civilDate("2024-03-10"), civilDate("2025-03-11")) // lastDay 2025-03-10, filedInTime false (C12)
 */
export const applicationWindow = (
  certifiedOn: CivilDate,
  filedOn?: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<ApplicationWindow, ProvisionNotInForce> => {
  const provision = "application window of Decree 09/2013/ND-CP Art. 23 (vn-2011 certifications)"
  if (regimeInForceOn(certifiedOn)?.id !== "vn-2011") return Result.fail(new ProvisionNotInForce({ provision, on: certifiedOn }))
  return Result.flatMap(valueFor(applicationWindowParameter, certifiedOn, provision), (months) =>
    Result.map(applicationWindowEnd(certifiedOn, months.value, calendar), (end) => ({
      ...end,
      regime: "vn-2011" as const,
      step: `application for vocational training, education support or the initial hardship allowance (${months.value} months from certification)`,
      sources: [sourceOf(months), ...end.sources],
      filedOn,
      filedInTime: filedOn === undefined ? undefined : compare(filedOn, end.lastDay) <= 0,
    })),
  )
}

/**
 * The commune chair's deadline to forward a vn-2011 application: `d09-commune-forward-working-days`
 * (3) working days from receiving it (D09 Art. 23), read on `receivedOn`.
 *
 * @returns `ProvisionNotInForce` before Decree 09/2013/ND-CP or outside the holiday calendar's coverage.
 * @example
 * forwardingDeadline(civilDate("2025-04-29")) // 2025-05-07: 30 April, 1 May and the swapped 2 May are off
 */
export const forwardingDeadline = (
  receivedOn: CivilDate,
  calendar: HolidayCalendar = vietnamHolidayCalendar,
): Result.Result<StepDeadline, ProvisionNotInForce> =>
  Result.flatMap(valueFor("d09-commune-forward-working-days", receivedOn, "forwarding an application under Decree 09/2013/ND-CP Art. 23"), (days) =>
    stepDeadline(receivedOn, { workingDays: days.value }, calendar, {
      regime: "vn-2011",
      name: `commune chair forwards the application (${days.value} working days)`,
      value: days,
    }),
  )
